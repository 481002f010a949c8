package answer

import (
	"testing"
	"time"
)

// TestJudgeSideOfSum: the sum one side of the topic pays is not what
// the other side's part costs.
func TestJudgeSideOfSum(t *testing.T) {
	articles := map[string]Citation{
		"en": {Title: "Joint survey of the Bering Sea", Lang: "en", Published: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC),
			Passage: "Russian and American scientists will survey the Bering Sea in August. " +
				"Each side pays for its own part of the survey. The Russian part of the survey will cost about $4 million."},
		"ru": {Title: "Совместная экспедиция в Беринговом море", Lang: "ru", Published: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC),
			Passage: "Российские и американские учёные в августе проведут экспедицию в Беринговом море. " +
				"Каждая сторона оплачивает свою часть экспедиции. Российская часть экспедиции обойдётся примерно в 300 миллионов рублей."},
		"vi": {Title: "Khảo sát chung biển Bering", Lang: "vi", Published: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC),
			Passage: "Các nhà khoa học Nga và Mỹ sẽ khảo sát biển Bering vào tháng 8. " +
				"Mỗi bên tự chi trả phần việc của mình. Chi phí phần khảo sát của Nga khoảng 4 triệu USD."},
	}
	tests := []langCase{
		{"en the side's own sum", "How much will the Russian part of the survey cost?", "en", true},
		{"en the other side's sum", "How much will the American part of the survey cost?", "en", false},
		{"ru the side's own sum", "Сколько стоит российская часть экспедиции?", "ru", true},
		{"ru the other side's sum", "Сколько стоит американская часть экспедиции?", "ru", false},
		{"vi the side's own sum", "Chi phí phần khảo sát của Nga là bao nhiêu?", "vi", true},
		{"vi the other side's sum", "Chi phí phần khảo sát của Mỹ là bao nhiêu?", "vi", false},
	}
	judgeEachLang(t, articles, tests)
}

// langCase is a question asked in one language of an article written in
// that language, and whether the judge should find it answered.
type langCase struct {
	name, q, lang string
	answerable    bool
}

// judgeEachLang judges each case's question against articles[case.lang]
// alone.
func judgeEachLang(t *testing.T, articles map[string]Citation, tests []langCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := articles[tc.lang]
			c.N, c.ArticleID = 1, tc.lang
			v := judge(tc.q, tc.lang, []Citation{c})
			if v.Answerable != tc.answerable {
				t.Fatalf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
		})
	}
}

// articleCase is a question asked of one article of a table (by its key),
// and whether the judge should find it answered.
type articleCase struct {
	name, q, lang, article string
	answerable             bool
}

// judgeEachArticle judges each case's question against
// articles[case.article] alone.
func judgeEachArticle(t *testing.T, articles map[string]Citation, tests []articleCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := articles[tc.article]
			c.N, c.ArticleID = 1, tc.article
			v := judge(tc.q, tc.lang, []Citation{c})
			if v.Answerable != tc.answerable {
				t.Errorf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
		})
	}
}
