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

// FuzzAsWritten: whatever the question and the judge's text, the words
// shown are the question's own (a stretch of it) or the judge's text, and
// nothing panics.
func FuzzAsWritten(f *testing.F) {
	f.Add("Tổng thống Ukraine nói gì?", "tổng thống – ukraine", true)
	f.Add("Что обсуждали Россия и Китай в Эр-Рияде?", "эр рияде", false)
	f.Add("Who met in  Geneva — and Riyadh?", "riyadh – geneva", true)
	f.Fuzz(func(t *testing.T, query, text string, pair bool) {
		c := Constraint{Kind: KindName, Text: text}
		if pair {
			c.Kind = KindPair
		}
		got := asWritten(query, c)
		if got != text && !strings.Contains(query, got) {
			left, right, _ := strings.Cut(got, " – ")
			if !pair || !strings.Contains(query, left) || !strings.Contains(query, right) {
				t.Errorf("asWritten(%q, %q) = %q: neither the question's words nor the judge's", query, text, got)
			}
		}
	})
}
