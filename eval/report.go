package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// Scores aggregates one group of questions under one configuration.
// Ranking metrics are means over the group's answerable questions.
type Scores struct {
	Answerable   int     `json:"answerable"`
	Unanswerable int     `json:"unanswerable"`
	Recall1      float64 `json:"recall_1"`
	Recall5      float64 `json:"recall_5"`
	Recall10     float64 `json:"recall_10"`
	MRR10        float64 `json:"mrr_10"`
	NDCG10       float64 `json:"ndcg_10"`
	// NoSourcesOK is the share of unanswerable questions where nothing
	// relevant came back, so the answer says the corpus does not cover it.
	NoSourcesOK float64 `json:"no_sources_ok"`
	// Missed is the share of answerable questions wrongly left without sources.
	Missed float64 `json:"missed"`
}

// AnswerScores aggregates answers of one group (--answers).
type AnswerScores struct {
	Asked  int `json:"asked"`
	Errors int `json:"errors"`
	// CitationValidity is valid [n] markers / all markers in the answer
	// texts. answer.Answer.Text is already verified, so this mostly checks
	// that verification; the raw model output is not exposed by answer.
	CitationValidity float64 `json:"citation_validity"`
	Markers          int     `json:"markers"`
	// Cited is the share of answered (sources found) answerable questions
	// whose answer cites at least one source.
	Cited float64 `json:"cited"`
	// CitedGold is the share of cited articles that are gold articles.
	CitedGold float64 `json:"cited_gold"`
	// LangMatch is the share of answers detected in the question's language.
	LangMatch float64 `json:"lang_match"`
	// Refused counts answers that said the corpus does not cover the
	// question (answer.NoSources).
	Refused int `json:"refused"`
	// RefusalPrecision is the share of refusals that were of unanswerable
	// questions: refused∩unanswerable / refused.
	RefusalPrecision float64 `json:"refusal_precision"`
	// Refusal is refusal recall, the share of unanswerable questions
	// refused: refused∩unanswerable / unanswerable.
	Refusal float64 `json:"refusal_recall"`
	// FalseRefusal is the share of answerable questions answered "no sources".
	FalseRefusal float64 `json:"false_refusal"`
	// FirstBullet is the share of scored questions (answerable, with answer
	// phrases, answered extractively or refused) whose first cited bullet
	// holds an answer phrase; FirstBulletN is how many were scored.
	FirstBullet  float64 `json:"first_bullet"`
	FirstBulletN int     `json:"first_bullet_n"`
	// OffGoldBullets counts the cited bullets of answered answerable
	// questions that cite an article not among the question's gold (a
	// story that is not the one asked about, shown as evidence);
	// CitedBullets is how many such bullets were counted.
	OffGoldBullets int `json:"off_gold_bullets"`
	CitedBullets   int `json:"cited_bullets"`
	// BoilerplateQuoted counts answers quoting a --boilerplate line; it must be 0.
	BoilerplateQuoted int     `json:"boilerplate_quoted"`
	Extractive        int     `json:"extractive"`
	LatencyP50        float64 `json:"latency_p50_seconds"`
	LatencyMax        float64 `json:"latency_max_seconds"`
}

// Group is one slice of the question set.
type Group struct {
	Name    string            `json:"name"`
	N       int               `json:"n"`
	Configs map[string]Scores `json:"configs"`
	Answers *AnswerScores     `json:"answers,omitempty"`
}

// Report is the outcome of a Run.
type Report struct {
	Date      time.Time        `json:"date"`
	Questions int              `json:"questions"`
	K         int              `json:"k"`
	HasModel  bool             `json:"has_model"`
	Configs   []string         `json:"configs"` // table order
	Groups    []Group          `json:"groups"`  // "all" first
	Results   []QuestionResult `json:"results"`
}

type groupDef struct {
	name string
	in   func(Question) bool
}

func groupDefs(qs []QuestionResult) []groupDef {
	defs := []groupDef{{"all", func(Question) bool { return true }}}
	for _, k := range kinds {
		defs = append(defs, groupDef{"kind=" + k, func(q Question) bool { return q.Kind == k }})
	}
	var langs []string
	for _, r := range qs {
		if !slices.Contains(langs, r.Question.Lang) {
			langs = append(langs, r.Question.Lang)
		}
	}
	slices.Sort(langs)
	for _, l := range langs {
		defs = append(defs, groupDef{"lang=" + l, func(q Question) bool { return q.Lang == l }})
	}
	defs = append(defs, groupDef{"lang=vi, no diacritics", Question.Unaccented})
	// Variants and near misses that occur, in their declared order: each
	// breaks a different part of matching or of the judge.
	for _, v := range variants[1:] {
		defs = append(defs, groupDef{"variant=" + v, func(q Question) bool { return q.Variant == v }})
	}
	for _, n := range nears {
		defs = append(defs, groupDef{"near=" + n, func(q Question) bool { return q.Near == n }})
	}
	return defs
}

