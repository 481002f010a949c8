package answer

import "testing"

// A name that begins like a Russian month ("Мартин", "Мартынов",
// "Августин") is no month; the month's own forms are.
func TestMonthNotAName(t *testing.T) {
	for _, tt := range []struct {
		q    string
		date bool
	}{
		{"Where is Martin Rourke from?", false},
		{"Откуда родом Мартин Рурк?", false},
		{"Что сказал Августин Рурк?", false},
		{"Что решили в марте?", true},
		{"Что решили на сентябрьских переговорах?", true},
	} {
		cons, _ := constraints(tt.q, queryTerms(tt.q, "ru"))
		got := false
		for _, k := range cons {
			got = got || k.Kind == KindDate
		}
		if got != tt.date {
			t.Errorf("%q: date constraint %v, want %v (%v)", tt.q, got, tt.date, cons)
		}
	}
}
