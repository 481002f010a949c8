package answer

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/detente/detente/corpus"
)

// A season written before a year ("осенью 2025 года", "in the autumn of
// 2025", "mùa thu năm 2025") dates the question as a month does: the
// story of a February exchange does not tell where the exchange of autumn
// 2025 took place, though its year is the same. The year is then met
// only by a story that dates its event in that season (seasonMet): one
// published in the season or the two months after, or one that writes
// the season or one of its months beside the year ("с осени 2025 года",
// "in October 2025"), or, being of that year, one of its months.

// season is the months of a season asked beside a year.
type season struct {
	months [3]time.Month
	year   int
	// across: a winter written across its two years ("зима 2025/26",
	// "the winter of 2025–2026"): from the December of year to the
	// February after, whichever of the two years is met.
	across bool
}

// seasonWords, lower-cased, name a season (en, ru); the Vietnamese
// name is two syllables, "mùa" and seasonVI's.
var seasonWords = map[string]int{
	"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3,
	"весна": 0, "весной": 0, "весны": 0, "весну": 0,
	"лето": 1, "летом": 1, "лета": 1,
	"осень": 2, "осенью": 2, "осени": 2,
	"зима": 3, "зимой": 3, "зимы": 3, "зиму": 3,
}

var seasonVI = map[string]int{"xuân": 0, "hè": 1, "hạ": 1, "thu": 2, "đông": 3}

// seasonMonths are the months of each season, spring first (northern
// hemisphere: the press the corpus holds).
var seasonMonths = [4][3]time.Month{
	{time.March, time.April, time.May},
	{time.June, time.July, time.August},
	{time.September, time.October, time.November},
	{time.December, time.January, time.February},
}

// seasonAt returns the season named at word i of lower (and how many
// words it takes), -1 for none.
func seasonAt(lower []string, i int) (s, n int) {
	if s, ok := seasonWords[lower[i]]; ok {
		return s, 1
	}
	if lower[i] == "mùa" && i+1 < len(lower) {
		if s, ok := seasonVI[lower[i+1]]; ok {
			return s, 2
		}
	}
	return -1, 0
}

// yearAfter returns the year written up to three words after word i of
// lower ("осенью 2025", "autumn of 2025", "mùa thu năm 2025"), 0 for none.
func yearAfter(lower []string, i int) int {
	for j := i; j < min(len(lower), i+3); j++ {
		if isYear(lower[j]) {
			y, _ := strconv.Atoi(lower[j])
			return y
		}
	}
	return 0
}

// askedSeason returns the season the question writes before a year, or
// nil.
func askedSeason(query string) *season {
	toks := corpus.Tokenize(query)
	lower := make([]string, len(toks))
	for i, t := range toks {
		lower[i] = t.Lower
	}
	for i := range lower {
		s, n := seasonAt(lower, i)
		if s < 0 {
			continue
		}
		if y := yearAfter(lower, i+n); y > 0 {
			across := false
			if j := slices.Index(lower[i+n:], strconv.Itoa(y)) + i + n; s == 3 && j+1 < len(lower) && lower[j+1] == strconv.Itoa(y+1) {
				across = true // fullSpans wrote "2025/26" as "2025–2026"
			}
			return &season{months: seasonMonths[s], year: y, across: across}
		}
	}
	return nil
}

// seasonMet reports whether c (of src) dates something in the season s
// of year y (see the comment at the top of this file).
func seasonMet(c *candidate, src Citation, s *season, y int) bool {
	if s == nil || y != s.year && !(s.across && y == s.year+1) {
		return true
	}
	y = s.year
	if pub := src.Published; !pub.IsZero() {
		start := time.Date(y, s.months[0], 1, 0, 0, 0, 0, time.UTC)
		starts := []time.Time{start}
		if s.months[0] == time.December && !s.across {
			starts = append(starts, start.AddDate(-1, 0, 0)) // winter 2026: Dec 2025 – Feb 2026 too
		}
		for _, st := range starts {
			if !pub.Before(st) && pub.Before(st.AddDate(0, 5, 0)) {
				return true
			}
		}
	}
	inSeason := func(m time.Month) bool { return m == s.months[0] || m == s.months[1] || m == s.months[2] }
	for i, w := range c.lower {
		if n, k := seasonAt(c.lower, i); n >= 0 && seasonMonths[n] == s.months && yearAfter(c.lower, i+k) == y {
			return true
		}
		m := monthWord(w)
		if w == "tháng" && i+1 < len(c.lower) {
			num, _, _ := strings.Cut(c.lower[i+1], "/")
			if v, err := strconv.Atoi(num); err == nil && v >= 1 && v <= 12 {
				m = time.Month(v)
			}
		}
		y := y
		if s.across && m != time.December {
			y++ // January 2026 of the winter of 2025–2026
		}
		ofYear := !src.Published.IsZero() && src.Published.Year() == y
		if m > 0 && inSeason(m) && (ofYear || yearAfter(c.lower, i+1) == y || strings.HasSuffix(c.lower[min(i+1, len(c.lower)-1)], "/"+strconv.Itoa(y))) {
			return true
		}
	}
	return false
}
