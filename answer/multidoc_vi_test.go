package answer

import (
	"slices"
	"testing"
)

// Vietnamese writes a syllable a word, so the phrase between "và" and
// the repeated preposition is twice as long in words as in English, and
// asks last: each setting is an ask, the question word ending both.
func TestCoordinatedAsksVietnameseSyllables(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"Tân đại sứ Mỹ tại Chile và tân Tổng lãnh sự của Mỹ tại Thành phố Hồ Chí Minh là ai?",
			[]string{"Tân đại sứ Mỹ tại Chile là ai?", "tân Tổng lãnh sự của Mỹ tại Thành phố Hồ Chí Minh là ai?"}},
		{"Trưởng đoàn Nga ở Lima và người đứng đầu phái đoàn Mỹ ở Manila là ai?",
			[]string{"Trưởng đoàn Nga ở Lima là ai?", "người đứng đầu phái đoàn Mỹ ở Manila là ai?"}},
	}
	for _, tt := range tests {
		if got := coordinatedAsks(tt.q, false); !slices.Equal(got, tt.want) {
			t.Errorf("%q split into %q, want %q", tt.q, got, tt.want)
		}
	}
}
