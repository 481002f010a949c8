package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

// A data directory from before the boilerplate filter, whose seed 003 is
// one chunk ending in its byline, is re-chunked when Detente next opens
// it: the byline is no longer quoted, and the body is as it was.
func TestOldDataDirectoryIsRechunkedAtOpen(t *testing.T) {
	env := offline(t)
	must(t, invocation{env: env}, "search", "Istanbul") // creates and seeds the store

	const id, byline = "003_4d866f40c053a075", "Emily Johnson for TROIB News"
	st, err := store.Open(t.Context(), filepath.Join(env["DETENTE_DATA_DIR"], dbFile))
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Article(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	old := []corpus.Chunk{{ArticleID: id, Header: a.Title, Text: a.Body}}
	emb := retrieval.NewLocalEmbedder(0)
	vecs, err := emb.Embed(t.Context(), []string{old[0].EmbedText()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.ReplaceChunks(t.Context(), id, a.Hash, old, vecs, emb.Model()); err != nil {
		t.Fatal(err)
	}
	if err := st.SetMeta(t.Context(), store.MetaChunker, "1"); err != nil {
		t.Fatal(err)
	}
	st.Close()

	o := must(t, invocation{env: env}, "search", "Emily Johnson TROIB News")
	if strings.Contains(o.stdout, byline) {
		t.Errorf("the byline is still found after reopening:\n%s", o.stdout)
	}
	if !strings.Contains(o.stderr, "re-chunked articles cut by an older chunker") {
		t.Errorf("the re-chunk is not logged:\n%s", o.stderr)
	}
	ask := must(t, invocation{env: env}, "ask", "Who will lead the delegations in Istanbul?")
	if strings.Contains(ask.stdout, byline) || !strings.Contains(ask.stdout, "Istanbul") {
		t.Errorf("answer after re-chunking:\n%s", ask.stdout)
	}
}
