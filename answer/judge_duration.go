package answer

import (
	"slices"
	"strings"
)

// durationNouns, folded, name a length of time in a "how long" question
// ("thị thực có thời hạn bao lâu", "на какой срок выдают визы", "what
// is the duration of the visas"): the kind of answer, which a story
// gives as "for two years" without the noun, as "bao lâu" and "how
// long" are (questionWords).
var durationNouns = setOf("thoi han", "thoi gian", "срок", "срока", "сроком", "duration", "length", "validity")

// durationNotContent marks, in a "how long" question, the concepts that
// are only a noun of a length of time (durationNouns) as no content.
func durationNotContent(t terms, notContent map[int]bool) {
	for ci, con := range t.concepts {
		if slices.ContainsFunc(con.alts, func(a alternative) bool {
			return a.weight == 1 && durationNouns[strings.Join(a.forms(), " ")]
		}) {
			notContent[ci] = true
		}
	}
}
