package retrieval

import (
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// regionsOf are the regions the lexicon names (its English spelling) and
// what they hold: a UN M49 code, whose countries CLDR knows, or, for a
// region the press names that M49 does not, the ISO codes of the
// countries it is usually said to hold.
var regionsOf = []struct {
	name    string
	m49     string
	members []string
}{
	{name: "Africa", m49: "002"},
	{name: "North Africa", m49: "015"},
	{name: "sub-Saharan Africa", m49: "202"},
	{name: "West Africa", m49: "011"},
	{name: "East Africa", m49: "014"},
	{name: "Latin America", m49: "419"},
	{name: "Central America", m49: "013"},
	{name: "South America", m49: "005"},
	{name: "Caribbean", m49: "029"},
	{name: "North America", members: []string{"US", "CA", "MX"}},
	{name: "Asia", m49: "142"},
	{name: "Central Asia", m49: "143"},
	{name: "East Asia", m49: "030"},
	{name: "South Asia", m49: "034"},
	{name: "Southeast Asia", m49: "035"},
	{name: "Europe", m49: "150"},
	{name: "Eastern Europe", m49: "151"},
	{name: "Northern Europe", m49: "154"},
	{name: "Western Europe", m49: "155"},
	{name: "Oceania", m49: "009"},
	{name: "Middle East", members: []string{"BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE"}},
	{name: "Levant", members: []string{"CY", "IL", "JO", "LB", "PS", "SY"}},
	{name: "Maghreb", members: []string{"DZ", "LY", "MR", "MA", "TN"}},
	{name: "Horn of Africa", members: []string{"DJ", "ER", "ET", "SO"}},
	{name: "Gulf states", members: []string{"BH", "KW", "OM", "QA", "SA", "AE"}},
	{name: "Persian Gulf", members: []string{"BH", "IR", "IQ", "KW", "OM", "QA", "SA", "AE"}},
	{name: "Balkans", members: []string{"AL", "BA", "BG", "GR", "HR", "XK", "ME", "MK", "RO", "RS", "SI"}},
	{name: "Western Balkans", members: []string{"AL", "BA", "XK", "ME", "MK", "RS"}},
	{name: "Caucasus", members: []string{"AM", "AZ", "GE"}},
	{name: "South Caucasus", members: []string{"AM", "AZ", "GE"}},
	{name: "Central Europe", members: []string{"AT", "CZ", "DE", "HU", "LI", "PL", "SK", "SI", "CH"}},
	{name: "Baltic states", members: []string{"EE", "LV", "LT"}},
	{name: "Scandinavia", members: []string{"DK", "NO", "SE"}},
	{name: "Indochina", members: []string{"KH", "LA", "MM", "TH", "VN"}},
}

// TestRegionMembersFile keeps lexicon_region_members.tsv equal to what
// CLDR gives for regionsOf (`go generate ./retrieval` or -update
// rewrites it), for the reason TestRegionLexicon keeps a file.
func TestRegionMembersFile(t *testing.T) {
	en := display.English.Regions()
	var b strings.Builder
	b.WriteString("# Regions (their English name in lexicon.tsv) and the countries within them\n" +
		"# (CLDR's English names), generated from CLDR by TestRegionMembersFile: do\n" +
		"# not edit, run \"go generate ./retrieval\". Read by RegionMembers.\n")
	for _, r := range regionsOf {
		codes := r.members
		if r.m49 != "" {
			codes = nil
			m := language.MustParseRegion(r.m49)
			for a := 'A'; a <= 'Z'; a++ {
				for c := 'A'; c <= 'Z'; c++ {
					cr, err := language.ParseRegion(string([]rune{a, c}))
					if err == nil && cr.IsCountry() && cr.Canonicalize() == cr && cr.ISO3() != "ZZZ" && m.Contains(cr) {
						codes = append(codes, cr.String())
					}
				}
			}
		}
		var names []string
		for _, c := range codes {
			n := strings.TrimPrefix(strings.Split(regionTerms("en", en.Name(language.MustParseRegion(c))), "|")[0], "=")
			if n != "" && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			t.Fatalf("region %s holds no country", r.name)
		}
		b.WriteString(r.name + "\t" + strings.Join(names, "|") + "\n")
	}
	const path = "lexicon_region_members.tsv"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != b.String() {
		t.Errorf("%s is not what CLDR gives: run `go generate ./retrieval`", path)
	}
}

// TestRegionsAreInTheLexicon: each region of the table is a name the
// lexicon knows, so a question in any language finds it.
func TestRegionsAreInTheLexicon(t *testing.T) {
	for _, r := range regionsOf {
		if len(Expand(r.name)) == 0 {
			t.Errorf("%s: no lexicon row", r.name)
		}
	}
}

// TestRegionMembers: a region asked in any language, in any case, is
// named by its countries in every language; a narrower region is not
// all of the wider one, and a word that names no region has none.
func TestRegionMembers(t *testing.T) {
	for _, tc := range []struct {
		phrase  string
		want    []string
		notWant []string
	}{
		{"Юго-Восточной Азии", []string{"Вьетнам", "Thailand", "Laos", "Indonesia"}, []string{"Japan", "Япония"}},
		{"Đông Nam Á", []string{"Vietnam", "Таиланд"}, nil},
		{"Latin America", []string{"Бразилия", "Mexico", "Venezuela"}, []string{"Spain", "Испания"}},
		{"странах Латинской Америки", []string{"Brazil", "Аргентина"}, nil},
		{"на Ближнем Востоке", []string{"Jordan", "Иран", "Ả Rập Xê-út"}, nil},
		{"the Balkans", []string{"Serbia", "Сербия"}, []string{"Austria"}},
		{"Trung Á", []string{"Kazakhstan", "Таджикистан"}, nil},
		{"Scandinavia", []string{"Норвегия", "Sweden"}, []string{"Finland"}},
		{"the Nordic countries", []string{"Finland", "Исландия"}, nil},
		{"Южного Кавказа", []string{"Armenia", "Грузия"}, []string{"Россия"}},
		{"talks in Geneva", nil, []string{"Switzerland"}},
	} {
		got := RegionMembers(tc.phrase)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("RegionMembers(%q) lacks %q: %v", tc.phrase, w, got)
			}
		}
		for _, w := range tc.notWant {
			if slices.Contains(got, w) {
				t.Errorf("RegionMembers(%q) holds %q", tc.phrase, w)
			}
		}
	}
}
