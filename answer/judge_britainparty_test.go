package answer

import (
	"testing"
	"time"
)

// TestJudgeBritainPartyVI: a capitalised "Anh" after a preposition of a
// party or a place ("cho Anh mượn", "sang Anh") is Britain, a third
// country the question names: a museum's loan to the US does not tell its
// loan to Britain, and a loan to Britain does. The pronoun, written
// lower-case, and "tiếng Anh" are left as written.
func TestJudgeBritainPartyVI(t *testing.T) {
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	toUS := Citation{Title: "Bảo tàng Hermitage cho Mỹ mượn tranh Shishkin", Lang: "vi", Published: day,
		Passage: "Bảo tàng Hermitage sẽ cho Bảo tàng Nghệ thuật Denver ở Mỹ mượn 8 bức tranh của họa sĩ Ivan Shishkin từ tháng 5/2026."}
	toUK := Citation{Title: "Bảo tàng Hermitage cho Anh mượn tranh Shishkin", Lang: "vi", Published: day,
		Passage: "Bảo tàng Hermitage sẽ cho Phòng trưng bày Quốc gia ở London, Vương quốc Anh, mượn 8 bức tranh của họa sĩ Ivan Shishkin từ tháng 5/2026."}
	tests := []struct {
		q          string
		src        Citation
		answerable bool
	}{
		{"Bảo tàng Hermitage cho Anh mượn tranh Shishkin khi nào?", toUS, false},
		{"Tranh Shishkin của Hermitage được đưa sang Anh khi nào?", toUS, false},
		{"Bảo tàng Hermitage cho Anh mượn tranh Shishkin khi nào?", toUK, true},
		{"Bảo tàng Hermitage cho Mỹ mượn tranh Shishkin khi nào?", toUS, true},
		// The pronoun: not a country.
		{"Bảo tàng Hermitage cho anh mượn tranh Shishkin khi nào?", toUS, true},
	}
	for _, tt := range tests {
		v := judge(tt.q, "vi", []Citation{tt.src})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q) over %q: answerable %v, want %v (%s)", tt.q, tt.src.Title, v.Answerable, tt.answerable, v.Reason())
		}
	}
}
