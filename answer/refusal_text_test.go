package answer

import (
	"strings"
	"testing"
)

// TestClosestTextAsWritten: what the closest article lacks reads as the
// reader wrote it, in their quotation marks; a Russian name declined by
// the question is given as the lexicon spells it.
func TestClosestTextAsWritten(t *testing.T) {
	src := Citation{Title: "Посол России: отношения с США нужно «очищать от завалов»", Lang: "ru"}
	tests := []struct {
		lang, q string
		unmet   []Constraint
		want    string
	}{
		{"ru", "Кто был послом США в Ватикане?", []Constraint{{Kind: KindName, Text: "ватикане"}},
			"статья «Посол России: отношения с США нужно „очищать от завалов“», но в ней нет того, о чём вы спрашиваете: «Ватикан»."},
		{"en", "Who was the US ambassador to the Vatican in 2024?", []Constraint{{Kind: KindYear, Text: "2024"}, {Kind: KindName, Text: "vatican"}},
			"(in Russian), which does not mention the year 2024 or “Vatican”."},
		{"vi", "Tổng thống Ukraine nói gì?", []Constraint{{Kind: KindOffice, Text: "tổng thống"}, {Kind: KindPair, Text: "tổng thống – ukraine"}},
			"(bằng tiếng Nga), nhưng bài này không nhắc đến “Tổng thống Ukraine”."},
	}
	for _, tc := range tests {
		got := closestText(tc.lang, tc.q, src, Verdict{Unmet: tc.unmet})
		if !strings.HasSuffix(got, tc.want) {
			t.Errorf("closestText(%s, %q) = %q, want it to end %q", tc.lang, tc.q, got, tc.want)
		}
	}
}
