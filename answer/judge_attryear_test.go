package answer

import (
	"testing"
	"time"
)

// TestJudgeAttributiveYear: a year written before a noun of its own
// ("despite the 2019 treaty") dates that noun, not the event the
// sentence tells in another year: "how many tonnes did Harbor Fuels buy
// in 2019" is not answered by a purchase of 2026 made despite the 2019
// treaty. A year before the question's own noun ("the 2019 purchase")
// still dates it, and so does a year told as the event's.
func TestJudgeAttributiveYear(t *testing.T) {
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	src := func(s string) Citation {
		return Citation{Title: "Harbor Fuels cleared to buy Russian fuel", Lang: "en", Published: day, Passage: s}
	}
	treaty := src("BOSTON - The Commerce Department has allowed Harbor Fuels, a Maine utility, to buy up to 40 tonnes of Russian reactor fuel in 2026, despite the 2019 treaty limiting such purchases, the department said on Tuesday.")
	own := src("BOSTON - Harbor Fuels, a Maine utility, confirmed on Tuesday that its 2019 purchase of Russian reactor fuel came to 40 tonnes.")
	told := src("BOSTON - Harbor Fuels, a Maine utility, bought 40 tonnes of Russian reactor fuel in 2019, the company said on Tuesday.")
	tests := []struct {
		q          string
		src        Citation
		answerable bool
	}{
		{"How many tonnes of Russian reactor fuel did Harbor Fuels buy in 2019?", treaty, false},
		{"How many tonnes of Russian reactor fuel did Harbor Fuels buy in 2026?", treaty, true},
		{"How many tonnes of Russian reactor fuel did Harbor Fuels buy in 2019?", own, true},
		{"How many tonnes of Russian reactor fuel did Harbor Fuels buy in 2019?", told, true},
	}
	for _, tt := range tests {
		v := judge(tt.q, "en", []Citation{tt.src})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q) over %q: answerable %v, want %v (%s)", tt.q, tt.src.Passage[:60], v.Answerable, tt.answerable, v.Reason())
		}
	}
}
