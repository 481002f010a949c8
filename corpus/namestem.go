package corpus

import "strings"

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
	if rest, ok := strings.CutPrefix(folded, s); ok && s != "" {
		switch rest {
		case "ов", "ев", "ин", "ын":
			return folded
		}
	}
	return s
}
