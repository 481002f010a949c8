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
	units := map[string]int{"": 0, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
	u, ok := units[rest]
	if !ok || n+u == 0 || n+u > 30 {
		return 0
	}
	return n + u
}

// arabicCenturies returns s with every Roman numeral century
// (romanCenturyRE) written in Arabic numerals, one word for one word:
// "XVII века" is "17 века", "thế kỷ XVII" is "thế kỷ 17".
func arabicCenturies(s string) string {
	if !strings.ContainsAny(s, "IVX") {
		return s
	}
	return romanCenturyRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := romanCenturyRE.FindStringSubmatch(m)
		conv := func(r string) (string, bool) {
			v := romanValue(r)
			return strconv.Itoa(v), v > 0
		}
		if sub[2] != "" {
			a, ok := conv(sub[2])
			if !ok {
				return m
			}
			if sub[4] == "" {
				return sub[1] + a + sub[5]
			}
			b, ok := conv(sub[4])
			if !ok {
				return m
			}
			return sub[1] + a + sub[3] + b + sub[5]
		}
		a, ok := conv(sub[7])
		if !ok {
			return m
		}
		if sub[9] == "" {
			return sub[6] + a + sub[10]
		}
		b, ok := conv(sub[9])
		if !ok {
			return m
		}
		return sub[6] + a + sub[8] + b + sub[10]
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
