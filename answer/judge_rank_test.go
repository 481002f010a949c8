package answer

import (
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
)

// TestJudgeMinisterRankAnyPortfolio: a minister of any portfolio asked,
// his deputy quoted (or the reverse), in vi/en/ru: the deputy does not
// answer for the minister, the deputy asked is answered, and a question
// that asks the ministry or names the person is judged as before.
func TestJudgeMinisterRankAnyPortfolio(t *testing.T) {
	date := time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)
	articles := map[string]Citation{
		"vi-deputy": {Title: "Mỹ trao trả bức tranh cổ cho Nga", Lang: "vi", Published: date,
			Passage: "Ngày 11/5, Mỹ đã trao trả bức tranh thánh cổ bị đánh cắp khỏi một nhà thờ ở Pskov. " +
				"Thứ trưởng Văn hóa Nga Marina Belova cho biết bức tranh sẽ được trưng bày tại Pskov từ tháng Chín."},
		"vi-minister": {Title: "Mỹ trao trả bức tranh cổ cho Nga", Lang: "vi", Published: date,
			Passage: "Ngày 11/5, Mỹ đã trao trả bức tranh thánh cổ bị đánh cắp khỏi một nhà thờ ở Pskov. " +
				"Bộ trưởng Văn hóa Nga Marina Belova cho biết bức tranh sẽ được trưng bày tại Pskov từ tháng Chín."},
		"en-deputy": {Title: "US returns stolen icon to Russia", Lang: "en", Published: date,
			Passage: "The United States on Monday returned an icon stolen from a church in Pskov to Russia's Culture Ministry. " +
				"Russian Deputy Culture Minister Marina Belova said the icon would go on show in Pskov in September."},
		"en-minister": {Title: "US returns stolen icon to Russia", Lang: "en", Published: date,
			Passage: "The United States on Monday returned an icon stolen from a church in Pskov. " +
				"Russian Culture Minister Marina Belova said the icon would go on show in Pskov in September."},
		"ru-deputy": {Title: "США вернули России икону", Lang: "ru", Published: date,
			Passage: "США в понедельник вернули икону, похищенную из церкви в Пскове. " +
				"Заместитель министра культуры России Марина Белова сообщила, что икону покажут в Пскове в сентябре."},
		"ru-zam": {Title: "США вернули России икону", Lang: "ru", Published: date,
			Passage: "США в понедельник вернули икону, похищенную из церкви в Пскове. " +
				"Замминистра культуры России Марина Белова сообщила, что икону покажут в Пскове в сентябре."},
		"ru-minister": {Title: "США вернули России икону", Lang: "ru", Published: date,
			Passage: "США в понедельник вернули икону, похищенную из церкви в Пскове. " +
				"Министр культуры России Марина Белова сообщила, что икону покажут в Пскове в сентябре."},
		"en-health-deputy": {Title: "Vaccine talks in Geneva", Lang: "en", Published: date,
			Passage: "Russian and American health officials met in Geneva on Monday. " +
				"Russia's deputy health minister Oleg Rudin said the vaccine data exchange would resume in June."},
	}
	tests := []articleCase{
		{"vi minister asked, deputy quoted", "Bộ trưởng Văn hóa Nga nói gì về bức tranh được trao trả?", "vi", "vi-deputy", false},
		{"vi deputy asked, deputy quoted", "Thứ trưởng Văn hóa Nga nói gì về bức tranh được trao trả?", "vi", "vi-deputy", true},
		{"vi minister asked, minister quoted", "Bộ trưởng Văn hóa Nga nói gì về bức tranh được trao trả?", "vi", "vi-minister", true},
		{"vi deputy asked, minister quoted", "Thứ trưởng Văn hóa Nga nói gì về bức tranh được trao trả?", "vi", "vi-minister", false},
		{"vi the ministry asked", "Bộ Văn hóa Nga nói gì về bức tranh được trao trả?", "vi", "vi-deputy", true},
		{"vi minister named", "Bộ trưởng Văn hóa Nga Marina Belova nói gì về bức tranh được trao trả?", "vi", "vi-deputy", true},
		{"en minister asked, deputy quoted", "What did Russia's culture minister say about the returned icon?", "en", "en-deputy", false},
		{"en deputy asked, deputy quoted", "What did Russia's deputy culture minister say about the returned icon?", "en", "en-deputy", true},
		{"en minister asked, minister quoted", "What did Russia's culture minister say about the returned icon?", "en", "en-minister", true},
		{"en minister asked in vi article", "What did Russia's culture minister say about the returned icon?", "en", "vi-deputy", false},
		{"en minister named", "What did Russian Culture Minister Marina Belova say about the returned icon?", "en", "en-minister", true},
		{"en the ministry asked", "What did Russia's culture ministry say about the returned icon?", "en", "en-deputy", true},
		{"ru minister asked, deputy quoted", "Что сказал министр культуры России о возвращённой иконе?", "ru", "ru-deputy", false},
		{"ru minister asked, замминистра quoted", "Что сказал министр культуры России о возвращённой иконе?", "ru", "ru-zam", false},
		{"ru deputy asked, deputy quoted", "Что сказал заместитель министра культуры России о возвращённой иконе?", "ru", "ru-deputy", true},
		{"ru замминистра asked", "Что сказал замминистра культуры России о возвращённой иконе?", "ru", "ru-deputy", true},
		{"ru the ministry asked", "Что заявили в министерстве культуры России о возвращённой иконе?", "ru", "ru-deputy", true},
		{"ru minister asked, minister quoted", "Что сказал министр культуры России о возвращённой иконе?", "ru", "ru-minister", true},
		{"ru deputy asked, minister quoted", "Что сказал заместитель министра культуры России о возвращённой иконе?", "ru", "ru-minister", false},
		{"en another portfolio, deputy quoted", "What did Russia's health minister say about the vaccine data exchange?", "en", "en-health-deputy", false},
		{"en another portfolio, deputy asked", "What did Russia's deputy health minister say about the vaccine data exchange?", "en", "en-health-deputy", true},
	}
	judgeEachArticle(t, articles, tests)
	// The refusal names the minister's office the story writes only as
	// a deputy's.
	for _, tc := range tests {
		if tc.answerable || tc.lang != articles[tc.article].Lang || !strings.Contains(tc.name, "minister asked") {
			continue
		}
		c := articles[tc.article]
		c.N, c.ArticleID = 1, tc.article
		if v := judge(tc.q, tc.lang, []Citation{c}); !strings.Contains(v.Reason(), "office") {
			t.Errorf("%s: reason %q does not name the office", tc.name, v.Reason())
		}
	}
}

