package eval

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strconv"
	"time"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// Searcher is what eval needs from retrieval (*retrieval.Engine implements it).
type Searcher interface {
	Search(ctx context.Context, q retrieval.Query) ([]retrieval.Hit, error)
}

// Answerer is what eval needs from answer (*answer.Service implements it).
type Answerer interface {
	Ask(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error)
}

// Translator translates a question into another language with the chat
// model, to measure what model translation adds over the lexicon expansion.
type Translator interface {
	Translate(ctx context.Context, text, lang string) (string, error)
}

// Deps are the parts of Detente eval measures. Searcher is required;
// Answerer is needed for --answers; Translator (optional, model only) adds
// the translation configuration.
type Deps struct {
	Searcher   Searcher
	Answerer   Answerer
	Translator Translator
	HasModel   bool
	// IngestDir adds the article files under a directory to the corpus the
	// way `detente ingest DIR` does (--corpus); an article that fails is an
	// error, since its questions would score as misses.
	IngestDir func(ctx context.Context, dir string) (IngestSummary, error)
	// Log receives warnings (unknown question fields) and the ingest
	// summary; nil is slog.Default().
	Log *slog.Logger
}

// IngestSummary counts what --corpus did.
type IngestSummary struct {
	Added, Updated, Unchanged int
}

// Config is one retrieval configuration to score.
type Config struct {
	Name        string
	Mode        retrieval.Mode
	NoExpansion bool
	Translate   bool // add model translations of the question as Query.Extra
}

// Configs returns the configurations eval compares, in table order. The
// translation configuration needs a model and a Translator.
func Configs(withTranslation bool) []Config {
	cs := []Config{
		{Name: "bm25", Mode: retrieval.Keyword, NoExpansion: true},
		{Name: "vector", Mode: retrieval.Vector, NoExpansion: true},
		{Name: "hybrid", Mode: retrieval.Hybrid, NoExpansion: true},
		{Name: "hybrid+exp", Mode: retrieval.Hybrid},
	}
	if withTranslation {
		cs = append(cs, Config{Name: "hybrid+exp+mt", Mode: retrieval.Hybrid, Translate: true})
	}
	return cs
}

// pipelineConfig names the scores of the sources answer.Ask actually gave
// the model (--answers): retrieval as the user gets it.
const pipelineConfig = "answer.Ask"

// Options tunes a Run.
type Options struct {
	K       int  // articles retrieved per question (Query.K with PerArticle 1); default 10
	Answers bool // also ask every question through Deps.Answerer
	// QuestionTimeout bounds one question's search or answer; default 2 min.
	QuestionTimeout time.Duration
	// Boilerplate, when set, is checked against every answer (--boilerplate).
	Boilerplate *Boilerplate
	// ScoreFeatures asks answer.Ask for the answerability score's
	// features (--judge-features).
	ScoreFeatures bool
}

// Outcome is one question scored under one configuration.
type Outcome struct {
	Ranked    []string `json:"ranked"`     // article ranking
	NoSources bool     `json:"no_sources"` // nothing relevant came back
	Recall1   float64  `json:"recall_1"`
	Recall5   float64  `json:"recall_5"`
	Recall10  float64  `json:"recall_10"`
	MRR10     float64  `json:"mrr_10"`
	NDCG10    float64  `json:"ndcg_10"`
}

// AnswerOutcome is one question answered through answer.Ask.
type AnswerOutcome struct {
	Lang          string   `json:"lang"` // detected language of the answer text
	LangMatch     bool     `json:"lang_match"`
	NoSources     bool     `json:"no_sources"`
	Extractive    bool     `json:"extractive"`
	Markers       int      `json:"markers"`       // [n] markers in the text
	ValidMarkers  int      `json:"valid_markers"` // of those, pointing at a given source
	CitedArticles []string `json:"cited_articles"`
	CitedGold     int      `json:"cited_gold"` // cited articles that are gold
	// FirstBullet says whether the first cited bullet holds one of the
	// question's answer phrases; nil when not scored (no phrases, an
	// unanswerable question, or a model's answer, which is not quoted).
	FirstBullet *bool `json:"first_bullet,omitempty"`
	// CitedBullets counts, for an answered answerable question with
	// gold articles, the bullets that cite a source; OffGoldBullets
	// those of them that cite an article not among its gold: evidence
	// the reader is shown from another story.
	CitedBullets   int `json:"cited_bullets,omitempty"`
	OffGoldBullets int `json:"off_gold_bullets,omitempty"`
	// Boilerplate lists the boilerplate lines the answer quotes.
	Boilerplate []string `json:"boilerplate,omitempty"`
	// RefusalReason says why a refusal refused: the judge's unmet
	// constraints, or that no passage was relevant enough to judge.
	RefusalReason string `json:"refusal_reason,omitempty"`
	// Features are the answerability score's features (--judge-features).
	Features       []float64 `json:"-"`
	Error          string    `json:"error,omitempty"`
	LatencySeconds float64   `json:"latency_seconds"`
}

