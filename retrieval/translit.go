package retrieval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
)

// Romanize returns the Latin spelling that English-language outlets give
// a folded Russian word, most often a name: "орлов" is "orlov",
// "дмитрий" "dmitry", "щукин" "shchukin". A word with anything but
// Cyrillic letters is returned unchanged.
//
// The table is written here rather than taken from a general
// transliteration library because what must be matched is the press's
// convention (BGN/PCGN without diacritics: х kh, ц ts, й y, -ий y), not a
// reversible or scholarly scheme: a Unicode-to-ASCII table such as
// anyascii spells й "i" and х "kh" but ы "y" and -ий "ii", which finds
// "Dmitrii", never "Dmitry". It is 33 letters and two endings.
func Romanize(folded string) string {
	if folded == "" {
		return folded
	}
	for _, r := range folded {
		if !unicode.Is(unicode.Cyrillic, r) {
			return folded
		}
	}
	for _, end := range []string{"ий", "ый"} {
		if s, ok := strings.CutSuffix(folded, end); ok && utf8.RuneCountInString(s) > 1 {
			folded = s + "ы" // one "y": Dmitry, Yury, not Dmitriy
		}
	}
	var b strings.Builder
	for _, r := range folded {
		b.WriteString(romanRU[r])
	}
	return b.String()
}

// romanRU maps each lower-case Russian letter (ё folded to е already) to
// its press spelling; the hard and soft signs are not written.
var romanRU = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh",
	'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
}

// nameGroups returns a concept for each Russian name of the query that
// the lexicon does not know, spelled as English and Vietnamese outlets
// write it: a lexicon cannot list every official, and Russian names reach
// Latin-script articles transliterated ("Виктор Орлов" is "Viktor Orlov").
// A name is a capitalised Cyrillic word that is not a stop word; each is
// romanized as written and by its stem, so a declined form ("Орлова",
// "с Орловым") finds "Orlov" too. covered marks the query's words that a
// lexicon entry matched; words are the query's words as written and
// folded their folded forms, one for one.
func nameGroups(written, folded []string, covered []bool, seen map[string]bool) []expGroup {
	if len(written) != len(folded) {
		return nil // a folding that split a word differently: no names rather than wrong ones
	}
	var out []expGroup
	for i, w := range written {
		r, _ := utf8.DecodeRuneInString(w)
		f := folded[i]
		if covered[i] || !unicode.Is(unicode.Cyrillic, r) || !unicode.IsUpper(r) ||
			utf8.RuneCountInString(f) < 3 || corpus.IsStopWord("ru", f) {
			continue
		}
		g := expGroup{matched: f, spellings: []string{f}}
		for _, rom := range []string{Romanize(f), Romanize(corpus.NameStem(f))} {
			if rom == "" || rom == f || seen[rom] {
				continue
			}
			seen[rom] = true
			g.terms = append(g.terms, rom)
			g.spellings = append(g.spellings, rom)
		}
		if len(g.terms) > 0 {
			out = append(out, g)
		}
	}
	return out
}
