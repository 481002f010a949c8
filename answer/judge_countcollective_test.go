package answer

import (
	"testing"
	"time"
)

// People asked for by what they are ("how many diplomats") are counted
// by a story in the words it has for them: a Russian collective numeral
// ("пятерых сотрудников", "четверо дипломатов") or a Vietnamese staff noun
// ("5 nhân viên đại sứ quán") counts them where the question's event is
// told. A number of something else still does not.
func TestJudgeCollectiveCount(t *testing.T) {
	day := time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang, q, passage string
		answerable       bool
	}{
		{"ru", "Сколько дипломатов выслала Москва?", "Москва выслала пятерых сотрудников посольства США, сообщил МИД.", true},
		{"ru", "Сколько дипломатов выслала Москва?", "Москва выслала четверых американских дипломатов после инцидента в Мурманске.", true},
		{"ru", "Сколько дипломатов выслала Москва?", "Москва выслала сотрудников посольства США через пять дней после инцидента.", false},
		{"vi", "Có bao nhiêu nhà ngoại giao bị trục xuất?", "Moskva đã trục xuất 5 nhân viên đại sứ quán Mỹ sau sự cố ở Murmansk.", true},
		{"vi", "Có bao nhiêu nhà ngoại giao bị trục xuất?", "Moskva đã trục xuất nhân viên đại sứ quán Mỹ sau 5 ngày điều tra.", false},
	}
	for _, tt := range tests {
		src := Citation{Title: "Высылка дипломатов", Lang: tt.lang, Published: day, Passage: tt.passage}
		if v := judge(tt.q, tt.lang, []Citation{src}); v.Answerable != tt.answerable {
			t.Errorf("%q over %q: answerable=%v (%s), want %v", tt.q, tt.passage, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}
