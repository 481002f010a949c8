package answer

import (
	"testing"
	"time"
)

// TestJudgeOrganisationNotItsCountry: an organisation asked by a name
// the lexicon spells with the topic's country inside ("Cơ quan Tình báo
// Trung ương Mỹ" for the CIA, "Cơ quan An ninh Quốc gia Mỹ" for the NSA)
// is not met by a story that names only the country. Stories written
// for this test.
func TestJudgeOrganisationNotItsCountry(t *testing.T) {
	pub := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	story := Citation{N: 1, ArticleID: "org-ru", Lang: "ru", Published: pub,
		Title: "Россия и США обменялись заключёнными в Белграде",
		Passage: "БЕЛГРАД, 4 мая. Россия и США в понедельник провели обмен заключёнными в аэропорту Белграда при посредничестве сербской разведки.\n\n" +
			"Представитель Госдепартамента США заявил, что Вашингтон благодарен Сербии за помощь."}
	named := story
	named.Passage += "\n\nДиректор ЦРУ заявил, что обмен готовился полгода."
	tests := []struct {
		name, q, lang string
		src           Citation
		answerable    bool
	}{
		{"ru CIA, only the US", "Что заявил директор ЦРУ об обмене заключёнными в Белграде?", "ru", story, false},
		{"en NSA, only the US", "What did the NSA say about the prisoner exchange in Belgrade?", "en", story, false},
		{"ru CIA named", "Что заявил директор ЦРУ об обмене заключёнными в Белграде?", "ru", named, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := judge(tc.q, tc.lang, []Citation{tc.src})
			if v.Answerable != tc.answerable {
				t.Errorf("judge(%q) answerable = %v, want %v (%s)", tc.q, v.Answerable, tc.answerable, v.Reason())
			}
		})
	}
}
