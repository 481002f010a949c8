package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// A person across scripts. "What did Saburov say about Crew Dragon?"
// asked of a Russian story names someone the lexicon does not know; its
// Cyrillic guess ("сабуров") may differ from the press's spelling, so a
// missing guess is no evidence that the story lacks him. But a story
// in which no word even resembles the name, by the consonants it is
// written with in either script, does not have him: "Борисов" is no
// word of a story that quotes Дроздова and Лински. The comparison is
// loose on purpose (vowels, soft signs, "kh"/"h", "y"/"i", case
// endings): it decides only that a name is absent.

// nameAbsent reports whether the story c, in a script the question's
// name (text) is not written in, holds no word that resembles its
// surname (its last word) in the other script.
func nameAbsent(c *candidate, text string) bool {
	keys, asked := nameKeys(text)
	if len(keys) == 0 {
		return false
	}
	other := false // the story writes words of the other script at all
	seen := map[string]bool{}
	for _, w := range c.lower {
		f := corpus.Fold(w)
		if seen[w] {
			continue
		}
		seen[w] = true
		// A Latin name may stand in a Russian story as written ("NASA",
		// "Crew Dragon").
		other = other || cyrillic(f) != asked
		if wordResembles(w, keys) {
			return false
		}
	}
	return other
}

// nameSentences returns the sentences of c that hold a word that
// resembles the surname of a name (text), in either script.
func nameSentences(c *candidate, text string) map[int]bool {
	keys, _ := nameKeys(text)
	out := map[int]bool{}
	if len(keys) == 0 {
		return out
	}
	for p, w := range c.lower {
		if !out[c.sent[p]] && wordResembles(w, keys) {
			out[c.sent[p]] = true
		}
	}
	return out
}

// nameKeys returns the skeletons (retrieval.NameSkeleton) of the spellings of the
// surname of a name (its last word) in either script, and whether it is
// written in Cyrillic; none for a word too short to judge by.
func nameKeys(text string) (map[string]bool, bool) {
	toks := corpus.Tokenize(text)
	if len(toks) == 0 {
		return nil, false
	}
	surname := toks[len(toks)-1].Folded
	written := toks[len(toks)-1].Lower // its letters before folding ("Vučić")
	asked := cyrillic(surname)
	if utf8.RuneCountInString(surname) < 4 || strings.ContainsFunc(surname, unicode.IsDigit) {
		return nil, asked
	}
	guesses := []string{written}
	if asked {
		guesses = append(guesses, retrieval.NameGuesses(surname)...)
		guesses = append(guesses, retrieval.Romanize(corpus.NameStem(surname)))
	} else {
		guesses = append(guesses, retrieval.Cyrillize(surname)...)
	}
	keys := map[string]bool{}
	for _, g := range guesses {
		for _, k := range retrieval.NameSkeletons(g) {
			keys[k] = true
		}
	}
	return keys, asked
}

// wordResembles reports whether a lower-case word, in any of its spellings
// in the other script, resembles one of keys (see nameKeys).
func wordResembles(w string, keys map[string]bool) bool {
	f := corpus.Fold(w)
	forms := []string{w} // as written: its háčeks are sounds (NameSkeletons)
	if cyrillic(f) {
		forms = append(forms, retrieval.Romanize(corpus.NameStem(f)))
	} else {
		forms = append(forms, retrieval.Cyrillize(f)...)
	}
	return slices.ContainsFunc(forms, func(form string) bool {
		return retrieval.SkeletonsResemble(retrieval.NameSkeletons(form), keys)
	})
}
