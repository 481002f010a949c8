package answer

import (
	"slices"
	"strings"
	"sync"

	"github.com/detente/detente/retrieval"
)

// A region by its countries. A question asks what happened "в
// Юго-Восточной Азии"; the stories that answer it say where: "in
// Vietnam", "во Вьентьяне при посредничестве Лаоса". A story that names a
// country within the region asked (retrieval.RegionMembers) names the
// region. Its cities are not counted: the lexicon does not tell which
// country a city is in.

// regionAlts caches regionAlternatives by the region's name.
var regionAlts sync.Map // string -> []alternative

// regionAlternatives returns the spellings of the countries within the
// region text names, as the judge matches them (stemmedTerms), or nil.
// The corpus's two sides (Russia, the United States) are none: nearly
// every story names them, so "North America" or "Eastern Europe" would
// be met by any.
func regionAlternatives(text string) []alternative {
	if v, ok := regionAlts.Load(text); ok {
		return v.([]alternative)
	}
	var alts []alternative
	for _, sp := range retrieval.RegionMembers(text) {
		if ownCountry(sp) {
			continue
		}
		if p := phraseOf(sp); len(p.folded) > 0 {
			alts = append(alts, p.alternative(expansionWeight))
		}
	}
	if alts != nil {
		alts = stemmedTerms(terms{concepts: []concept{{alts: alts}}}).concepts[0].alts
	}
	regionAlts.Store(text, alts)
	return alts
}

// regionNamed reports whether c names a country within the region that
// text (a name the question asks as a place, question.places) names.
func regionNamed(c *candidate, q *question, text string) bool {
	return q.places[text] && slices.ContainsFunc(regionAlternatives(text), c.hasRun)
}

// regionPlaces returns the texts of the names of cons that query asks
// as places: not the name of an office's unit, which a region names
// ("Vụ châu Âu", "департамент Северной Америки", "the Africa desk", "the
// Bureau of European Affairs"), and which a story that names a
// European country does not name.
func regionPlaces(query string, cons []Constraint) map[string]bool {
	words := foldedWords(query)
	out := map[string]bool{}
	for _, k := range cons {
		if k.Kind != KindName {
			continue
		}
		name := foldedWords(k.Text)
		if len(name) == 0 || retrieval.RegionMembers(k.Text) == nil {
			continue
		}
		unit := false
		for i := 0; i+len(name) <= len(words); i++ {
			if !slices.Equal(words[i:i+len(name)], name) {
				continue
			}
			for j := max(0, i-2); j < min(len(words), i+len(name)+2); j++ {
				unit = unit || (j < i || j >= i+len(name)) && officeUnit(words[j])
			}
		}
		if !unit {
			out[k.Text] = true
		}
	}
	return out
}

// officeUnit reports a folded word that names a unit of an office
// (vi/en/ru).
func officeUnit(w string) bool {
	return officeUnitWords[w] || slices.ContainsFunc(officeUnitPrefixes, func(p string) bool { return strings.HasPrefix(w, p) })
}

var (
	officeUnitWords    = setOf("vu", "cuc", "department", "departments", "division", "desk", "bureau", "affairs", "directorate", "command", "бюро")
	officeUnitPrefixes = []string{"департамент", "отдел", "управлени", "дирекци", "командовани"}
)

// ownCountry reports whether a spelling names one of the corpus's two
// countries (topicMetonyms).
func ownCountry(sp string) bool {
	return sideSpellings()[strings.Join(foldedWords(sp), " ")]
}

// sideSpellings are the folded spellings of the two countries of the
// topic in every language, in two steps ("Russia" gives "Nga", which
// gives "Russian").
var sideSpellings = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, group := range topicMetonyms {
		names := []string{group[0]}
		names = append(names, retrieval.Expand(group[0])...)
		for _, n := range slices.Clone(names) {
			names = append(names, retrieval.Expand(n)...)
		}
		for _, n := range names {
			out[strings.Join(foldedWords(n), " ")] = true
		}
	}
	return out
})
