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

// Regions within a country (Siberia, the Arctic, the North Caucasus) are
// met by the places within them, hand-written geography in
// lexicon_region_places.tsv: its header says how to extend it.
//
//go:embed lexicon_region_places.tsv
var regionPlacesTSV string

// regionTable is the regions (folded English names) and their members'
// English names, countries and places merged; whole holds the regions
// named only by lexicon_region_places.tsv, which a phrase must name
// whole: "Arctic Council" is no region, "Northern Europe" is.
type regionTable struct {
	members map[string][]string
	whole   map[string]bool
}

var regionMembers = sync.OnceValue(func() regionTable {
	t := regionTable{members: map[string][]string{}, whole: map[string]bool{}}
	read := func(tsv string, places bool) {
		for _, line := range strings.Split(tsv, "\n") {
			region, members, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			k := corpus.Fold(region)
			if _, had := t.members[k]; !had && places {
				t.whole[k] = true
			}
			for _, m := range strings.Split(members, "|") {
				if !slices.Contains(t.members[k], m) {
					t.members[k] = append(t.members[k], m)
				}
			}
		}
	}
	read(regionMembersTSV, false)
	read(regionPlacesTSV, true)
	return t
})

// memberSpellings caches RegionMembers by region.
var memberSpellings sync.Map // folded region name -> []string

// RegionMembers returns the spellings, in every language of the
// lexicon, of the countries within the region that phrase names
// ("Юго-Восточной Азии", "Đông Nam Á", "Latin America"), or nil when
// it names none. Of several regions in the phrase, the one of most
// words: "Southeast Asia" is not all of Asia.
func RegionMembers(phrase string) []string {
	best := regionOf(phrase)
	if best == "" {
		return nil
	}
	if v, ok := memberSpellings.Load(best); ok {
		return v.([]string)
	}
	var out []string
	for _, name := range regionMembers().members[best] {
		for _, sp := range append([]string{name}, Expand(name)...) {
			if !slices.Contains(out, sp) {
				out = append(out, sp)
			}
		}
	}
	memberSpellings.Store(best, out)
	return out
}

// regionOf returns the folded English name of the region phrase names
// (see RegionMembers), "" for none.
func regionOf(phrase string) string {
	t := regionMembers()
	table := t.members
	best := ""
	find := func(spellings []string) {
		for _, e := range spellings {
			f := " " + strings.Join(strings.Fields(corpus.Fold(e)), " ") + " "
			for k := range table {
				n, m := len(strings.Fields(k)), len(strings.Fields(best))
				in := strings.Contains(f, " "+k+" ")
				if t.whole[k] {
					in = f == " "+k+" "
				}
				if in && (n > m || n == m && k < best) {
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
	return best
}

// memberGroupsCache caches regionMemberGroups by region.
var memberGroupsCache sync.Map // folded region name -> []conceptGroup

// regionMemberGroups returns, for the region that the query's words
// matched names (a group's matched words), the lexicon concepts of the
// places and countries within it, as the relevance gate finds them: a
// Russian report of fires "в Якутии" bears on "the Siberian wildfires"
// as the judge reads it (answer/judge_region.go), and the gate that
// dropped it across languages left the judge only the English and
// Vietnamese stories. The corpus's two sides (a topic row) are none: a
// story naming Russia is no story of "Eastern Europe".
func regionMemberGroups(matched string) []conceptGroup {
	region := regionOf(matched)
	if region == "" {
		return nil
	}
	if v, ok := memberGroupsCache.Load(region); ok {
		return v.([]conceptGroup)
	}
	var out []conceptGroup
	for _, name := range regionMembers().members[region] {
		want := strings.Join(foldedWords(corpus.Fold(name)), " ")
		var gs []conceptGroup
		topic := false
		for _, g := range DefaultLexicon().expandGroups(name) {
			topic = topic || g.topic
			if g.matched == want {
				gs = append(gs, conceptGroup{words: strings.Fields(g.matched), spellings: g.spellings, declined: g.declined, nameStems: g.nameStems, exact: g.exact})
			}
		}
		if !topic {
			out = append(out, gs...)
		}
	}
	memberGroupsCache.Store(region, out)
	return out
}
