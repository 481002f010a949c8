package corpus

import "testing"

// TestNameStem: every case of a Russian name has one stem, the nominative
// included, which Stem alone does not give ("ковалев" vs "ковалева").
func TestNameStem(t *testing.T) {
	for _, forms := range [][]string{
		{"ковалев", "ковалева", "ковалеву", "ковалевым", "ковалеве"},
		{"орлов", "орлова", "орлову", "орловым"},
		{"лавров", "лаврова", "лаврову", "лавровым"},
		{"денис", "дениса", "денису", "денисом"},
		{"антонов", "антонова", "антонову"},
		{"игорь", "игоря", "игорю"},
		{"путин", "путина", "путиным"},
		{"захарова", "захаровой", "захарову"},
		{"уитакер", "уитакера", "уитакере"},
		{"женева", "женеве", "женевы"},
	} {
		want := NameStem(forms[0])
		for _, f := range forms[1:] {
			if got := NameStem(f); got != want {
				t.Errorf("NameStem(%q) = %q, NameStem(%q) = %q: want one stem", f, got, forms[0], want)
			}
		}
	}
	for _, w := range []string{"lavrov", "expires", "hà", "2025", "", "переговоры", "санкций"} {
		if got := NameStem(w); got != Stem(w) {
			t.Errorf("NameStem(%q) = %q, want Stem's %q", w, got, Stem(w))
		}
	}
}
