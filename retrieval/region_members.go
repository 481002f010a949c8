package retrieval

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/detente/detente/corpus"
)

// A region by the countries within it. "Какие обмены прошли в
// Юго-Восточной Азии?" is answered by stories that say "Vietnam" and
// "Laos", never the region's name; a region asked is named by any of
// its countries. Which countries a region holds is data, not a rule:
// lexicon_region_members.tsv, generated from CLDR's containment of the
// UN M49 regions (Southeast Asia, Latin America, Central Asia, ...) and,
// for the regions the press names that M49 does not (the Middle East,
// the Balkans, the Caucasus, Scandinavia, the Gulf states ...), from
// lists of ISO codes written in TestRegionMembersFile; the countries'
// names are CLDR's English ones, which the lexicon spells in every
// language.

//go:generate go test -run ^TestRegionMembersFile$ -update .
//go:embed lexicon_region_members.tsv
var regionMembersTSV string

// regionMembers maps a region's folded English name to its countries'
// English names.
var regionMembers = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(regionMembersTSV, "\n") {
		region, members, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		out[corpus.Fold(region)] = strings.Split(members, "|")
	}
	return out
})

// memberSpellings caches RegionMembers by region.
var memberSpellings sync.Map // folded region name -> []string

// RegionMembers returns the spellings, in every language of the
// lexicon, of the countries within the region that phrase names
// ("Юго-Восточной Азии", "Đông Nam Á", "Latin America"), or nil when
// it names none. Of several regions in the phrase, the one of most
// words: "Southeast Asia" is not all of Asia.
func RegionMembers(phrase string) []string {
	table := regionMembers()
	best := ""
	find := func(spellings []string) {
		for _, e := range spellings {
			f := " " + strings.Join(strings.Fields(corpus.Fold(e)), " ") + " "
			for k := range table {
				n, m := len(strings.Fields(k)), len(strings.Fields(best))
				if strings.Contains(f, " "+k+" ") && (n > m || n == m && k < best) {
					best = k
				}
			}
		}
	}
	exps := Expand(phrase)
	find(append([]string{phrase}, exps...))
	if best == "" {
		// The lexicon adds no spelling of the phrase's own language:
		// "Nordic" comes back as "Northern Europe" through Russian.
		for _, e := range exps {
			find(Expand(e))
		}
	}
	if best == "" {
		return nil
	}
	if v, ok := memberSpellings.Load(best); ok {
		return v.([]string)
	}
	var out []string
	for _, name := range table[best] {
		for _, sp := range append([]string{name}, Expand(name)...) {
			if !slices.Contains(out, sp) {
				out = append(out, sp)
			}
		}
	}
	memberSpellings.Store(best, out)
	return out
}
