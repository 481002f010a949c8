package answer

import (
	"context"
	"slices"

	"github.com/detente/detente/retrieval"
)

// A name no source holds may be held by a report retrieval ranked below
// them. "Who led the Russian delegation at the talks in Helsinki?" shares
// "led the Russian delegation at the talks" word for word with a report
// of talks in Vienna, and one rare name, once, with the Helsinki report:
// the Vienna report's passages fill the sources and the judge, finding
// Helsinki in none, refuses a question the corpus answers. Before a
// refusal that names a name as unmet, the question is searched deeper
// and the reports there that write the name, judged alone, are judged
// with the sources: kept only when one of them then meets the whole
// question. A name no report holds ("the talks in Hendricks") brings
// nothing in, so its refusal stands; a report that names the place but
// not what is asked of it is refused as before.
//
// Only reports in the question's language: the judge reads a report of
// another language loosely (a word the lexicon cannot translate is
// held on trust), and a report of another language retrieval ranked
// low, read so, answered near misses: the long Vietnamese digests of the
// seed corpus, which name China, Finland and the UN in passing, met "the
// new permanent representative of China to the UN" and "reports for the
// Finnish consulate" (mutants of eval7 and eval15).

// A report in another language is read too when its headline writes the
// name in its own language's spelling ("Россия и Индия открыли посольствам рупиевые счета" for
// "India's diplomatic missions"): a story about that country or place,
// not a digest naming it in passing. English questions about Russian and
// Vietnamese reports lost them so: the gate reads a report in another
// script only by what the lexicon translates, and a question whose verbs
// it lacks left the one report that names the country below the
// relevant ones. The whole question must still be met by it. Not its
// lead: a wire story's first sentence lists the countries of a sanctions
// list ("companies registered in Malaysia and Thailand"), and such a
// report answered who would select the Malaysian participants of an
// exchange programme (a mutant of eval10). And only a report the gate
// found relevant to the question at that depth: a report on Chinese
// rocket debris, its headline naming China, answered which American site
// Chinese inspectors would visit (a mutant of eval15).

// namedDepth is how many times the sources' passages the deeper search
// reads: an article keeps two passages, so four times six passages are
// about twelve articles, where the open sets' missed reports ranked
// eighth to tenth.
const namedDepth = 4

// maxNamedArticles is how many reports found deeper are judged with the
// sources.
const maxNamedArticles = 3

// unmetNames are the texts of the names v finds unmet.
func unmetNames(v Verdict) []string {
	var out []string
	for _, c := range v.Unmet {
		if c.Kind == KindName {
			out = append(out, c.Text)
		}
	}
	return out
}

// namedHits returns relevant with the passages of the reports a deeper
// search finds that meet the names v found unmet, and the verdict on
// them; ok only when that verdict is answerable by one of those reports.
func (s *Service) namedHits(ctx context.Context, f followUp, extra []string, k int, relevant []retrieval.Hit, v Verdict) ([]retrieval.Hit, []Citation, Verdict, bool) {
	names := unmetNames(v)
	if len(names) == 0 {
		return nil, nil, v, false
	}
	deep, err := s.search.Search(ctx, retrieval.Query{Text: f.query, Extra: extra, K: min(k*namedDepth, maxSearchK)})
	if err != nil {
		s.log.Warn("searching deeper for a name failed", "err", err)
		return nil, nil, v, false
	}
	have := map[string]bool{}
	for _, h := range relevant {
		have[h.ArticleID] = true
	}
	var order []string
	byArticle := map[string][]retrieval.Hit{}
	for _, h := range deep {
		if have[h.ArticleID] || !(h.Relevant && h.Lang == f.lang || h.Relevant && h.Lang != f.lang && s.headlineSpells(ctx, f, names, h)) {
			continue
		}
		if byArticle[h.ArticleID] == nil {
			order = append(order, h.ArticleID)
		}
		byArticle[h.ArticleID] = append(byArticle[h.ArticleID], h)
	}
	out := slices.Clone(relevant)
	added := map[string]bool{}
	for _, id := range order {
		if len(added) == maxNamedArticles {
			break
		}
		// The report must write the name, as the question or the
		// lexicon spells it.
		alone := s.judgeSources(ctx, f, numberSources(byArticle[id]))
		spelt := func(n string) bool {
			return slices.ContainsFunc(alone.spelt, func(m map[string]bool) bool { return m[n] })
		}
		if !slices.ContainsFunc(names, spelt) {
			continue
		}
		// A report of another language must write every name of the
		// question itself: one it meets on trust is no evidence (a
		// Vietnamese story of Japanese prisoners' remains, its headline
		// naming Japan, does not tell of Japanese physicists at Dubna).
		if byArticle[id][0].Lang != f.lang && slices.ContainsFunc(alone.Constraints, func(k Constraint) bool { return k.Kind == KindName && !spelt(k.Text) }) {
			continue
		}
		added[id] = true
		out = append(out, byArticle[id]...)
	}
	if len(added) == 0 {
		return nil, nil, v, false
	}
	out = s.moreOfArticles(ctx, f.query, extra, out, false)
	sources := numberSources(out)
	w := s.judgeSources(ctx, f, sources)
	for i, c := range sources {
		if w.Answerable && i < len(w.Meets) && w.Meets[i] && added[c.ArticleID] {
			return out, sources, w, true
		}
	}
	return nil, nil, v, false
}

// headlineSpells reports whether the headline of h's article writes one
// of names in a spelling of the article's own language (Verdict.spelt),
// not met on trust.
func (s *Service) headlineSpells(ctx context.Context, f followUp, names []string, h retrieval.Hit) bool {
	head := Citation{N: 1, ArticleID: h.ArticleID, Title: h.Title, Lang: h.Lang, Published: h.Published, URL: h.URL, Source: h.Source}
	v := s.judgeSources(ctx, f, []Citation{head})
	return slices.ContainsFunc(names, func(n string) bool { return len(v.spelt) > 0 && v.spelt[0][n] })
}
