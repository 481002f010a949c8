package answer

import "slices"

// The country of a deed. "Trung Quốc đòi Mỹ trả lại bao nhiêu cơ sở ngoại
// giao?", "Ai là Đại diện thường trực của Trung Quốc tại Liên hợp quốc?",
// "What does Washington want before a summit with China?" name a country
// as the one who acts, is acted on or owns: the question is about that
// country. When another story tells all the question asks of another
// country (Russia's demand, Russia's new envoy: it meets every constraint
// but the country and covers the content), the question is a near miss of
// that story, as a pair of the topic and another country is
// (contrastCoverage). A story that names the country elsewhere ("the
// president's priorities are China and the economy") does not then answer
// it: it must name the country where it tells what is asked, and cover
// the content nearly as well (minContrastCoverage).

// contrastCountry applies that to each country the question names alone
// (not listed, not the corpus's own sides, which are topic constraints,
// nor the setting after "in": any story of a meeting tells "which
// meetings took place in Canada" in full but the country). A contrast
// story meets every constraint but the country. When one covers the
// content in full, a source meets the country only in a sentence that
// tells the question's event (countryOfEvent) and needs
// minContrastCoverage of the content; when one covers at least as much
// as a source that names the country, that source is held to the first
// alone (a story of Russia's visa halts that misses "repeatedly" still
// outweighs a digest naming China in passing). It updates metBy and need
// in place.
func contrastCountry(query string, q *question, texts []candidate, sources []Citation, metBy [][]bool, covs, need []float64) {
	for ci, k := range q.cons {
		if k.Kind != KindName || k.listed || len(k.concepts) != 1 || !regionName(k.Text) || settingCountry(query, k.Text) {
			continue
		}
		contrast := -1.0 // the best coverage of a story that meets all but the country
		for j, m := range metBy {
			if m[ci] || covs[j] < minContentCoverage {
				continue
			}
			others := true
			for oi := range q.cons {
				others = others && (oi == ci || m[oi])
			}
			if others {
				contrast = max(contrast, covs[j])
			}
		}
		for i, m := range metBy {
			if !m[ci] || contrast < fullCoverage && contrast < covs[i] {
				continue
			}
			m[ci] = countryOfEvent(&texts[i], q, sources[i].Lang, q.t.concepts[k.concepts[0]])
			if contrast >= fullCoverage {
				need[i] = max(need[i], minContrastCoverage)
			}
		}
	}
}

// countryOfEvent reports whether c names the country con in a sentence
// that tells the question's event: one holding at least half the weight of
// the sentence that tells it best (eventScores), as the two names of a
// pair must be (partiesOfEvent); a story that tells none of it names the
// country of nothing asked. A question whose content cannot be located in
// c (locatable), or that asks nothing beyond its names and dates ("What
// has Gordeev said in talks with Ukraine?"), is not judged here.
func countryOfEvent(c *candidate, q *question, srcLang string, con concept) bool {
	cis, blind := locatable(q, srcLang)
	if blind || !slices.ContainsFunc(cis, func(ci int) bool {
		return !slices.ContainsFunc(q.cons, func(k Constraint) bool { return slices.Contains(k.concepts, ci) })
	}) {
		return true // nothing of the event to look for beyond the names
	}
	score, best := eventScores(c, q, srcLang)
	for _, p := range runStarts(c, con) {
		if c.sent[p] == 0 {
			return true // the headline: the story is about that country
		}
		if c.sent[p] < len(score) && best > 0 && score[c.sent[p]] >= best/2 {
			return true
		}
	}
	return false
}

// settingWords put a place as the setting of what is asked ("in Canada",
// "ở Canada", "в Канаде"), or bound a time by it ("further talks after
// Saudi Arabia"), lower-cased and folded: a country after them is not the
// one who acts.
var settingWords = setOf("in", "at", "inside", "tại", "tai", "ở", "o", "в", "во",
	"after", "before", "since", "sau", "trước", "truoc", "после", "до")

