package answer

import (
	"strings"
	"testing"
	"time"
)

// detailGivenArticles are short original texts that speak of the thing a
// detail question asks for (a bank, a lawyer, bail) without giving it,
// beside their twins that give it.
var detailGivenArticles = map[string]Citation{
	// A quote of two sentences: "He" opens the second and is no name.
	"lawyer-unnamed": {Title: "Consul visits detained angler", Lang: "en", Published: time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC),
		Passage: "MAGADAN, Russia - Canada's consul Marie Fortin visited angler Luc Tremblay, held by Russian border guards, on Wednesday. " +
			"\"He is calm and has a lawyer. He asked about his daughter,\" Fortin said after the visit."},
	"lawyer-named": {Title: "Consul visits detained angler", Lang: "en", Published: time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC),
		Passage: "MAGADAN, Russia - Canada's consul Marie Fortin visited angler Luc Tremblay, held by Russian border guards, on Wednesday. " +
			"Tremblay is represented by a lawyer, Oleg Sitnikov, who said he would appeal."},
	// The name in an apposition, a comma and four words before.
	"lawyer-apposition": {Title: "Consul visits detained angler", Lang: "en", Published: time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC),
		Passage: "MAGADAN, Russia - Canada's consul Marie Fortin visited angler Luc Tremblay, held by Russian border guards, on Wednesday. " +
			"The angler is represented by Oleg Sitnikov, his court appointed defence lawyer, who said he would appeal."},
	"ru-bail-unstated": {Title: "Суд в Сиэтле", Lang: "ru", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Суд в Сиэтле рассмотрит вопрос об освобождении россиянина Глеба Зуева под залог в понедельник. " +
			"Российский консул навестил Зуева во вторник."},
	"ru-bail-given": {Title: "Суд в Сиэтле", Lang: "ru", Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC),
		Passage: "Суд в Сиэтле освободил россиянина Глеба Зуева под залог в 250 тысяч долларов. " +
			"Российский консул навестил Зуева во вторник."},
	"vi-bank-unnamed": {Title: "Giải cờ vua Nga - Mỹ tại Tashkent", Lang: "vi", Published: time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Giải thưởng của trận cờ giao hữu Nga - Mỹ tại Tashkent là 25.000 USD, do một ngân hàng Uzbekistan tài trợ. " +
			"Đội Nga thắng với tỷ số 12 - 8."},
	"vi-bank-named": {Title: "Giải cờ vua Nga - Mỹ tại Tashkent", Lang: "vi", Published: time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC),
		Passage: "Giải thưởng của trận cờ giao hữu Nga - Mỹ tại Tashkent là 25.000 USD, do ngân hàng Turonbank của Uzbekistan tài trợ. " +
			"Đội Nga thắng với tỷ số 12 - 8."},
	"bank-swiss": {Title: "Chess match in Geneva", Lang: "en", Published: time.Date(2026, 5, 3, 0, 0, 0, 0, time.UTC),
		Passage: "GENEVA - The prize fund of the Russia-U.S. chess match, 30,000 USD, was put up by a Swiss bank. Russia won 13 to 11."},
}

// TestJudgeDetailNotGiven: a question for a detail of a kind (the name
// of a lawyer, the sum of bail, which bank) is refused where the story
// only speaks of the thing, and answered where it gives it.
func TestJudgeDetailNotGiven(t *testing.T) {
	tests := []struct {
		name, q, lang, article string
		answerable             bool
		reason                 string
	}{
		{"lawyer's name not given", "What is the name of the lawyer representing Luc Tremblay?", "en", "lawyer-unnamed", false, `answer "name"`},
		{"lawyer's name given", "What is the name of the lawyer representing Luc Tremblay?", "en", "lawyer-named", true, ""},
		{"lawyer's name in an apposition", "What is the name of the lawyer representing Luc Tremblay?", "en", "lawyer-apposition", true, ""},
		{"ru bail not set", "Какой залог назначил суд Глебу Зуеву?", "ru", "ru-bail-unstated", false, `answer "which sum"`},
		{"ru bail set", "Какой залог назначил суд Глебу Зуеву?", "ru", "ru-bail-given", true, ""},
		{"en bail not set", "What bail did the court in Seattle set for Gleb Zuev?", "en", "ru-bail-unstated", false, `answer "which sum"`},
		// A Vietnamese head comes before the country that qualifies it.
		{"vi bank of a country, not named", "Ngân hàng Uzbekistan nào tài trợ giải thưởng trận cờ ở Tashkent?", "vi", "vi-bank-unnamed", false, `answer "which name"`},
		{"vi bank of a country, named", "Ngân hàng Uzbekistan nào tài trợ giải thưởng trận cờ ở Tashkent?", "vi", "vi-bank-named", true, ""},
		// A currency code and a country's adjective name no bank.
		{"vi bank, the currency is no name", "Ngân hàng nào tài trợ giải thưởng trận cờ ở Tashkent?", "vi", "vi-bank-unnamed", false, `answer "which name"`},
		{"bank of a country's adjective", "Which bank put up the prize fund of the chess match in Geneva?", "en", "bank-swiss", false, `answer "which name"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := detailGivenArticles[tc.article]
			c.N, c.ArticleID = 1, tc.article
			v := judge(tc.q, tc.lang, []Citation{c})
			if v.Answerable != tc.answerable {
				t.Fatalf("answerable = %v, want %v (%s; constraints %v)", v.Answerable, tc.answerable, v.Reason(), v.Constraints)
			}
			if !tc.answerable && !strings.Contains(v.Reason(), tc.reason) {
				t.Errorf("reason %q does not name %s", v.Reason(), tc.reason)
			}
		})
	}
}
