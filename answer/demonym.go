package answer

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// An English question names a country by its adjective more often than
// by its name ("South Korean observers", "Kenyan diplomats"), and the
// judge holds a capitalised word to be a name the passages must write.
// A report in Vietnamese writes the country ("Hàn Quốc"), one in Russian
// its noun or its own adjective; the lexicon spells the country in every
// language but cannot list every adjective beside it. So a capitalised
// English word the lexicon does not know, ending as English adjectives
// of countries end, is read as the country the lexicon does know when
// its ending is undone ("Korean" → "Korea", "Lebanese" → "Lebanon",
// "Iraqi" → "Iraq", "Turkish" → "Turkey"), and that country's spellings
// meet it. Only a country the lexicon knows is taken: a surname that
// ends like an adjective ("Jordan", "Brian") makes none.
//
// The endings are undone here because no library at hand gives
// adjectives: golang.org/x/text/language/display names regions, not
// their demonyms, and the lexicon lists the adjectives of the countries
// most in the news by hand; this reaches the others it names.

// demonymEndings are the English endings of a country's adjective, each
// with what may replace it in the country's name, tried in order.
var demonymEndings = []demonymEnding{
	{"ian", []string{"ia", "a", "y", ""}},   // Mongolian, Canadian, Italian, Egyptian
	{"an", []string{"a", ""}},               // Korean, Kenyan, Cuban
	{"ese", []string{"", "a", "on"}},        // Japanese, Chinese, Lebanese
	{"ish", []string{"ey", "y", "and", ""}}, // Turkish, Polish
	{"i", []string{""}},                     // Iraqi, Pakistani, Israeli
}

// demonymEnding is an ending of a country's adjective and what may
// replace it in the country's name.
type demonymEnding struct {
	suffix string
	names  []string
}

// minDemonymRunes is the shortest adjective read this way: "Thai" and
// shorter words are more often something else.
const minDemonymRunes = 5

// countryAdjective is a run of the question's words (tokens first to
// last) that is a country's adjective: the country's name as the lexicon
// knows it, and the lexicon's terms for it.
type countryAdjective struct {
	first, last int
	name        string
	terms       []string
}

// countryAdjectives finds the country adjectives of query: a capitalised
// English word the lexicon does not know whose ending, undone, names a
// country the lexicon knows, with the capitalised words before it when
// the lexicon knows them together ("South Korean" → "South Korea").
func countryAdjectives(query string) []countryAdjective {
	toks := corpus.Tokenize(query)
	var out []countryAdjective
	for i, t := range toks {
		if !capitalisedWord(t.Text) || utf8.RuneCountInString(t.Text) < minDemonymRunes ||
			strings.Trim(t.Folded, "abcdefghijklmnopqrstuvwxyz") != "" ||
			!slices.ContainsFunc(demonymEndings, func(e demonymEnding) bool { return strings.HasSuffix(t.Text, e.suffix) }) ||
			!lexiconUnknown(t.Text, t.Folded) {
			continue // the lexicon is asked last: it is the costly part
		}
		// The capitalised words just before it, which may be part of the
		// country's name ("South", "North", "Saudi").
		first := i
		for first > 0 && i-first < 2 && capitalisedWord(toks[first-1].Text) &&
			(len(out) == 0 || first-1 > out[len(out)-1].last) {
			first--
		}
	find:
		for _, e := range demonymEndings {
			stem, ok := strings.CutSuffix(t.Text, e.suffix)
			if !ok || utf8.RuneCountInString(stem) < 3 {
				continue
			}
			for _, n := range e.names {
				country := stem + n
				for from := first; from <= i; from++ {
					phrase, rest := country, ""
					if from < i {
						phrase = query[toks[from].Start:toks[i-1].End] + " " + country
						rest = query[toks[from+1].Start:toks[i].Start] + country
					}
					if x := countryTerms(phrase); len(x) > 0 && (rest == "" || !sameNames(x, countryTerms(rest))) {
						out = append(out, countryAdjective{first: from, last: i, name: phrase, terms: x})
						break find
					}
				}
			}
		}
	}
	return out
}

// countryPhrasing is query with its country adjectives written as their
// countries ("Did South Korea observers attend?"), searched beside the
// question so that the lexicon's spellings of the country find reports
// in the other languages; query itself when it has none.
func countryPhrasing(query string) string {
	adjs := countryAdjectives(query)
	if len(adjs) == 0 {
		return query
	}
	toks := corpus.Tokenize(query)
	var b strings.Builder
	last := 0
	for _, a := range adjs {
		b.WriteString(query[last:toks[a.first].Start])
		b.WriteString(a.name)
		last = toks[a.last].End
	}
	b.WriteString(query[last:])
	return b.String()
}

// countryTerms returns the lexicon's terms for phrase when it knows the
// phrase as a name (some term of it is capitalised, and not only the
// transliterations it makes of any unknown name), else nil.
func countryTerms(phrase string) []string {
	var words []string
	for _, t := range corpus.Tokenize(phrase) {
		words = append(words, t.Folded)
	}
	if len(words) == 1 && lexiconUnknown(phrase, words[0]) {
		return nil
	}
	exps := retrieval.Expand(phrase)
	if !slices.ContainsFunc(exps, capitalisedWord) {
		return nil
	}
	return exps
}

// sameNames reports whether two expansions hold the same capitalised
// terms: a phrase whose names are all its last words' ("Korean South
// Korea") is not a name of its own.
func sameNames(a, b []string) bool {
	names := func(x []string) []string {
		var out []string
		for _, t := range x {
			if capitalisedWord(t) {
				out = append(out, t)
			}
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(names(a), names(b))
}

// withDemonyms adds to each concept the question writes as a country's
// adjective the country's spellings (countryAdjectives), and returns them
// folded, for the lexicon's names the judge looks for (question.lexName).
func withDemonyms(query string, t terms) (terms, map[string]bool) {
	adjs := countryAdjectives(query)
	if len(adjs) == 0 {
		return t, nil
	}
	toks := corpus.Tokenize(query)
	names := map[string]bool{}
	for _, adj := range adjs {
		for i := adj.first; i <= adj.last; i++ {
			own := matchForm(toks[i])
			for ci := range t.concepts {
				con := &t.concepts[ci]
				if !slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight == 1 && slices.Contains(a.words, own) }) {
					continue
				}
				for _, s := range append([]string{adj.name}, adj.terms...) {
					p := phraseOf(s)
					if len(p.folded) == 0 {
						continue
					}
					con.alts = append(con.alts, p.alternative(expansionWeight))
					names[strings.Join(p.folded, " ")] = true
				}
			}
		}
	}
	return t, names
}

// phrasings are the other phrasings a question is searched by: the
// model's translations, and the question with its country adjectives
// written as the countries (countryPhrasing).
func (s *Service) phrasings(ctx context.Context, query, lang string) []string {
	out := s.translations(ctx, query, lang)
	if p := countryPhrasing(query); p != query {
		out = append(out, p)
	}
	return out
}
