package answer

import (
	"slices"
	"testing"
)

// TestCoordinatedAsksUnderTwoDeals: "under A and under B" asks one
// thing of two deals, each told by its own article, as "in A and in B"
// asks it of two places. "Under" said once
// ("under the Lima and Quito deals") is left whole.
func TestCoordinatedAsksUnderTwoDeals(t *testing.T) {
	for q, want := range map[string][]string{
		"What are the fees under the Lima deal and under the Norway–Russia deal in Oslo?": {
			"What are the fees under the Lima deal?", "What are the fees under the Norway–Russia deal in Oslo?"},
		"What are the fees under the Lima and Quito deals?": {"What are the fees under the Lima and Quito deals?"},
	} {
		if got := coordinatedAsks(q, false); !slices.Equal(got, want) {
			t.Errorf("coordinatedAsks(%q) = %q, want %q", q, got, want)
		}
	}
}