func newReport(results []QuestionResult, configs []string, opt Options, hasModel bool) *Report {
	r := &Report{Date: time.Now().UTC(), Questions: len(results), K: opt.K, HasModel: hasModel, Configs: configs, Results: results}
	for _, d := range groupDefs(results) {
		var in []QuestionResult
		for _, qr := range results {
			if d.in(qr.Question) {
				in = append(in, qr)
			}
		}
		if len(in) == 0 {
			continue
		}
		g := Group{Name: d.name, N: len(in), Configs: map[string]Scores{}}
		for _, c := range configs {
			g.Configs[c] = aggregate(in, c)
		}
		if opt.Answers {
			a := aggregateAnswers(in)
			g.Answers = &a
		}
		r.Groups = append(r.Groups, g)
	}
	return r
}

func aggregate(in []QuestionResult, config string) Scores {
	var s Scores
	okNoSrc, missed := 0, 0
	for _, qr := range in {
		o := qr.Configs[config]
		if !qr.Question.Answerable() {
			s.Unanswerable++
			if o.NoSources {
				okNoSrc++
			}
			continue
		}
		s.Answerable++
		s.Recall1 += o.Recall1
		s.Recall5 += o.Recall5
		s.Recall10 += o.Recall10
		s.MRR10 += o.MRR10
		s.NDCG10 += o.NDCG10
		if o.NoSources {
			missed++
		}
	}
	if n := float64(s.Answerable); n > 0 {
		s.Recall1 /= n
		s.Recall5 /= n
		s.Recall10 /= n
		s.MRR10 /= n
		s.NDCG10 /= n
		s.Missed = float64(missed) / n
	}
	if s.Unanswerable > 0 {
		s.NoSourcesOK = float64(okNoSrc) / float64(s.Unanswerable)
	}
	return s
}

func aggregateAnswers(in []QuestionResult) AnswerScores {
	var s AnswerScores
	var valid, langOK, ok, unans, refused, answ, falseRef, answered, cited, citedArts, citedGold, first int
	var lat []float64
	for _, qr := range in {
		a := qr.Answer
		if a == nil {
			continue
		}
		s.Asked++
		if a.Error != "" {
			s.Errors++
			continue
		}
		ok++
		lat = append(lat, a.LatencySeconds)
		s.Markers += a.Markers
		valid += a.ValidMarkers
		if a.LangMatch {
			langOK++
		}
		if a.Extractive {
			s.Extractive++
		}
		if a.NoSources {
			s.Refused++
		}
		if len(a.Boilerplate) > 0 {
			s.BoilerplateQuoted++
		}
		if a.FirstBullet != nil {
			s.FirstBulletN++
			if *a.FirstBullet {
				first++
			}
		}
		if !qr.Question.Answerable() {
			unans++
			if a.NoSources {
				refused++
			}
			continue
		}
		answ++
		if a.NoSources {
			falseRef++
			continue
		}
		answered++
		s.CitedBullets += a.CitedBullets
		s.OffGoldBullets += a.OffGoldBullets
		if len(a.CitedArticles) > 0 {
			cited++
		}
		citedArts += len(a.CitedArticles)
		citedGold += a.CitedGold
	}
	s.CitationValidity = ratio(valid, s.Markers)
	s.LangMatch = ratio(langOK, ok)
	s.Refusal = ratio(refused, unans)
	s.RefusalPrecision = ratio(refused, s.Refused)
	s.FirstBullet = ratio(first, s.FirstBulletN)
	s.FalseRefusal = ratio(falseRef, answ)
	s.Cited = ratio(cited, answered)
	s.CitedGold = ratio(citedGold, citedArts)
	if len(lat) > 0 {
		slices.Sort(lat)
		s.LatencyP50 = lat[len(lat)/2]
		s.LatencyMax = lat[len(lat)-1]
	}
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// WriteJSON writes the whole report, per-question results included.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write eval json: %w", err)
	}
	return nil
}

