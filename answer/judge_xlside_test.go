package answer

import (
	"testing"
	"time"
)

// TestJudgeVietnameseMarksOfAForeignName: Vietnamese writes some foreign
// places with its marks ("Hồng Kông", "Thanh Hóa" of its own), English
// reports the same letters without them ("Hong Kong"): a Vietnamese
// question is met by the capitalised name in an English report. A place
// the report does not name stays unmet. The story is written for this
// test.
func TestJudgeVietnameseMarksOfAForeignName(t *testing.T) {
	src := []Citation{{N: 1, ArticleID: "a", Lang: "en", Title: "U.S. sanctions drone-parts suppliers",
		Passage: "WASHINGTON - The Treasury on Friday sanctioned 9 companies in Hong Kong and Armenia that it said sold drone engines to Russian arms makers. " +
			"Two companies in Thanh Hoa, Vietnam, were also named.",
		Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"Mỹ trừng phạt bao nhiêu công ty ở Hồng Kông và Armenia?", true},
		{"Mỹ trừng phạt bao nhiêu công ty ở Thanh Hóa?", true},
		{"Mỹ trừng phạt bao nhiêu công ty ở Đài Loan và Armenia?", false},
		{"Mỹ trừng phạt bao nhiêu công ty ở Quảng Ninh?", false},
	} {
		if v := judge(tc.q, "vi", src); v.Answerable != tc.want {
			t.Errorf("%s: answerable = %v, want %v (%s)", tc.q, v.Answerable, tc.want, v.Reason())
		}
	}
}
