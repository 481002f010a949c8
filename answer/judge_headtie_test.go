package answer

import (
	"testing"
	"time"
)

// TestJudgeHeadTies: a general word for the ties between the parties
// ("contacts", "exchanges", "связи", "giao lưu") asks for any concrete
// event of the kind the question's other words name: the story of a
// match played is a contact in sport. It is no thing a story must write;
// the question's other words still must be met, so a story of another
// field does not answer.
func TestJudgeHeadTies(t *testing.T) {
	match := Citation{Title: "Russian and US youth volleyball teams meet in Kazan", Lang: "ru", Published: time.Date(2025, 11, 9, 0, 0, 0, 0, time.UTC),
		Passage: "Молодёжные сборные России и США по волейболу сыграли товарищеский матч в Казани. Россияне выиграли со счётом 3:2, ответная игра пройдёт весной в Денвере."}
	matchEN := Citation{Title: "Russian and US youth volleyball teams meet in Kazan", Lang: "en", Published: time.Date(2025, 11, 9, 0, 0, 0, 0, time.UTC),
		Passage: "Youth volleyball teams of Russia and the United States played a friendly in Kazan. The Russians won 3-2, and the return game will be played in Denver in the spring."}
	tests := []struct {
		q, lang    string
		src        Citation
		answerable bool
	}{
		{"Какие контакты в волейболе были у России и США в ноябре 2025 года?", "ru", match, true},
		{"Какие связи по волейболу были у России и США в ноябре 2025 года?", "ru", match, true},
		{"What volleyball exchanges did Russia and the US have in November 2025?", "en", matchEN, true},
		{"Nga và Mỹ có những giao lưu bóng chuyền nào trong tháng 11/2025?", "vi", matchEN, true},
		// Another field the story does not tell.
		{"Какие контакты в космосе были у России и США в ноябре 2025 года?", "ru", match, false},
		{"What chess exchanges did Russia and the US have in November 2025?", "en", matchEN, false},
	}
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, []Citation{tt.src})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q): answerable %v, want %v (%s)", tt.q, v.Answerable, tt.answerable, v.Reason())
		}
	}
}