// TestOfficeRankAnyPortfolio: the rank table reads a minister and his
// deputy of any portfolio the lexicon translates, in vi/en/ru.
func TestOfficeRankAnyPortfolio(t *testing.T) {
	for s, want := range map[string]struct {
		portfolio string
		deputy    bool
	}{
		"Thứ trưởng Văn hóa Nga":          {"culture", true},
		"Bộ trưởng Bộ Y tế Nga":           {"health", false},
		"Deputy Culture Minister Belova":  {"culture", true},
		"Minister of Culture Belova":      {"culture", false},
		"заместителя министра культуры":   {"culture", true},
		"замминистра юстиции":             {"justice", true},
		"министром энергетики":            {"energy", false},
		"замглавы Минздрава":              {"health", true},
		"first deputy transport minister": {"transport", true},
	} {
		o, ok := firstOffice(corpus.Tokenize(s))
		if !ok || o.rank.rank != "minister" || o.rank.portfolio != want.portfolio || o.deputy != want.deputy {
			t.Errorf("%q: office %v %+v deputy %v, want %s deputy %v", s, ok, o.rank, o.deputy, want.portfolio, want.deputy)
		}
	}
}

// TestAsWrittenPairSides: a refusal names a pair as the question wrote
// it, with the question's capitals, when the judge reads a side in other
// words (Britain listed as "Anh"), and a post asked as a new one keeps
// its new word.
func TestAsWrittenPairSides(t *testing.T) {
	tests := []struct {
		q    string
		c    Constraint
		want string
	}{
		{"Anh và Nga đã thỏa thuận gì về visa cho nhà báo?", Constraint{Kind: KindPair, Text: "vương quốc anh – nga"}, "Anh và Nga"},
		{"Кто новый посол США во Вьетнаме?", Constraint{Kind: KindPair, Text: "посол – вьетнаме"}, "новый посол США во Вьетнаме"},
		{"Ai là tân Đại sứ Thái Lan tại Nga?", Constraint{Kind: KindPair, Text: "đại sứ – thái lan"}, "tân Đại sứ Thái Lan"},
		{"Who is the new ambassador to Peru?", Constraint{Kind: KindPair, Text: "ambassador – peru"}, "new ambassador to Peru"},
		{"Đại sứ mới của Mỹ là ai?", Constraint{Kind: KindOffice, Text: "đại sứ"}, "Đại sứ mới"},
		// "mỗi" (each) folds as "mới" (new) does.
		{"Đại sứ mỗi nước nói gì?", Constraint{Kind: KindOffice, Text: "đại sứ"}, "Đại sứ"},
		// A lower-case last word is no name: the pair keeps its text.
		{"Ai là đại sứ tại Nga?", Constraint{Kind: KindPair, Text: "tổng lãnh sự – nga"}, "tổng lãnh sự – nga"},
	}
	for _, tc := range tests {
		if got := asWritten(tc.q, tc.c); got != tc.want {
			t.Errorf("asWritten(%q, %q) = %q, want %q", tc.q, tc.c.Text, got, tc.want)
		}
	}
}
