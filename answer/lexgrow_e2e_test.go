package answer_test

import "testing"

// TestEndToEndEverydayWordsAcrossLanguages: over the real stack with no
// model, the seeds and the articles of eval2, eval3 and eval4, questions
// written for this test and asked in another language than the article
// that answers them, whose content is said in the everyday words of news
// writing (what a host provided besides the venue, a dinner, how many
// people travel a month, how many kilograms a prisoner lost, which a
// Vietnamese report also writes "kg"). Before the
// lexicon had those words each was refused: the question's words were
// found in no report in another language. Each twin asks the same of
// another country or person the articles do not tell about, and stays
// refused.
func TestEndToEndEverydayWordsAcrossLanguages(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests four evaluation sets")
	}
	reykjavik := []string{"ev2-en-reykjavik-irritants"}
	muscat := []string{"ev3-en-muscat-consulates"}
	belgrade := []string{"ev4-en-belgrade-flights", "ev4-vi-belgrade-flights"}
	astana := []string{"ev4-ru-astana-exchange"}
	tests := []freshQuestion{
		// vi question, en article: provided, venue
		{"Iceland đã cung cấp gì cho cuộc đàm phán ở Reykjavik ngoài địa điểm?", reykjavik},
		{"Na Uy đã cung cấp gì cho cuộc đàm phán ở Reykjavik ngoài địa điểm?", nil},
		// vi question, en article: hosted a dinner
		{"Ngoại trưởng Oman đã tổ chức bữa tối cho các phái đoàn vào hôm nào?", muscat},
		{"Ngoại trưởng Qatar đã tổ chức bữa tối cho các phái đoàn vào hôm nào?", nil},
		// ru question, en article: travel, a month
		{"Сколько человек в месяц путешествуют между Россией и США через третьи страны?", belgrade},
		{"Сколько человек в месяц путешествуют между Россией и Канадой через третьи страны?", nil},
		// en question, ru article: kilograms
		{"How many kilograms did Brennik lose in custody?", astana},
		{"How many kilograms did Whelan lose in custody?", nil},
		// vi question, vi article that writes the unit "kg"
		{"Brennik đã sụt bao nhiêu ki-lô-gam khi bị giam?", []string{"ev4-vi-astana-exchange"}},
		{"Whelan đã sụt bao nhiêu ki-lô-gam khi bị giam?", nil},
	}
	// The articles of eval2, eval3 and eval4, where the questions' answers are.
	if good, total := askFreshSets(t, []freshSet{{glob: "../testdata/eval[234]/articles/*.md", tests: tests}}, nil); good != total {
		t.Errorf("%d of %d behave", good, total)
	}
}
