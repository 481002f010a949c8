package answer

import (
	"testing"
	"time"
)

// TestJudgeHeadlineParties: a pair the question joins ("между Роскосмосом
// и США") is met by a story whose headline names the two side by side:
// they are the parties of the story it heads, and the sentence that
// tells the detail asked (the trial run's date) need not name them
// again. Named together only in a sentence on another event, they are
// not the parties of the one asked about.
func TestJudgeHeadlineParties(t *testing.T) {
	ours := Citation{Title: "Роскосмос и Береговая охрана США запускают канал связи во льдах", Lang: "ru", Published: time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC),
		Passage: "Стороны подписали в Анкоридже протокол о канале связи для предупреждений о дрейфе льдов у научных станций. Первое испытание канала назначено на май 2026 года."}
	oursEN := Citation{Title: "Roscosmos and the US Coast Guard set up an ice warning channel", Lang: "en", Published: time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC),
		Passage: "The two signed a protocol in Anchorage on a channel to warn of drifting ice near research stations. The first test of the channel is set for May 2026."}
	other := Citation{Title: "Роскосмос и Индия запускают канал связи во льдах", Lang: "ru", Published: time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC),
		Passage: "Стороны подписали в Анкоридже протокол о канале связи для предупреждений о дрейфе льдов у научных станций. Первое испытание канала назначено на май 2026 года. " +
			"Ранее Роскосмос и представители США обсуждали обмен данными о погоде."}
	tests := []struct {
		q, lang    string
		src        Citation
		answerable bool
	}{
		{"Когда назначено первое испытание канала связи между Роскосмосом и США?", "ru", ours, true},
		{"When is the first test of the channel between Roscosmos and the United States?", "en", oursEN, true},
		{"Когда назначено первое испытание канала связи между Роскосмосом и США?", "ru", other, false},
	}
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, []Citation{tt.src})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q) over %q: answerable %v, want %v (%s)", tt.q, tt.src.Title, v.Answerable, tt.answerable, v.Reason())
		}
	}
}
