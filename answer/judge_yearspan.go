package answer

import (
	"regexp"
	"slices"
	"strconv"
)

// A span of years the question writes as one time ("2025–2026", "зима
// 2025/26", "the winter of 2025-26", "mùa đông 2025–2026") is met by a
// date inside it: the story of a December 2025 match tells the winter of
// 2025–2026 as much as one of January 2026 does. Read as two years, each
// asked of one article, it asked of one story both years, which a story
// of an event inside the span rarely writes. Only years a dash or a slash
// joins with nothing between them, the later one after: "between 2021
// and 2025" and "in 2025 and 2026" ask of two times, and stay as they were.

// spanRE finds a span written with a dash or a slash, the second year in
// full or by its last two digits ("2025–2026", "2025-26", "2025/26").
var spanRE = regexp.MustCompile(`(^|[^\p{L}\p{N}/.])((?:19|20)\d\d)\s?([-–—/])\s?((?:19|20)?\d\d)([^\p{L}\p{N}/.]|$)`)

// fullSpans writes the second year of a span in full, after a dash
// ("2025/26" is "2025–2026"): read as written, "26" is a number and
// "2025/26" a day no story writes.
func fullSpans(query string) string {
	return spanRE.ReplaceAllStringFunc(query, func(m string) string {
		sub := spanRE.FindStringSubmatch(m)
		a, _ := strconv.Atoi(sub[2])
		b, _ := strconv.Atoi(sub[4])
		if len(sub[4]) == 2 {
			b += a / 100 * 100
		}
		if b <= a || b-a > 10 {
			return m // not a span: "2025-01" is a month
		}
		return sub[1] + sub[2] + "–" + strconv.Itoa(b) + sub[5]
	})
}

// yearSpan marks the constraints a and b of out, years written one after
// the other with a dash between them (listTimes), as one span when the
// second is the later, and reports whether it did.
func yearSpan(out []Constraint, a, b int) bool {
	if out[a].Kind != KindYear || out[b].Kind != KindYear {
		return false
	}
	ya, ea := strconv.Atoi(out[a].Text)
	yb, eb := strconv.Atoi(out[b].Text)
	if ea != nil || eb != nil || yb <= ya {
		return false
	}
	span := out[a].span
	if len(span) == 0 {
		span = []int{a}
	}
	span = append(slices.Clone(span), b)
	for _, i := range span {
		out[i].span = span
	}
	return true
}

// spanMet lets a source meet each year of a span when it meets one
// (metBy is [source][constraint]).
func spanMet(cons []Constraint, metBy [][]bool) {
	for _, m := range metBy {
		any := make([]bool, len(cons))
		for ci, k := range cons {
			for _, j := range k.span {
				any[ci] = any[ci] || m[j]
			}
		}
		for ci := range cons {
			m[ci] = m[ci] || any[ci]
		}
	}
}
