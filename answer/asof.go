package answer

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/detente/detente/prompts"
)

// AsOf returns the publication date of the newest cited source (zero when
// none is dated) and the numbers of the cited sources that have no date.
//
// A news answer is true as of its sources, not as of the moment it is
// read: "the ambassador is X" may have changed since. Every answer says how
// old its newest evidence is, so a reader can tell a current answer from
// one the corpus can only give from older news.
func AsOf(cites []Citation) (newest time.Time, undated []int) {
	for _, c := range cites {
		switch {
		case c.Published.IsZero():
			undated = append(undated, c.N)
		case c.Published.After(newest):
			newest = c.Published
		}
	}
	slices.Sort(undated)
	return newest, slices.Compact(undated)
}

// AsOfLine is the answer's dating sentence in lang: "As of 12 Oct 2025
// (…)." with the newest cited source's date, then which cited sources are
// undated, or that all of them are. "" when the answer cites nothing.
// Undated sources are named here, once, rather than after each source
// line, where "date unknown" repeated reads as noise.
func AsOfLine(lang string, cites []Citation) string {
	if len(cites) == 0 {
		return ""
	}
	newest, undated := AsOf(cites)
	if newest.IsZero() {
		if len(cites) == 1 {
			return prompts.T(lang, "answer.as_of_undated_one")
		}
		return prompts.T(lang, "answer.as_of_undated_all")
	}
	line := prompts.T(lang, "answer.as_of", prompts.FormatDate(lang, "fmt.date", newest))
	if len(undated) > 0 {
		refs := make([]string, len(undated))
		for i, n := range undated {
			refs[i] = fmt.Sprintf("[%d]", n)
		}
		line += " " + prompts.T(lang, "answer.as_of_undated_some", strings.Join(refs, ", "))
	}
	return line
}
