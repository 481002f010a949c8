package answer

import "testing"

// TestGivesReasonFailure: a breakdown's cause told as what the sides could
// not do, with no connective, is a reason; a bare event is not.
func TestGivesReasonFailure(t *testing.T) {
	tests := map[string]bool{
		"Стороны не смогли согласовать график работы.":       true,
		"The two delegations could not agree on the venue.":  true,
		"Hai bên không thể thống nhất về lịch trình.":        true,
		"Делегации разошлись из-за разногласий по графику.":  true,
		"Переговоры в Вене были прерваны после второго дня.": false,
		"The talks in Geneva ended on Tuesday.":              false,
	}
	for s, want := range tests {
		if got := givesReason(s); got != want {
			t.Errorf("givesReason(%q) = %v, want %v", s, got, want)
		}
	}
}
