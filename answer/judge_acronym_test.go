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
