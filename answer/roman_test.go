package answer

import (
	"testing"
	"time"
)

func TestArabicCenturies(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"икона XVI века", "икона 16 века"},
		{"в XVII–XVIII веках", "в 17–18 веках"},
		{"một bức tranh thế kỷ XIX.", "một bức tranh thế kỷ 19."},
		{"Thế kỉ XX", "Thế kỉ 20"},
		{"XIX century maps", "19 century maps"},
		// A numeral with no century word is a name's, not a century.
		{"Pope Leo XIV met the envoy", "Pope Leo XIV met the envoy"},
		{"World War II veterans", "World War II veterans"},
		{"Пётр I в 1700 году", "Пётр I в 1700 году"},
		{"IIII века", "IIII века"},
	} {
		if got := arabicCenturies(tc.in); got != tc.want {
			t.Errorf("arabicCenturies(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// centuryArticles tell a century in the other way of writing it from
// the question's: Arabic in Vietnamese or English, Roman in Russian.
var centuryArticles = map[string]Citation{
	"vi": {Title: "Canada trả lại bản đồ cổ cho Na Uy", Lang: "vi", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Canada đã trả lại cho Na Uy một tấm bản đồ hàng hải từ thế kỷ 16, bị đánh cắp khỏi thư viện Bergen năm 1998. " +
			"Tấm bản đồ dài 2 mét."},
	"ru": {Title: "Канада вернула Норвегии старинную карту", Lang: "ru", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Канада вернула Норвегии морскую карту XVI века, похищенную из библиотеки Бергена в 1998 году. " +
			"Длина карты составляет два метра."},
}

func TestJudgeCenturyInRomanNumerals(t *testing.T) {
	judgeEachArticle(t, centuryArticles, []articleCase{
		// "XVI" is a century, not a name the story must spell.
		{"ru Roman century over Arabic", "Из какой библиотеки похитили морскую карту XVI века, которую вернула Канада?", "ru", "vi", true},
		{"ru Roman century, another century", "Из какой библиотеки похитили морскую карту XVII века, которую вернула Канада?", "ru", "vi", false},
		{"en Arabic century over Roman", "Which library was the 16th-century sea chart returned by Canada stolen from?", "en", "ru", true},
	})
}
