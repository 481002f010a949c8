package answer

import (
	"testing"
	"time"
)

// TestJudgeOrganisationOfficeNeverWritten: "what did the director of
// <an organisation> say" is not met by a story that quotes someone else
// of the organisation (its curator) and never
// writes its director, in any word of the rank; it is met where the
// director, or the one who heads it, speaks.
func TestJudgeOrganisationOfficeNeverWritten(t *testing.T) {
	date := time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC)
	articles := map[string]Citation{
		"curator": {Title: "Russian icons arrive in Boston", Lang: "en", Published: date,
			Passage: "BOSTON - Twenty icons from the Tretyakov Gallery arrived at the Harbor Art Museum on loan, the museum said on Tuesday. " +
				"\"The icon loan is the largest we have had from Moscow,\" said Dr. Alan Price, the Harbor museum's curator of Russian art."},
		"director": {Title: "Russian icons arrive in Boston", Lang: "en", Published: date,
			Passage: "BOSTON - Twenty icons from the Tretyakov Gallery arrived at the Harbor Art Museum on loan, the museum said on Tuesday. " +
				"\"The icon loan is the largest we have had from Moscow,\" said Dr. Alan Price, the Harbor museum's director."},
		"heads": {Title: "Russian icons arrive in Boston", Lang: "en", Published: date,
			Passage: "BOSTON - Twenty icons from the Tretyakov Gallery arrived at the Harbor Art Museum on loan, the museum said on Tuesday. " +
				"\"The icon loan is the largest we have had from Moscow,\" said Alan Price, who heads the Harbor museum."},
		"ru-director": {Title: "ВНИИС получит американские детекторы", Lang: "ru", Published: date,
			Passage: "Россия и США договорились о поставке детекторов для ВНИИС в Обнинске. " +
				"«Детекторы придут в мае», — сказал директор ВНИИС Павел Зорин о поставке детекторов."},
	}
	tests := []articleCase{
		{"en the curator quoted, no director", "What did the director of the Harbor museum say about the icon loan?", "en", "curator", false},
		{"en the director quoted", "What did the director of the Harbor museum say about the icon loan?", "en", "director", true},
		{"en the one who heads it quoted", "What did the director of the Harbor museum say about the icon loan?", "en", "heads", true},
		// An acronym may be written where the holder's name is ("ông
		// Daniel Price, Giám đốc NASA"): its head is judged by the name.
		{"ru an acronym's director quoted", "Что сказал директор ВНИИС о поставке детекторов?", "ru", "ru-director", true},
		{"en the director of a museum by the article's other name", "What did the director of the Harbor Art Museum say about the icon loan?", "en", "director", true},
	}
	judgeEachArticle(t, articles, tests)
}
