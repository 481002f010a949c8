package answer

import (
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/retrieval"
)

// prefixRarity counts a term in common chunks when it begins with one of
// common's keys and in none otherwise: a corpus that holds the topic's
// words and never the others.
func prefixRarity(chunks int, common map[string]int) rarity {
	return func(terms []string) (retrieval.DocFreqs, bool) {
		out := retrieval.DocFreqs{Chunks: chunks, DF: map[string]int{}}
		for _, t := range terms {
			out.DF[t] = 0
			for p, n := range common {
				if strings.HasPrefix(t, p) {
					out.DF[t] = n
				}
			}
		}
		return out, true
	}
}

var toldArticles = map[string]Citation{
	"en-reykjavik": {Title: "U.S.-Russian fishing talks in Reykjavik break off", Lang: "en", Published: time.Date(2026, 2, 6, 0, 0, 0, 0, time.UTC),
		Passage: "REYKJAVIK - Talks between U.S. and Russian officials on Bering Sea fishing quotas broke off on Thursday in Reykjavik after two days, " +
			"with no date for another meeting. Both delegations blamed the other's demand for inspections at sea."},
	"ru-reykjavik": {Title: "В Рейкьявике договорились об обмене данными о китах", Lang: "ru", Published: time.Date(2026, 2, 6, 0, 0, 0, 0, time.UTC),
		Passage: "РЕЙКЬЯВИК, 6 февраля. Переговоры России и США в Рейкьявике прошли два дня. Стороны договорились обмениваться данными спутникового мечения китов раз в квартал."},
	"en-lindqvist": {Title: "U.S. envoy on Moscow's answer over the grain corridor", Lang: "en", Published: time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Special envoy Garrett Lindqvist said Moscow's response to the grain corridor proposal was \"careful but serious\". " +
			"He told reporters he expected a second round in June."},
	"en-lindqvist-visit": {Title: "U.S. envoy visits Odesa grain terminal", Lang: "en", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
		Passage: "Special envoy Garrett Lindqvist visited the grain terminal in Odesa on Monday and met port officials. " +
			"He said the terminal could load ten ships a week."},
}

// TestJudgeVerbToldOtherwise: the verb of a question that a report tells
// in its own words is not held against the report. A Vietnamese "why
// did the talks fail" over an English report of talks that "broke off",
// when no chunk of the corpus says "fail" in any spelling; "чем
// закончились переговоры" (how did the talks end) over a report of what
// was agreed; "mô tả phản hồi của Moskva" (how did he describe Moscow's
// response) over a report of what he said of it. Near misses stay
// refused: another city, a thing (a noun) no report holds, a topic the
// report does not have.
func TestJudgeVerbToldOtherwise(t *testing.T) {
	talks := map[string]int{"dam phan": 40, "talk": 40, "negot": 40, "пер": 40, "переговор": 40, "data": 30, "данн": 30, "du lieu": 30}
	tests := []struct {
		name, q, lang, article string
		rare                   rarity
		answerable             bool
		unmet                  string
	}{
		{"vi why failed, en report, the corpus never says fail", "Vì sao cuộc đàm phán ở Reykjavik năm 2026 thất bại?", "vi", "en-reykjavik",
			prefixRarity(100, talks), true, ""},
		{"vi why failed, another city", "Vì sao cuộc đàm phán ở Oslo năm 2026 thất bại?", "vi", "en-reykjavik",
			prefixRarity(100, talks), false, "oslo"},
		{"vi a thing no chunk holds is still missing", "Vì sao cuộc đàm phán về thuế quan ở Reykjavik thất bại?", "vi", "en-reykjavik",
			prefixRarity(100, talks), false, "content"},
		{"ru how did the talks end, ru report", "Чем закончились переговоры в Рейкьявике?", "ru", "ru-reykjavik",
			prefixRarity(100, map[string]int{"пер": 40, "переговор": 40, "talk": 40, "negot": 40, "dam phan": 40, "end": 3, "зав": 3, "зак": 3, "оконч": 3, "завер": 3, "законч": 3, "ket thuc": 3, "hoan": 3, "finish": 3, "conclu": 3, "complet": 3}), true, ""},
		{"ru how did the talks end, another city", "Чем закончились переговоры в Женеве?", "ru", "ru-reykjavik",
			prefixRarity(100, map[string]int{"пер": 40, "переговор": 40, "talk": 40, "negot": 40, "dam phan": 40, "end": 3, "зав": 3, "зак": 3, "оконч": 3, "завер": 3, "законч": 3, "ket thuc": 3, "hoan": 3, "finish": 3, "conclu": 3, "complet": 3}), false, "женев"},
		{"vi how did he describe Moscow's response, en report", "Ông Lindqvist mô tả phản hồi của Moskva như thế nào?", "vi", "en-lindqvist", nil, true, ""},
		{"vi how did he describe Moscow's response, en report of another thing", "Ông Lindqvist mô tả phản hồi của Moskva như thế nào?", "vi", "en-lindqvist-visit", nil, false, "content"},
		{"vi how did he describe the sanctions, en report without them", "Ông Lindqvist mô tả lệnh trừng phạt như thế nào?", "vi", "en-lindqvist", nil, false, "content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judgeRare(tt.rare, tt.q, tt.lang, []Citation{toldArticles[tt.article]})
			if v.Answerable != tt.answerable {
				t.Fatalf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
			if !tt.answerable && !strings.Contains(strings.ToLower(v.Reason()), tt.unmet) {
				t.Errorf("reason %q does not name %s", v.Reason(), tt.unmet)
			}
		})
	}
}
