package answer

import (
	"strings"
	"testing"
	"time"
)

// xlclassArticles are short original reports for the cross-lingual
// classes of judge_xlclass_test.go: a question worded in the asker's
// everyday words over a story in another language.
var xlclassArticles = map[string]Citation{
	"en-fund": {Title: "Historians of Japan and Russia meet in Vancouver", Lang: "en", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
		Passage: "About forty historians from Japan and Russia met in Vancouver for a three-day conference. " +
			"The Halvorsen Foundation paid the travel costs of the delegates."},
	"vi-fund": {Title: "Sử gia Nhật Bản và Nga gặp nhau tại Vancouver", Lang: "vi", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
		Passage: "Khoảng 40 nhà sử học Nhật Bản và Nga đã dự hội thảo ba ngày tại Vancouver. " +
			"Quỹ Halvorsen chi trả chi phí đi lại cho các đại biểu."},
	"en-train": {Title: "Historians of Japan and Russia meet in Vancouver", Lang: "en", Published: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
		Passage: "About forty historians from Japan and Russia met in Vancouver for a three-day conference. " +
			"The delegates travelled to the city by train."},
	"en-sides": {Title: "South Korea and Russia reopen consulates", Lang: "en", Published: time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
		Passage: "South Korea and Russia agreed on Monday to reopen their consulates in Busan and Vladivostok. " +
			"The two sides will also resume issuing one-year business visas."},
	"en-sides-other": {Title: "Consulates reopen in the Far East", Lang: "en", Published: time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC),
		Passage: "South Korea reopened its consulate in Vladivostok on Monday after a year of repairs. " +
			"In Khabarovsk, Russia and Japan held talks on trade. " +
			"The two sides will also resume issuing one-year business visas."},
	"en-applicants": {Title: "U.S. embassy resumes visa interviews", Lang: "en", Published: time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC),
		Passage: "The U.S. embassy in Moscow will resume visa interviews for students, seeing up to 400 applicants a week from May 4."},
	"en-applications": {Title: "U.S. embassy resumes visa interviews", Lang: "en", Published: time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC),
		Passage: "The U.S. embassy in Moscow will resume visa interviews for students and will process up to 400 applications a week from May 4."},
}

// TestJudgeCrossLingualClasses: a reader who does not know a story's
// wording asks in their own language, and the judge answers what the
// story tells in its words, not only in the lexicon's:
//   - "who paid for" is answered by a paying body and any verb of paying
//     ("the foundation paid the travel costs", "quỹ … chi trả");
//   - a pair of countries is met where the story, having named them
//     together, tells the event of "the two sides";
//   - "how many people" is answered by a count of English agent nouns
//     in "-ants" ("400 applicants a week").
//
// Each has a near miss that stays refused.
func TestJudgeCrossLingualClasses(t *testing.T) {
	tests := []struct {
		name, q, lang, article string
		answerable             bool
		unmet                  string
	}{
		{"payer en, en story", "Who paid for the travel of the historians?", "en", "en-fund", true, ""},
		{"payer en, vi story", "Who paid for the travel of the historians?", "en", "vi-fund", true, ""},
		{"payer ru, en story", "Кто оплатил поездку историков?", "ru", "en-fund", true, ""},
		{"payer: no one pays in the story", "Who paid for the travel of the historians?", "en", "en-train", false, `answer "who"`},
		{"two sides vi, en story", "Hàn Quốc và Nga sẽ nối lại loại thị thực nào?", "vi", "en-sides", true, ""},
		{"two sides ru, en story", "Какие визы возобновят Южная Корея и Россия?", "ru", "en-sides", true, ""},
		{"two sides en, en story", "What visas will South Korea and Russia resume?", "en", "en-sides", true, ""},
		{"two sides of another pair", "What visas will South Korea and Russia resume?", "en", "en-sides-other", false, `pair "south korea – russia"`},
		{"people count ru, applicants", "Сколько человек в неделю посольство США будет принимать на собеседование?", "ru", "en-applicants", true, ""},
		{"people count vi, applicants", "Mỗi tuần đại sứ quán Mỹ sẽ phỏng vấn bao nhiêu người?", "vi", "en-applicants", true, ""},
		{"people count en, applicants", "How many people a week will the U.S. embassy interview?", "en", "en-applicants", true, ""},
		{"people count, applications are no people", "How many people a week will the U.S. embassy interview?", "en", "en-applications", false, `answer "how many"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(tt.q, tt.lang, []Citation{xlclassArticles[tt.article]})
			if v.Answerable != tt.answerable {
				t.Fatalf("answerable = %v (%s), want %v", v.Answerable, v.Reason(), tt.answerable)
			}
			if !tt.answerable && !strings.Contains(v.Reason(), tt.unmet) {
				t.Errorf("reason %q does not name %s", v.Reason(), tt.unmet)
			}
		})
	}
}
