package answer

import (
	"slices"
	"testing"
)

// "the Geneva one" stands for the thing the question named first, of
// another event: two asks, the second with the first's name replaced.
func TestCoordinatedAsksOneAnaphora(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"How many inspectors took part in the Vienna inspection round, compared with the Geneva one in 2024?",
			[]string{"How many inspectors took part in the Vienna inspection round?", "How many inspectors took part in the Geneva inspection round in 2024?"}},
		{"Who mediated the Abu Dhabi exchange and the Ankara one?",
			[]string{"Who mediated the Abu Dhabi exchange?", "Who mediated the Ankara exchange?"}},
		{"How long did the Istanbul talks last, as compared with the Riyadh one?",
			[]string{"How long did the Istanbul talks last?", "How long did the Riyadh talks last?"}},
		{"Was the new hotline better than the old one?", nil}, // no name: one thing, no second event
		{"Which delegation proposed the Lisbon text, and did Moscow accept it?", nil},
	}
	for _, tt := range tests {
		got := coordinatedAsks(tt.q, false)
		if tt.want == nil {
			if len(got) != 1 {
				t.Errorf("%q split into %q, want it whole", tt.q, got)
			}
			continue
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q split into %q, want %q", tt.q, got, tt.want)
		}
	}
}
