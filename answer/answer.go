// Package answer turns a question into a cited answer: language detection,
// follow-up rewriting, retrieval, the prompt, the model call (through
// package llm: streamed, retried, with deadlines), verification of every [n] citation, and
// the extractive fallback when there is no model. It also writes digests.
package answer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/llm"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/retrieval"
)

// Sentinel errors for bad questions; callers show prompts.T(lang, ...) texts
// ("err.empty_question", "err.too_long").
var (
	ErrEmptyQuestion = errors.New("empty question")
	ErrTooLong       = errors.New("question too long") // > MaxQuestionRunes
)

// MaxQuestionRunes bounds a question.
const MaxQuestionRunes = 2000

// Searcher is what answer needs from retrieval (*retrieval.Engine implements it).
type Searcher interface {
	Search(ctx context.Context, q retrieval.Query) ([]retrieval.Hit, error)
}

// ModelOptions configures the chat model. A nil Chat: no model
// (extractive answers).
type ModelOptions struct {
	Chat  Chat   // the model server, e.g. an *llm.Client
	Model string // default DefaultModel
	// Temperature is sent as given, so the zero value means deterministic
	// sampling. Use DefaultTemperature for the usual setting.
	Temperature float32
}

// Coverage describes what the corpus holds, for telling a user what can be
// asked when a question is not covered.
type Coverage struct {
	Articles int
	// Undated is how many of the Articles have no known publication date:
	// From and To say nothing about them, so the reply counts them apart.
	Undated int
	// From and To are the publication dates of the oldest and newest
	// articles; either may be zero (unknown) and is then not mentioned.
	From, To time.Time
	// Topics are optional, e.g. recent titles or themes, newest first;
	// only the first few distinct ones are named.
	Topics []string
	// TopicLangs, if set, is the language of each of Topics: a reader is
	// shown the titles in their own language, not a list in languages
	// they may not read.
	TopicLangs []string
	// ByLang counts the articles per language, for a reader none of
	// whose language's titles are among Topics.
	ByLang map[string]int
}

// Options configures a Service.
type Options struct {
	Model ModelOptions
	K     int // passages retrieved per question, default 6; an article's passages make one source
	// Coverage, if set, is asked what the corpus covers when nothing
	// relevant is found (and tells the model, which is asked to say so).
	Coverage func(ctx context.Context) (Coverage, error)
	// CorpusLangs are the languages the articles are in; with a model, a
	// question is translated into each one but its own for cross-lingual
	// search. Default: every supported language (prompts.Languages).
	CorpusLangs []string
	// HistoryTurns bounds the previous turns sent to the model, default 3.
	HistoryTurns int
	Logger       *slog.Logger // default slog.Default()
}

// Service answers questions. Safe for concurrent use.
type Service struct {
	search Searcher
	opt    Options
	model  *model // nil: no model, extractive answers
	log    *slog.Logger
}

// New returns a Service over s. With no model configured answers are extractive.
func New(s Searcher, opt Options) *Service {
	if opt.K <= 0 {
		opt.K = 6
	}
	if len(opt.CorpusLangs) == 0 {
		opt.CorpusLangs = prompts.Languages()
	}
	if opt.HistoryTurns <= 0 {
		opt.HistoryTurns = 3
	}
	log := opt.Logger
	if log == nil {
		log = slog.Default()
	}
	svc := &Service{search: s, opt: opt, log: log}
	if opt.Model.Chat != nil {
		svc.model = newModel(opt.Model)
	}
	return svc
}

// HasModel reports whether a chat model is configured.
func (s *Service) HasModel() bool { return s.model != nil }

// Turn is one previous exchange in a conversation, oldest first.
type Turn struct {
	Question string
	Answer   string
	// Articles are the ids of the articles the answer cited: a follow-up
	// is read in them first.
	Articles []string
}

