package answer

import (
	"testing"
	"time"
)

// A story whose headline names what the question asks of counts it
// sentences away, where the question's words are not: "Đội bóng chuyền
// nữ Mỹ sang Nga …" and, further, "Đoàn Mỹ gồm 25 người, trong
// đó có 14 vận động viên". Its one count of the noun answers "có bao
// nhiêu vận động viên"; two counts of it (the other side's too) leave
// the judge no way to tell whose is asked.
func TestJudgeHeadlineCount(t *testing.T) {
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	title := "Đội bóng chuyền nữ Mỹ sang Nga thi đấu giao hữu lần đầu sau năm năm"
	q := "Đội bóng chuyền nữ Mỹ sang Nga có bao nhiêu vận động viên?"
	tests := []struct {
		passage    string
		answerable bool
	}{
		{"Ở trận đầu ngày 3/2, chủ nhà thắng 3–1. Hai ngày sau, khách thắng lại 3–2. " +
			"Đoàn Mỹ gồm 25 người, trong đó có 14 vận động viên, đã bay qua Istanbul. " +
			"Theo đoàn, thị thực được cấp trong năm ngày. Ông Kenji Mori, trưởng đoàn, nói các vận động viên được đón tiếp nồng hậu. " +
			"Một số nghị sĩ đã chỉ trích chuyến đi.", true},
		{"Ở trận đầu ngày 3/2, chủ nhà thắng 3–1. Hai ngày sau, khách thắng lại 3–2. " +
			"Đoàn Mỹ có 14 vận động viên, đội Nga có 16 vận động viên. " +
			"Theo đoàn, thị thực được cấp trong năm ngày. Ông Kenji Mori, trưởng đoàn, nói các vận động viên được đón tiếp nồng hậu. " +
			"Một số nghị sĩ đã chỉ trích chuyến đi.", false},
		{"Ở trận đầu ngày 3/2, chủ nhà thắng 3–1. Hai ngày sau, khách thắng lại 3–2. " +
			"Đoàn Mỹ gồm 25 người đã bay qua Istanbul. " +
			"Theo đoàn, thị thực được cấp trong năm ngày. Ông Kenji Mori, trưởng đoàn, nói các vận động viên được đón tiếp nồng hậu. " +
			"Một số nghị sĩ đã chỉ trích chuyến đi.", false},
	}
	for _, tt := range tests {
		src := Citation{Title: title, Lang: "vi", Published: day, Passage: tt.passage}
		if v := judge(q, "vi", []Citation{src}); v.Answerable != tt.answerable {
			t.Errorf("%q over %q: answerable=%v (%s), want %v", q, tt.passage, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}
