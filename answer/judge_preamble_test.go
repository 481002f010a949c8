package answer

import (
	"testing"
	"time"
)

// Readers greet, say please or set the scene before they ask ("Hi! …",
// "Подскажите, пожалуйста: …", "Chào bạn! Cho mình hỏi, …", "Читал об этом
// утром. …"). The greeting is no content a report must hold, a word
// capitalised after ".", "!" or ":" is no name by its capital, and a verb
// of the scene is no thing the corpus must name. A near miss with a
// greeting is still a near miss.
func TestJudgePreamble(t *testing.T) {
	day := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	en := Citation{Title: "US and Russia extend the lunar data deal to 2030", Lang: "en", Published: day,
		Passage: "NASA and Roscosmos agreed on Thursday to extend their lunar data exchange to 2030, the agencies said in Houston."}
	ru := Citation{Title: "Лавров и Рубио обсудили работу посольств", Lang: "ru", Published: day,
		Passage: "Переговоры в Стамбуле возглавил заместитель министра иностранных дел Сергей Рябков. " +
			"Стороны договорились выдать 30 дополнительных виз для сотрудников посольств. " +
			"Суд в Москве осудил американца Гордона Пирса за контрабанду."}
	vi := Citation{Title: "Nga và Mỹ gia hạn thỏa thuận dữ liệu Mặt Trăng", Lang: "vi", Published: day,
		Passage: "NASA và Roscosmos ngày 12/3 đồng ý gia hạn trao đổi dữ liệu Mặt Trăng đến năm 2030, hai cơ quan cho biết tại Houston."}
	tests := []struct {
		q          string
		src        Citation
		answerable bool
	}{
		{"Hi! Until what year did NASA and Roscosmos extend the lunar data exchange?", en, true},
		{"Hey, thanks in advance: until what year did NASA and Roscosmos extend the lunar data exchange?", en, true},
		{"Здравствуйте! Сколько дополнительных виз договорились выдать стороны?", ru, true},
		{"Подскажите, пожалуйста: кто возглавил переговоры в Стамбуле?", ru, true},
		{"Читал об этом утром. Кто возглавил переговоры в Стамбуле?", ru, true},
		{"Здравствуйте, подскажите, пожалуйста: за что осудили Гордона?", ru, true},
		{"Chào bạn! Cho mình hỏi, NASA và Roscosmos gia hạn trao đổi dữ liệu Mặt Trăng đến năm nào?", vi, true},
		{"Hi! Until what year did NASA and the Chinese space agency extend the lunar data exchange?", en, false},
		{"Здравствуйте! Кто возглавил переговоры в Женеве?", ru, false},
	}
	for _, tt := range tests {
		if v := judge(tt.q, tt.src.Lang, []Citation{tt.src}); v.Answerable != tt.answerable {
			t.Errorf("%q: answerable=%v (%s), want %v", tt.q, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}
