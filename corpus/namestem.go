package corpus

import (
	"strings"
	"unicode/utf8"
)

// NameStem is Stem for a folded word that names someone (one written
// capitalised): the same stem for every case of a Russian surname.
//
// Snowball's Russian stemmer reads the nominative of the commonest
// surnames, in -ов, -ев, -ин and -ын, as a genitive plural and cuts the
// suffix off, while their other cases keep it: "ковалев" is "ковал" but
// "ковалева" and "ковалевым" are "ковалев" ("орлов"/"орлова",
// "лавров"/"лаврова" alike), so "Денис Ковалёв" asked never met "Дениса
// Ковалёва" written. When that cut is all Stem did, the word is kept
// whole. Other words, and words in other scripts, are stemmed by Stem.
func NameStem(folded string) string {
	s := Stem(folded)
	if rest, ok := strings.CutPrefix(folded, s); ok && s != "" && utf8.RuneCountInString(rest) <= 3 {
		for _, suffix := range []string{"ов", "ев", "ин", "ын"} {
			if strings.HasSuffix(rest, suffix) { // "ев" of "ковалев", "иев" of "дмитриев"
				return folded
			}
		}
	}
	return s
}

// StemmedNameForms are the Stem forms under which the cases of the
// Russian surname folded (in any case) appear in Stem-ed text, for
// finding a name asked in one case in a passage that writes another.
// Stem splits a surname's cases in two: the nominative loses its suffix
// ("кадышев" is "кадыш") and the other cases keep it ("кадышева",
// "кадышеву", "кадышевым" are "кадышев"), so "За что осудили Руслана
// Кадышева?" never met "Руслан Кадышев, приговорённый…", and the relevance
// gate dropped the one story that answers. For other words it is just
// Stem's.
func StemmedNameForms(folded string) []string {
	s := Stem(folded)
	out := []string{s}
	switch {
	case NameStem(folded) == folded && s != folded:
		// The nominative asked: the other cases stem to the whole word.
		out = append(out, folded)
	case NameStem(s) == s && Stem(s) != s:
		// Another case asked: the nominative stems once more.
		out = append(out, Stem(s))
	}
	return out
}
