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
		{"дмитриев", "дмитриева", "дмитриеву"},
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
	// Names that share a Snowball stem keep apart.
	for _, pair := range [][2]string{{"дмитрий", "дмитриев"}, {"антон", "антонов"}, {"медведь", "медведев"}} {
		if NameStem(pair[0]) == NameStem(pair[1]) {
			t.Errorf("NameStem(%q) = NameStem(%q) = %q", pair[0], pair[1], NameStem(pair[0]))
		}
	}
	for _, w := range []string{"lavrov", "expires", "hà", "2025", "", "переговоры", "санкций"} {
		if got := NameStem(w); got != Stem(w) {
			t.Errorf("NameStem(%q) = %q, want Stem's %q", w, got, Stem(w))
		}
	}
}
