package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
)

// TestRegionPlacesSpelled: every place of lexicon_region_places.tsv is
// the English name of a lexicon row, which spells it in Russian too (the
// Vietnamese press mostly writes the English name), so the judge and the
// gate find it in any story; a place written here with no row would
// silently never meet its region.
func TestRegionPlacesSpelled(t *testing.T) {
	for _, line := range strings.Split(regionPlacesTSV, "\n") {
		region, places, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		if len(Expand(region)) == 0 {
			t.Errorf("region %q: no lexicon row", region)
		}
		for _, p := range strings.Split(places, "|") {
			exps := Expand(p)
			cyr := slices.ContainsFunc(exps, func(e string) bool { return cyrillicText(corpus.Fold(e)) })
			if !cyr {
				t.Errorf("%s: place %q is not spelled in every language by the lexicon (%q)", region, p, exps)
			}
		}
	}
}

// TestRegionPlaces: a region within a country, asked in any language or
// as its adjective, is named by the places within it; never the other
// way, and never inside another name (the Arctic Council is no region).
func TestRegionPlaces(t *testing.T) {
	for _, tc := range []struct {
		phrase string
		has    []string // spellings among the members
		none   bool     // no region named
	}{
		{phrase: "Siberia", has: []string{"Якутия", "Irkutsk", "Бурятия", "Новосибирск"}},
		{phrase: "Siberian", has: []string{"Yakutia", "Khakassia"}},
		{phrase: "Сибири", has: []string{"Yakutsk", "Хакасия"}},
		{phrase: "Xi-bê-ri", has: []string{"Tomsk"}},
		{phrase: "Арктике", has: []string{"Северный морской путь", "Таймыр", "Svalbard"}},
		{phrase: "арктический", has: []string{"Laptev Sea"}},
		{phrase: "Bắc Cực", has: []string{"Chukotka"}},
		{phrase: "Дальнем Востоке", has: []string{"Vladivostok", "Камчатка"}},
		{phrase: "North Caucasus", has: []string{"Chechnya", "Ингушетия"}},
		{phrase: "Yakutia", none: true},
		{phrase: "Arctic Council", none: true},
		{phrase: "Power of Siberia", none: true},
		{phrase: "Ministry for the Development of the Far East", none: true},
	} {
		got := RegionMembers(tc.phrase)
		if tc.none {
			if got != nil {
				t.Errorf("RegionMembers(%q) = %d places, want none", tc.phrase, len(got))
			}
			continue
		}
		for _, h := range tc.has {
			if !slices.Contains(got, h) {
				t.Errorf("RegionMembers(%q) lacks %q", tc.phrase, h)
			}
		}
	}
	// The North Caucasus is not the South's countries, which held it
	// while "Caucasus" was the longest region inside its name.
	if slices.Contains(RegionMembers("North Caucasus"), "Georgia") {
		t.Error(`RegionMembers("North Caucasus") holds Georgia`)
	}
}
