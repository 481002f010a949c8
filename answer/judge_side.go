package answer

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// The side a detail belongs to. A story on a joint venture gives what
// each side pays, does, or is sentenced to: "the Russian part of the
// expedition will cost 180 million roubles" does not say what the
// American side's part costs. A filler (a sum, a term, a name) in a
// sentence that names the other side of the corpus's topic and not the
// side the question asks about is the other side's.

// topicSide returns which side of the corpus's topic a word names (0 or
// 1, the index into topicMetonyms: Russia, the United States, in any
// spelling the lexicon gives, declined or as an adjective), or -1.
func topicSide(t corpus.Token) int {
	// A Latin name is capitalised: "us" and "my" are pronouns, "Mỹ" is
	// America. Russian writes its adjectives in lower case ("российской").
	if !cyrillic(t.Folded) && !capitalisedWord(t.Text) {
		return -1
	}
	return wordSide(t)
}

// wordSide is topicSide for a word of a question's constraint, which
// the judge holds lower-cased.
func wordSide(t corpus.Token) int {
	if !retrieval.Topic(t.Text) {
		return -1
	}
	key := matchKey(matchForm(t))
	for i, keys := range sideKeys() {
		if keys[key] {
			return i
		}
	}
	return -1
}

// sideKeys are the match keys of the one-word spellings of each side of
// the topic (topicMetonyms and the lexicon's translations).
var sideKeys = sync.OnceValue(func() []map[string]bool { return spellingKeys(topicMetonyms) })

// countryKeys are sideKeys of the countries alone ("Russia", "Nga",
// "российский"), without the cities that stand for them: "a Moscow
// court" names a court, "a Russian court" does not.
var countryKeys = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, keys := range spellingKeys([][]string{{topicMetonyms[0][0]}, {topicMetonyms[1][0]}}) {
		maps.Copy(out, keys)
	}
	return out
})

// spellingKeys returns, per group of names, the match keys of their
// one-word spellings in the lexicon.
func spellingKeys(groups [][]string) []map[string]bool {
	out := make([]map[string]bool, len(groups))
	for i, group := range groups {
		out[i] = map[string]bool{}
		// Two steps: "Russia" gives "Nga", which gives "Russian".
		names := slices.Clone(group)
		for _, name := range group {
			names = append(names, retrieval.Expand(name)...)
		}
		for _, name := range slices.Clone(names) {
			names = append(names, retrieval.Expand(name)...)
		}
		for _, sp := range names {
			if toks := corpus.Tokenize(sp); len(toks) == 1 {
				out[i][matchKey(matchForm(toks[0]))] = true
			}
		}
	}
	return out
}

// countryWord reports whether t names a country of the topic, or is its
// adjective.
func countryWord(t corpus.Token) bool {
	return retrieval.Topic(t.Text) && countryKeys()[matchKey(matchForm(t))]
}

// questionSide returns the one side of the topic the question names
// (its topic constraints), or -1 when it names none or both.
func questionSide(q *question) int {
	if q.partner {
		return -1
	}
	var texts []string
	for _, k := range q.cons {
		if k.Kind == KindTopic {
			texts = append(texts, k.Text)
		}
	}
	return oneSide(texts, wordSide)
}

// partnerSideRE finds, lower-cased, a side of the topic named as the
// partner of a joint thing: after "with", "с", "với", "cùng" ("the
// exchange with Russia", "обмен с США", "hợp tác với Nga"). The thing
// is both sides', and a sentence naming only the other side tells of
// it all the same: "the first year will cost $4 million, paid by the
// State Department" prices the exchange with Russia. The side is read
// from spellings of the countries and their capitals only, the words
// a question names a partner by.
var partnerSideRE = regexp.MustCompile(`(^|[^\p{L}])(with|с|со|với|cùng|voi|cung) (the )?(russia|russian federation|united states|u\.s\.|us|usa|america|washington|moscow|росси\p{L}*|рф|сша|соединёнными штатами|соединенными штатами|америк\p{L}*|вашингтон\p{L}*|москв\p{L}*|nga|mỹ|hoa kỳ|my|hoa ky|moskva|washington)([^\p{L}]|$)`)

// oneSide returns the one side of the topic (by sideOf) that the words of
// texts name, or -1 when they name none or both.
func oneSide(texts []string, sideOf func(corpus.Token) int) int {
	side := -1
	for _, text := range texts {
		for _, t := range corpus.Tokenize(text) {
			s := sideOf(t)
			if s < 0 {
				continue
			}
			if side >= 0 && s != side {
				return -1
			}
			side = s
		}
	}
	return side
}

