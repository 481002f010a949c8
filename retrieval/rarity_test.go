package retrieval

import (
	"context"
	"maps"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/internal/pgtest"
	"github.com/detente/detente/store"
)

// TestDocFreqs: on both backends, the engine counts the chunks that hold a
// question's words in any form and language, answers a repeated question
// from its cache, and counts again once the corpus changes through it.
func TestDocFreqs(t *testing.T) {
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var st *store.Store
			var e *Engine
			if backend == "sqlite" {
				st, _ = openStore(t)
				var err error
				if e, err = Open(ctx, st, NewLocalEmbedder(0)); err != nil {
					t.Fatal(err)
				}
			} else {
				st, e = openPG(t, ctx, pgtest.URL(t))
			}
			art := func(id, lang, body string) corpus.Article {
				return corpus.Article{ID: id, Title: "Report " + id, Lang: lang, Source: "Wire",
					Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), Body: body, Hash: corpus.BodyHash(body)}
			}
			ingest(t, st, e,
				art("en", "en", "Washington and Moscow discussed sanctions and the prisoner exchange in Istanbul."),
				art("ru", "ru", "Москва и Вашингтон обсудили санкции и обмен заключёнными."))
			terms := []string{"sanction", "санкциях", "prisoner exchange", "fertilizer"}
			got, err := e.DocFreqs(ctx, terms)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]int{"sanction": 1, "санкциях": 1, "prisoner exchange": 1, "fertilizer": 0}
			if got.Chunks != 2 || !maps.Equal(got.DF, want) {
				t.Fatalf("DocFreqs(%q) = %d chunks, %v; want 2, %v", terms, got.Chunks, got.DF, want)
			}
			// Every term is kept for the next question.
			e.docFreqs.mu.Lock()
			cached := len(e.docFreqs.df)
			e.docFreqs.mu.Unlock()
			if cached != len(terms) {
				t.Errorf("cache holds %d terms after the first question, want %d", cached, len(terms))
			}
			ingest(t, st, e, art("fert", "en", "A US licence now covers Russian fertilizer sales; sanctions stay."))
			got, err = e.DocFreqs(ctx, terms)
			if err != nil {
				t.Fatal(err)
			}
			want = map[string]int{"sanction": 2, "санкциях": 1, "prisoner exchange": 1, "fertilizer": 1}
			if got.Chunks != 3 || !maps.Equal(got.DF, want) {
				t.Errorf("after an article was added: %d chunks, %v; want 3, %v", got.Chunks, got.DF, want)
			}
			res, err := st.RemoveArticle(ctx, "fert")
			if err != nil {
				t.Fatal(err)
			}
			if err := e.Remove(ctx, res); err != nil {
				t.Fatal(err)
			}
			if got, err := e.DocFreqs(ctx, []string{"fertilizer"}); err != nil || got.Chunks != 2 || got.DF["fertilizer"] != 0 {
				t.Errorf("after it was removed: %+v, %v; want 2 chunks, fertilizer in none", got, err)
			}
		})
	}
}

// TestDocFreqCacheDrift: counts taken over 1,000 chunks still stand after
// the index gains or loses a few articles, and are taken again once it has
// changed by more than docFreqDrift.
func TestDocFreqCacheDrift(t *testing.T) {
	var c docFreqCache
	fill := func() {
		c.mu.Lock()
		c.chunks, c.df = 1000, map[string]int{"talks": 600}
		c.mu.Unlock()
	}
	kept := func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.df != nil
	}
	fill()
	for _, n := range []int{1000, 1008, 1050, 950} {
		if c.resize(n); !kept() {
			t.Errorf("counts of 1,000 chunks forgotten at %d", n)
		}
	}
	for _, n := range []int{1051, 949, 0} {
		fill()
		if c.resize(n); kept() {
			t.Errorf("counts of 1,000 chunks kept at %d", n)
		}
	}
}
