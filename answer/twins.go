package answer

import (
	"maps"
	"slices"
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
// hit is such a twin. Relevant hits are not returned again.
func twinHits(hits, relevant []retrieval.Hit) []retrieval.Hit {
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
		names := map[string][]string{}
		for _, h := range hs {
			maps.Copy(names, longNames(h.Title+"\n"+h.Text))
		}
		for _, kid := range order {
			t := kept[kid]
			if t.lang == hs[0].Lang || !sameDay(t.day, hs[0].Published) {
				continue
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
	out := map[string][]string{}
	for _, t := range corpus.Tokenize(text) {
		r := []rune(t.Text)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
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
				if len(k) >= minTwinSkeleton && !slices.Contains(ks, k) {
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
