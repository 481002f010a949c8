package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/detente/detente/corpus"
	"golang.org/x/text/currency"
)

// moneyRE finds a sum of money: a currency sign, an ISO 4217 code beside
// a number ("4 million NOK", "CHF 120"), or a currency's name in vi/en/ru.
var moneyRE = moneyMatcher{names: moneyNamesRE, codes: isoCodesRE}

// moneyMatcher is moneyRE: a sentence names money by a sign or a name in
// any case, or by a currency code written in capitals beside a number. A
// code alone is often a word ("ALL", "CUP", "TOP" are currencies), so
// codes are read case-sensitively and only beside a number.
type moneyMatcher struct{ names, codes *regexp.Regexp }

// MatchString reports whether s names a sum of money.
func (m moneyMatcher) MatchString(s string) bool {
	return m.names.MatchString(s) || m.codes.MatchString(s)
}

// moneyNamesRE finds a currency sign or name, any case. The names are
// written out: golang.org/x/text/currency knows codes and symbols, not the
// words a story spells a currency with ("kroner", "крон", "rúp"). A name
// that is also a common word ("вон", "won", "rand", "сом", "драм", "лари",
// "đồng", "крон" of a tree) counts only after a number or a scale word
// ("4 million kroner", "50.000 đồng", "2 млн крон").
var moneyNamesRE = regexp.MustCompile(`(?i)([$€£¥₽₩₹₺₴₸₪]|(^|[^\p{L}])(usd|eur|rub|cny|vnd|dollars?|euros?|roubles?|rubles?|yuan|yen|pounds?|kroner|kronor|krone|kronur|crowns|francs?|pesos?|rupees?|rupiah|lira|liras|lire|tenge|zloty|zlotys|hryvnias?|shekels?|dirhams?|riyals?|rials?|dinars?|manats?|ringgit|baht|forints?|koruna|lei|иен\p{L}*|йен\p{L}*|yên|доллар\p{L}*|долл|евро|руб\p{L}*|юан\p{L}*|франк\p{L}*|песо|рупи\p{L}*|лир[аыу]?|тенге|злот\p{L}*|гривн\p{L}*|гривен|шекел\p{L}*|дирхам\p{L}*|риал\p{L}*|динар\p{L}*|манат\p{L}*|форинт\p{L}*|фунт\p{L}* стерлингов|đô la|đôla|tỷ đồng|triệu đồng|nghìn đồng|euro|nhân dân tệ|rúp|krone|curon|bảng anh|франк|rupee|won)([^\p{L}]|$)|` +
	`(\d|million|billion|thousand|млн|млрд|тыс|миллион\p{L}*|миллиард\p{L}*|тысяч\p{L}*|triệu|tỷ|tỉ|nghìn|ngàn)\.? (won|rand|вон|сом\p{L}{0,2}|драм\p{L}{0,2}|лари|крон[аыу]?|đồng)([^\p{L}]|$))`)

// isoCodes are the ISO 4217 codes of the currencies in use
// (golang.org/x/text/currency).
var isoCodes = func() map[string]bool {
	seen := map[string]bool{}
	for it := currency.Query(); it.Next(); {
		seen[it.Unit().String()] = true
	}
	return seen
}()

// currencyWord reports whether the word w, as written, is a currency's
// code or name ("USD", "NOK", "рублей"): a unit of a sum, no name of a
// thing, though capitalised.
func currencyWord(w string) bool {
	return isoCodes[w] || moneyNamesRE.FindString(w) == w || moneyNamesRE.FindString(" "+w+" ") == " "+w+" "
}

// isoCodesRE finds, case-sensitively, an ISO 4217 code of a currency in
// use (golang.org/x/text/currency) beside a number: "4 million NOK",
// "NOK 4 million", "SEK 1,200".
var isoCodesRE = func() *regexp.Regexp {
	seen := isoCodes
	codes := make([]string, 0, len(seen))
	for c := range seen {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	alt := strings.Join(codes, "|")
	return regexp.MustCompile(`(\d|million|billion|thousand|млн|млрд|тыс|triệu|tỷ)\.? (` + alt + `)\b|\b(` + alt + `) ?\d`)
}()

// pricedConcept returns the concept of t that a question for a sum of
// money asks the cost of, written next to its verb of costing: the noun
// before English "cost" ("how much did the Barents Sea drill cost"), the
// first noun after Russian "обойдётся", "стоил" ("во сколько обошлись
// учения"); -1 when the word there is a name ("the exchange with Russia
// cost"), a function word, or no concept's own word.
func pricedConcept(query string, t terms) int {
	toks := corpus.Tokenize(query)
	at := -1
	for i, w := range toks {
		switch {
		case (w.Lower == "cost" || w.Lower == "costs") && i > 0:
			at = i - 1
		case costVerbRURE.MatchString(w.Lower):
			for j := i + 1; j < len(toks) && j <= i+3; j++ {
				if !adjectiveRU(toks[j].Folded) && !corpus.IsStopWord("ru", toks[j].Folded) {
					at = j
					break
				}
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 || capitalisedWord(toks[at].Text) || stopWord(toks[at].Folded, toks[at].Lower) || !asciiLetters(toks[at].Folded) && !cyrillic(toks[at].Folded) {
		return -1
	}
	key := matchKey(matchForm(toks[at]))
	for ci, con := range t.concepts {
		if slices.ContainsFunc(con.alts, func(a alternative) bool { return a.weight == 1 && len(a.words) == 1 && a.words[0] == key }) {
			return ci
		}
	}
	return -1
}

// costVerbRURE finds, lower-cased, a Russian verb of costing that the
// thing priced follows: "обойдётся", "обошлись", "стоил", "стоила".
var costVerbRURE = regexp.MustCompile(`^(обойд\p{L}*|обош[её]?л\p{L}*|стоил\p{L}*|стоит|стоят|стоить)$`)

// pricedNamed reports whether c names the thing a question for a sum of
// money asks the cost of (pricedConcept), in any spelling the lexicon
// gives: a story that never names it ("How much did the Barents Sea
// uranium cost" of a drill's story) gives the sum of another thing. A
// thing the article's script cannot spell is not held against it.
func pricedNamed(c *candidate, q *question, srcLang string) bool {
	con := q.t.concepts[q.priced]
	return !spellable(con, srcLang, q, false) || len(runStarts(c, con)) > 0 || srcLang == "vi" && headOnly(c, con, srcLang)
}
