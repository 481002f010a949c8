package answer

import (
	"slices"

	"github.com/detente/detente/corpus"
)

// A question that asks the name of a thing ("What is the name of the
// hotel where the talks were held?", "Как называется отель…", "Tên
// khách sạn … là gì?") is answered only by an article that speaks of
// that thing: an article on the talks that never mentions a hotel does
// not give its name, though it names the city, the ministry and the
// delegations, which the answer slot would take for the answer.

// namedConcept returns the concept of t (stemmed terms) whose name query
// asks: the noun after "name of", "как называ…", "название", "tên", or
// -1.
func namedConcept(query string, t terms) int {
	toks := corpus.Tokenize(query)
	for i := range toks {
		var after []corpus.Token
		switch {
		case toks[i].Folded == "name" && i+1 < len(toks) && toks[i+1].Folded == "of":
			after = toks[i+2:]
			for len(after) > 0 && (after[0].Folded == "the" || after[0].Folded == "a" || after[0].Folded == "an" || after[0].Folded == "this" || after[0].Folded == "that") {
				after = after[1:]
			}
		case toks[i].Folded == "как" && i+1 < len(toks) && slices.Contains([]string{"называется", "называлась", "называлось", "называются", "назывался", "называют"}, toks[i+1].Folded),
			toks[i].Folded == "название" || toks[i].Folded == "названия":
			after = toks[i+1:]
			if toks[i].Folded == "как" {
				after = toks[i+2:]
			}
		case toks[i].Lower == "tên" && !(i+1 < len(toks) && toks[i+1].Lower == "lửa"): // "tên lửa" is a missile
			after = toks[i+1:]
			if len(after) > 0 && after[0].Lower == "của" {
				after = after[1:]
			}
		default:
			continue
		}
		w, ok := countedWord(after)
		if !ok {
			return -1
		}
		key := matchKey(matchForm(w))
		for ci, con := range t.concepts {
			if slices.ContainsFunc(con.alts, func(a alternative) bool {
				return a.weight == 1 && (slices.Contains(a.words, key) || len(a.words) > 1 && nameWords[a.words[0]] && a.words[1] == key)
			}) {
				return ci
			}
		}
		return -1
	}
	return -1
}

// namedGiven reports whether c speaks of the thing whose name q asks,
// in any language the lexicon spells it in. A word the lexicon does not
// translate, asked of an article in another language, cannot be looked
// for: nothing is judged then.
func namedGiven(c *candidate, q *question, srcLang string) bool {
	con := q.t.concepts[q.named]
	translated := slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight != 1 })
	if !translated && srcLang != "" && srcLang != q.lang {
		return true
	}
	return slices.ContainsFunc(con.alts, func(a alternative) bool {
		if a.weight == 1 && len(a.words) > 1 && nameWords[a.words[0]] {
			// The question's own phrase may hold the asking word: a
			// Vietnamese "tên khách sạn" (the hotel's name) is one
			// phrase, of which the article need hold "khách sạn" only.
			a = alternative{words: a.words[1:], exact: a.exact[1:], weight: a.weight, full: tail(a.full)}
		}
		return c.hasRun(a)
	})
}

// nameWords, folded, ask a name inside a phrase ("tên khách sạn").
var nameWords = setOf("ten")

func tail(s []string) []string {
	if len(s) == 0 {
		return s
	}
	return s[1:]
}

// eventDatedElsewhere reports whether the sentences of c that tell the
// question's event best (its content words, each weighing by how few
// sentences hold it, as slotSentences weighs them) all give a year and
// none gives y: an article of 2026 whose sentence on the first module
// says "no earlier than 2028" does not date that launch to 2026 by its
// own date. A year after "since" dates something earlier, one after
// "by" ("raise trade to $100 billion by 2030") a target, not when it was
// agreed: neither is counted. Nothing is judged when the question's words cannot all be
// looked for in the article's language.
func eventDatedElsewhere(c *candidate, q *question, srcLang string, y int) bool {
	score, best := eventScores(c, q, srcLang)
	if best <= 0 {
		return false
	}
	years := eventYears(c)
	for s, x := range score {
		if x >= best-1e-9 && (len(years[s]) == 0 || slices.Contains(years[s], y)) {
			return false
		}
	}
	return true
}

// deadlineWords, folded, put a year after them as a target: "by 2030",
// "к 2030 году", "đến năm 2030", "until 2028".
var deadlineWords = setOf("by", "until", "till", "through", "к", "до", "den", "toi")