// Request is one question.
type Request struct {
	Question string
	Lang     string // forced answer language; "" = detect from the question
	HintLang string // tie-breaker when detection is unsure (e.g. Telegram language_code)
	History  []Turn // for follow-ups; rewritten into a standalone query
	K        int    // 0 = Options.K
	// OnFound, if set, is told what the search found once the sources are
	// chosen and before the answer is written, so that a user waiting for
	// a slow model sees progress. Not called when nothing relevant is found.
	OnFound func(Found)
	// ScoreFeatures asks for Answer.Features (eval's --judge-features):
	// no decision uses them yet, so they are not computed unasked.
	ScoreFeatures bool
}

// Found is what the search gave an answer to write from.
type Found struct {
	Passages int // relevant passages retrieved from the sources' articles
	Outlets  int // distinct outlets among the sources and their stories' other reports
}

// found counts the passages of hits that belong to sources, and the outlets.
func found(hits []retrieval.Hit, sources []Citation) Found {
	articles := map[string]bool{}
	outlets := map[string]bool{}
	for _, c := range sources {
		articles[c.ArticleID] = true
		outlets[c.Source] = true
		for _, o := range c.Also {
			outlets[o.Source] = true
		}
	}
	delete(outlets, "")
	var f Found
	for _, h := range hits {
		if articles[h.ArticleID] {
			f.Passages++
		}
	}
	f.Outlets = len(outlets)
	return f
}

// Citation is one source the answer cites, numbered as in the text. A
// source is one article: the passages retrieved from it share its number.
type Citation struct {
	N         int
	ArticleID string
	Title     string
	URL       string // from the store, never from model output
	Source    string
	Lang      string
	Published time.Time
	// Passage is the text given to the model as source [N]: the article's
	// retrieved passages in article order, non-adjacent ones separated by
	// ExcerptSeparator.
	Passage string
	Also    []Outlet // the story's other reports, cited with this one (see numberSources)
	// story is the whole article's text, read once the judge has found
	// some sources that do not hold the question's hard constraints
	// (readStories): empty otherwise.
	story string
}

// Answer is a finished answer.
type Answer struct {
	Text      string     // verified: every [n] refers to a Citation; no sources list inside
	Lang      string     // language of the answer
	Citations []Citation // only the cited sources, ordered by N
	// Sources is every source given to the model, one per article,
	// numbered 1.. in retrieval rank order; in an extractive answer the
	// quoted articles come first, in the order quoted. Its numbers are the
	// text's (for /source N).
	Sources   []Citation
	Query     string // the standalone query actually searched
	NoSources bool   // nothing relevant retrieved, or the judge refused; Text says so (no model call)
	// Verdict is the answerability judge's decision on the passages
	// retrieved (see judge); its Reason says which constraint was unmet.
	// Zero when nothing relevant was retrieved.
	Verdict Verdict
	// Features are the answerability score's features of the question
	// and its passages (ScoreFeatures) when Request.ScoreFeatures asked
	// for them; nil when nothing relevant was retrieved.
	Features   []float64
	Extractive bool   // built without a model (none configured, or it failed)
	Model      string // model name when one answered
}

