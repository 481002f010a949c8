package answer

import (
	"context"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// One story told in two languages. Stories are found per language
// (store.assignStory): an English wire report and its Russian retelling
// are two stories, and the relevance gate, which counts the question's
// words, finds the one in the question's language and not its twin, whose
// words it reaches only through the lexicon. When the telling it kept
// lacks the asked detail ("how many inspectors": the Russian report says
// two visits, the English one "up to eight inspectors") the judge refused
// though the corpus tells it. Before a refusal, a twin retrieval found
// but did not keep is judged with the kept telling: an article of
// another language published within a day of it that names at least
// minTwinNames of the same people and places, matched across scripts by
// consonant skeleton as the gate and the judge match names. Only a
// retelling of the same event shares that many long names on the same
// day; the twin's own passages are those Search returned for the
// question, so no passage about something else comes in.

// A twin answers only with what the kept telling does not tell. The
// judge reads a passage of another language than the question's more
// loosely (a name and a charge in one Russian sentence are bound, where
// the question's own Vietnamese sentence was read as charging someone
// else): a twin's retelling of a sentence the kept telling has, and the
// judge refused, answered a near miss. So the twin must be judged
// answerable again without its sentences that retell one of the kept
// telling's, by naming two of the same people or places (newInTwin).

// The twin must meet the whole question itself, with only its new
// sentences: the judge meets an open "detail" in any source that meets
// the question's other constraints, and a story-wide name constraint by
// any source, so a twin passage that names neither the person nor the
// charge let a refused telling through (twinMeets).

// minTwinNames is how many distinct long names (skeletons of
// minTwinSkeleton consonants or more) two tellings must share. Two names
// are shared by different stories of one day often enough ("Washington"
// and "Kremlin"); three, with the date, was one retelling in every pair of
// the open sets where it fired.
const minTwinNames = 3

// minTwinSkeleton is the fewest consonants of a name compared: shorter
// skeletons ("ptn", "trmp") are shared by unrelated words of the other
// script (retrieval's minLoanSkeleton).
const minTwinSkeleton = 5

// twinHits returns, of hits, the passages of articles that retell a
// relevant article's story in another language (see above), none when no
// hit is such a twin. Relevant hits are not returned again. whole, when
// not nil, holds every passage of the articles concerned: names are
// compared over whole articles, as a short report's names are told in
// passages the question did not find.
func twinHits(hits, relevant, whole []retrieval.Hit) []retrieval.Hit {
	type telling struct {
		lang  string
		day   time.Time
		names map[string][]string
	}
	kept := map[string]*telling{}
	var order []string
	for _, h := range relevant {
		t := kept[h.ArticleID]
		if t == nil {
			if h.Published.IsZero() {
				continue
			}
			t = &telling{lang: h.Lang, day: h.Published, names: map[string][]string{}}
			kept[h.ArticleID] = t
			order = append(order, h.ArticleID)
		}
		maps.Copy(t.names, longNames(h.Title+"\n"+h.Text))
	}
	for _, h := range whole {
		if t := kept[h.ArticleID]; t != nil {
			maps.Copy(t.names, longNames(h.Text))
		}
	}
	if len(kept) == 0 {
		return nil
	}
	other := map[string][]retrieval.Hit{}
	var others []string
	for _, h := range hits {
		if h.Relevant || kept[h.ArticleID] != nil || h.Published.IsZero() {
			continue
		}
		if other[h.ArticleID] == nil {
			others = append(others, h.ArticleID)
		}
		other[h.ArticleID] = append(other[h.ArticleID], h)
	}
	var out []retrieval.Hit
	for _, id := range others {
		hs := other[id]
		var names map[string][]string // read only for a telling of another language and day
		for _, kid := range order {
			t := kept[kid]
			if t.lang == hs[0].Lang || !sameDay(t.day, hs[0].Published) {
				continue
			}
			if names == nil {
				names = map[string][]string{}
				for _, h := range hs {
					maps.Copy(names, longNames(h.Title+"\n"+h.Text))
				}
				for _, h := range whole {
					if h.ArticleID == id {
						maps.Copy(names, longNames(h.Text))
					}
				}
			}
			if sharedNames(t.names, names) >= minTwinNames {
				out = append(out, hs...)
				break
			}
		}
	}
	return out
}

// sameDay reports whether two publication times are within a day: a
// retelling is often dated the day after the report.
func sameDay(a, b time.Time) bool {
	d := a.Sub(b)
	return d <= 36*time.Hour && d >= -36*time.Hour
}

// longNames returns, for each distinct capitalised word of the text long
// enough to tell a name by, its skeletons (a Cyrillic word's by its stem
// too, for its case ending), keyed by the word.
func longNames(text string) map[string][]string {
	return capitalSkeletons(text, false, minTwinSkeleton)
}

// capitalSkeletons returns, keyed by each distinct capitalised word of
// text (after the first when skipFirst), its name skeletons of minLen
// consonants or more; a Cyrillic word's by its stem too.
func capitalSkeletons(text string, skipFirst bool, minLen int) map[string][]string {
	out := map[string][]string{}
	for i, t := range corpus.Tokenize(text) {
		r := []rune(t.Text)
		if skipFirst && i == 0 || len(r) == 0 || !unicode.IsUpper(r[0]) {
			continue
		}
		if _, ok := out[t.Lower]; ok {
			continue
		}
		forms := []string{t.Lower}
		if unicode.Is(unicode.Cyrillic, r[0]) {
			forms = append(forms, corpus.NameStem(t.Folded))
		}
		var ks []string
		for _, f := range forms {
			for _, k := range retrieval.NameSkeletons(f) {
				if len(k) >= minLen && !slices.Contains(ks, k) {
					ks = append(ks, k)
				}
			}
		}
		if ks != nil {
			out[t.Lower] = ks
		}
	}
	return out
}

// sharedNames counts the names of a that resemble a name of b, each name
// of either counted once.
func sharedNames(a, b map[string][]string) int {
	used := map[string]bool{}
	n := 0
	// In the words' order, so that the count does not depend on the
	// maps' (one word of b could resemble two of a).
	for _, wa := range slices.Sorted(maps.Keys(a)) {
		ka := a[wa]
		keys := map[string]bool{}
		for _, k := range ka {
			keys[k] = true
		}
		for _, w := range slices.Sorted(maps.Keys(b)) {
			if !used[w] && retrieval.SkeletonsResemble(b[w], keys) {
				used[w] = true
				n++
				break
			}
		}
	}
	return n
}

// minCounterpartNames is how many names a twin's sentence must share with
// one sentence of the kept telling to be its retelling.
const minCounterpartNames = 2

// newInTwin returns the twins' passages without the sentences that retell
// one of the kept telling's (see above); a passage left with nothing is
// dropped.
func newInTwin(twins, relevant []retrieval.Hit) []retrieval.Hit {
	var kept []map[string][]string
	for _, h := range relevant {
		for _, s := range sentences(h.Text) {
			if n := sentenceNames(s); len(n) >= minCounterpartNames {
				kept = append(kept, n)
			}
		}
	}
	var out []retrieval.Hit
	for _, h := range twins {
		var keep []string
		for _, s := range sentences(h.Text) {
			n := sentenceNames(s)
			retold := len(n) >= minCounterpartNames && slices.ContainsFunc(kept, func(k map[string][]string) bool {
				return sharedNames(n, k) >= minCounterpartNames
			})
			if !retold {
				keep = append(keep, s)
			}
		}
		if len(keep) > 0 {
			h.Text = strings.Join(keep, " ")
			out = append(out, h)
		}
	}
	return out
}

// sentenceNames returns the skeletons of a sentence's capitalised words
// after its first, of three consonants or more: the people and places it
// names (a first word is capitalised whatever it is).
func sentenceNames(s string) map[string][]string { return capitalSkeletons(s, true, 3) }

// twinMeets reports whether the verdict on sources is answerable with a
// twin (an article of twins) among the sources meeting the whole question.
func twinMeets(v Verdict, sources []Citation, twins []retrieval.Hit) bool {
	if !v.Answerable {
		return false
	}
	for i, c := range sources {
		if i < len(v.Meets) && v.Meets[i] && slices.ContainsFunc(twins, func(h retrieval.Hit) bool { return h.ArticleID == c.ArticleID }) &&
			namesAsked(v, c.Passage) {
			return true
		}
	}
	return false
}

// namesAsked reports whether the text has, for each name the question
// asks of, a word resembling it in either script (nameAbsent's test). The
// judge counts a name it cannot spell in the passage's script as met,
// which a twin of another script always is: the Russian twin of a
// Vietnamese report met "Crowley" in passages that never named him.
func namesAsked(v Verdict, text string) bool {
	var words []string
	for _, t := range corpus.Tokenize(text) {
		words = append(words, t.Lower)
	}
	for _, k := range v.Constraints {
		if k.Kind != KindName {
			continue
		}
		keys, _ := nameKeys(k.Text)
		if len(keys) > 0 && !slices.ContainsFunc(words, func(w string) bool { return wordResembles(w, keys) }) {
			return false
		}
	}
	return true
}

// twinArticles reads every passage of the relevant articles and of the
// dated hits of another language than theirs (the twins' candidates),
// when the searcher can; nil otherwise.
func (s *Service) twinArticles(ctx context.Context, hits, relevant []retrieval.Hit) []retrieval.Hit {
	pr, ok := s.search.(passageReader)
	if !ok {
		return nil
	}
	var ids []string
	var kept []retrieval.Hit // a relevant hit of each dated article
	for _, h := range relevant {
		if !h.Published.IsZero() && !slices.Contains(ids, h.ArticleID) {
			ids = append(ids, h.ArticleID)
			kept = append(kept, h)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	n := len(ids)
	// Only an article twinHits could take as a twin is read: of another
	// language than a kept telling, and of its day.
	mayTwin := func(h retrieval.Hit) bool {
		return slices.ContainsFunc(kept, func(k retrieval.Hit) bool { return k.Lang != h.Lang && sameDay(k.Published, h.Published) })
	}
	for _, h := range hits {
		if !h.Relevant && !h.Published.IsZero() && !slices.Contains(ids, h.ArticleID) && mayTwin(h) {
			ids = append(ids, h.ArticleID)
		}
	}
	if len(ids) == n {
		return nil
	}
	whole, err := pr.ArticlePassages(ctx, ids, wholeArticlePassages)
	if err != nil {
		s.log.Warn("reading the articles of a story's twin failed", "err", err)
		return nil
	}
	return whole
}

// twinSourceSkeleton is the fewest consonants of a name twinsHold
// compares: a source holds only its retrieved passages, not the whole
// article twinHits reads, and two tellings' passages share few names
// of minTwinSkeleton ("Milwaukee" is mlvk, "Samara" smr); with the day
// and another language, three names of three consonants were one story
// in every twin the open sets lost a bullet of.
const twinSourceSkeleton = 3

// twinsHold is holds (by source index, as the judge found which sources
// hold the question's hard constraints) with each source that retells a
// holding source's story in another language (as twinHits tells a twin:
// another language, within a day, minTwinNames names shared) made
// to hold too. A name spelled two ways ("Tromsø", "Tromso") fails the
// judge in one telling and not the other; one story has one verdict, and
// its other telling is as much evidence as the first.
func twinsHold(sources []Citation, holds []bool) []bool {
	if !slices.Contains(holds, true) || slices.Index(holds, false) < 0 {
		return holds
	}
	names := make([]map[string][]string, len(sources))
	named := func(i int) map[string][]string {
		if names[i] == nil {
			names[i] = capitalSkeletons(sources[i].Title+"\n"+sources[i].Passage, false, twinSourceSkeleton)
		}
		return names[i]
	}
	// A whole story's names are read once, not once per pair compared.
	stories := make([]map[string][]string, len(sources))
	told := func(i int) map[string][]string {
		if stories[i] == nil && sources[i].story != "" {
			stories[i] = capitalSkeletons(sources[i].story, false, twinSourceSkeleton)
		}
		return stories[i]
	}
	out := slices.Clone(holds)
	for i := range sources {
		if i >= len(holds) || !holds[i] || sources[i].Published.IsZero() {
			continue
		}
		for j := range sources {
			if j >= len(out) || out[j] || sources[j].Lang == sources[i].Lang || sources[j].Published.IsZero() ||
				!sameDay(sources[i].Published, sources[j].Published) {
				continue
			}
			if sharedNames(named(i), named(j)) >= minTwinNames || storyTwins(told(i), told(j)) {
				out[j] = true
			}
		}
	}
	return out
}

// storyTwins reports whether two sources' whole stories (Citation.story,
// when read; their names as capitalSkeletons finds them, nil when not
// read) share minTwinNames names of twinSourceSkeleton consonants
// or more, as twinsHold compares passages: passages share fewer names
// than their stories (the Russian retelling's officials named in a
// paragraph the question did not find), and a place or a surname of
// three consonants ("Honolulu" is hnl, "Calloway" klv) is as much the
// story's as a long one.
func storyTwins(a, b map[string][]string) bool {
	return a != nil && b != nil && sharedNames(a, b) >= minTwinNames
}
