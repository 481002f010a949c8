package answer

import (
	"slices"
	"strconv"
)

// A year an English story writes before a noun ("despite the 2024 law
// banning such imports", "under its 2019 decree") dates that noun, not
// the event the sentence tells: "a waiver to import 95 tonnes in 2026,
// despite the 2024 law" does not tell an import of 2024. Such a year
// counts among the years that date the question's event
// (eventDatedElsewhere) only when the noun it dates is one of the
// question's own words ("the 2024 exchange" asked as "the exchange in
// 2024").

// yearDeterminers, folded, open a noun phrase a year may modify.
var yearDeterminers = setOf("the", "a", "an", "its", "their", "this", "that", "his", "her", "our")

// attributiveYear reports whether the year at word p of c modifies a noun
// after it that none of q's terms is: a determiner before it, a word of
// letters after it in the same sentence.
func attributiveYear(c *candidate, q *question, p int) bool {
	if p == 0 || p+1 >= len(c.words) || c.sent[p+1] != c.sent[p] || !yearDeterminers[c.full[p-1]] {
		return false
	}
	next := c.lower[p+1]
	if next == "" || !asciiLetters(next) || stopWord(c.full[p+1], next) || monthWord(next) > 0 {
		return false
	}
	for _, con := range q.t.concepts {
		for _, a := range con.alts {
			if slices.Contains(a.words, c.words[p+1]) {
				return false
			}
		}
	}
	return true
}

// attrEventYears is eventYearsOf(c, fate) without the years that modify a noun of
// their own (attributiveYear), for the sentences of an English story.
func attrEventYears(c *candidate, q *question, srcLang string, fate bool) [][]int {
	years := eventYearsOf(c, fate)
	if srcLang != "en" {
		return years
	}
	for p, w := range c.words {
		if !isYear(w) || c.sent[p] >= len(years) || !attributiveYear(c, q, p) {
			continue
		}
		s := c.sent[p]
		v, _ := strconv.Atoi(w) // isYear: four digits
		if i := slices.Index(years[s], v); i >= 0 {
			years[s] = slices.Delete(slices.Clone(years[s]), i, i+1)
		}
	}
	return years
}
