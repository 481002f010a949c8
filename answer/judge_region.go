package answer

import (
	"slices"
	"strings"
	"sync"

	"github.com/detente/detente/corpus"
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
	return q.places[text] && slices.ContainsFunc(regionAlternatives(text), c.holdsPlace)
}

// holdsPlace reports whether c holds a, a place within a region, each
// word written as the place's stem or a form that extends it ("в
// Новосибирской области" for Новосибирск): not a word that only begins
// alike, as a name of the question may ("при" is no "Приморье",
// "Хабаров" no "Хабаровск", "угроза" no "Грозный"). The judge's looser
// match of a question's name would meet a region by any of the dozens
// of places within it.
func (c *candidate) holdsPlace(a alternative) bool {
	return slices.ContainsFunc(c.at[a.words[0]], func(p int) bool {
		if !c.wholeAt(a, p) {
			return false
		}
		if c.full == nil || a.full == nil {
			return true
		}
		for k := range a.words {
			if !strings.HasPrefix(c.full[p+k], a.full[k]) {
				return false
			}
		}
		return true
	})
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

// regionView returns q as judged against c when c names a region the
// question asks only by places within it: the region's concept is also
// spelled by those places, so the question's time, cause or count is
// looked for where the story tells of them. "Когда вступают в силу новые
// правила для судов в Арктике?" is dated by "с 1 января 2026 года ... по
// Северному морскому пути", which names no "Арктика". Not for "where"
// nor "which <name>": there the places are the answer, which the
// question must not already hold. q itself when nothing changes.
func regionView(c *candidate, q *question) *question {
	if len(q.places) == 0 || q.qt == qWhere || q.which.kind == fillName {
		return q
	}
	var t terms
	for _, k := range q.cons {
		if k.Kind != KindName || !q.places[k.Text] {
			continue
		}
		ci := k.concepts[0]
		con := q.t.concepts[ci]
		if slices.ContainsFunc(con.alts, c.hasRun) {
			continue // the story names the region itself
		}
		var held []alternative
		for _, a := range regionAlternatives(k.Text) {
			if c.holdsPlace(a) {
				held = append(held, a)
			}
		}
		if len(held) == 0 {
			continue
		}
		if t.concepts == nil {
			t.concepts = slices.Clone(q.t.concepts)
		}
		con.alts = append(slices.Clone(con.alts), held...)
		t.concepts[ci] = con
	}
	if t.concepts == nil {
		return q
	}
	view := *q
	view.t = t
	return &view
}

// regionConcepts returns, for each concept of t that names a region
// the question asks by its own word ("в Арктике", "in Siberia", "ở
// Đông Nam Á"), the places within it (regionAlternatives), so that the
// sentence selector credits a sentence naming one of them as it credits
// the region's word: the judge meets "в Арктике" by "по Северному
// морскому пути", and the sentence that says it answers.
func regionConcepts(query string, t terms) map[int][]alternative {
	var out map[int][]alternative
	toks := corpus.Tokenize(query)
	for n := 3; n >= 1; n-- {
		for i := 0; i+n <= len(toks); i++ {
			// A side of the topic is no region asked: "American" names
			// a side, not the Americas.
			if slices.ContainsFunc(toks[i:i+n], func(t corpus.Token) bool { return wordSide(t) >= 0 }) {
				continue
			}
			text := query[toks[i].Start:toks[i+n-1].End]
			alts := regionAlternatives(text)
			if alts == nil {
				continue
			}
			w := wholeText(text)
			for ci := range t.concepts {
				if _, done := out[ci]; !done && t.match(&w, ci) > 0 {
					if out == nil {
						out = map[int][]alternative{}
					}
					out[ci] = alts
				}
			}
		}
	}
	return out
}

// placeHeld is the weight of the best of alts (places within a region)
// that c holds (holdsPlace), or 0.
func placeHeld(c *candidate, alts []alternative) float64 {
	best := 0.0
	for _, a := range alts {
		if a.weight > best && c.holdsPlace(a) {
			best = a.weight
		}
	}
	return best
}