// QuestionResult is every score of one question.
type QuestionResult struct {
	Question     Question           `json:"question"`
	Configs      map[string]Outcome `json:"configs"`
	Answer       *AnswerOutcome     `json:"answer,omitempty"`
	Translations []string           `json:"translations,omitempty"`
}

// Run scores every question under every configuration. A search error
// aborts the run (a broken index must not look like a bad score); an answer
// error is recorded on the question and counted.
func Run(ctx context.Context, deps Deps, qs []Question, opt Options) (*Report, error) {
	if deps.Searcher == nil {
		return nil, errors.New("eval: no searcher")
	}
	if opt.Answers && deps.Answerer == nil {
		return nil, errors.New("eval: --answers needs an answer service")
	}
	if opt.K <= 0 {
		opt.K = 10
	}
	if opt.QuestionTimeout <= 0 {
		opt.QuestionTimeout = 2 * time.Minute
	}
	withMT := deps.HasModel && deps.Translator != nil
	cfgs := Configs(withMT)
	results := make([]QuestionResult, 0, len(qs))
	for _, q := range qs {
		qr := QuestionResult{Question: q, Configs: map[string]Outcome{}}
		var extra []string
		if withMT {
			var err error
			extra, err = translations(ctx, deps.Translator, q, opt.QuestionTimeout)
			if err != nil {
				return nil, fmt.Errorf("eval: translate question %s: %w", q.ID, err)
			}
			qr.Translations = extra
		}
		for _, c := range cfgs {
			query := retrieval.Query{Text: q.Q, K: opt.K, PerArticle: 1, Mode: c.Mode, NoExpansion: c.NoExpansion}
			if c.Translate {
				query.Extra = extra
			}
			hits, err := search(ctx, deps.Searcher, query, opt.QuestionTimeout)
			if err != nil {
				return nil, fmt.Errorf("eval: search question %s (%s): %w", q.ID, c.Name, err)
			}
			ids := make([]string, len(hits))
			relevant := false
			for i, h := range hits {
				ids[i] = h.ArticleID
				relevant = relevant || h.Relevant
			}
			qr.Configs[c.Name] = score(q, ArticleRanking(ids), !relevant)
		}
		if opt.Answers {
			o, ao := ask(ctx, deps.Answerer, q, opt)
			qr.Configs[pipelineConfig] = o
			qr.Answer = &ao
		}
		results = append(results, qr)
	}
	names := make([]string, 0, len(cfgs)+1)
	for _, c := range cfgs {
		names = append(names, c.Name)
	}
	if opt.Answers {
		names = append(names, pipelineConfig)
	}
	return newReport(results, names, opt, deps.HasModel), nil
}

func search(ctx context.Context, s Searcher, q retrieval.Query, timeout time.Duration) ([]retrieval.Hit, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return s.Search(ctx, q)
}

// translations renders q into the corpus's other main language(s).
func translations(ctx context.Context, tr Translator, q Question, timeout time.Duration) ([]string, error) {
	var out []string
	for _, lang := range []string{"en", "vi"} {
		if lang == q.Lang {
			continue
		}
		tctx, cancel := context.WithTimeout(ctx, timeout)
		t, err := tr.Translate(tctx, q.Q, lang)
		cancel()
		if err != nil {
			return nil, err
		}
		if t != "" {
			out = append(out, t)
		}
	}
	return out, nil
}

