package corpus

import "testing"

// A reader who writes British English finds an article in American
// English and the other way round: both spellings stem alike. Words
// that only look like a pattern keep apart from the words they would
// fold into.
func TestStemBritishAmerican(t *testing.T) {
	same := [][2]string{
		{"licence", "license"}, {"licences", "licenses"}, {"licence", "licensed"},
		{"defence", "defense"}, {"offence", "offense"},
		{"fertiliser", "fertilizer"}, {"fertilisers", "fertilizer"},
		{"organisation", "organization"}, {"organisations", "organizations"}, {"recognised", "recognized"},
		{"analyse", "analyze"}, {"analysed", "analyzed"},
		{"labour", "labor"}, {"honours", "honors"}, {"behaviour", "behavior"}, {"favourable", "favorable"},
		{"centre", "center"}, {"centres", "centers"}, {"metres", "meters"}, {"theatre", "theater"},
		{"dialogue", "dialog"}, {"catalogues", "catalogs"},
		{"travelled", "traveled"}, {"cancelling", "canceling"}, {"counsellor", "counselor"},
		{"programme", "program"}, {"programmes", "programs"},
	}
	for _, p := range same {
		if a, b := Stem(p[0]), Stem(p[1]); a != b {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want equal", p[0], a, p[1], b)
		}
	}
	apart := [][2]string{
		{"four", "for"}, {"hour", "hor"}, {"your", "yor"}, {"hundred", "hunder"},
		{"filled", "filed"}, {"compelled", "complied"},
	}
	for _, p := range apart {
		if a, b := Stem(p[0]), Stem(p[1]); a == b {
			t.Errorf("Stem(%q) = Stem(%q) = %q: want apart", p[0], p[1], a)
		}
	}
	// What Analyze keeps of common words is unchanged.
	for _, w := range []string{"four", "hour", "journal", "source", "hundred", "more", "raise", "crises", "selling", "spelling", "conference"} {
		if got := americanSpelling(w); got != w {
			t.Errorf("americanSpelling(%q) = %q, want it unchanged", w, got)
		}
	}
}

// FuzzAmericanSpelling: any word of a–z stays a word of a–z, at most two
// letters shorter and never longer, and Stem takes it without panicking.
func FuzzAmericanSpelling(f *testing.F) {
	for _, s := range []string{"organisations", "labour", "licence", "centres", "travelled", "programme", "ourour", "isise"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for i := 0; i < len(w); i++ {
			if w[i] < 'a' || w[i] > 'z' {
				return
			}
		}
		got := americanSpelling(w)
		for i := 0; i < len(got); i++ {
			if got[i] < 'a' || got[i] > 'z' {
				t.Fatalf("americanSpelling(%q) = %q: not a–z", w, got)
			}
		}
		if d := len(w) - len(got); d < 0 || d > 2 {
			t.Fatalf("americanSpelling(%q) = %q: length changed by %d", w, got, -d)
		}
		_ = Stem(w)
	})
}
