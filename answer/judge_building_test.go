package answer

import (
	"testing"
	"time"
)

// TestJudgeBuildingByItsName: "which building" (tòa nhà nào, в каком
// здании) is answered by the building the story names by its kind — a
// palace, a hotel, a hall — not by the asker's word for a building,
// across languages too. A story that names no building ("in the
// minister's office", "at a hotel") leaves it unmet.
func TestJudgeBuildingByItsName(t *testing.T) {
	pub := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	named := "ТАШКЕНТ, 14 мая. Российские и американские эксперты провели в Ташкенте консультации по стратегической стабильности. Встреча прошла во Дворце Дружбы народов и продолжалась шесть часов."
	unnamedRU := "ТАШКЕНТ, 14 мая. Российские и американские эксперты провели в Ташкенте консультации по стратегической стабильности. Встреча прошла в кабинете министра и продолжалась шесть часов."
	namedEN := "TASHKENT - Russian and U.S. experts held talks on strategic stability in Tashkent on Thursday. The meeting took place at the Hotel Uzbekistan and lasted six hours."
	unnamedEN := "TASHKENT - Russian and U.S. experts held talks on strategic stability in Tashkent on Thursday. The meeting took place at a hotel near the airport and lasted six hours."
	tests := []struct {
		name, q, lang, passage, plang string
		answerable                    bool
	}{
		{"vi asks, ru palace named", "Các chuyên gia Nga và Mỹ họp về ổn định chiến lược ở Tashkent tại tòa nhà nào?", "vi", named, "ru", true},
		{"en asks, ru palace named", "In which building did the Russian and U.S. experts meet in Tashkent?", "en", named, "ru", true},
		{"vi asks, ru office unnamed", "Các chuyên gia Nga và Mỹ họp về ổn định chiến lược ở Tashkent tại tòa nhà nào?", "vi", unnamedRU, "ru", false},
		{"ru asks, en hotel named", "В каком здании встретились российские и американские эксперты в Ташкенте?", "ru", namedEN, "en", true},
		{"ru asks, en hotel unnamed", "В каком здании встретились российские и американские эксперты в Ташкенте?", "ru", unnamedEN, "en", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, tt.lang, []Citation{{N: 1, Title: "x", Lang: tt.plang, Published: pub, Passage: tt.passage}})
			if v.Answerable != tt.answerable {
				t.Errorf("answerable = %v (%s; %v), want %v", v.Answerable, v.Reason(), v.Constraints, tt.answerable)
			}
		})
	}
}
