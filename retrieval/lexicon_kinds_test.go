package retrieval

import (
	"slices"
	"testing"
)

// Kinds gives the lexicon's kinds of a thing, as a "which <noun>"
// question needs them across languages: a Russian "корабль" (in any
// case) is also a spacecraft or a warship; a phrase whose first word is
// a noun ("решение суда", a court's decision), an entry holding a
// name ("Bank of Russia" beside "central bank") and one that spells the
// modifier alone ("hypersonic") are no kinds.
func TestKinds(t *testing.T) {
	tests := []struct {
		head       string
		has, lacks []string
	}{
		{"корабле", []string{"spacecraft", "warship", "космический корабль"}, nil},
		{"ship", []string{"patrol ship", "десантный корабль"}, nil},
		{"суд", []string{"appeals court"}, []string{"verdict", "решение суда"}},
		{"bank", nil, []string{"central bank", "Bank of Russia"}},
		{"tàu", nil, []string{"train", "spacecraft"}},
		{"ракеты", []string{"cruise missile"}, []string{"hypersonic", "гиперзвуковой"}},
	}
	for _, tc := range tests {
		got := Kinds(tc.head)
		for _, w := range tc.has {
			if !slices.Contains(got, w) {
				t.Errorf("Kinds(%q) lacks %q: %q", tc.head, w, got)
			}
		}
		for _, w := range tc.lacks {
			if slices.Contains(got, w) {
				t.Errorf("Kinds(%q) has %q", tc.head, w)
			}
		}
	}
}
