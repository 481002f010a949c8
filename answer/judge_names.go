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
func nameAbsent(c *candidate, text string) bool { return nameAbsentBy(c, text, wordResembles) }

// nameAbsentBy is nameAbsent with resembles the test of a word.
func nameAbsentBy(c *candidate, text string, resembles func(w string, keys map[string]bool) bool) bool {
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
		if resembles(w, keys) {
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
	return slices.ContainsFunc(otherScriptForms(w), func(form string) bool {
		return retrieval.SkeletonsResemble(retrieval.NameSkeletons(form), keys)
	})
}

// wordLooselyResembles is wordResembles with voiced and voiceless
// consonants made one ("Busan" is "Пусан") and one consonant of the
// longer of two skeletons of four or more let go ("Montréal" is
// "Монреаль"): the test of a name the corpus never writes as the
// question does (strangerAbsent), where only a word that resembles
// nothing says the story lacks it.
func wordLooselyResembles(w string, keys map[string]bool) bool {
	loose := map[string]bool{}
	for k := range keys {
		loose[devoiced.Replace(k)] = true
	}
	for _, form := range otherScriptForms(w) {
		ks := retrieval.NameSkeletons(form)
		if retrieval.SkeletonsResemble(ks, keys) {
			return true // as wordResembles
		}
		for _, k := range ks {
			k = devoiced.Replace(k)
			if retrieval.SkeletonResembles(k, loose) {
				return true
			}
			for key := range loose {
				// A short name's skeleton ("tr" of "Tatar", its "t"s
				// one) begins its adjective's ("trsk", татарских).
				if oneDropped(k, key) || len(key) == 2 && strings.HasPrefix(k, key) && len(k) <= 4 {
					return true
				}
			}
		}
	}
	return false
}

// devoiced writes a skeleton's voiced consonants as their voiceless
// pairs.
var devoiced = strings.NewReplacer("b", "p", "d", "t", "g", "k", "z", "s", "v", "f")

// oneDropped reports whether one skeleton is the other, of four letters
// or more, with one letter more, or with two neighbours swapped (a
// typed name: "Покроквы" for "Покровка").
func oneDropped(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) < 4 || len(a) > len(b)+1 {
		return false
	}
	for i := range a {
		if len(a) > len(b) && a[:i]+a[i+1:] == b {
			return true
		}
		if len(a) == len(b) && i+1 < len(a) && a[:i]+a[i+1:i+2]+a[i:i+1]+a[i+2:] == b {
			return true
		}
	}
	return false
}

// otherScriptForms returns a lower-case word as written (its háčeks are
// sounds: NameSkeletons) and its spellings in the other script.
func otherScriptForms(w string) []string {
	f := corpus.Fold(w)
	if cyrillic(f) {
		return []string{w, retrieval.Romanize(corpus.NameStem(f))}
	}
	return append([]string{w}, retrieval.Cyrillize(f)...)
}