// Ask answers req. onDelta, if non-nil, receives the answer text as it is
// generated, already cleaned of invalid citation markers; concatenated deltas
// equal the final Answer.Text. Answers that are not streamed (no sources,
// extractive) arrive as one delta.
//
// When the model fails before any text was shown, it is retried, then the
// answer falls back to the extractive one. When it fails after text was
// shown, the text so far is kept and a localised note that the answer was
// cut off is appended ("answer.interrupted"): replacing what the user has
// already read would be worse than an honest partial answer, and it keeps
// the deltas equal to Text.
func (s *Service) Ask(ctx context.Context, req Request, onDelta func(delta string)) (Answer, error) {
	q := strings.TrimSpace(req.Question)
	hint := baseLang(req.HintLang)
	if q == "" {
		return Answer{Lang: orDefault(baseLang(req.Lang), hint, "en")}, ErrEmptyQuestion
	}
	if utf8.RuneCountInString(q) > MaxQuestionRunes {
		return Answer{Lang: orDefault(baseLang(req.Lang), hint, "en")}, ErrTooLong
	}
	q = corpus.Normalize(q)
	// The question's own language decides how it is read (its words,
	// the judge, the sentences chosen); req.Lang only sets the language
	// of the reply.
	qLang := orDefault(corpus.DetectLang(q), hint, "en")
	lang := orDefault(baseLang(req.Lang), qLang)
	// What the reader says of themselves before asking, and the request
	// the question is asked through, are searched and judged as no part of
	// the question, and so is what the reader asks of the answer's form
	// after it ("Briefly, for each.") (scene.go).
	q = withoutFrame(withoutScene(withoutInstruction(q, qLang), qLang), qLang)
	if onDelta == nil {
		onDelta = func(string) {}
	}

	ctx = llm.WaitingSince(ctx, time.Now()) // rewrite, translations and stream share one first-token budget
	query, focus := s.standalone(ctx, q, qLang, req.History)
	k := req.K
	if k <= 0 {
		k = s.opt.K
	}
	extra := s.phrasings(ctx, query, qLang)
	hits, err := s.search.Search(ctx, retrieval.Query{Text: query, Extra: extra, K: k})
	if err != nil {
		return Answer{Lang: lang, Query: query}, fmt.Errorf("answer: search %q: %w", query, err)
	}
	// A misspelt name ("Istambul") is forgiven by the vectors but not by
	// the relevance gate and the judge, which read words: repaired against
	// what retrieval found (typo.go), the question is searched again.
	if fixed := repairTyposHeld(query, hitTexts(hits), s.corpusHolds(ctx)); fixed != query {
		fixedExtra := s.phrasings(ctx, fixed, qLang)
		if again, err := s.search.Search(ctx, retrieval.Query{Text: fixed, Extra: fixedExtra, K: k}); err == nil {
			if focus == query {
				focus = fixed
			} else {
				focus = repairTyposHeld(focus, hitTexts(again), s.corpusHolds(ctx))
			}
			query, hits, extra = fixed, again, fixedExtra
		}
	}
	hits = s.askHits(ctx, query, qLang, k, hits) // each ask's report among them (multidoc.go)
	var relevant []retrieval.Hit
	for _, h := range hits {
		if h.Relevant {
			relevant = append(relevant, h)
		}
	}
	relevant, inStory := s.followUpHits(ctx, q, query, focus, qLang, req.History, relevant)
	if len(relevant) == 0 {
		a := Answer{Lang: lang, Query: query, NoSources: true, Text: s.noSourcesText(ctx, lang)}
		onDelta(a.Text)
		return a, nil
	}
	sources := numberSources(relevant)
	// The judge runs before any model call: a refusal costs nothing.
	v := s.judgeSources(ctx, followUp{q, query, focus, qLang, inStory}, sources)
	if !v.Answerable && !inStory {
		if more := s.moreOfArticles(ctx, query, extra, relevant, false); len(more) > len(relevant) {
			moreSources := numberSources(more)
			if w := s.judgeSources(ctx, followUp{q, query, focus, qLang, inStory}, moreSources); w.Answerable {
				relevant, sources, v = more, moreSources, w
			}
		}
	}
	if !v.Answerable && !inStory {
		// A number or a date asked of a report in another language
		// (xlslot.go).
		if more, moreSources, w, ok := s.foreignSlotHits(ctx, followUp{q, query, focus, qLang, inStory}, extra, relevant, sources, v); ok {
			relevant, sources, v = more, moreSources, w
		}
	}
	if !v.Answerable && !inStory {
		// The same story told in another language (twins.go).
		if twins := twinHits(hits, relevant, s.twinArticles(ctx, hits, relevant)); len(twins) > 0 {
			both := append(slices.Clone(relevant), twins...)
			bothSources := numberSources(both)
			newOnly := numberSources(append(slices.Clone(relevant), newInTwin(twins, relevant)...))
			if w := s.judgeSources(ctx, followUp{q, query, focus, qLang, inStory}, bothSources); w.Answerable &&
				twinMeets(s.judgeSources(ctx, followUp{q, query, focus, qLang, inStory}, newOnly), newOnly, twins) {
				relevant, sources, v = both, bothSources, w
			}
		}
	}
	if !v.Answerable && !inStory {
		// A report that names what no source names, ranked below them
		// (named.go).
		if more, moreSources, w, ok := s.namedHits(ctx, followUp{q, query, focus, qLang, inStory}, extra, k, relevant, v); ok {
			relevant, sources, v = more, moreSources, w
		}
	}
	if v.Answerable && !inStory && questionType(query) == qSay {
		// What someone said is often told once, in a passage that
		// names him by surname only: the gate drops it beside the
		// passage that matched the question's other words, and the
		// answer would quote those words instead of his. Read only once
		// the judge has accepted the passages the gate kept, and kept
		// only if it accepts them again: a refusal stays a refusal.
		if more := s.moreOfArticles(ctx, query, extra, relevant, true); len(more) > len(relevant) {
			moreSources := numberSources(more)
			if w := s.judgeSources(ctx, followUp{q, query, focus, qLang, inStory}, moreSources); w.Answerable {
				relevant, sources, v = more, moreSources, w
			}
		}
	}
	var features []float64
	if req.ScoreFeatures {
		features = ScoreFeatures(query, qLang, v, sources, relevant)
	}
	if !v.Answerable {
		s.log.Info("question refused by the judge", "reason", v.Reason(), "sources", len(sources))
		text := prompts.T(lang, "no_sources")
		if v.Closest >= 0 {
			text += " " + closestText(lang, query, sources[v.Closest], v)
		}
		if cov := s.coverageText(ctx, lang); cov != "" {
			// What the corpus holds is a paragraph of its own: on a phone
			// the refusal and its reason stay one short block above it.
			text += "\n\n" + cov
		}
		a := Answer{Lang: lang, Query: query, NoSources: true, Text: text, Verdict: v, Features: features}
		onDelta(a.Text)
		return a, nil
	}
	// A source that fails a name in its passages may name it further
	// down its story, or retell another source's story (storyholds.go).
	sources = s.readStories(ctx, sources, v.Holds)
	v.Holds = heldByStory(v, sources)
	quote, kept := timelyAsks(query, sources) // of the time each ask asks about (timely.go, multidoc.go)
	quote, sources, v.Meets, v.Holds = judgedTimely(query, quote, sources, kept, v.Meets, v.Holds)
	if focus != query {
		// Sentences are chosen by what the follow-up itself asks, without
		// its time words; the sources stay those of the whole question.
		quote, _ = timely(focus, sources)
	}
	if req.OnFound != nil {
		req.OnFound(found(relevant, sources))
	}
	base := Answer{Lang: lang, Query: query, Sources: sources, Verdict: v, Features: features}

	if s.model == nil {
		a := base
		q := s.extractiveTurn(prompts.T(lang, "extractive.intro"), quote, qLang, lang, sources, v.Meets, v.Holds, req.History)
		a.Text, a.Citations, a.Sources = q.text, q.citations, q.sources
		a.Extractive = true
		onDelta(a.Text)
		return a, nil
	}

	msgs, err := s.messages(ctx, q, lang, req.History, sources)
	if err != nil {
		return base, fmt.Errorf("answer: %w", err)
	}
	fallback := func() quoted {
		return s.extractiveTurn(prompts.T(lang, "err.model_failed"), quote, qLang, lang, sources, v.Meets, v.Holds, req.History)
	}
	return s.generate(ctx, callAnswer, base, msgs, fallback, true, onDelta), nil
}

