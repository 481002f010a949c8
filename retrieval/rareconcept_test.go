package retrieval

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/detente/detente/corpus"
)

// TestCrossScriptRareConcept: a Vietnamese question with no name ("Lô máy
// tiện chuyển sang Nga trị giá bao nhiêu?") over the English report that
// answers it has one unit the report can hold, "máy tiện" (lathes), the
// rest being syllables no lexicon row translates; one common word is no
// evidence, so the report was no relevant passage. A concept the corpus
// seldom writes is as specific as a name. One it writes everywhere
// ("đại sứ", ambassadors) still is not, nor a rare one when the question
// says more that cannot be looked for than what was found (a Russian
// question on loaders, packing and a warehouse, of which the lexicon
// translates only "станки").
func TestCrossScriptRareConcept(t *testing.T) {
	ctx := context.Background()
	e, st := seededEngine(t)
	var arts []corpus.Article
	for i := range 8 {
		body := fmt.Sprintf("The new ambassador of country number %d presented his credentials in Moscow on Monday. "+
			"The ambassador said he hoped to widen trade and cultural ties with Russia.", i+1)
		arts = append(arts, corpus.Article{ID: fmt.Sprintf("amb%d", i+1), Title: "Ambassador presents credentials", Lang: "en", Source: "Test Wire", Body: body})
	}
	arts = append(arts, corpus.Article{ID: "lathes", Title: "Exporters fined", Lang: "en", Source: "Test Wire",
		Body: "A court in Hamburg fined two exporters who shipped 60 lathes worth about $9 million to Russia through Armenia."})
	for i := range arts {
		if err := corpus.Finalize(&arts[i]); err != nil {
			t.Fatal(err)
		}
	}
	ingest(t, st, e, arts...)
	relevant := func(q, id string) bool {
		hits, err := e.Search(ctx, Query{Text: q, K: 10})
		if err != nil {
			t.Fatal(err)
		}
		return slices.ContainsFunc(hits, func(h Hit) bool { return h.ArticleID == id && h.Relevant })
	}
	if q := "Lô máy tiện chuyển sang Nga trị giá bao nhiêu?"; !relevant(q, "lathes") {
		t.Errorf("%q: the report on lathes is not relevant", q)
	}
	if q := "Сколько грузчиков упаковывало станки на складе?"; relevant(q, "lathes") {
		t.Errorf("%q: the report on lathes, which says nothing of loaders, is relevant", q)
	}
	for _, id := range []string{"amb1", "amb5", "amb8"} {
		if q := "Lô đại sứ chuyển sang Nga khi nào?"; relevant(q, id) {
			t.Errorf("%q: %s, which shares only a common word, is relevant", q, id)
		}
	}
}
