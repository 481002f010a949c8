package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// uncovered reports whether the sources cannot answer query because they
// miss what pins it down: its key terms are the names it writes
// capitalised (not as its first word) and the years it names, each with
// its lexicon translations; the sources are uncovered when they miss at
// least one key term and miss at least as many as they hold. Retrieval
// finds passages that share a question's common words ("Putin", "Trump",
// "summit") for a question about a meeting the corpus never reports
// ("in Anchorage, Alaska"); quoting them would pass loosely related
// sentences off as an answer. A question naming one missing detail
// beside several found ones ("Lavrov and Blinken in Geneva") is still
// answered from what is there.
func uncovered(query, lang string, sources []Citation) bool {
	t := queryTerms(query, lang)
	keys := keyWords(query)
	if len(keys) == 0 {
		return false
	}
	texts := make([]candidate, len(sources))
	for i, s := range sources {
		texts[i] = wholeText(s.Title + "\n" + s.Passage)
	}
	missing, found, names := 0.0, 0.0, 0
	for _, con := range t.concepts {
		year := false
		key := slices.ContainsFunc(con.alts, func(a alternative) bool {
			return a.weight == 1 && slices.ContainsFunc(a.words, func(w string) bool {
				year = year || isYear(w)
				return keys[w]
			})
		})
		if !key {
			continue
		}
		in := 0
		for _, c := range texts {
			if slices.ContainsFunc(con.alts, c.hasRun) {
				in++
			}
		}
		switch {
		case in == 0 && year:
			// Articles often leave the year unsaid.
			missing += 0.5
		case in == 0:
			missing++
			names++
		case 2*in <= len(texts) || len(texts) < 2:
			// A name most sources share ("Putin", "Trump") is the
			// corpus's usual cast, not evidence of this event.
			found++
		}
	}
	// A missing year alone never refuses: "gặp nhau năm 2021 ở đâu" is
	// answerable from articles that do not print the year.
	return names > 0 && missing >= found
}

// keyWords returns the folded words of query that name something: written
// capitalised after its first word and distinctive (not a Vietnamese
// syllable, so "Tổng thống" or "Nga" is no name here), or a year.
func keyWords(query string) map[string]bool {
	out := map[string]bool{}
	for i, t := range corpus.Tokenize(query) {
		f := matchForm(t)
		r, _ := utf8.DecodeRuneInString(t.Text)
		switch {
		case isYear(f):
			out[f] = true
		case i > 0 && unicode.IsUpper(r) && retrieval.Distinctive(f):
			out[f] = true
		}
	}
	return out
}

// isYear reports a four-digit year from 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		strings.Trim(w, "0123456789") == ""
}
