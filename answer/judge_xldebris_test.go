package answer

import (
	"testing"
	"time"
)

// TestJudgeEverydayScienceWords: a reader says "мусор" (rubbish) and
// "сближение" (coming close) where an English report writes "debris" and
// "close approach"; the lexicon carries the everyday words to the
// report's, so the coverage of content does not count them missing. A
// question on something the report does not tell stays refused.
func TestJudgeEverydayScienceWords(t *testing.T) {
	story := Citation{Title: "Japan and India to share satellite collision warnings", Lang: "en", Published: time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC),
		Passage: "TOKYO - Japan and India agreed on Tuesday to warn each other within 24 hours of any close approach between their satellites and orbital debris. " +
			"The warnings will be sent by e-mail between the two space agencies."}
	tests := []struct {
		q, lang    string
		answerable bool
	}{
		{"Как Япония и Индия будут предупреждать друг друга о сближении спутников с мусором?", "ru", true},
		{"Когда Япония и Индия сообщат о сближении с мусором?", "ru", true},
		{"Nhật Bản và Ấn Độ sẽ báo cho nhau thế nào khi vệ tinh đến gần mảnh vỡ?", "vi", true},
		{"Сколько стоит уборка мусора с орбиты для Японии и Индии?", "ru", false},
	}
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, []Citation{story})
		if v.Answerable != tt.answerable {
			t.Errorf("%s: answerable = %v (%s), want %v", tt.q, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}
