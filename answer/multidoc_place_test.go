package answer

import (
	"slices"
	"testing"
)

// TestCoordinatedAsksPlaceAndTime: a setting told by its place and its
// time ("in Oslo in March 2026") set beside another place ("and in
// Bergen a week later") is split whole: the second ask is of Bergen
// alone, not of Oslo in Bergen, and the first keeps its time.
func TestCoordinatedAsksPlaceAndTime(t *testing.T) {
	for q, want := range map[string][]string{
		"What did Canadian and Norwegian envoys sign in Oslo in March 2026 and in Bergen a week later?": {
			"What did Canadian and Norwegian envoys sign in Oslo in March 2026?", "What did Canadian and Norwegian envoys sign in Bergen a week later?"},
		"О чём договорились в Осло в марте 2026 года и в Бергене через неделю?": {
			"О чём договорились в Осло в марте 2026 года?", "О чём договорились в Бергене через неделю?"},
		// Two times of one place stay a pair of times.
		"Who led the talks in Oslo in March 2026 and in May 2026?": {
			"Who led the talks in Oslo in March 2026?", "Who led the talks in Oslo in May 2026?"},
	} {
		if got := coordinatedAsks(q, false); !slices.Equal(got, want) {
			t.Errorf("coordinatedAsks(%q) = %q, want %q", q, got, want)
		}
	}
}