func score(q Question, ranked []string, noSources bool) Outcome {
	return Outcome{
		Ranked:    ranked,
		NoSources: noSources,
		Recall1:   RecallAt(ranked, q.Gold, 1),
		Recall5:   RecallAt(ranked, q.Gold, 5),
		Recall10:  RecallAt(ranked, q.Gold, 10),
		MRR10:     MRRAt(ranked, q.Gold, 10),
		NDCG10:    NDCGAt(ranked, q.Gold, 10),
	}
}

var markerRE = regexp.MustCompile(`\[(\d{1,3})\]`)

// ask runs the question through the answer pipeline and scores both the
// sources it used and the answer itself.
func ask(ctx context.Context, a Answerer, q Question, opt Options) (Outcome, AnswerOutcome) {
	ctx, cancel := context.WithTimeout(ctx, opt.QuestionTimeout)
	defer cancel()
	start := time.Now()
	// K stays the service's default: this scores what a user gets.
	ans, err := a.Ask(ctx, answer.Request{Question: q.Q, ScoreFeatures: opt.ScoreFeatures}, nil)
	ao := AnswerOutcome{LatencySeconds: time.Since(start).Seconds()}
	if err != nil {
		ao.Error = err.Error()
		return score(q, nil, true), ao
	}
	ids := make([]string, len(ans.Sources))
	for i, s := range ans.Sources {
		ids[i] = s.ArticleID
	}
	ao.NoSources, ao.Features = ans.NoSources, ans.Features
	if ans.NoSources {
		ao.RefusalReason = "no relevant passage"
		if len(ans.Verdict.Unmet) > 0 {
			ao.RefusalReason = ans.Verdict.Reason()
		}
	}
	ao.Extractive = ans.Extractive
	ao.Lang = corpus.DetectLang(ans.Text)
	ao.LangMatch = ao.Lang == q.Lang
	ao.Markers, ao.ValidMarkers = countMarkers(ans.Text, len(ans.Sources))
	gold := goldSet(q.Gold)
	cited := make([]string, 0, len(ans.Citations))
	for _, c := range ans.Citations {
		cited = append(cited, c.ArticleID)
	}
	ao.CitedArticles = ArticleRanking(cited)
	for _, id := range ao.CitedArticles {
		if gold[id] {
			ao.CitedGold++
		}
	}
	if q.Answerable() && !ans.NoSources && len(gold) > 0 {
		ao.CitedBullets, ao.OffGoldBullets = offGoldBullets(ans.Text, ans.Sources, gold)
	}
	// Only a quoted answer can hold the answering sentence verbatim; a
	// refusal of an answerable question is a miss.
	if q.Answerable() && len(q.Answer) > 0 && (ans.Extractive || ans.NoSources) {
		hit := !ans.NoSources && holdsPhrase(firstCitedBullet(ans.Text), q.Answer)
		ao.FirstBullet = &hit
	}
	// A refusal quotes nothing: it may name the closest article by its
	// stored title, which can equal another page's related-headline line.
	if !ans.NoSources {
		ao.Boilerplate = opt.Boilerplate.Quoted(ans.Text)
	}
	return score(q, ArticleRanking(ids), ans.NoSources), ao
}

// offGoldBullets counts the bullets of text that cite a source (a [n]
// marker, n a source's number) and, among them, those that cite an
// article not in gold.
func offGoldBullets(text string, sources []answer.Citation, gold map[string]bool) (cited, off int) {
	byN := make(map[int]string, len(sources))
	for i, s := range sources {
		byN[cmp.Or(s.N, i+1)] = s.ArticleID
	}
	for _, b := range bullets(text) {
		cites, foreign := false, false
		for _, m := range markerRE.FindAllStringSubmatch(b, -1) {
			n, err := strconv.Atoi(m[1])
			id, ok := byN[n]
			if err != nil || !ok {
				continue
			}
			cites = true
			foreign = foreign || !gold[id]
		}
		if cites {
			cited++
		}
		if foreign {
			off++
		}
	}
	return cited, off
}

// countMarkers counts [n] markers in text and how many point at one of the
// nSources sources (1-based).
func countMarkers(text string, nSources int) (total, valid int) {
	for _, m := range markerRE.FindAllStringSubmatch(text, -1) {
		total++
		if n, err := strconv.Atoi(m[1]); err == nil && n >= 1 && n <= nSources {
			valid++
		}
	}
	return total, valid
}