// settingCountry reports whether query writes the name text right after a
// preposition of setting (settingWords).
func settingCountry(query, text string) bool {
	folded, lower := tokens(query)
	name := foldedWords(text)
	for i := 1; i+len(name) <= len(folded); i++ {
		if slices.Equal(folded[i:i+len(name)], name) && (settingWords[lower[i-1]] || settingWords[folded[i-1]]) {
			return true
		}
	}
	return false
}

// The parties of a pair. "Ấn Độ và Mỹ đã thỏa thuận gì về tài khoản ngân
// hàng?" and "What did the foreign ministers of Russia and Mexico agree in
// Mexico City?" name two countries as the two sides of one story. When
// another story tells all the question asks of another pair (the
// US–Russia deal on embassy bank accounts; the US and Russian ministers'
// talks in Mexico City), the question is a near miss of it, and a story
// that names both countries only in passing (the Russia–India bank deal,
// made because Indian banks feared "American sanctions"; the talks held
// "in Mexico City, Mexico") does not answer it: it must name them as its
// parties, together in its headline or side by side ("Russia and India",
// "US-China", "giữa Nga và Ấn Độ").

// contrastParties applies that to each pair of the question that is not
// an office's post (meetsPost judges those): when a source that fails the
// pair but meets every other constraint but the pair's sides covers the
// content in full (fullCoverage), or at least as much as a source that
// meets the pair, that source keeps the pair only where it names its
// sides as parties (namedAsParties). Held to it without a contrast story,
// pairs the stories write apart ("Russia signed … with Norway") refused
// two answerable open questions; with one, none. It updates metBy in
// place.
func contrastParties(q *question, texts []candidate, metBy [][]bool, covs []float64) {
	for pi, k := range q.cons {
		if k.Kind != KindPair || k.post || len(k.concepts) != 2 {
			continue
		}
		a, b := q.t.concepts[k.concepts[0]], q.t.concepts[k.concepts[1]]
		if officeConcept(a) || officeConcept(b) {
			continue
		}
		contrast := pairContrast(q.cons, pi, metBy, covs) // judge.go
		for i, m := range metBy {
			if m[pi] && (contrast >= fullCoverage || contrast >= covs[i]) {
				m[pi] = namedAsParties(&texts[i], q, k.concepts[0], k.concepts[1])
			}
		}
	}
}

// namedAsParties reports whether c names the question's concepts a and b
// as the two sides of its story: both in its headline, or within two
// words of each other in one sentence ("Russia and India", "между Россией
// и Индией"). A name inside a longer name the question also asks is not
// the shorter one: "Mexico" of "Mexico City" names the city.
func namedAsParties(c *candidate, q *question, a, b int) bool {
	pa, pb := ownRuns(c, q, a), ownRuns(c, q, b)
	headline := func(ps []int) bool { return slices.ContainsFunc(ps, func(p int) bool { return c.sent[p] == 0 }) }
	if headline(pa) && headline(pb) {
		return true
	}
	for _, x := range pa {
		for _, y := range pb {
			if x != y && abs(x-y) <= 2 && c.sent[x] == c.sent[y] {
				return true
			}
		}
	}
	return false
}

// ownRuns returns where c writes the question's concept ci, but not where
// a longer name of the question that holds it starts ("Mexico City" for
// "Mexico").
func ownRuns(c *candidate, q *question, ci int) []int {
	var longer []int
	for cj, con := range q.t.concepts {
		if cj == ci || !slices.ContainsFunc(q.cons, func(k Constraint) bool { return k.Kind == KindName && slices.Contains(k.concepts, cj) }) {
			continue
		}
		if slices.ContainsFunc(con.alts, func(a alternative) bool {
			return slices.ContainsFunc(q.t.concepts[ci].alts, func(b alternative) bool { return len(a.words) > len(b.words) && a.words[0] == b.words[0] })
		}) {
			longer = append(longer, runStarts(c, con)...)
		}
	}
	return slices.DeleteFunc(runStarts(c, q.t.concepts[ci]), func(p int) bool { return slices.Contains(longer, p) })
}
