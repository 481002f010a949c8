package answer

import (
	"testing"
	"time"
)

// TestJudgeSeasonOfYear: a season written before a year dates the
// question as a month would. A story of a February exchange, which names
// autumn only of another year, does not tell the exchange of autumn 2025,
// in any language; a story published that autumn, or one that dates its
// event in an autumn month of that year, does.
func TestJudgeSeasonOfYear(t *testing.T) {
	feb := Citation{Title: "Russia and US swap prisoners in Windhoek", Lang: "en", Published: time.Date(2025, 2, 12, 0, 0, 0, 0, time.UTC),
		Passage: "WINDHOEK - Russia and the United States exchanged prisoners at Windhoek airport on Tuesday, with Namibia as mediator. " +
			"Namibian officials said they had kept in touch with both sides since the autumn of 2024."}
	oct := Citation{Title: "Russia and US swap prisoners in Windhoek", Lang: "en", Published: time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC),
		Passage: "WINDHOEK - Russia and the United States exchanged prisoners at Windhoek airport on Tuesday, with Namibia as mediator."}
	later := Citation{Title: "Namibia hopes to host more talks", Lang: "vi", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Nga và Mỹ đã trao đổi tù nhân tại sân bay Windhoek vào tháng 10/2025 với sự trung gian của Namibia."}
	tests := []struct {
		q, lang    string
		src        Citation
		answerable bool
	}{
		{"Где прошёл обмен заключёнными между Россией и США осенью 2025 года?", "ru", feb, false},
		{"Where did Russia and the US exchange prisoners in the autumn of 2025?", "en", feb, false},
		{"Nga và Mỹ trao đổi tù nhân ở đâu vào mùa thu năm 2025?", "vi", feb, false},
		{"Где прошёл обмен заключёнными между Россией и США осенью 2025 года?", "ru", oct, true},
		{"Where did Russia and the US exchange prisoners in the autumn of 2025?", "en", oct, true},
		{"Nga và Mỹ trao đổi tù nhân ở đâu vào mùa thu năm 2025?", "vi", later, true},
		// No season asked: the February story's year answers.
		{"Where did Russia and the US exchange prisoners in 2025?", "en", feb, true},
		{"Where did Russia and the US exchange prisoners in the winter of 2025?", "en", feb, true},
	}
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, []Citation{tt.src})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q) over the story of %s: answerable %v, want %v (%s)", tt.q, tt.src.Published.Format("2006-01-02"), v.Answerable, tt.answerable, v.Reason())
		}
	}
}
