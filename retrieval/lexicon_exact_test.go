package retrieval

import "testing"

// TestExact: the "=" spellings of the lexicon are known as such in any
// case, so the answer judge can match them whole and as written; a
// folded spelling or a term without "=" is not one.
func TestExact(t *testing.T) {
	for term, want := range map[string]bool{
		"vé": true, "Vé": true, "thị trưởng": true, "Thị trưởng": true, "nước Bỉ": true,
		"ve": false, "thi truong": false, "Nga": false, "nước": false, "": false,
	} {
		if got := Exact(term); got != want {
			t.Errorf("Exact(%q) = %v, want %v", term, got, want)
		}
	}
}
