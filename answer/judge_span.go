package answer

import "regexp"

// A "how long" question asks the length of its own event. Two lengths of
// time a story gives of every kind of event are not that: the window a
// change is measured over ("shipping had doubled over the past ten
// years", "за последние десять лет", "giảm 30% trong hai thập kỷ qua"),
// and the gap a first closes ("the first such drill since 2021",
// "впервые с 2021 года", "lần đầu tiên kể từ năm 2021"). Both are
// written out of a sentence before it is asked for a length of time
// (givesDuration).

var (
	// changeWindowRE finds, lower-cased, a window of past time a change
	// is measured over; not "for the past three years", which may be how
	// long a state lasted ("held for the past three years").
	changeWindowRE = regexp.MustCompile(`(^|[^\p{L}])((over|in|during|within) the (past|last|previous)( [\p{L}\d-]+){1,2}|за (последние|прошедшие|минувшие|прошлые)( [\p{L}\d-]+){1,2}|trong( khoảng)?( [\p{L}\d.,]+){1,3} (gần đây|vừa qua|qua))([^\p{L}]|$)`)
	// firstSinceRE finds, lower-cased, the gap a first closes: "first
	// ... since 2021", "впервые с 2021 года", "первый ... с 2021 года",
	// "lần đầu tiên ... kể từ năm 2021", up to its year.
	firstSinceRE = regexp.MustCompile(`(^|[^\p{L}])(first|впервые|перв\p{L}+|lần đầu( tiên)?)([^.!?]{0,60}?)(since|с|со|kể từ|từ)( năm)? (19|20)\d\d`)
)

// withoutOtherSpans returns sentence (lower-cased) without the lengths of
// time that are not its event's (changeWindowRE, firstSinceRE).
func withoutOtherSpans(lower string) string {
	lower = changeWindowRE.ReplaceAllString(lower, " ")
	return firstSinceRE.ReplaceAllString(lower, " $2$4 ")
}

// A "how many minutes" question asks a length on the clock, a "how many
// months" one a length on the calendar: "the talks had lasted eight
// months" does not tell how many minutes the exchange took, nor "seven
// hours" how many years a treaty ran. A question that names its unit is
// answered by a length of time of the same scale (timeScale).
const (
	scaleAny      = 0
	scaleClock    = 1 // seconds, minutes, hours
	scaleCalendar = 2 // days and longer
)

var (
	// askedScaleRE finds, lower-cased, the unit a "how many" question
	// names (m[4]), perhaps a word between ("how many more hours").
	askedScaleRE = regexp.MustCompile(`(^|[^\p{L}])(how many|сколько|скольких|bao nhiêu|bao nhieu|mấy|may) (\p{L}+ )?(` + timeUnits + `|phut|gio|tieng|tuan|thang|nam)([^\p{L}]|$)`)
	// clockUnitRE finds, lower-cased, a unit of the clock.
	clockUnitRE = regexp.MustCompile(`(^|[^\p{L}])(seconds?|minutes?|hours?|секунд\p{L}*|минут\p{L}*|час|часа|часов|часам|часах|giây|phút|giờ|tiếng|phut|gio|tieng|полчаса|получаса|overnight)([^\p{L}]|$)`)
)

// askedScale returns the scale of the unit a "how long" question names,
// scaleAny when it names none ("how long", "bao lâu", "сколько
// длился").
func askedScale(lower string) int {
	m := askedScaleRE.FindStringSubmatch(lower)
	if m == nil {
		return scaleAny
	}
	if clockUnitRE.MatchString(m[4]) {
		return scaleClock
	}
	return scaleCalendar
}

// givesDurationOfScale reports whether a sentence (lower-cased) gives a
// length of time (givesDuration) of the scale asked: a count of a unit
// of that scale, or for the calendar a start or an end year ("since
// 2019") or a word that is one ("полгода").
func givesDurationOfScale(lower string, scale int) bool {
	if scale == scaleAny {
		return givesDuration(lower)
	}
	for _, m := range durations(lower) {
		if clockUnitRE.MatchString(lower[m[0]:m[1]]) == (scale == scaleClock) {
			return true
		}
	}
	for _, m := range durationWordRE.FindAllString(lower, -1) {
		if clockUnitRE.MatchString(m) == (scale == scaleClock) {
			return true
		}
	}
	return scale == scaleCalendar && (sinceYearRE.MatchString(lower) || halfOrLifeTermRE.MatchString(lower))
}
