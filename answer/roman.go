package answer

import (
	"regexp"
	"strconv"
	"strings"
)

// Centuries in Roman numerals. Russian and Vietnamese write a century
// in Roman numerals ("XVII века", "thế kỷ XVII"), English mostly in
// Arabic ("17th-century"), and a story in one language often writes it
// the other way from a question in another. Unconverted, the numeral
// read as a capitalised word became a name the story had to spell
// ("xvii"), and a number asked matched no numeral. Only a numeral beside
// a century word is converted: "Leo XIV" or "World War II" stay names.

// romanCenturyRE finds a Roman numeral century, or a range of them,
// written before a century word ("XVII века", "XVII–XVIII веков",
// "XIX century") or after the Vietnamese one ("thế kỷ XVII", "thế kỉ
// XIX"). Upper-case numerals only, as every one of these languages
// writes them.
var romanCenturyRE = regexp.MustCompile(`(^|[^\p{L}])([IVX]{1,6})(?:(\s*[-–—]\s*)([IVX]{1,6}))?(\s+(?:век|столети|centur|thế kỷ|thế kỉ))` +
	`|((?:^|[^\p{L}])(?:[Tt]hế kỷ|[Tt]hế kỉ)\s+)([IVX]{1,6})(?:(\s*[-–—]\s*)([IVX]{1,6}))?([^\p{L}]|$)`)

// romanValue returns the value of an upper-case Roman numeral up to
// XXX, or 0 when s is none ("VIX", "IIII").
func romanValue(s string) int {
	if s == "" {
		return 0
	}
	rest, n := s, 0
	for strings.HasPrefix(rest, "X") && n < 30 {
		rest, n = rest[1:], n+10
	}
	u, ok := romanUnits[rest]
	if !ok || n+u == 0 || n+u > 30 {
		return 0
	}
	return n + u
}

// romanUnits are the Roman numerals of the units, after the tens.
var romanUnits = map[string]int{"": 0, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}

// arabicCenturies returns s with every Roman numeral century
// (romanCenturyRE) written in Arabic numerals, one word for one word:
// "XVII века" is "17 века", "thế kỷ XVII" is "thế kỷ 17".
func arabicCenturies(s string) string {
	if !strings.ContainsAny(s, "IVX") {
		return s
	}
	return romanCenturyRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := romanCenturyRE.FindStringSubmatch(m)
		// Before a century word (sub[1:6]) or after the Vietnamese
		// one (sub[6:11]): what comes before, a numeral, perhaps a
		// dash and a second numeral, what comes after.
		g := sub[6:11]
		if sub[2] != "" {
			g = sub[1:6]
		}
		a := romanValue(g[1])
		if a == 0 {
			return m
		}
		if g[3] == "" {
			return g[0] + strconv.Itoa(a) + g[4]
		}
		b := romanValue(g[3])
		if b == 0 {
			return m
		}
		return g[0] + strconv.Itoa(a) + g[2] + strconv.Itoa(b) + g[4]
	})
}

// Decades. A question for the year of an event ("what year", "năm
// nào", "в каком году") is not answered by a sentence that dates it
// only by its decade ("stolen in the 1990s", "trong những năm 1990",
// "в 1990-х годах"), though dateRE finds a year in it: of two sentences
// on the event, the one that gives the year answers.

// yearQuestionRE finds, lower-cased, a question for a year; vi with or
// without diacritics.
var yearQuestionRE = regexp.MustCompile(`(^|[^\p{L}])(what year|which year|năm nào|nam nao|năm bao nhiêu|в каком году|какого года|какой год)([^\p{L}]|$)`)

// decadeRE finds, lower-cased, a decade: "the 1990s", "1990's",
// "những năm 1990", "các năm 1990", "thập niên 1990", "thập kỷ 1990",
// "1990-х", "1990-е".
var decadeRE = regexp.MustCompile(`\b\d{3}0'?s\b|(những|các|nhung|cac) (năm|nam) \d{3}0\b|(thập|thap) (niên|kỷ|kỉ|nien|ky) \d{3}0\b|\b\d{3}0-(х|е|x|e)(\s|$|[^\p{L}])`)

// decadeOnly reports whether sentence dates what it tells only by a
// decade: it holds one (decadeRE) and no other date (dateRE).
func decadeOnly(sentence string) bool {
	lower := strings.ToLower(sentence)
	if !decadeRE.MatchString(lower) {
		return false
	}
	return !dateRE.MatchString(decadeRE.ReplaceAllString(lower, " "))
}
