package answer

import (
	"context"
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
)

// A story holds a question's hard constraints, not a passage. The judge
// reads the passages retrieval found, and the bullet filter (quotesFor)
// quotes only the sources that hold the question's names, places, years
// and offices (Verdict.Holds). Two of its misses cost a reader a story
// that answers: a Vietnamese report whose passages answer "who led the
// American side at the talks in Tromsø" names the town only in its
// dateline paragraph, which retrieval did not return; and a Russian
// retelling of the same talks fails an English name the lexicon cannot
// spell in Russian, while its passages share too few names with the
// English report's for twinsHold to see one story. Both are told by the
// whole article, which is read once an answer is accepted and some
// source fails: a source whose only failed constraints are names its
// whole story writes holds, and so does a source whose whole story
// retells a holding source's (another language, within a day, names
// shared as twinHits counts them over whole articles). Years, dates and
// offices stay the passages': a year written further down dates another
// event more often than this one.

// readStories returns sources with each one's whole article text
// (Citation.story) when the judge found some source that holds the
// question's hard constraints and some that does not, and the searcher
// can read articles; sources unchanged otherwise.
func (s *Service) readStories(ctx context.Context, sources []Citation, holds []bool) []Citation {
	if !slices.Contains(holds, true) || !slices.Contains(holds, false) {
		return sources
	}
	pr, ok := s.search.(passageReader)
	if !ok {
		return sources
	}
	var ids []string
	for _, c := range sources {
		if !slices.Contains(ids, c.ArticleID) {
			ids = append(ids, c.ArticleID)
		}
	}
	hits, err := pr.ArticlePassages(ctx, ids, wholeArticlePassages)
	if err != nil {
		s.log.Warn("reading the stories of the sources failed", "err", err)
		return sources
	}
	text := map[string][]string{}
	for _, h := range hits {
		text[h.ArticleID] = append(text[h.ArticleID], h.Text)
	}
	out := slices.Clone(sources)
	for i := range out {
		if t := text[out[i].ArticleID]; len(t) > 0 {
			out[i].story = out[i].Title + "\n" + strings.Join(t, "\n")
		}
	}
	return out
}

// heldByStory is v.Holds (by source index) with the sources whose whole
// story holds what their passages failed (see above): every constraint
// a source failed is a name its story writes, or the source retells a
// holding source's story (twinsHold).
func heldByStory(v Verdict, sources []Citation) []bool {
	holds := v.Holds
	if !slices.Contains(holds, true) {
		return holds
	}
	out := slices.Clone(holds)
	for i, c := range sources {
		if i >= len(out) || out[i] || i >= len(v.missed) || c.story == "" || len(v.missed[i]) == 0 {
			continue
		}
		out[i] = !slices.ContainsFunc(v.missed[i], func(k Constraint) bool { return k.Kind != KindName || !storyNames(k.Text, c.story) })
	}
	return twinsHold(sources, out)
}

// storyNames reports whether text writes the name, word for word once
// folded ("Tromsø" is "Tromso"). Not a word that only resembles it, as
// the judge's cross-script test allows: over a whole story, "Rabat"
// resembled a word of a story of another exchange.
func storyNames(name, text string) bool {
	var want []string
	for _, t := range corpus.Tokenize(name) {
		want = append(want, t.Folded)
	}
	if len(want) == 0 {
		return false
	}
	var words []string
	for _, t := range corpus.Tokenize(text) {
		words = append(words, t.Folded)
	}
	return containsRun(words, want)
}
