package answer

import "testing"

// Two Russian words are forms of one when one's stem begins the other
// and only an ending follows; a short stem beginning a longer word is
// another word ("посла", the ambassador's, is not "последний", last).
func TestSameWordRussianEndings(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"организация", "организациями", true},
		{"транзит", "транзитами", true},
		{"посла", "последний", false},
		{"сам", "самсонов", false},
		{"подал", "подписан", false},
	}
	for _, tc := range tests {
		if got := sameWord(tc.a, tc.b); got != tc.want {
			t.Errorf("sameWord(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
