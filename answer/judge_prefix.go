package answer

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
)

// A Russian verb is made perfective by a prefix the noun and adjective of
// its root do not carry: "застрахованы" (were insured) is told by
// "страховая стоимость" (the insured value), "засекречен" by
// "секретный", "перезапустить" by "запуск". Snowball stems the prefixed
// form apart ("застрахова" against "страхов"), so a question asked with
// the verb found none of its words in the sentence that answers it. The
// question's verb therefore also matches its root without the prefix.
//
// Only verb forms are read so (ruVerbFormRE: infinitive, past, present,
// participle endings), only the prefixes that are never the start of a
// root of the same length ("по", "у", "с", "о", "в" begin too many
// nouns: "поезд", "украина", "суд"), and only where the root left is
// five letters or more, so that "выдал" does not become "дал".

// ruVerbPrefixes are the perfective prefixes stripped, longest first.
var ruVerbPrefixes = []string{"пере", "пред", "раз", "рас", "под", "про", "при", "за", "вы", "от", "на", "об", "до"}

// ruVerbFormRE matches the endings of Russian verb forms: infinitive,
// past, present and future, short and full passive participles.
var ruVerbFormRE = regexp.MustCompile(`(ть|ться|ла|ло|ли|лся|лась|лись|ан|ана|ано|аны|ен|ена|ено|ены|анн\p{L}{1,3}|енн\p{L}{1,3}|ет|ут|ют|ит|ят|ат)$`)

// unprefixed returns the root of a folded Russian verb form without its
// perfective prefix, "" when it has none (see above).
func unprefixed(w string) string {
	if !ruVerbFormRE.MatchString(w) {
		return ""
	}
	for _, p := range ruVerbPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 5 {
			return rest
		}
	}
	return ""
}

// withUnprefixed adds to each concept the question wrote as one Russian
// verb form an alternative of the same weight, the stem of the form
// without its prefix. The concepts hold stems, so the form is read from
// query, whose word the stem is.
func withUnprefixed(query string, t terms) terms {
	forms := map[string]string{}
	for _, tok := range corpus.Tokenize(query) {
		forms[corpus.Stem(tok.Folded)] = tok.Folded
	}
	for ci := range t.concepts {
		con := &t.concepts[ci]
		var more []alternative
		for _, a := range con.alts {
			if a.weight != 1 || len(a.words) != 1 || !cyrillic(a.words[0]) {
				continue
			}
			if r := unprefixed(forms[a.words[0]]); r != "" {
				b := a
				b.words = []string{corpus.Stem(r)}
				more = append(more, b)
			}
		}
		con.alts = append(con.alts, more...)
	}
	return t
}
