package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// minTypoRunes is the shortest word repairTypos corrects: a shorter one
// is one edit away from too many others ("Iran"/"Iraq", "vụ"/"về").
const minTypoRunes = 5

// repairTypos corrects the question's misspelt words against the passages
// retrieval found, before the relevance gate and the judge read it: "Who leads the Rusian
// delegation in Istambul?" names "rusian" and "istambul", which no article
// contains, so the judge refused although retrieval (whose vectors and
// n-grams forgive typos) had found the answer. A word is corrected only
// when it is nowhere in the passages, as written or by stem, and exactly
// one word of the passages (not a stop word, same first letter) is one
// edit away from it (Levenshtein). A near miss keeps its meaning: another
// year is digits, and another person's name is more than one letter away
// from the names the passages hold (a surname's feminine form, one letter
// more, is the same family and already matched by stem).
func repairTypos(query string, sources []Citation) string {
	have := map[string]bool{}
	stems := map[string]bool{}
	byInitial := map[rune][]string{}
	for _, s := range sources {
		for _, w := range corpus.Words(s.Title + "\n" + s.Passage) {
			if have[w] {
				continue
			}
			have[w] = true
			stems[corpus.Stem(w)] = true
			if corpus.IsContentWord(w) && lettersOnly(w) {
				r, _ := utf8.DecodeRuneInString(w)
				byInitial[r] = append(byInitial[r], w)
			}
		}
	}
	var b strings.Builder
	last := 0
	for _, t := range corpus.Tokenize(query) {
		w := t.Folded
		// A Vietnamese syllable is one letter from many others ("truong",
		// "trong"): only words shaped like names and rare words are fixed.
		if utf8.RuneCountInString(w) < minTypoRunes || !lettersOnly(w) || !corpus.IsContentWord(w) ||
			!retrieval.Distinctive(w) || have[w] || stems[corpus.Stem(w)] || retrieval.Known(t.Text) {
			continue // a word the lexicon knows is a real form, not a typo
		}
		r, _ := utf8.DecodeRuneInString(w)
		fix, n := "", 0
		for _, c := range byInitial[r] {
			if d := utf8.RuneCountInString(c) - utf8.RuneCountInString(w); d > 1 || d < -1 {
				continue
			}
			// One word extending the other is a derived form, not a typo
			// ("Russian" beside "Russia's", "Iranian" beside "Iran").
			if strings.HasPrefix(c, w) || strings.HasPrefix(w, c) {
				continue
			}
			if levenshtein.ComputeDistance(w, c) == 1 {
				if fix != c {
					n++
				}
				fix = c
			}
		}
		if n != 1 {
			continue // none, or ambiguous: leave the word as the asker wrote it
		}
		if first, _ := utf8.DecodeRuneInString(t.Text); unicode.IsUpper(first) {
			fr, size := utf8.DecodeRuneInString(fix)
			fix = string(unicode.ToUpper(fr)) + fix[size:]
		}
		b.WriteString(query[last:t.Start])
		b.WriteString(fix)
		last = t.End
	}
	if last == 0 {
		return query
	}
	b.WriteString(query[last:])
	return b.String()
}

func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// hitTexts gives retrieval's hits the shape repairTypos reads.
func hitTexts(hits []retrieval.Hit) []Citation {
	out := make([]Citation, len(hits))
	for i, h := range hits {
		out[i] = Citation{Title: h.Title, Passage: h.Text}
	}
	return out
}
