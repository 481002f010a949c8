package answer

import (
	"testing"
	"time"
)

// TestJudgeCountThroughAcronym: "U.S." folds to "us", a stop word, and
// the count binding stopped at it, so "3 U.S. utilities" and "the third
// U.S. utility" counted no utilities and "How many utilities...?" was
// refused. A capitalised acronym between a number and its noun is a
// modifier, as "American" is; a number bound to another noun still does
// not count utilities.
func TestJudgeCountThroughAcronym(t *testing.T) {
	q := "How many utilities have received waivers so far?"
	tests := []struct {
		passage    string
		answerable bool
	}{
		{"So far, 3 U.S. utilities have received a waiver for the fuel.", true},
		{"Kestrel Power is the third U.S. utility to receive a waiver for the fuel.", true},
		{"Kestrel Power is the third US utility to receive a waiver for the fuel.", true},
		{"Kestrel Power received a waiver for the fuel, 3 U.S. officials said; other utilities are waiting.", false},
	}
	for _, tt := range tests {
		c := Citation{Title: "Kestrel Power gets a fuel waiver", Lang: "en", Published: time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC), Passage: tt.passage}
		if v := judge(q, "en", []Citation{c}); v.Answerable != tt.answerable {
			t.Errorf("%q: answerable = %v (%s), want %v", tt.passage, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}

// TestJudgeNameByAcronym: a question may name an organisation by an
// acronym ("Văn phòng Kiểm soát Tài sản Nước ngoài (OFAC)") that the
// article never writes, spelling out only the full name. The name was
// then unmet and an answerable question refused. The acronym is met by
// a run of capitalised words whose initials spell it, and only by a
// whole name: "SEC" is not the tail of "Office of Strategic Export
// Controls", nor is a passage without the run about it.
func TestJudgeNameByAcronym(t *testing.T) {
	spelled := "Treasury on Tuesday barred four firms from trading with American banks. Marta Kollberg, director of the Office of Strategic Export Controls, said the firms had shipped drone engines to Russia."
	other := "Treasury on Tuesday barred four firms from trading with American banks. Marta Kollberg, director of the Office of Trade Finance, said the firms had shipped drone engines to Russia."
	tests := []struct {
		q, lang, passage string
		answerable       bool
	}{
		{"Ai là giám đốc Văn phòng Kiểm soát Xuất khẩu Chiến lược (OSEC) của Mỹ?", "vi", spelled, true},
		{"Who is the director of the OSEC?", "en", spelled, true},
		{"Who is the director of the OSEC?", "en", other, false},
		{"Who is the director of the SEC?", "en", spelled, false},
	}
	for _, tt := range tests {
		c := Citation{Title: "Treasury bars four firms over drone engines", Lang: "en", Published: time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC), Passage: tt.passage}
		if v := judge(tt.q, tt.lang, []Citation{c}); v.Answerable != tt.answerable {
			t.Errorf("%q on %.60q: answerable = %v (%s), want %v", tt.q, tt.passage, v.Answerable, v.Reason(), tt.answerable)
		}
	}
}
