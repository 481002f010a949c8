package answer

import (
	"testing"
	"time"
)

// TestJudgeDurationInTheUnitAsked: a question that counts time in a unit
// ("bao nhiêu phút", "сколько часов", "how many days") is answered by a
// length in that unit or the one beside it, not by a length of another
// scale the story tells of something else: "the talks had lasted eight
// months" is no length of an exchange asked in minutes.
func TestJudgeDurationInTheUnitAsked(t *testing.T) {
	tests := []struct {
		name, q, lang, srcLang, passage string
		answerable                      bool
	}{
		{"minutes asked, months told", "Cuộc trao đổi tù nhân tại Lima kéo dài bao nhiêu phút?", "vi", "en",
			"LIMA - Russia and the United States exchanged two prisoners each at Lima airport on Friday. Peru's foreign minister said the talks on the exchange had lasted eight months.", false},
		{"minutes asked, minutes told", "Cuộc trao đổi tù nhân tại Lima kéo dài bao nhiêu phút?", "vi", "en",
			"LIMA - Russia and the United States exchanged two prisoners each at Lima airport on Friday. The exchange on the tarmac took about 40 minutes.", true},
		{"minutes asked, hours told", "How many minutes did the prisoner exchange in Lima take?", "en", "en",
			"LIMA - Russia and the United States exchanged two prisoners each at Lima airport on Friday. The exchange on the tarmac took two hours.", true},
		{"hours asked, years told", "Сколько часов длились переговоры в Лиме?", "ru", "ru",
			"ЛИМА, 4 мая. Переговоры России и США в Лиме завершились в пятницу. Стороны не встречались в этом формате три года.", false},
		{"hours asked, hours told", "Сколько часов длились переговоры в Лиме?", "ru", "ru",
			"ЛИМА, 4 мая. Переговоры России и США в Лиме завершились в пятницу. Они продолжались шесть часов.", true},
		{"how long, any unit", "How long did the talks in Lima last?", "en", "en",
			"LIMA - Russian and U.S. diplomats ended talks in Lima on Friday. The talks lasted eight months.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Citation{Title: "Lima", Lang: tt.srcLang, Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC), Passage: tt.passage}
			v := judge(tt.q, tt.lang, []Citation{c})
			if v.Answerable != tt.answerable {
				t.Errorf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
		})
	}
}
