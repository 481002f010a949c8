package answer

import (
	"regexp"
	"slices"
	"strings"

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

// isoCodesRE finds, case-sensitively, an ISO 4217 code of a currency in
// use (golang.org/x/text/currency) beside a number: "4 million NOK",
// "NOK 4 million", "SEK 1,200".
var isoCodesRE = func() *regexp.Regexp {
	seen := map[string]bool{}
	for it := currency.Query(); it.Next(); {
		seen[it.Unit().String()] = true
	}
	codes := make([]string, 0, len(seen))
	for c := range seen {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	alt := strings.Join(codes, "|")
	return regexp.MustCompile(`(\d|million|billion|thousand|млн|млрд|тыс|triệu|tỷ)\.? (` + alt + `)\b|\b(` + alt + `) ?\d`)
}()
