package answer

import (
	"testing"
	"time"
)

// TestJudgeCountBeforeAnAdjunctVI: a Vietnamese question may put "bao
// nhiêu" last in its clause and add who says so or where after it ("...
// là bao nhiêu theo báo chí Kenya"). The word after "bao nhiêu" was read
// as what is counted, so the count had to be bound to "theo" (according
// to) and the question was refused by the story that answers it. A
// preposition after "bao nhiêu" begins an adjunct: it names nothing
// counted.
func TestJudgeCountBeforeAnAdjunctVI(t *testing.T) {
	c := Citation{Title: "Kenya đón thêm khách du lịch Nga", Lang: "vi", Published: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
		Passage: "Báo chí Kenya cho biết năm 2025 nước này đón khoảng 48.000 khách du lịch Nga, tăng 20% so với năm trước."}
	for _, q := range []string{
		"Số khách du lịch Nga đến Kenya năm 2025 là bao nhiêu theo báo chí Kenya?",
		"Năm 2025 Kenya đón bao nhiêu khách du lịch Nga?",
	} {
		if v := judge(q, "vi", []Citation{c}); !v.Answerable {
			t.Errorf("%q: refused (%s), want answered", q, v.Reason())
		}
	}
}