// generate streams the model's answer through the citation filter. If the
// model fails before showing anything, the answer is fallback's
// (extractive). If it fails after, partialOK keeps the text so far with a
// note that it was cut off; otherwise the fallback replaces it.
func (s *Service) generate(ctx context.Context, kind callKind, base Answer, msgs []llm.Message,
	fallback func() quoted, partialOK bool, onDelta func(string)) Answer {
	var (
		f    = newCiteFilter(len(base.Sources))
		text strings.Builder
	)
	deliver := func(delta string) bool {
		out := f.write(delta)
		if out == "" {
			return false
		}
		text.WriteString(out)
		onDelta(out)
		return true
	}
	start := time.Now()
	err := s.model.stream(ctx, kind, msgs, func() { f = newCiteFilter(len(base.Sources)) }, deliver)
	if tail := f.close(); tail != "" {
		text.WriteString(tail)
		onDelta(tail)
	}
	a := base
	a.Model = s.model.opt.Model
	latency := time.Since(start).Milliseconds()
	switch {
	case err != nil && text.Len() > 0 && partialOK:
		s.log.Warn("model failed mid-answer, keeping the partial answer", "model", a.Model,
			"latency_ms", latency, "err", err.Error())
		note := "\n\n" + prompts.T(a.Lang, "answer.interrupted")
		text.WriteString(note)
		onDelta(note)
	case err != nil || text.Len() == 0:
		if err == nil {
			err = errors.New("empty answer after citation checks")
		}
		s.log.Error("model failed, answering extractively", "model", a.Model, "latency_ms", latency, "err", err.Error())
		a.Model = ""
		a.Extractive = true
		q := fallback()
		a.Text, a.Citations, a.Sources = q.text, q.citations, q.sources
		onDelta(a.Text)
		return a
	default:
		s.log.Debug("model answered", "model", a.Model, "latency_ms", latency, "sources", len(a.Sources))
	}
	a.Text = text.String()
	a.Citations = pick(a.Sources, f.citedNumbers())
	return a
}

