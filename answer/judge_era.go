package answer

import (
	"strconv"
	"strings"
)

// A war named as an era ("WWII MIAs", "Thế chiến II", "Вторая мировая")
// is what a story of its dead or its archives dates by a year: "the
// bomber crashed on July 17, 1944" tells of the Second World War without
// naming it. A name the lexicon reads as such an era is met by a year
// inside it written in the passage. Only wars whose years are not in
// doubt; "the Cold War" is not one (its bounds are argued).
var eraYears = map[string][2]int{
	"world war ii":     {1939, 1945},
	"second world war": {1939, 1945},
	"world war i":      {1914, 1918},
	"first world war":  {1914, 1918},
}

// eraDated reports whether con names an era of eraYears, by one of its
// English alternatives, and c writes a year inside it.
func eraDated(c *candidate, con concept) bool {
	span, ok := [2]int{}, false
	for _, a := range con.alts {
		if span, ok = eraYears[strings.Join(a.full, " ")]; ok {
			break
		}
	}
	if !ok {
		return false
	}
	for _, w := range c.words {
		if isDate(w) {
			w = w[strings.LastIndexByte(w, '/')+1:] // "17/7/1944"
		}
		if !isYear(w) {
			continue
		}
		if y, err := strconv.Atoi(w); err == nil && span[0] <= y && y <= span[1] {
			return true
		}
	}
	return false
}
