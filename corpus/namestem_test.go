package corpus

import (
	"slices"
	"testing"
)

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

// Every case of a surname, asked, is found written in every other case:
// some of its StemmedNameForms is the Stem of the written form.
func TestStemmedNameFormsMeetEveryCase(t *testing.T) {
	for _, forms := range [][]string{
		{"кадышев", "кадышева", "кадышеву", "кадышевым", "кадышеве"},
		{"лавров", "лаврова", "лаврову", "лавровым", "лаврове"},
		{"путин", "путина", "путину", "путиным", "путине"},
		{"ковалев", "ковалева", "ковалеву", "ковалевым"},
	} {
		for _, asked := range forms {
			got := StemmedNameForms(asked)
			for _, written := range forms {
				if !slices.Contains(got, Stem(written)) {
					t.Errorf("%q asked (%v) does not meet %q written (stem %q)", asked, got, written, Stem(written))
				}
			}
		}
	}
	// A common word keeps Stem's one form.
	if got := StemmedNameForms("переговоры"); len(got) != 1 || got[0] != Stem("переговоры") {
		t.Errorf("переговоры: %v", got)
	}
}

// A name with a fleeting vowel ("Павел", "Павла") is found in every case
// whichever case is asked, and a surname in -ов does not take up the
// vowel of another name ("Павлов" is not "Павел").
func TestStemmedNameFormsFleetingVowel(t *testing.T) {
	for _, forms := range [][]string{
		{"павел", "павла", "павлу", "павлом", "павле"},
		{"марек", "марка", "марку", "марком"},
		{"козел", "козла", "козлу", "козлом"},
		{"боец", "бойца", "бойцу", "бойцом"},
		{"орешек", "орешка", "орешком"},
	} {
		for _, asked := range forms {
			got := StemmedNameForms(asked)
			for _, written := range forms {
				if !slices.Contains(got, Stem(written)) {
					t.Errorf("%q asked (%v) does not meet %q written (stem %q)", asked, got, written, Stem(written))
				}
			}
		}
	}
	if got := StemmedNameForms("павлов"); slices.Contains(got, Stem("павел")) {
		t.Errorf("павлов asked (%v) meets павел", got)
	}
}
