package answer

import (
	"testing"
	"time"
)

// TestJudgeAgencyNamesItsSide: a space agency of one side stands for it,
// as Moscow and Washington do: "one NASA astronaut will fly" tells of the
// American astronaut a question asks about, "a Roscosmos cosmonaut" of
// the Russian one. Another country's astronaut stays unmet. The story is
// written for this test.
func TestJudgeAgencyNamesItsSide(t *testing.T) {
	src := []Citation{{N: 1, ArticleID: "a", Lang: "en", Title: "NASA and Roscosmos extend seat swap to 2028",
		Passage: "HOUSTON - NASA and Roscosmos agreed on Monday to extend their seat swap through 2028. " +
			"Under the deal, one NASA astronaut will fly on the Soyuz MS-31 spacecraft in the spring of 2028, and one Roscosmos cosmonaut will fly on a Crew Dragon later that year.",
		Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}}
	for _, tc := range []struct {
		q, lang string
		want    bool
	}{
		{"On which spacecraft will the American astronaut fly in 2028?", "en", true},
		{"На каком корабле полетит американский астронавт в 2028 году?", "ru", true},
		{"Which spacecraft will the Russian cosmonaut fly in 2028?", "en", true},
		{"On which spacecraft will the Japanese astronaut fly in 2028?", "en", false},
		{"На каком корабле полетит китайский астронавт в 2028 году?", "ru", false},
	} {
		if v := judge(tc.q, tc.lang, src); v.Answerable != tc.want {
			t.Errorf("%s: answerable = %v, want %v (%s)", tc.q, v.Answerable, tc.want, v.Reason())
		}
	}
}

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
