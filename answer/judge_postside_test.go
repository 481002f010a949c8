package answer

import (
	"testing"
	"time"
)

// TestJudgePostOfThirdCountry: an ambassador is sent by one country and
// posted to another, a third country's as much as the topic's, and a new
// ambassador is an ambassador: "Thailand's new ambassador to Russia" is
// not answered by Russia's new ambassador to Thailand.
func TestJudgePostOfThirdCountry(t *testing.T) {
	arts := map[string]Citation{
		"vi": {Title: "Tân Đại sứ Nga tại Chile trình quốc thư", Lang: "vi", Published: time.Date(2026, 2, 11, 0, 0, 0, 0, time.UTC),
			Passage: "SANTIAGO - Tân Đại sứ Nga tại Chile Ivan Petrov ngày 10/2 đã trình quốc thư lên Tổng thống Chile, chính thức bắt đầu nhiệm kỳ. " +
				"Ông Petrov, 54 tuổi, từng làm Tổng lãnh sự Nga tại Rio de Janeiro."},
		"en": {Title: "Russia's new envoy presents credentials in Santiago", Lang: "en", Published: time.Date(2026, 2, 11, 0, 0, 0, 0, time.UTC),
			Passage: "SANTIAGO - Ivan Petrov, Russia's new ambassador to Chile, presented his credentials to the Chilean president on Tuesday. " +
				"Petrov, 54, was previously Russia's consul general in Rio de Janeiro."},
		"ru": {Title: "Новый посол России в Чили вручил верительные грамоты", Lang: "ru", Published: time.Date(2026, 2, 11, 0, 0, 0, 0, time.UTC),
			Passage: "САНТЬЯГО. Новый посол России в Чили Иван Петров во вторник вручил верительные грамоты президенту Чили. " +
				"Ранее Петров был генеральным консулом России в Рио-де-Жанейро."},
	}
	tests := []struct {
		q, lang    string
		answerable bool
	}{
		{"Ai là tân Đại sứ Chile tại Nga?", "vi", false},
		{"Ai là tân Đại sứ Nga tại Chile?", "vi", true},
		{"Ai là Đại sứ Nga tại Chile?", "vi", true},
		{"Đại sứ Petrov từng giữ chức vụ gì?", "vi", true},
		{"Кто новый посол Чили в России?", "ru", false},
		{"Кто новый посол России в Чили?", "ru", true},
		{"Who is Chile's new ambassador to Russia?", "en", false},
		{"Who is Russia's new ambassador to Chile?", "en", true},
	}
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, []Citation{arts[tt.lang]})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q): answerable %v, want %v (%s)", tt.q, v.Answerable, tt.answerable, v.Reason())
		}
	}
}
