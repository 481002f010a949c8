package answer

import (
	"maps"
	"regexp"
	"slices"
	"sync"

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