// portfolioRE finds the country an office is in charge of, in
// vi/en/ru: "deputy assistant secretary of state for Russian affairs",
// "phụ trách các vấn đề Nga", "по делам России". It names what the
// official works on, not the side the official is of: "X, assistant
// secretary for Russian affairs, led the American delegation" names the
// American side only.
var portfolioRE = regexp.MustCompile(`(?i)(^|[^\p{L}])((for|of) (\p{L}+ ){1,3}affairs|phụ trách (các )?(vấn đề )?\p{Lu}\p{L}*|по (делам|вопросам) \p{L}+)([^\p{L}]|$)`)

// otherSideOnly reports whether sentence names the other side of the
// topic than side (see questionSide) and not side itself.
func otherSideOnly(sentence string, side int) bool {
	if side < 0 {
		return false
	}
	other := false
	for _, t := range corpus.Tokenize(portfolioRE.ReplaceAllString(sentence, " ")) {
		switch s := topicSide(t); {
		case s == side:
			return false
		case s >= 0:
			other = true
		}
	}
	return other
}

// countSide returns the one side of the topic (wordSide) that a count
// asked names in the noun it counts: "How many American experts",
// "Сколько американских специалистов", "bao nhiêu chuyên gia Mỹ"; -1
// when the counted noun names none or both. A side named elsewhere in
// the question ("how many experts visited Russia") is where or whom,
// not whose.
func countSide(query string) int {
	unit := countedUnit(query)
	if unit == "" || unit == durationUnit || unit == percentUnit {
		return -1
	}
	toks := corpus.Tokenize(query)
	ws, lower := tokens(query)
	for i, w := range ws {
		if !countAskAt(ws, i) {
			continue
		}
		vi := w == "nhieu"
		u := slices.Index(ws[i+1:], unit)
		if u < 0 {
			return -1
		}
		return phraseSide(toks, lower, i, i+1+u, vi, wordSide)
	}
	return -1
}

// phraseSide returns the one side (by sideOf) named in the noun phrase
// of a count: the words between the number (or the question's count
// word) at n and the counted noun at p ("five Russian experts", "пять
// российских специалистов"), and in Vietnamese the word after the noun,
// or after a two-word noun the lexicon knows ("5 chuyên gia Nga",
// "40 người Mỹ"); -1 when none or both.
func phraseSide(toks []corpus.Token, lower []string, n, p int, vi bool, sideOf func(corpus.Token) int) int {
	var phrase []corpus.Token
	if n+1 < p {
		phrase = append(phrase, toks[n+1:p]...)
	}
	if vi && p+1 < len(toks) {
		after := p + 1
		if p+2 < len(toks) && sideOf(toks[p+1]) < 0 && len(retrieval.Expand(lower[p]+" "+lower[p+1])) > 0 {
			after = p + 2
		}
		phrase = append(phrase, toks[after])
	}
	side := -1
	for _, t := range phrase {
		s := sideOf(t)
		if s < 0 {
			continue
		}
		if side >= 0 && s != side {
			return -1
		}
		side = s
	}
	return side
}

// countsOtherSide reports whether every count of units in c is of the
// other side of the topic than side, by the side its noun phrase names
// (phraseSide): "a team of 5 Russian experts will visit Atlanta" does
// not count the American experts asked, though the sentence counts
// experts. A count whose phrase names no side may be of either.
func countsOtherSide(c *candidate, units []string, side int) bool {
	if side < 0 || len(units) == 0 {
		return false
	}
	toks := corpus.Tokenize(c.text)
	if len(toks) != len(c.full) {
		return false
	}
	found := false
	for _, unit := range units {
		if unit == durationUnit || unit == percentUnit || unit == "" {
			return false
		}
		key := matchKey(unit)
		for p, w := range c.full {
			if matchKey(w) != key || !sameWord(w, unit) || corpus.Stem(w) != corpus.Stem(unit) && compound(w, unit) {
				continue
			}
			for n := max(0, p-4); n < p; n++ {
				if !(strings.ContainsFunc(c.full[n], unicode.IsDigit) && !isYear(c.full[n]) || numberWordRE.MatchString(c.full[n])) {
					continue
				}
				s := phraseSide(toks, c.lower, n, p, c.lang == "vi", topicSide)
				if s < 0 || s == side {
					return false
				}
				found = true
			}
		}
	}
	return found
}
