package answer

import (
	"testing"
	"time"
)

// TestJudgeHeadNounRefersBack: a story names a thing by its phrase once
// ("телефонный разговор", "the phone call") and by its head noun after
// ("разговор продолжался", "the call lasted"). The judge located the
// question only where the phrase stood whole, so the length of the call,
// told three sentences on, answered nothing and "how long did the call
// last" was refused in every language. The head alone locates the
// sentence only after the phrase: a length of another thing ("the visit
// will last three days") still answers nothing.
func TestJudgeHeadNounRefersBack(t *testing.T) {
	ru := "МОСКВА, 12 мая. Министр иностранных дел Виктор Петров провёл телефонный разговор с госсекретарём Джоном Миллером. " +
		"Министры обсудили торговлю и поставки зерна. Эксперты отмечают рост спроса на зерно в Азии. " +
		"По словам представителя МИД, разговор продолжался около 25 минут."
	en := "MOSCOW, May 12 - Foreign Minister Viktor Petrov held a phone call with Secretary of State John Miller. " +
		"The ministers discussed trade and grain supplies. Analysts note a growing demand for grain in Asia. " +
		"A ministry spokesman said the call lasted about 25 minutes."
	ruOther := "МОСКВА, 12 мая. Министр иностранных дел Виктор Петров провёл телефонный разговор с госсекретарём Джоном Миллером. " +
		"Министры обсудили торговлю и поставки зерна. Эксперты отмечают рост спроса на зерно в Азии. " +
		"По словам представителя МИД, визит продлится около трёх дней."
	tests := []struct {
		q, lang, srcLang, passage string
		answerable                bool
	}{
		{"How long was the phone call between Petrov and Miller in May?", "en", "ru", ru, true},
		{"Cuộc điện đàm giữa Petrov và Miller hồi tháng 5 kéo dài bao lâu?", "vi", "ru", ru, true},
		{"Сколько длился телефонный разговор Петрова и Миллера в мае?", "ru", "en", en, true},
		{"How long was the phone call between Petrov and Miller in May?", "en", "ru", ruOther, false},
	}
	for _, tt := range tests {
		c := Citation{Title: "Kenya and Japan", Lang: tt.srcLang, Published: time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC), Passage: tt.passage}
		if v := judge(tt.q, tt.lang, []Citation{c}); v.Answerable != tt.answerable {
			t.Errorf("%q on %.50q: answerable = %v (%s), want %v", tt.q, tt.passage, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}