// messages builds the chat: system rules, the bounded history, then the
// question with its numbered sources.
func (s *Service) messages(ctx context.Context, q, lang string, history []Turn, sources []Citation) ([]llm.Message, error) {
	langName := prompts.LanguageName("en", lang)
	coverage := ""
	if s.opt.Coverage != nil {
		coverage = s.coverageText(ctx, "en")
	}
	sys, err := prompts.Render("system", prompts.SystemData{Language: langName, NumSources: len(sources), Coverage: coverage})
	if err != nil {
		return nil, err
	}
	src := make([]prompts.Source, len(sources))
	for i, c := range sources {
		src[i] = promptSource(c.N, c.Title, c.Source, c.Published, c.Passage)
	}
	user, err := prompts.Render("user", prompts.UserData{Question: q, Language: langName, Sources: src})
	if err != nil {
		return nil, err
	}
	msgs := []llm.Message{{Role: llm.RoleSystem, Content: sys}}
	for _, t := range s.recent(history) {
		msgs = append(msgs,
			llm.Message{Role: llm.RoleUser, Content: t.Question},
			llm.Message{Role: llm.RoleAssistant, Content: t.Answer})
	}
	return append(msgs, llm.Message{Role: llm.RoleUser, Content: user}), nil
}

// historyAnswerRunes bounds each previous answer sent back to the model.
const historyAnswerRunes = 600

// recent returns the last HistoryTurns turns, answers shortened and
// stripped of their citation markers (which numbered other sources).
func (s *Service) recent(history []Turn) []prompts.Turn {
	if len(history) > s.opt.HistoryTurns {
		history = history[len(history)-s.opt.HistoryTurns:]
	}
	out := make([]prompts.Turn, 0, len(history))
	for _, t := range history {
		q := strings.TrimSpace(t.Question)
		a := strings.TrimSpace(historyMarkerRE.ReplaceAllString(t.Answer, ""))
		if q == "" {
			continue
		}
		out = append(out, prompts.Turn{Question: truncate(q, historyAnswerRunes), Answer: truncate(a, historyAnswerRunes)})
	}
	return out
}

func promptSource(n int, title, outlet string, published time.Time, text string) prompts.Source {
	date := ""
	if !published.IsZero() {
		date = published.Format("2006-01-02")
	}
	return prompts.Source{N: n, Title: title, Outlet: outlet, Date: date, Text: text}
}

// noSourcesText says the corpus does not cover the question and, when
// known, what it does cover.
func (s *Service) noSourcesText(ctx context.Context, lang string) string {
	text := prompts.T(lang, "no_sources")
	if cov := s.coverageText(ctx, lang); cov != "" {
		text += "\n\n" + cov // a paragraph of its own, as in a judge's refusal
	}
	return text
}

