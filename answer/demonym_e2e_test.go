package answer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/ingest"
)

// An English question that names a country by an adjective the lexicon
// does not list ("South Korean") finds and cites the Vietnamese report
// that writes the country ("Hàn Quốc"), over the real stack with no
// model; the same question about another country's observers is refused.
func TestEndToEndCountryAdjectiveFindsOtherLanguage(t *testing.T) {
	ctx := context.Background()
	eng, st := seededEngine(t)
	in := ingest.New(st, eng, corpus.NewFetcher(corpus.FetchOptions{}))
	article := "---\nid: vi-quan-sat-vien\ntitle: \"Hàn Quốc cử quan sát viên dự cuộc diễn tập cứu hộ Nga - Mỹ\"\nlang: vi\npublished: 2026-04-02\n---\n" +
		"Ngày 2/4, Hàn Quốc đã cử ba quan sát viên tới cuộc diễn tập cứu hộ chung của Nga và Mỹ ở eo biển Bering. " +
		"Cuộc diễn tập kéo dài hai ngày với sự tham gia của bốn tàu.\n"
	if _, err := in.AddFile(ctx, "vi-quan-sat-vien.md", []byte(article)); err != nil {
		t.Fatal(err)
	}
	svc := answer.New(eng, answer.Options{})
	a, err := svc.Ask(ctx, answer.Request{Question: "How many South Korean observers attended the rescue drill?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.NoSources || len(a.Citations) == 0 || a.Citations[0].ArticleID != "vi-quan-sat-vien" {
		t.Fatalf("not answered from the Vietnamese report: %+v", a)
	}
	if !strings.Contains(a.Text, "ba quan sát viên") {
		t.Errorf("the count is not quoted: %q", a.Text)
	}
	a, err = svc.Ask(ctx, answer.Request{Question: "How many Kenyan observers attended the rescue drill?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !a.NoSources {
		t.Errorf("another country's observers were answered: %q", a.Text)
	}
}
