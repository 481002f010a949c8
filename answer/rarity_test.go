package answer_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/retrieval"
)

// searchOnly is the engine without its corpus statistics, as a Searcher
// that has none: the judge weighs every word alike.
type searchOnly struct{ eng *retrieval.Engine }

func (s searchOnly) Search(ctx context.Context, q retrieval.Query) ([]retrieval.Hit, error) {
	return s.eng.Search(ctx, q)
}

// TestAskRarityRefusesMissingDetail: over the seeds and one story told in
// three languages (talks in Oslo on Arctic cooperation), a question about
// a detail no article gives ("tariffs"), whose other words are the
// corpus's everyday vocabulary (diplomats, talks, negotiations), is
// refused with the closest article offered, in each language; the same
// question about a detail the story gives ("icebreakers") is answered
// from it. Without corpus statistics every word weighs alike, the common
// words cover the question, and the near misses were answered.
func TestAskRarityRefusesMissingDetail(t *testing.T) {
	ctx := context.Background()
	eng, st := seededEngine(t)
	ingestFiles(t, eng, st, "testdata/rarity/*.md")
	oslo := map[string]bool{"rar-en-oslo-arctic": true, "rar-ru-oslo-arktika": true, "rar-vi-oslo-bac-cuc": true}
	osloTitles := []string{"Russian and US diplomats resume Arctic talks in Oslo",
		"Россия и США возобновили переговоры по Арктике в Осло", "Nga và Mỹ nối lại đàm phán về Bắc Cực tại Oslo"}
	svc := answer.New(eng, answer.Options{})
	plain := answer.New(searchOnly{eng}, answer.Options{})
	tests := []struct {
		q        string
		answered bool
	}{
		{"What did Russian and American diplomats decide on tariffs in Oslo?", false},
		{"What did Russian and American diplomats decide on icebreakers in Oslo?", true},
		{"Что решили Россия и США о пошлинах на переговорах в Осло?", false},
		{"Что решили Россия и США о ледоколах на переговорах в Осло?", true},
		{"Nga và Mỹ đàm phán về thuế quan tại Oslo ra sao?", false},
		{"Nga và Mỹ đàm phán về tàu phá băng tại Oslo ra sao?", true},
		// Only the topic's words: they weigh little, but all alike.
		{"What did Russian and American diplomats decide in Oslo?", true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a, err := svc.Ask(ctx, answer.Request{Question: tt.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoSources == tt.answered {
				t.Fatalf("answered %v, want %v (%s):\n%s", !a.NoSources, tt.answered, a.Verdict.Reason(), a.Text)
			}
			if !tt.answered {
				if !slices.ContainsFunc(osloTitles, func(title string) bool { return strings.Contains(a.Text, title) }) {
					t.Errorf("the refusal offers no article on the Oslo talks as the closest:\n%s", a.Text)
				}
				return
			}
			if len(a.Citations) == 0 || !oslo[a.Citations[0].ArticleID] {
				t.Errorf("the answer does not lead with the Oslo story: %+v\n%s", a.Citations, a.Text)
			}
			// Without statistics an answerable question stays answered.
			if b, err := plain.Ask(ctx, answer.Request{Question: tt.q}, nil); err != nil || b.NoSources {
				t.Errorf("without corpus statistics: refused %v, %v (%s)", b.NoSources, err, b.Verdict.Reason())
			}
		})
	}
}
