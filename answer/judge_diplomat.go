package answer

import (
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
)

// "Кто из турецких дипломатов комментировал обмен?" (which Turkish
// diplomat commented on the swap) is answered by "посол Турции Мехмет
// Озкан": a report names a diplomat by his office (ambassador, envoy,
// consul, foreign minister), seldom by the word "diplomat", which is the
// class of all of them. A question's diplomat is therefore held by a
// passage that names one of those offices. Only the class word itself:
// "diplomatic staff" or "diplomatic property" are things of their own.

// diplomatForms are the folded spellings of the lexicon's row for a
// diplomat (vi, en, ru stemmed), the class word the offices belong to.
var diplomatForms = setOf("nha ngoai giao", "diplomat", "diplomats", "дипломат")

// envoyWords are the folded words of the diplomatic offices that
// officeSpellings does not rank (an envoy, a consul), a "*" ending a
// prefix as there.
var envoyWords = []string{"envoy*", "consul*", "посланник*", "спецпосланник*", "спецпредставител*", "консул*", "phai vien", "lanh su"}

// diplomatByOffice reports whether con is the class word for a diplomat
// (diplomatForms) and c names a diplomatic office: an ambassador, a
// foreign minister (officeSpellings) or an envoy or consul (envoyWords).
func diplomatByOffice(c *candidate, con concept) bool {
	if !slices.ContainsFunc(con.alts, func(a alternative) bool { return diplomatForms[strings.Join(a.forms(), " ")] }) {
		return false
	}
	for _, sent := range c.sents {
		toks := corpus.Tokenize(sent)
		for i, tok := range toks {
			if o, ok := findOffice(toks, i); ok && (o.rank.rank == "ambassador" || o.rank.rank == "minister" && o.rank.portfolio == "foreign") {
				return true
			}
			if wordIn(tok.Folded, envoyWords) || i+1 < len(toks) && wordIn(tok.Folded+" "+toks[i+1].Folded, envoyWords) {
				return true
			}
		}
	}
	return false
}
