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
