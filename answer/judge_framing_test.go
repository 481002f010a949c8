package answer

import (
	"slices"
	"testing"
	"time"
)

// A Vietnamese verb of saying that frames the question ("phát biểu gì",
// "tuyên bố gì") is the kind of answer, as "say" is: a story that gives
// the speech with another verb ("nói") need not hold it, and a refusal
// does not name it as what the story lacks.
func TestJudgeFramingVerbOfSaying(t *testing.T) {
	src := Citation{N: 1, ArticleID: "vi", Title: "Na Uy và Canada kết thúc hội đàm về nghề cá", Lang: "vi", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Na Uy và Canada đã kết thúc hai ngày hội đàm về nghề cá tại Tromsø. " +
			"Bà Lunde nói với báo giới: \"Chúng tôi đã tiến gần hơn tới một thỏa thuận\"."}
	for _, q := range []string{"Bà Lunde đã phát biểu gì với báo giới tại sân bay?", "Bà Lunde đã tuyên bố gì với báo giới tại sân bay?"} {
		v := judge(q, "vi", []Citation{src})
		if v.Answerable {
			t.Fatalf("%s: answerable, want refused (the story has no airport)", q)
		}
		if slices.Contains(v.Missing, "phat bieu") || slices.Contains(v.Missing, "tuyen bo") {
			t.Errorf("%s: missing %v names the verb of saying", q, v.Missing)
		}
	}
}
