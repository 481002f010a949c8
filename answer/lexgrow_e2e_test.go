package answer_test

import (
	"context"
	"slices"
	"testing"

	"github.com/detente/detente/answer"
)

// TestEndToEndEverydayWordsAcrossLanguages: over the real stack with no
// model, the seeds and the first four evaluation sets' articles, questions
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
	ctx := context.Background()
	eng, st := seededEngine(t)
	for _, dir := range []string{"eval", "eval2", "eval3", "eval4"} {
		ingestFiles(t, eng, st, "../testdata/"+dir+"/articles/*.md")
	}
	svc := answer.New(eng, answer.Options{})
	reykjavik := []string{"ev2-en-reykjavik-irritants"}
	muscat := []string{"ev3-en-muscat-consulates"}
	belgrade := []string{"ev4-en-belgrade-flights", "ev4-vi-belgrade-flights"}
	astana := []string{"ev4-ru-astana-exchange"}
	tests := []struct {
		q    string
		gold []string // nil: must be refused
	}{
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
	for _, tt := range tests {
		a, err := svc.Ask(ctx, answer.Request{Question: tt.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		cited := slices.ContainsFunc(a.Citations, func(c answer.Citation) bool { return slices.Contains(tt.gold, c.ArticleID) })
		switch {
		case tt.gold == nil && !a.NoSources:
			t.Errorf("%q: answered, want refused: %s", tt.q, firstLine(a.Text))
		case tt.gold != nil && a.NoSources:
			t.Errorf("%q: refused (%s), want %v cited", tt.q, a.Verdict.Reason(), tt.gold)
		case tt.gold != nil && !cited:
			t.Errorf("%q: cites none of %v", tt.q, tt.gold)
		}
	}
}
