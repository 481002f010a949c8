package answer

import (
	"testing"
	"time"
)

// TestJudgeRelativeYearBoundToSetting: "last year" in a story dates what
// its sentence tells. A question about "the 2025 Lisbon talks" of a
// pair is not met by a 2026 story on those talks because another of its
// sentences says the pair's trade grew "last year": the setting the
// question writes beside its year (Lisbon) is not near. A story that
// dates the talks themselves "last year" still answers.
func TestJudgeRelativeYearBoundToSetting(t *testing.T) {
	story := func(s string) Citation {
		return Citation{Title: "США и Бразилия поспорили о пошлинах", Lang: "ru", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC), Passage: s}
	}
	tests := []struct {
		name, q, passage string
		answerable       bool
	}{
		{"last year dates the trade, not the talks",
			"What did the US and Brazil agree at the 2025 Lisbon tariff talks?",
			"БРАЗИЛИА, 4 мая. Бразилия обвинила США в нарушении договорённостей о снижении пошлин, достигнутых в Лиссабоне в марте. " +
				"Представитель МИД Бразилии Паулу Мендес назвал новые пошлины США «ударом по доверию». " +
				"Товарооборот между Бразилией и США в прошлом году составил около 15 миллиардов долларов.", false},
		{"last year dates the talks",
			"What did the US and Brazil agree at the 2025 Lisbon tariff talks?",
			"БРАЗИЛИА, 4 мая. Бразилия обвинила США в нарушении договорённостей о снижении пошлин, достигнутых в Лиссабоне в прошлом году. " +
				"Тогда стороны договорились снизить пошлины на сталь и сахар вдвое.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, "en", []Citation{story(tt.passage)})
			if v.Answerable != tt.answerable {
				t.Errorf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
		})
	}
}
