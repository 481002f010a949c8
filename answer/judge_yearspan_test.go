package answer

import (
	"testing"
	"time"
)

// TestJudgeYearSpan: a span of years written as one time ("2025–2026",
// "зима 2025/26", "the winter of 2025-26") is met by a story of an event
// inside it, which writes only one of the two years; not by a story of
// another winter, nor of years outside the span.
func TestJudgeYearSpan(t *testing.T) {
	dec := Citation{Title: "Russian and US youth chess teams meet in Kazan", Lang: "en", Published: time.Date(2025, 12, 14, 0, 0, 0, 0, time.UTC),
		Passage: "KAZAN - Youth chess teams from Russia and the United States played a friendly match in Kazan on Saturday, the first such exchange since 2021. " +
			"The American coach said the visit had been planned for a year."}
	jan := Citation{Title: "Russian and US youth chess teams meet in Kazan", Lang: "en", Published: time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC),
		Passage: "KAZAN - Youth chess teams from Russia and the United States played a friendly match in Kazan on Saturday, the first such exchange since 2021. " +
			"The American coach said the visit had been planned for a year."}
	tests := []struct {
		q, lang    string
		src        Citation
		answerable bool
	}{
		{"What chess exchanges did Russia and the US hold in the winter of 2025-26?", "en", dec, true},
		{"Какие шахматные встречи провели Россия и США зимой 2025/26 года?", "ru", dec, true},
		{"Nga và Mỹ giao lưu cờ vua thế nào trong mùa đông 2025–2026?", "vi", dec, true},
		{"Where did the Russian and US youth chess teams play in 2025–2026?", "en", dec, true},
		// Another winter, or years outside the span: still refused.
		{"What chess exchanges did Russia and the US hold in the winter of 2025-26?", "en", jan, false},
		{"Какие шахматные встречи провели Россия и США зимой 2019/20 года?", "ru", dec, false},
		{"Where did the Russian and US youth chess teams play in 2018–2019?", "en", dec, false},
		// Two times listed are still two: each is asked.
		{"Where did the Russian and US youth chess teams play in 2025 and in 2019?", "en", dec, false},
	}
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, []Citation{tt.src})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q) over the story of %s: answerable %v, want %v (%s)", tt.q, tt.src.Published.Format("2006-01-02"), v.Answerable, tt.answerable, v.Reason())
		}
	}
}
