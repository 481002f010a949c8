package answer

import (
	"testing"
	"time"
)

// "How many people came to see it" is answered by the count a story gives
// of an exhibition's or a match's public: visitors, spectators, visits of
// guests ("40.000 lượt khách"), in any of the three languages. A number
// of days or of tickets' price does not count them.
func TestJudgeAudienceCount(t *testing.T) {
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang, q, passage string
		answerable       bool
	}{
		{"vi", "Nhà hát Kazan dự kiến đón bao nhiêu người đến xem vở ballet?",
			"Nhà hát Kazan dự kiến đón khoảng 40.000 lượt khách đến xem vở ballet trong mùa diễn.", true},
		{"vi", "Nhà hát Kazan dự kiến đón bao nhiêu người đến xem vở ballet?",
			"Nhà hát Kazan sẽ diễn vở ballet trong 12 tuần, giá vé từ 30 USD.", false},
		{"vi", "Nhà hát Kazan dự kiến đón bao nhiêu người đến xem vở ballet?",
			"Nhà hát Kazan đặt 3 khách sạn cho đoàn đến xem vở ballet.", false},
		{"en", "How many people watched the hockey final in Kazan?",
			"The hockey final in Kazan was watched by 12,000 spectators, the organisers said.", true},
		{"en", "How many people watched the hockey final in Kazan?",
			"The hockey final in Kazan was played over 3 periods, the organisers said.", false},
		{"ru", "Сколько человек посетили выставку в Казани?",
			"Выставку в Казани за первый месяц посетили 40 тысяч зрителей.", true},
		{"ru", "Сколько человек посетили выставку в Казани?",
			"Выставку в Казани посетили министры, она продлится 40 дней.", false},
	}
	for _, tt := range tests {
		src := Citation{Title: "Kazan", Lang: tt.lang, Published: day, Passage: tt.passage}
		if v := judge(tt.q, tt.lang, []Citation{src}); v.Answerable != tt.answerable {
			t.Errorf("%q over %q: answerable=%v (%s), want %v", tt.q, tt.passage, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}