// coverageText renders Options.Coverage in lang; "" when unknown.
func (s *Service) coverageText(ctx context.Context, lang string) string {
	if s.opt.Coverage == nil {
		return ""
	}
	cov, err := s.opt.Coverage(ctx)
	if err != nil {
		s.log.Warn("corpus coverage unavailable", "err", err.Error())
		return ""
	}
	if cov.Articles == 0 {
		return ""
	}
	text := coverageSentence(lang, cov)
	if topics := topicsText(lang, cov); topics != "" {
		text += " " + topics
	}
	return text
}

// coverageSentence says how many articles the corpus holds and as much of
// their publication period as is known: an unknown date is left out
// rather than shown as 01/01/0001.
func coverageSentence(lang string, cov Coverage) string {
	date := func(t time.Time) string { return prompts.FormatDate(lang, "fmt.date", t) }
	from, to := cov.From, cov.To
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		from, to = to, from
	}
	sameDay := !from.IsZero() && !to.IsZero() && from.Format(time.DateOnly) == to.Format(time.DateOnly)
	if dated := cov.Articles - cov.Undated; cov.Undated > 0 && dated > 0 && !from.IsZero() && !to.IsZero() {
		// "8 articles published between …" must not count the undated ones.
		switch {
		case dated == 1:
			return prompts.T(lang, "no_sources.coverage_mixed_one", cov.Articles, date(to), cov.Undated)
		case sameDay:
			return prompts.T(lang, "no_sources.coverage_mixed_same_day", cov.Articles, dated, date(from), cov.Undated)
		}
		return prompts.T(lang, "no_sources.coverage_mixed", cov.Articles, dated, date(from), date(to), cov.Undated)
	}
	if cov.Articles == 1 {
		switch {
		case !to.IsZero():
			return prompts.T(lang, "no_sources.coverage_one_dated", date(to))
		case !from.IsZero():
			return prompts.T(lang, "no_sources.coverage_one_dated", date(from))
		}
		return prompts.T(lang, "no_sources.coverage_one")
	}
	switch {
	case sameDay:
		return prompts.T(lang, "no_sources.coverage_same_day", cov.Articles, date(from))
	case !from.IsZero() && !to.IsZero():
		return prompts.T(lang, "no_sources.coverage", cov.Articles, date(from), date(to))
	case !from.IsZero():
		return prompts.T(lang, "no_sources.coverage_since", cov.Articles, date(from))
	case !to.IsZero():
		return prompts.T(lang, "no_sources.coverage_until", cov.Articles, date(to))
	}
	return prompts.T(lang, "no_sources.coverage_undated", cov.Articles)
}

// pick returns the sources numbered ns, in order.
func pick(sources []Citation, ns []int) []Citation {
	out := make([]Citation, 0, len(ns))
	for _, n := range ns {
		if n >= 1 && n <= len(sources) {
			out = append(out, sources[n-1])
		}
	}
	return out
}

// translations asks the model for the query in the other corpus languages,
// concurrently and best effort: cross-lingual recall is a bonus, and a
// failed translation only costs that bonus. "Other" is by the query's own
// language, not the answer's: a Russian question answered in English
// (--lang en) still needs its English phrasing.
func (s *Service) translations(ctx context.Context, query, lang string) []string {
	if s.model == nil {
		return nil
	}
	if src := corpus.DetectLang(query); src != "" {
		lang = src
	}
	var targets []string
	for _, l := range s.opt.CorpusLangs {
		if l != lang {
			targets = append(targets, l)
		}
	}
	out := make([]string, len(targets))
	var wg sync.WaitGroup
	for i, target := range targets {
		wg.Go(func() {
			prompt, err := prompts.Render("translate", prompts.TranslateData{Target: prompts.LanguageName("en", target), Text: query})
			if err != nil {
				s.log.Error("render translate prompt", "err", err.Error())
				return
			}
			tr, err := s.model.complete(ctx, callTranslate, []llm.Message{{Role: llm.RoleUser, Content: prompt}})
			if err != nil {
				s.log.Warn("query translation failed, searching without it", "target_lang", target, "err", err.Error())
				return
			}
			out[i] = cleanModelLine(tr)
		})
	}
	wg.Wait()
	var extra []string
	for _, t := range out {
		if t != "" && !strings.EqualFold(t, query) {
			extra = append(extra, t)
		}
	}
	return extra
}

