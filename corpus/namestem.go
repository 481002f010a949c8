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
	default:
		// Not a surname in -ов/-ев/-ин/-ын, whose cut stem ("павл" of
		// "павлов") is no fleeting vowel's.
		out = append(out, fleetingForms(folded, s)...)
	}
	return out
}

// fleetingForms are the other stems of a Russian name whose last
// syllable has a fleeting vowel: the nominative writes it and the other
// cases drop it ("Павел", "Павла", "Павлом"; "Марек"/"Марка",
// "Козел"/"Козла", "Боец"/"Бойца"), so their stems differ by that vowel
// and a name asked in one case missed the passage writing another. The
// stem s of a nominative (the word folded itself) yields the stem without the vowel (a
// "й" where a vowel stands before it); the stem of another case, ending
// in two consonants, yields the nominatives with "е" or "о" put back.
// A form no word has costs nothing: it only meets a word that stems to
// it.
func fleetingForms(folded, s string) []string {
	r := []rune(s)
	n := len(r)
	if n < 4 || !strings.ContainsRune(fleetingFinals, r[n-1]) {
		return nil
	}
	prefix := string(r[:n-2])
	switch {
	case s != folded && (r[n-2] == 'е' || r[n-2] == 'о'):
		// An inflected word ("переговоры"), not a nominative's vowel.
		return nil
	case (r[n-2] == 'е' || r[n-2] == 'о') && russianConsonant(r[n-3]):
		return []string{prefix + string(r[n-1])}
	case (r[n-2] == 'е' || r[n-2] == 'о') && strings.ContainsRune("аеиоуыэюя", r[n-3]):
		return []string{prefix + "й" + string(r[n-1])}
	case r[n-2] == 'й':
		return []string{prefix + "е" + string(r[n-1])} // "бойц": "боец"
	case russianConsonant(r[n-2]):
		base := string(r[:n-1])
		return []string{base + "е" + string(r[n-1]), base + "о" + string(r[n-1])}
	}
	return nil
}

// fleetingFinals are the consonants after which a Russian name's last
// vowel drops in its other cases (-ек, -ок, -ел, -ец, -ер, -ен, -ев).
const fleetingFinals = "клцрнв"

// russianConsonant reports whether r is a Cyrillic consonant letter.
func russianConsonant(r rune) bool {
	return strings.ContainsRune("бвгджзклмнпрстфхцчшщ", r)
}
