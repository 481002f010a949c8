package answer

import (
	"testing"
	"time"
)

// TestJudgePersonsLengthOfTime: a length of time asked of a person is
// told where the story speaks of him, or in the next sentence by a
// pronoun; the length of the talks told after the sentence that lists
// him is no time of his.
func TestJudgePersonsLengthOfTime(t *testing.T) {
	pub := time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC)
	arts := map[string]Citation{
		"talks": {Title: "Russia and US swap prisoners in Abu Dhabi", Lang: "en", Published: pub,
			Passage: "ABU DHABI - Russia and the United States exchanged prisoners at Abu Dhabi airport on Tuesday. " +
				"The United States freed Oleg Marin, convicted in Texas of smuggling, and Igor Sokol, who had been serving a term for fraud. " +
				"The swap followed six months of talks between the intelligence services."},
		"pronoun": {Title: "Russia and US swap prisoners in Abu Dhabi", Lang: "en", Published: pub,
			Passage: "ABU DHABI - Russia and the United States exchanged prisoners at Abu Dhabi airport on Tuesday. " +
				"The United States freed Oleg Marin, convicted in Texas of smuggling, and Igor Sokol, who had been serving a term for fraud. " +
				"He had spent six years in a federal prison in Georgia."},
		"ru-talks": {Title: "Россия и США обменялись заключёнными", Lang: "ru", Published: pub,
			Passage: "АБУ-ДАБИ, 5 мая. Россия и США во вторник обменялись заключёнными в аэропорту Абу-Даби. " +
				"США освободили Олега Марина, осуждённого в Техасе за контрабанду, а также Игоря Сокола, отбывавшего срок за мошенничество. " +
				"Обмен стал возможен после шести месяцев переговоров спецслужб."},
		"ru-given": {Title: "Россия и США обменялись заключёнными", Lang: "ru", Published: pub,
			Passage: "АБУ-ДАБИ, 5 мая. Россия и США во вторник обменялись заключёнными в аэропорту Абу-Даби. " +
				"США освободили Олега Марина, осуждённого в Техасе за контрабанду, а также Игоря Сокола, который провёл в тюрьме шесть лет."},
	}
	tests := []struct {
		q, lang, article string
		answerable       bool
	}{
		{"How many years did Igor Sokol spend in an American prison?", "en", "talks", false},
		{"How many years did Igor Sokol spend in an American prison?", "en", "pronoun", true},
		{"How long did the intelligence services negotiate the Abu Dhabi swap?", "en", "talks", true},
		{"Сколько лет провёл в американской тюрьме Игорь Сокол?", "ru", "ru-talks", false},
		{"Сколько лет провёл в американской тюрьме Игорь Сокол?", "ru", "ru-given", true},
	}
	for _, tt := range tests {
		v := judge(tt.q, tt.lang, []Citation{arts[tt.article]})
		if v.Answerable != tt.answerable {
			t.Errorf("judge(%q) on %s: answerable %v, want %v (%s)", tt.q, tt.article, v.Answerable, tt.answerable, v.Reason())
		}
	}
}
