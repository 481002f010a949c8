package answer

import (
	"strings"
	"testing"
)

// TestCountOfTheSideAsked: a count asked of one side ("how many American
// engineers") is answered by the sentence counting that side's, not by
// one whose count is of the other side ("4 kỹ sư Nga", "four Russian
// engineers") though it says the question's words as well; asked of
// the other side, the other count leads. Before, the sentence with
// more of the question's words led whatever side it counted.
func TestCountOfTheSideAsked(t *testing.T) {
	vi := Citation{N: 1, ArticleID: "vi-dam", Title: "Kỹ sư Mỹ thăm đập thủy điện Bratsk", Lang: "vi",
		Passage: "BRATSK, ngày 3/5 - Một nhóm kỹ sư thủy điện Mỹ vừa kết thúc chuyến thăm ba ngày tới đập Bratsk của Nga. " +
			"Theo thỏa thuận, một đoàn 4 kỹ sư Nga sẽ đến thăm đập Hoover của Mỹ vào tháng 9."}
	en := Citation{N: 2, ArticleID: "en-dam", Title: "US engineers tour Bratsk dam", Lang: "en",
		Passage: "BRATSK - Seven American hydropower engineers spent three days at the Bratsk dam this week, the first such visit since 2019. " +
			"The visit was arranged by the two countries' energy ministries."}
	ru := Citation{N: 3, ArticleID: "ru-dam", Title: "Американские инженеры на Братской ГЭС", Lang: "ru",
		Passage: "БРАТСК, 4 мая. Семь американских инженеров провели три дня на Братской ГЭС. " +
			"В сентябре 4 российских инженера посетят плотину Гувера в США."}
	tests := []struct {
		q, lang string
		srcs    []Citation
		want    string // in the first bullet
	}{
		{"Сколько американских инженеров побывало на плотине в Братске?", "ru", []Citation{vi, en}, "Seven"},
		{"How many American engineers visited the Bratsk dam?", "en", []Citation{vi, en}, "Seven"},
		{"Сколько американских инженеров побывало на Братской ГЭС?", "ru", []Citation{ru}, "Семь"},
		{"Сколько российских инженеров посетят плотину Гувера?", "ru", []Citation{ru}, "4 российских"},
		{"Bao nhiêu kỹ sư Mỹ đã đến thăm đập Bratsk?", "vi", []Citation{vi, en}, "Seven"},
		{"Bao nhiêu kỹ sư Nga sẽ đến thăm đập Hoover?", "vi", []Citation{vi, en}, "4 kỹ sư"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			q := extractive("Intro:", tc.q, tc.lang, tc.srcs)
			for _, line := range strings.Split(q.text, "\n") {
				if strings.HasPrefix(line, "• ") {
					if !strings.Contains(line, tc.want) {
						t.Errorf("first bullet lacks %q; answer:\n%s", tc.want, q.text)
					}
					return
				}
			}
			t.Errorf("no bullet; answer:\n%s", q.text)
		})
	}
}

// TestCountSide: the side a count asks of is the one its counted noun
// names, not one the rest of the question names.
func TestCountSide(t *testing.T) {
	for q, want := range map[string]int{
		"How many American experts visited the lab?":            1,
		"How many experts visited Russia?":                      -1,
		"Сколько американских специалистов побывало там?":       1,
		"Сколько специалистов побывало в России?":               -1,
		"Có bao nhiêu chuyên gia Mỹ đến thăm phòng thí nghiệm?": 1,
		"Có bao nhiêu người đến Nga?":                           -1,
		"Có bao nhiêu chuyên gia đến Nga?":                      -1,
	} {
		if got := countSide(q); got != want {
			t.Errorf("countSide(%q) = %d, want %d", q, got, want)
		}
	}
}
