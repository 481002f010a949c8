package retrieval

import (
	"slices"
	"strings"
	"sync"
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

// Cyrillize returns the Cyrillic spellings Russian outlets are likely to
// give a folded Latin name, lower case, at most three: its English
// pronunciation by the practical transcription Russian newsrooms use
// ("hale" → "хейл", "whitaker" → "уитакер", "moore" → "мур"), again with
// the "u" of a closed syllable said "а" (closedU: "dunmore" → "данмор"
// beside "дунмор"), and the
// inverse of Romanize for a Russian name written in Latin ("zaitsev" →
// "зайцев"), when the two differ. A word with anything but the letters
// a–z is returned as nothing.
//
// Hand-written for the reason Romanize is: what must be matched is the
// press's convention, which no reversible transliteration produces
// (ISO 9 and the Unicode tables go letter for letter: "хале", "уитакер"
// but never "хейл"). A guess can be wrong ("daniel" is "даниел" here,
// "дэниел" in the press); the callers use it as a search term and as
// evidence that a passage names the person, never to hold a missing
// spelling against an article.
func Cyrillize(folded string) []string {
	if len(folded) < 3 || strings.Trim(folded, "abcdefghijklmnopqrstuvwxyz") != "" {
		return nil
	}
	out := []string{englishToRU(folded)}
	if r := deromanize(folded); r != out[0] {
		out = append(out, r)
	}
	if v := closedU(folded); v != folded {
		if r := englishToRU(v); !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	// An initial "a" said as in "cat" is written "э" ("Ashby" Эшби,
	// "Ashton" Эштон, "Allison" Эллисон); others keep "а" ("Adams"
	// Адамс, "Arnold" Арнольд), so both are guessed.
	if folded[0] == 'a' && !isVowelASCII(folded[1]) && folded[1] != 'r' {
		if r := "э" + strings.TrimPrefix(out[0], "а"); strings.HasPrefix(out[0], "а") && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// closedU returns w with each "u" of a closed syllable (before two
// consonants, not "r": "dunmore", "hunter", "sullivan", "justin")
// written "a", as English says it and Russian outlets write it
// ("Данмор", "Хантер", "Салливан", "Джастин"); englishToRU reads it as
// "у", which the press keeps only for some names ("Дункан", "Буш"), so
// both are guessed. "qu" and "sh", "th" after the "u" are left alone.
func closedU(w string) string {
	b := []byte(w)
	for i := 0; i+2 < len(b); i++ {
		if b[i] != 'u' || i > 0 && (isVowelASCII(b[i-1]) || b[i-1] == 'q') || isVowelASCII(b[i+1]) || isVowelASCII(b[i+2]) ||
			b[i+1] == 'r' || b[i+2] == 'h' {
			continue
		}
		b[i] = 'a'
	}
	return string(b)
}

func isVowelASCII(b byte) bool { return strings.IndexByte("aeiouy", b) >= 0 }

// englishToRU spells an English name as Russian outlets do (see
// Cyrillize): digraphs first, a vowel before a consonant and a silent
// final "e" long ("hale" хейл, "kline" клайн, "jones" джонс), a final
// silent "e" dropped.
func englishToRU(w string) string {
	var b strings.Builder
	n := len(w)
	for i := 0; i < n; {
		rest := w[i:]
		// Digraphs and trigraphs.
		if s, l := digraphRU(rest, i); l > 0 {
			b.WriteString(s)
			i += l
			continue
		}
		c := w[i]
		// A long vowel: vowel, one consonant, a silent final "e" (or
		// "es"), not after another vowel ("hale", "james").
		if strings.IndexByte("aeiouy", c) >= 0 && i+2 < n && !isVowelASCII(w[i+1]) && w[i+1] != 'r' && w[i+2] == 'e' &&
			(i+3 == n || i+4 == n && w[i+3] == 's') && (i == 0 || !isVowelASCII(w[i-1])) {
			b.WriteString(map[byte]string{'a': "ей", 'e': "и", 'i': "ай", 'o': "оу", 'u': "ю", 'y': "ай"}[c])
			if w[i+1] == 'c' {
				b.WriteString("с") // "bruce": c before e
			} else {
				b.WriteString(latinRU[w[i+1]])
			}
			if i+4 == n {
				b.WriteString("с")
			}
			break
		}
		switch {
		case c == 'e' && i == n-1 && i > 0 && !isVowelASCII(w[i-1]):
			// silent final e
		case c == 'e' && i == 0:
			b.WriteString("э")
		case c == 'y' && i == 0:
			b.WriteString("й")
		case c == 'h':
			if i == 0 {
				b.WriteString("х")
			}
		case c == 'c':
			if i+1 < n && strings.IndexByte("eiy", w[i+1]) >= 0 {
				b.WriteString("с")
			} else {
				b.WriteString("к")
			}
		default:
			b.WriteString(latinRU[c])
		}
		i++
	}
	return b.String()
}

// digraphRU spells the letter groups of English that are one sound, at
// position i of the word; l is how many letters it took, 0 for none.
// "air" is said and written "эр" ("Claire" Клэр, "Blair" Блэр, "Baird"
// Бэрд), not as "ai" alone ("Blaine" Блейн).
func digraphRU(rest string, i int) (s string, l int) {
	for _, d := range []struct{ from, to string }{
		{"aire", "эр"}, {"air", "эр"}, {"igh", "ай"}, {"sch", "ш"}, {"tch", "ч"}, {"sh", "ш"}, {"ch", "ч"}, {"th", "т"}, {"ph", "ф"}, {"ck", "к"}, {"qu", "кв"},
		{"wh", "у"}, {"kh", "х"}, {"zh", "ж"}, {"tz", "ц"}, {"oo", "у"}, {"ee", "и"}, {"ea", "и"}, {"ay", "ей"},
		{"ai", "ей"}, {"ey", "ей"}, {"ei", "ей"}, {"oy", "ой"}, {"ou", "ау"}, {"au", "о"}, {"aw", "о"}, {"ow", "оу"},
		{"ew", "ью"},
	} {
		if strings.HasPrefix(rest, d.from) {
			return d.to, len(d.from)
		}
	}
	if i == 0 && strings.HasPrefix(rest, "wa") {
		return "уо", 2 // "walsh" Уолш, "watson" Уотсон, "warren" Уоррен
	}
	if strings.HasPrefix(rest, "gh") {
		if i == 0 {
			return "г", 2
		}
		return "", 2
	}
	return "", 0
}

// latinRU is the single-letter default of englishToRU.
var latinRU = map[byte]string{
	'a': "а", 'b': "б", 'd': "д", 'e': "е", 'f': "ф", 'g': "г", 'i': "и", 'j': "дж", 'k': "к", 'l': "л",
	'm': "м", 'n': "н", 'o': "о", 'p': "п", 'q': "к", 'r': "р", 's': "с", 't': "т", 'u': "у", 'v': "в",
	'w': "у", 'x': "кс", 'y': "и", 'z': "з",
}

// deromanize undoes Romanize's press convention: "zaitsev" is "зайцев",
// "dorokhov" "дорохов", "dmitry" "дмитрий".
func deromanize(w string) string {
	var b strings.Builder
	n := len(w)
	for i := 0; i < n; {
		matched := false
		for _, d := range []struct{ from, to string }{
			{"shch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"}, {"yu", "ю"},
			{"ya", "я"}, {"ye", "е"}, {"yo", "е"},
		} {
			if strings.HasPrefix(w[i:], d.from) {
				b.WriteString(d.to)
				i += len(d.from)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		c := w[i]
		switch {
		case c == 'y' && i == n-1 && i > 0 && !isVowelASCII(w[i-1]):
			b.WriteString("ий") // Dmitry, Yury
		case c == 'y' && i > 0 && isVowelASCII(w[i-1]), c == 'i' && i > 0 && strings.IndexByte("aeo", w[i-1]) >= 0 && (i+1 == n || !isVowelASCII(w[i+1])):
			b.WriteString("й") // Alexei, Sergey, Zaitsev
		case c == 'y':
			b.WriteString("ы")
		case c == 'j':
			b.WriteString("й")
		case c == 'h':
			b.WriteString("х")
		case c == 'c':
			b.WriteString("к")
		case c == 'w':
			b.WriteString("в")
		default:
			b.WriteString(latinRU[c])
		}
		i++
	}
	return b.String()
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
	// A who-question typed without a single capital ("кто такой антон
	// еремин") writes the person's name in lower case too: there, any
	// Cyrillic word the lexicon does not cover is read as a possible
	// name. Its romanized guesses cost little when it is not one: a
	// Russian word spelt in Latin letters is in no article. Other
	// lower-case questions ("санкции против россии") are not read so.
	lower := len(folded) > 1 && folded[0] == "кто" &&
		!slices.ContainsFunc(written, func(w string) bool { return strings.ToLower(w) != w })
	var out []expGroup
	for i, w := range written {
		r, _ := utf8.DecodeRuneInString(w)
		f := folded[i]
		if g, ok := latinNameGroup(w, f, covered[i], seen); ok {
			out = append(out, g)
			continue
		}
		if covered[i] || !unicode.Is(unicode.Cyrillic, r) || !unicode.IsUpper(r) && !lower ||
			utf8.RuneCountInString(f) < 3 || corpus.IsStopWord("ru", f) {
			continue
		}
		// Found in a Russian passage by its stem too: the question
		// declines the name ("Белякова", "во Внукове") that the report
		// writes in another case ("Беляков", "Внуково"), a surname's
		// nominative included (corpus.StemmedNameForms).
		g := expGroup{matched: f, spellings: []string{f}, nameStems: corpus.StemmedNameForms(f)}
		for _, rom := range latinGuesses(f) {
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

// latinGuesses are the Latin spellings nameGroups searches a Russian
// name by: romanized as written and by its stem, and read as an English
// name (englishSpellings).
func latinGuesses(f string) []string {
	out := []string{Romanize(f), Romanize(corpus.NameStem(f))}
	out = append(out, pressVariants(out[0])...)
	out = append(out, englishSpellings(f)...)
	return append(out, englishSpellings(corpus.NameStem(f))...)
}

// pressVariants are the other spellings the English-language press gives
// a romanized Russian name beside Romanize's: a first е written "ye"
// ("Еремин", Yeremin; "Евгения", Yevgenia), as BGN/PCGN has it, and a
// final "-iya" written "-ia" ("Yevgenia", "Maria").
func pressVariants(rom string) []string {
	var out []string
	if strings.HasPrefix(rom, "e") && len(rom) > 3 {
		out = append(out, "y"+rom)
	}
	for _, v := range out[:len(out):len(out)] {
		if s, ok := strings.CutSuffix(v, "iya"); ok {
			out = append(out, s+"ia")
		}
	}
	if s, ok := strings.CutSuffix(rom, "iya"); ok && len(s) > 2 {
		out = append(out, s+"ia")
	}
	return out
}

// NameGuesses returns every spelling Expand guesses for a name the
// lexicon does not know, folded (the Latin ones of a Cyrillic name, the
// Cyrillic ones of a Latin name): what Expand returns for a word beside
// these guesses comes from an entry of the lexicon.
func NameGuesses(folded string) []string {
	return append(latinGuesses(folded), Cyrillize(folded)...)
}

// Names returns the one-word names the default lexicon spells, folded,
// each once: what a misspelt name is repaired against when retrieval,
// misled by the typo, found none of them ("Kazakstan").
func Names() []string { return lexiconNames() }

var lexiconNames = sync.OnceValue(func() []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range DefaultLexicon().entries {
		for _, t := range e.terms {
			if t.name && len(t.ftoks) == 1 && !seen[t.folded] {
				seen[t.folded] = true
				out = append(out, t.folded)
			}
		}
	}
	return out
})

// latinNameGroup is nameGroups for a Latin name the lexicon does not
// know ("Hale", "Whitaker"): spelled as Russian outlets would (Cyrillize),
// found declined ("Хейла") by its stem. Words shaped like a Vietnamese
// syllable ("Bộ", "Nguyen") are left out: Vietnamese capitalises them in
// every title and name, and a Cyrillic "бо" would find anything; that
// leaves out English names of one short syllable ("Tom") too.
func latinNameGroup(written, folded string, covered bool, seen map[string]bool) (expGroup, bool) {
	r, _ := utf8.DecodeRuneInString(written)
	if covered || r > unicode.MaxASCII || !unicode.IsUpper(r) || strings.ToUpper(written) == written || // an acronym

		corpus.IsStopWord("", folded) || viSyllable.MatchString(folded) {
		return expGroup{}, false
	}
	g := expGroup{matched: folded, spellings: []string{folded}}
	for _, cyr := range Cyrillize(folded) {
		if seen[cyr] {
			continue
		}
		seen[cyr] = true
		g.terms = append(g.terms, cyr)
		g.spellings = append(g.spellings, cyr)
		g.declined = append(g.declined, declinedPrefix(cyr))
	}
	return g, len(g.terms) > 0
}

// englishSpellings returns the spellings an English name may have that
// Russian outlets write as the folded word: Romanize gives the press
// spelling of a Russian name ("уитакер" → "uitaker"), but an English
// name reached Russian through Cyrillize's practical transcription,
// which loses letters ("Whitaker" → "Уитакер", "Thomas" → "Томас",
// "Connelly" → "Коннелли"). The spellings are found by putting back
// what the transcription drops (w and wh for a first у before a vowel,
// th for т, h for х, c for a first к, y for a last и) and keeping those
// that Cyrillize spells as the word again: a guess the transcription
// would not have produced is dropped. At most maxEnglishSpellings, so a
// long name does not flood the query.
//
// Hand-written for the reason Cyrillize is: the press's transcription is
// lossy and no library reads it backwards. Measured on the tune set: "Где
// раньше работал послом Томас Уитакер?" found its English report only
// this way (Russian answer recall@5 0.926 → 0.956, English 1.0); Expand
// of a question with four such names took about 0.23 ms before and after
// (noise of a shared machine dominates).
func englishSpellings(folded string) []string {
	base := Romanize(folded)
	if base == folded || utf8.RuneCountInString(folded) < 3 || russianSurname(folded) {
		return nil
	}
	cands := []string{base}
	grow := func(f func(string) []string) {
		next := slices.Clone(cands)
		for _, c := range cands {
			for _, v := range f(c) {
				if !slices.Contains(next, v) && len(next) < maxEnglishCandidates {
					next = append(next, v)
				}
			}
		}
		cands = next
	}
	grow(func(c string) []string {
		var out []string
		if len(c) > 2 && c[0] == 'u' && isVowelASCII(c[1]) {
			out = append(out, "w"+c[1:], "wh"+c[1:])
		}
		if strings.HasPrefix(c, "uo") {
			out = append(out, "wa"+c[2:]) // Уолш, Walsh
		}
		return out
	})
	grow(func(c string) []string {
		// A у between a consonant and a vowel inside the name is an
		// English w ("Колдуэлл", Caldwell; "Болдуин", Baldwin), a first
		// в may be one too ("Вэнь", Wen; "Вулф", Woolf), and an о
		// before л is often an English a ("Колдуэлл", "Уолтер").
		b := []byte(c)
		for i := 1; i+1 < len(b); i++ {
			if b[i] == 'u' && !isVowelASCII(b[i-1]) && isVowelASCII(b[i+1]) {
				b[i] = 'w'
			}
		}
		if w := string(b); w != c {
			return []string{w}
		}
		return nil
	})
	grow(func(c string) []string {
		// "-айт" is English "-ight" (Олбрайт, Albright), in a name long
		// enough not to be an English word ("Райт" is not "right").
		if strings.Contains(c, "ayt") && len(c) >= 6 {
			return []string{strings.Replace(c, "ayt", "ight", 1)}
		}
		return nil
	})
	grow(func(c string) []string {
		if c[0] == 'v' {
			return []string{"w" + c[1:]}
		}
		return nil
	})
	grow(func(c string) []string {
		if i := strings.Index(c, "ol"); i >= 0 && i+2 < len(c) && !isVowelASCII(c[i+2]) {
			return []string{c[:i] + "al" + c[i+2:]}
		}
		return nil
	})
	grow(func(c string) []string {
		// At either end of the name ("Thomas", "Smith"): inside one, th
		// is rarer than t.
		var out []string
		if strings.HasPrefix(c, "t") && !strings.HasPrefix(c, "ts") {
			out = append(out, "th"+c[1:])
		}
		if strings.HasSuffix(c, "t") {
			out = append(out, c+"h")
		}
		return out
	})
	grow(func(c string) []string {
		if strings.Contains(c, "kh") {
			return []string{strings.ReplaceAll(c, "kh", "h")}
		}
		return nil
	})
	grow(func(c string) []string {
		if c[0] == 'k' {
			return []string{"c" + c[1:]}
		}
		return nil
	})
	// An English c inside the name: said "s" before e, i and y, it is
	// transcribed "с" ("Mercer" Мерсер, "Vincent" Винсент, "Lucille"
	// Люсиль), said "k" before a, o, u or a consonant "к" ("Vector"
	// Вектор, "Octagon" Октагон). Put back one letter at a time, twice,
	// so a name with two is found ("Cicero"). Not a first с: "Сергей"
	// and "Семён" are Russian names far more often than "Cecil" is
	// asked, and a guess "cergey" only adds noise.
	softHard := func(c string) []string {
		var out []string
		for i := 1; i+1 < len(c); i++ {
			next, prev := c[i+1], c[i-1]
			switch {
			case c[i] == 's' && strings.IndexByte("eiy", next) >= 0 && strings.IndexByte("stc", prev) < 0,
				c[i] == 'k' && next != 'h' && next != 'k' && prev != 'c' && strings.IndexByte("eiy", next) < 0:
				out = append(out, c[:i]+"c"+c[i+1:])
			}
		}
		return out
	}
	grow(softHard)
	grow(softHard)
	grow(func(c string) []string {
		if strings.HasSuffix(c, "i") {
			return []string{c[:len(c)-1] + "y"}
		}
		return nil
	})
	var out []string
	key := soundKey(folded)
	// The guesses that put back most of what the transcription lost
	// come last and are kept first: "Колдуэлл" is "Caldwell" more
	// likely than "Koldwell", and at most maxEnglishSpellings are kept.
	for i := len(cands) - 1; i > 0; i-- {
		c := cands[i]
		if slices.ContainsFunc(Cyrillize(c), func(r string) bool { return soundKey(r) == key }) {
			out = append(out, c)
			if len(out) == maxEnglishSpellings {
				break
			}
		}
	}
	return out
}

// soundKey is a folded Cyrillic word without what Russian outlets write
// either way in a foreign name: the soft sign ("Денхольм", "Денхолм"),
// э or е ("Колдуэлл", "Колдуелл"), and an unstressed о or а
// ("Колдуэлл", "Калдуэлл"). englishSpellings compares Cyrillize's
// spelling of a guess with the question's by it, since Cyrillize writes
// one of these and the asker may have written the other.
func soundKey(w string) string {
	return strings.NewReplacer("ь", "", "ъ", "", "э", "е", "о", "а").Replace(w)
}

// russianSurname reports a folded Cyrillic word with the ending of a
// Russian surname ("орлов", "захарова", "шойгу" aside): Romanize spells
// it as the press does, and an English reading of it is only noise.
func russianSurname(w string) bool {
	for _, e := range []string{"ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына", "ский", "ская", "цкий", "цкая", "ой"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// Bounds of englishSpellings: candidates tried, spellings kept.
const (
	maxEnglishCandidates = 64
	maxEnglishSpellings  = 4
)
