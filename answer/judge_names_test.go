package answer

import (
	"testing"
	"time"
)

// TestNameAcrossOrthographies: a person asked in Russian is met in an
// English story that spells the surname as the person's own language
// does ("Chiriac", "Vučić", "Szymańska"), and not in one that quotes
// someone else.
func TestNameAcrossOrthographies(t *testing.T) {
	day := time.Date(2026, 2, 11, 0, 0, 0, 0, time.UTC)
	articles := map[string]Citation{
		"en-romanian": {Title: "Aid convoy waits at the border", Lang: "en", Published: day,
			Passage: "The convoy of forty trucks waited at the border crossing for a third day. " +
				"Andrei Chiriac, the agency's field coordinator, said the drivers were ready \"the moment the gate opens.\""},
		"en-serbian": {Title: "Belgrade offers to host talks", Lang: "en", Published: day,
			Passage: "Serbia offered on Tuesday to host a round of consultations on consular staffing. " +
				"Foreign Minister Dragan Marić said Belgrade could arrange the venue within a week."},
		"en-polish": {Title: "Warsaw hosts a grain conference", Lang: "en", Published: day,
			Passage: "Delegates from twelve countries met in Warsaw to discuss grain corridors. " +
				"Conference chair Ewa Szymańska said the corridor would reopen in March."},
		"en-other": {Title: "Aid convoy waits at the border", Lang: "en", Published: day,
			Passage: "The convoy of forty trucks waited at the border crossing for a third day. " +
				"Peter Lindqvist, the agency's field coordinator, said the drivers were ready \"the moment the gate opens.\""},
	}
	judgeEachArticle(t, articles, []articleCase{
		{"Romanian ch", "Что сказал Андрей Кирияк?", "ru", "en-romanian", true},
		{"Serbian háček", "Что предложил министр Драган Марич?", "ru", "en-serbian", true},
		{"Polish sz", "Что сказала Шиманьска о коридоре?", "ru", "en-polish", true},
		{"someone else", "Что сказал Андрей Кирияк?", "ru", "en-other", false},
	})
}

// TestExactNameAcrossLanguages: a country whose spellings match only as
// written ("=Laos", "=Lào") is met in a story of another language.
func TestExactNameAcrossLanguages(t *testing.T) {
	day := time.Date(2026, 2, 11, 0, 0, 0, 0, time.UTC)
	articles := map[string]Citation{
		"en-laos": {Title: "Prisoners swapped at Vientiane airport", Lang: "en", Published: day,
			Passage: "Russia and the United States exchanged prisoners in Vientiane on Tuesday, with Laos acting as mediator."},
	}
	judgeEachArticle(t, articles, []articleCase{
		{"ru", "Кто был посредником при обмене заключёнными в Лаосе?", "ru", "en-laos", true},
		{"vi", "Ai làm trung gian cho cuộc trao đổi tù nhân ở Lào?", "vi", "en-laos", true},
	})
}
