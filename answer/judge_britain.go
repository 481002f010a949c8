package answer

import (
	"strings"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// Vietnamese writes Britain "Anh", a syllable that is also the pronoun
// "anh" (you, he) and the "Anh" of "tiếng Anh" (English), so the lexicon
// spells Britain as "Anh" only in phrases ("Vương quốc Anh", "Thủ tướng
// Anh"). Listed with another country ("Anh và Nga", "Mỹ, Anh và Pháp",
// "Nga – Anh"), a capitalised "Anh" is the country: the question is read
// with "Vương quốc Anh" there, so that "Anh và Nga đã thỏa thuận gì" asks
// of Britain and Russia, not of Russia alone. So is a capitalised "Anh"
// after a preposition of a party or a place (partyOpenersVI): "Tretyakov
// cho Anh mượn tranh" asks of a loan to Britain, which the story of a
// loan to the US does not tell.

// listJoinersVI, lower-cased, list one country beside another.
var listJoinersVI = setOf("và", "với", "hoặc", "cùng")

// britainVI returns query with each capitalised "Anh" listed beside a
// country written "Vương quốc Anh".
func britainVI(query string) string {
	if !strings.Contains(query, "Anh") {
		return query
	}
	toks := corpus.Tokenize(query)
	var b strings.Builder
	last := 0
	for i, tk := range toks {
		party := i > 0 && partyOpenersVI[toks[i-1].Lower]
		if tk.Text != "Anh" || !party && !opensItem(query, toks, i) {
			continue
		}
		if !party && !countryListed(query, toks, i, -1) && !countryListed(query, toks, i, 1) {
			continue
		}
		b.WriteString(query[last:tk.Start])
		b.WriteString("Vương quốc Anh")
		last = tk.End
	}
	if last == 0 {
		return query
	}
	b.WriteString(query[last:])
	return b.String()
}

// opensItem reports whether word i of toks (cut from query) opens an
// item of a list: the question's first word, or after a comma, a dash,
// a joiner or a preposition ("giữa Anh và Nga"), not the last word of a
// phrase ("Thủ tướng Anh", "tiếng Anh", "Vương quốc Anh").
func opensItem(query string, toks []corpus.Token, i int) bool {
	if i == 0 {
		return true
	}
	return strings.ContainsAny(query[toks[i-1].End:toks[i].Start], ",–-:(") || listJoinersVI[toks[i-1].Lower] || itemOpenersVI[toks[i-1].Lower]
}

// itemOpenersVI, lower-cased, are prepositions a country's name follows
// ("giữa", between; "tại", in; "của", of).
var itemOpenersVI = setOf("giữa", "tại", "ở", "của", "thăm", "sang", "đến", "từ", "về")

// partyOpenersVI, lower-cased, put a country after them as the party a
// deed goes to or comes from, or where it is done ("cho Anh mượn tranh",
// lent to Britain; "sang Anh", "tại Anh"): a capitalised "Anh" there is
// the country, as the pronoun is written lower-case, and English
// "tiếng Anh", "người Anh" follow a noun.
var partyOpenersVI = setOf("cho", "sang", "tới", "đến", "thăm", "tại", "ở", "từ", "giữa")

// countryListed reports whether the word at i of toks (cut from query) is
// joined to a country on the side dir (-1 before, 1 after): by a comma,
// a dash or a joiner ("và", "với"), the country's name of one to three
// words beyond.
func countryListed(query string, toks []corpus.Token, i, dir int) bool {
	j := i + dir // the first word beyond "Anh" on that side
	if j < 0 || j >= len(toks) {
		return false
	}
	var gap string
	if dir < 0 {
		gap = query[toks[j].End:toks[i].Start]
	} else {
		gap = query[toks[i].End:toks[j].Start]
	}
	joined := strings.ContainsAny(gap, ",–-")
	if !joined && listJoinersVI[toks[j].Lower] && strings.TrimSpace(gap) == "" {
		joined, j = true, j+dir
	}
	if !joined || j < 0 || j >= len(toks) {
		return false
	}
	for n := 1; n <= 3; n++ {
		lo, hi := j, j+n-1
		if dir < 0 {
			lo, hi = j-n+1, j
		}
		if lo < 0 || hi >= len(toks) {
			break
		}
		if name := query[toks[lo].Start:toks[hi].End]; retrieval.Region(name) || retrieval.Topic(name) {
			return true
		}
	}
	return false
}
