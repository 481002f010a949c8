package retrieval

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
)

// translations returns the question as the lexicon translates it into
// each corpus language other than its own: the expansion terms of that
// language, the names guessed for its script, and the question's numbers
// and words of that script (a Latin name in a Russian question), one text
// per language, in the lexicon's column order.
//
// Each is searched as a phrasing of its own by the vector leg, so that
// an article in another language competes with the question's own
// language on equal terms: appended to the question (the one expanded
// phrasing) or pooled into one keyword query, the translated terms are a
// minority beside the question's own words, and an article in the
// question's language that shares its untranslated words ("đại sứ", "quan
// hệ") outranks the report in another language that answers it. A
// language the lexicon gives no term of the question's own subject
// (topic entries, Russia and the United States, are in every article) gets
// no phrasing: it would find every article alike.
func translations(text string, groups []expGroup) []translation {
	src := corpus.DetectLang(text)
	numbers := neutralWords(text)
	var out []translation
	for _, lang := range DefaultLexicon().Languages() {
		if lang == src {
			continue
		}
		var ws []string
		subject := false
		for _, g := range groups {
			if g.topic {
				continue
			}
			n := len(ws)
			for i, t := range g.terms {
				if inLanguage(g, i, lang) && !slices.Contains(ws, t) {
					ws = append(ws, t)
					subject = true
				}
			}
			// A concept with no term of its own in lang is written there
			// as the question writes it when the script allows: a Latin
			// name in a Vietnamese question ("Talbot", "Lavrov") is the
			// English report's too, and the lexicon lists no second
			// spelling of what is already in the question.
			if len(ws) == n && sameScript(g.matched, lang) && !slices.Contains(ws, g.matched) {
				ws = append(ws, g.matched)
				subject = true
			}
		}
		for _, w := range numbers {
			if sameScript(w, lang) && !slices.Contains(ws, w) {
				ws = append(ws, w)
				subject = subject || src != "" && !sameScript(w, src)
			}
		}
		if subject {
			out = append(out, translation{lang: lang, terms: ws})
		}
	}
	return out
}

// translation is a question's terms in one language.
type translation struct {
	lang  string
	terms []string
}

// text is the translation as one phrasing, for the vector leg.
func (t translation) text() string { return strings.Join(t.terms, " ") }

// inLanguage reports whether the group's i-th term is written in lang: as
// the lexicon's column says, or, for a guessed spelling, by its script
// (Cyrillic is Russian; a Latin name is spelt so in every Latin-script
// language; a date without letters is every language's).
func inLanguage(g expGroup, i int, lang string) bool {
	t := g.terms[i]
	if i < len(g.langs) && g.langs[i] != "" {
		// A name written alike in the Latin-script columns is listed
		// once, under the first ("Roscosmos", "ESA").
		return g.langs[i] == lang || latinName(t) && sameScript(t, lang)
	}
	return sameScript(t, lang)
}

// sameScript reports whether s could be written in lang: Cyrillic only in
// Russian, Latin letters in the Latin-script languages, digits anywhere.
func sameScript(s, lang string) bool {
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			return lang == "ru"
		case unicode.IsLetter(r):
			return lang != "ru"
		}
	}
	return true
}

// neutralWords are the question's words that need no translation: numbers,
// and words in another script than the question's first letter (the
// Latin name of a company in a Russian question, "Larkfield").
func neutralWords(text string) []string {
	var first rune
	for _, r := range text {
		if unicode.IsLetter(r) {
			first = r
			break
		}
	}
	cyr := unicode.Is(unicode.Cyrillic, first)
	var out []string
	for _, w := range corpus.Words(text) {
		r := []rune(w)[0]
		switch {
		case unicode.IsDigit(r) && len(w) >= 2:
			out = append(out, w)
		case unicode.IsLetter(r) && unicode.Is(unicode.Cyrillic, r) != cyr && corpus.IsContentWord(w):
			out = append(out, w)
		}
	}
	return out
}

// latinName reports whether a lexicon term is a name spelt in plain ASCII
// letters, which Vietnamese and English outlets write alike.
func latinName(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range t {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return true
}
