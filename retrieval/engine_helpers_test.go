package retrieval

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/store"
)

// openStore opens a real SQLite store in a temporary directory.
func openStore(t testing.TB) (*store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "detente.db")
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

// otherProcess opens the database at path a second time with an engine of
// its own, as another process (a CLI run, a replica) would; it closes when
// t ends.
func otherProcess(t testing.TB, path string) (*store.Store, *Engine) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng, err := Open(ctx, st, NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	return st, eng
}

// ingest chunks, embeds and stores articles and adds them to the engine,
// the way the ingest package does.
func ingest(t testing.TB, st *store.Store, e *Engine, arts ...corpus.Article) []store.PutResult {
	t.Helper()
	ctx := context.Background()
	var out []store.PutResult
	for _, a := range arts {
		chunks := corpus.Split(a, corpus.ChunkOptions{})
		texts := make([]string, len(chunks))
		for i, c := range chunks {
			texts[i] = c.EmbedText()
		}
		emb := e.Embedder()
		vecs, err := emb.Embed(ctx, texts)
		if err != nil {
			t.Fatal(err)
		}
		res, err := st.PutArticle(ctx, a, chunks, vecs, emb.Model())
		if err != nil {
			t.Fatalf("put %s: %v", a.ID, err)
		}
		if err := e.Remove(ctx, res.RemovedIDs); err != nil {
			t.Fatal(err)
		}
		if err := e.Add(ctx, res.Chunks); err != nil {
			t.Fatal(err)
		}
		out = append(out, res)
	}
	return out
}

func seeds(t testing.TB) []corpus.Article {
	t.Helper()
	arts, err := corpus.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) == 0 {
		t.Fatal("no seed articles")
	}
	return arts
}

// seededEngine is an engine over the five seed articles with the default
// local embedder.
func seededEngine(t testing.TB) (*Engine, *store.Store) {
	t.Helper()
	st, _ := openStore(t)
	e, err := Open(context.Background(), st, NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, st, e, seeds(t)...)
	return e, st
}
