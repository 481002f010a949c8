package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
)

// A ratio asked. "Во сколько раз выросли премии?", "How many times more
// visas?", "Số thị thực tăng gấp mấy lần?" ask for a multiplier, which a
// story gives in words more often than as a count: "втрое", "вдвое
// больше", "had tripled", "twofold", "gấp đôi", "gấp ba". No number is
// bound to a counted noun there, so the count's test (countBound) never
// met it; and the words of the ratio ("раз", "lần", "gấp", "times") are
// what is asked, not what the answer's sentence must share.

// ratioQuestionRE asks how many times as much, lower-cased: Russian "во
// сколько раз" (not "сколько раз", how often), Vietnamese "gấp mấy",
// "tăng mấy lần" with its marks (folded, "giam bao nhieu" is "giam",
// detains, and "gap" is "gặp", meets; "tăng bao nhiêu phần trăm" asks a
// share), English "how many times" before a comparative or a verb of
// growth (not "how many times did they meet"), "by what factor".
var ratioQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(во сколько раз|(gấp|tăng|giảm) (mấy|bao nhiêu) lần|gấp (mấy|bao nhiêu)|how many times (more|less|fewer|higher|lower|larger|bigger|greater|smaller|as|over)|how many times (did|has|have|had|does|do|is|was|were) ([\p{L}'.-]+ ){0,8}(increase|grow|rise|risen|jump|multipl|expand|fall|fallen|drop|shrink|climb)\p{L}*|how many-?fold|by (what|how much of a|how large a) factor)([^\p{L}]|$)`)

// multiplierRE finds a multiplier in a sentence, lower-cased, in
// vi/en/ru.
var multiplierRE = regexp.MustCompile(`(^|[^\p{L}])(twice|doubl\p{L}*|tripl\p{L}*|quadrupl\p{L}*|(two|three|four|five|six|seven|eight|nine|ten|\d+([.,]\d+)?)[- ]?(fold|times)|вдвое|втрое|вчетверо|впятеро|вшестеро|вдесятеро|удво\p{L}*|утро[иея]\p{L}*|учетвер\p{L}*|в (полтора|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|\d+([.,]\d+)?) раза?|gấp (đôi|rưỡi|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)|gap (doi|ruoi|ba|bon|nam|sau|bay|tam|chin|muoi|\d+)|(\d+([.,]\d+)?|hai|ba|bốn|năm|mười) lần)([^\p{L}]|$)`)

// asksRatio reports a question that asks how many times as much
// (ratioQuestionRE).
func asksRatio(query string) bool {
	return ratioQuestionRE.MatchString(strings.ToLower(query))
}

// givesRatio reports whether a sentence of c gives a multiplier where it
// says what the question asks about (one of its content concepts in that
// sentence or the one before), or anywhere when no sentence says it in
// the question's words: "flights doubled" does not tell how much the
// premiums grew.
func givesRatio(c *candidate, q *question) bool {
	near := map[int]bool{}
	for ci, con := range q.t.concepts {
		if questionConcept(con) || q.notContent[ci] {
			continue
		}
		for _, p := range runStarts(c, con) {
			near[c.sent[p]] = true
		}
	}
	for i, s := range c.sents {
		if (len(near) == 0 || near[i] || near[i-1]) && multiplierRE.MatchString(strings.ToLower(s)) {
			return true
		}
	}
	return false
}

// ratioWords are the folded words a ratio is asked with (vi/en/ru).
var ratioWords = setOf("lan", "gap", "times", "fold", "factor", "раз", "раза")

// ratioNotContent marks as no content the concepts of a ratio question
// made only of the words it is asked with ("gấp mấy lần", "times").
func ratioNotContent(t terms, notContent map[int]bool) {
	for ci, con := range t.concepts {
		if slices.ContainsFunc(con.alts, func(a alternative) bool {
			return a.weight == 1 && !slices.ContainsFunc(a.forms(), func(w string) bool {
				w = corpus.Fold(w)
				return !ratioWords[w] && !questionWords[w]
			})
		}) {
			notContent[ci] = true
		}
	}
}