// cleanModelLine keeps the first non-empty line of a short model reply,
// without the quotes and labels models like to add, bounded in length.
func cleanModelLine(s string) string {
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if i := strings.Index(line, ":"); i > 0 && modelLabels[strings.ToLower(strings.Trim(line[:i], "*_ "))] {
			line = strings.TrimSpace(line[i+1:])
		}
		line = strings.Trim(line, "\"'“”«»`* ")
		return truncate(strings.TrimSpace(line), 300)
	}
	return ""
}

// modelLabels are prefixes models put before a one-line reply ("Query: ...").
var modelLabels = map[string]bool{
	"query": true, "search query": true, "standalone query": true, "rewritten query": true,
	"translation": true, "translated query": true, "câu hỏi": true, "truy vấn": true, "bản dịch": true,
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n])) + "…"
}

// baseLang reduces a language tag to its lower-case primary subtag.
func baseLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

func orDefault(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// moreOfArticles returns the hits with more passages of the same
// articles, read further down (up to wholeArticlePassages each). Search
// keeps two passages of an article, the two that share most of the
// question's words; a detail told further down ("On March 13 the Russian
// side handed over a draft", a list of companies by country) is then
// never read, and the judge refuses an article that answers. Only the
// articles retrieval found relevant are read further: no new story comes
// in, so a near miss refused for its story stays refused.
//
// whole reads every passage of the articles, those the relevance gate
// found irrelevant too, from the store (passageReader) when the searcher
// can: a quote that shares only its speaker's surname with the question
// is in such a passage, and searching again, even deeper, drops it
// beside the article's relevant one. Otherwise the question's own search
// is run deeper, with the phrasings already made (no model call), and
// only passages the gate found relevant come back. Before a refusal the
// passages are read that way: the whole article, judged again, answered
// near misses from a passage about something else (another ambassador
// before the one asked of, another month's meeting: three near misses of
// the fresh-question tests, though none of the evaluation sets').
func (s *Service) moreOfArticles(ctx context.Context, query string, extra []string, relevant []retrieval.Hit, whole bool) []retrieval.Hit {
	var ids []string
	count := map[string]int{}
	have := map[int64]bool{}
	for _, h := range relevant {
		if count[h.ArticleID] == 0 {
			ids = append(ids, h.ArticleID)
		}
		count[h.ArticleID]++
		have[h.ChunkID] = true
	}
	var hits []retrieval.Hit
	var err error
	if pr, ok := s.search.(passageReader); ok && whole {
		hits, err = pr.ArticlePassages(ctx, ids, wholeArticlePassages)
	} else {
		hits, err = s.search.Search(ctx, retrieval.Query{Text: query, Extra: extra,
			K: min(len(ids)*wholeArticlePassages, maxSearchK), PerArticle: wholeArticlePassages})
	}
	if err != nil {
		s.log.Warn("reading further down the articles failed", "err", err)
		return relevant
	}
	out := slices.Clone(relevant)
	for _, h := range hits {
		if count[h.ArticleID] > 0 && count[h.ArticleID] < wholeArticlePassages && !have[h.ChunkID] {
			count[h.ArticleID]++
			have[h.ChunkID] = true
			out = append(out, h)
		}
	}
	return out
}

// passageReader reads the first per passages of the given articles
// (retrieval.Engine.ArticlePassages): what moreOfArticles reads when the
// searcher has it.
type passageReader interface {
	ArticlePassages(ctx context.Context, articleIDs []string, per int) ([]retrieval.Hit, error)
}

// wholeArticlePassages is how many passages of an article the judge reads
// when the two retrieval kept do not answer: a news report of 150-600
// words is two to six passages.
const wholeArticlePassages = 8

// maxSearchK is the most hits retrieval gives (retrieval.Query.K).
const maxSearchK = 100
