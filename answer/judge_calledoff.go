package answer

import (
	"regexp"
	"strconv"
	"strings"
)

// The year of a plan that fell through. "The exhibition was first
// planned for 2024 but was postponed", "dự kiến tổ chức năm 2024 nhưng
// bị hoãn", "планировалась на 2024 год, но была отложена": the event did
// not take place that year, so the year does not date it. A question of
// what the event did in that year ("How many visitors did the 2024
// exhibition draw?") asks of an event the story says never happened
// then. A question that itself speaks of the plan or its fate ("Why was
// the 2024 exhibition postponed?") is met by that sentence all the same.

// calledOffRE finds, lower-cased, a verb that calls a plan off or puts
// it back (vi/en/ru).
var calledOffRE = regexp.MustCompile(`(^|[^\p{L}])(postponed|postpone|delayed|cancell?ed|called off|put off|pushed back|scrapped|shelved|hoãn|hủy|huỷ|lùi|gác lại|отлож\p{L}*|перенес\p{L}*|перенесл\p{L}*|отмен\p{L}*|сорвал\p{L}*)([^\p{L}]|$)`)

// planWordRE finds, lower-cased, the plan a year is set by before it
// falls through: "planned for", "scheduled for", "dự kiến", "kế hoạch",
// "планировал…", "намечал…".
var planWordRE = regexp.MustCompile(`(^|[^\p{L}])(planned|scheduled|slated|intended|meant|dự kiến|dự định|kế hoạch|lên kế hoạch|планировал\p{L}*|планирова\p{L}*|намечал\p{L}*|намечен\p{L}*|собирались)([^\p{L}]|$)`)

// asksPlanFate reports whether a question speaks itself of a plan or its
// fate (a word of calledOffRE or planWordRE, or asks why).
func asksPlanFate(query string, qt qType) bool {
	lower := strings.ToLower(query)
	return qt == qWhy || calledOffRE.MatchString(lower) || planWordRE.MatchString(lower)
}

// onlyCalledOff reports whether every sentence of c that writes the
// year y sets a plan for it that fell through: a plan word before the
// year and a verb calling it off after it ("planned for 2024 but was
// postponed"). A year after the verb is the new date ("postponed to
// 2025") and dates the event.
func onlyCalledOff(c *candidate, y int) bool {
	ys := strconv.Itoa(y)
	return everyYearSentence(c, y, func(sent string) bool {
		lower := strings.ToLower(sent)
		at := yearIndex(lower, ys)
		return at >= 0 && planWordRE.MatchString(lower[:at]) && calledOffRE.MatchString(lower[at:])
	})
}

// yearIndex is the byte offset in s of the year ys written as a word of
// its own, or -1.
func yearIndex(s, ys string) int {
	for from := 0; ; {
		k := strings.Index(s[from:], ys)
		if k < 0 {
			return -1
		}
		k += from
		end := k + len(ys)
		if (k == 0 || !isDigitByte(s[k-1])) && (end == len(s) || !isDigitByte(s[end])) {
			return k
		}
		from = end
	}
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