// WriteText writes the side-by-side tables a person reads.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	p := func(format string, a ...any) { fmt.Fprintf(tw, format, a...) }
	all := r.Groups[0]
	model := "none (no translation configuration)"
	if r.HasModel {
		model = "configured"
	}
	some := all.Configs[r.Configs[0]]
	p("Detente eval: %d questions (%d answerable, %d unanswerable), k=%d articles per question, model: %s\n\n",
		r.Questions, some.Answerable, some.Unanswerable, r.K, model)

	p("Overall, article level\tR@1\tR@5\tR@10\tMRR@10\tnDCG@10\tno-src ok\tmissed\t\n")
	for _, c := range r.Configs {
		s := all.Configs[c]
		p("%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%s\t%s\t\n", c, s.Recall1, s.Recall5, s.Recall10, s.MRR10, s.NDCG10,
			share(s.NoSourcesOK, s.Unanswerable), share(s.Missed, s.Answerable))
	}
	p("\n")

	metrics := []struct {
		name string
		get  func(Scores) float64
	}{
		{"recall@1", func(s Scores) float64 { return s.Recall1 }},
		{"recall@5", func(s Scores) float64 { return s.Recall5 }},
		{"recall@10", func(s Scores) float64 { return s.Recall10 }},
		{"MRR@10", func(s Scores) float64 { return s.MRR10 }},
		{"nDCG@10", func(s Scores) float64 { return s.NDCG10 }},
	}
	for _, m := range metrics {
		p("%s by group\t", m.name)
		for _, c := range r.Configs {
			p("%s\t", c)
		}
		p("\n")
		for _, g := range r.Groups {
			if g.Configs[r.Configs[0]].Answerable == 0 {
				continue
			}
			p("%s (%d)\t", g.Name, g.Configs[r.Configs[0]].Answerable)
			for _, c := range r.Configs {
				p("%.3f\t", m.get(g.Configs[c]))
			}
			p("\n")
		}
		p("\n")
	}
	p("unanswerable: no-src ok\t")
	for _, c := range r.Configs {
		p("%s\t", c)
	}
	p("\n")
	for _, g := range r.Groups {
		if g.Configs[r.Configs[0]].Unanswerable == 0 {
			continue
		}
		p("%s (%d)\t", g.Name, g.Configs[r.Configs[0]].Unanswerable)
		for _, c := range r.Configs {
			p("%.3f\t", g.Configs[c].NoSourcesOK)
		}
		p("\n")
	}
	if all.Answers != nil {
		p("\nAnswers\tasked\terrors\tcitations valid\tcited\tcited gold\tlang match\textractive\tp50 s\t\n")
		for _, g := range r.Groups {
			a := g.Answers
			p("%s\t%d\t%d\t%s\t%.3f\t%.3f\t%.3f\t%d\t%.2f\t\n", g.Name, a.Asked, a.Errors,
				fmt.Sprintf("%.3f of %d", a.CitationValidity, a.Markers), a.Cited, a.CitedGold, a.LangMatch, a.Extractive, a.LatencyP50)
		}
		// Refusals and quotes: what a reader notices first. "-" where the
		// group has none of the questions the figure is about.
		p("\nAnswers: refusals, quotes\trefused\trefusal precision\trefusal recall\tfalse refusal\tfirst bullet\toff-gold bullets\tboilerplate quoted\t\n")
		for _, g := range r.Groups {
			a, s := g.Answers, g.Configs[r.Configs[0]]
			prec := "-"
			if a.Refused > 0 && s.Unanswerable > 0 {
				prec = fmt.Sprintf("%.3f", a.RefusalPrecision)
			}
			first := "-"
			if a.FirstBulletN > 0 {
				first = fmt.Sprintf("%.3f of %d", a.FirstBullet, a.FirstBulletN)
			}
			offGold := "-"
			if a.CitedBullets > 0 {
				offGold = fmt.Sprintf("%d of %d", a.OffGoldBullets, a.CitedBullets)
			}
			p("%s\t%d\t%s\t%s\t%s\t%s\t%s\t%d\t\n", g.Name, a.Refused, prec, share(a.Refusal, s.Unanswerable),
				share(a.FalseRefusal, s.Answerable), first, offGold, a.BoilerplateQuoted)
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write eval table: %w", err)
	}
	return nil
}

func share(v float64, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}

// Misses lists, for one configuration, the answerable questions whose first
// gold article is not ranked first, and the unanswerable ones that got
// sources: the questions to read when a score drops.
func (r *Report) Misses(config string) []string {
	var out []string
	for _, qr := range r.Results {
		o, ok := qr.Configs[config]
		if !ok {
			continue
		}
		q := qr.Question
		switch {
		case !q.Answerable() && !o.NoSources:
			out = append(out, fmt.Sprintf("%s: unanswerable but got sources %s  (%s)", q.ID, strings.Join(o.Ranked, ","), q.Q))
		case q.Answerable() && o.MRR10 < 1:
			out = append(out, fmt.Sprintf("%s: gold %s ranked %s  (%s)", q.ID, strings.Join(q.Gold, ","), strings.Join(o.Ranked, ","), q.Q))
		}
	}
	return out
}
