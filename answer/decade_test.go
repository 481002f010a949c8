package answer

import (
	"strings"
	"testing"
	"time"
)

func TestDecadeOnly(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Other maps were stolen from the library in the 1990s.", true},
		{"Các bản đồ khác bị đánh cắp trong những năm 1980.", true},
		{"Другие карты похитили в 1990-х годах.", true},
		{"The map was stolen in 1994.", false},
		{"The map, stolen in 1994, was among dozens lost in the 1990s.", false},
		{"The map was stolen years ago.", false},
	} {
		if got := decadeOnly(tc.s); got != tc.want {
			t.Errorf("decadeOnly(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// A "what year" question is answered by the sentence giving the year,
// not by one nearer its words that gives only a decade.
func TestYearNotAnsweredByDecade(t *testing.T) {
	src := Citation{N: 1, ArticleID: "maps", Lang: "vi", Title: "Canada trả lại bản đồ cổ cho Na Uy", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Canada đã trả lại cho Na Uy một tấm bản đồ hàng hải cổ, bị đánh cắp khỏi thư viện thành phố Bergen vào năm 1987. " +
			"Na Uy còn tìm kiếm 12 tấm bản đồ khác bị đánh cắp khỏi thư viện trong những năm 1980."}
	for _, q := range []string{"Tấm bản đồ bị đánh cắp khỏi thư viện năm nào?", "In what year was the map stolen from the library?"} {
		for _, c := range scored(q, "vi", []Citation{src}) {
			decade := strings.Contains(c.text, "những năm 1980")
			if c.typed == decade {
				t.Errorf("%s: typed = %v for %q", q, c.typed, c.text)
			}
		}
	}
}
