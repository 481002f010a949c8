package ingest

import (
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

const bodyWithByline = "Envoys met in Tromsø to discuss the walrus-census accord.\n" +
	"Both delegations said the census would resume in the spring.\n" +
	"Read more: Arctic council postpones its ministerial meeting\n" +
	"Ingrid Halvorsen for Polar Wire"

// A data directory written by an older chunker holds chunks with bylines
// and "Read more" lines in them. Opening it re-chunks those articles, once:
// the boilerplate is no longer stored, indexed or found, and articles whose
// chunks are already right are not re-embedded.
func TestRechunkOldStore(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()

	// The old chunker put the whole body in one chunk.
	old := article("walrus", "Walrus census talks", bodyWithByline)
	if err := corpus.Finalize(&old); err != nil {
		t.Fatal(err)
	}
	oldChunks := []corpus.Chunk{{ArticleID: old.ID, Seq: 0, Header: old.Title, Text: old.Body}}
	vecs, err := e.emb.Embed(ctx, []string{oldChunks[0].EmbedText()})
	if err != nil {
		t.Fatal(err)
	}
	put, err := e.st.PutArticle(ctx, old, oldChunks, vecs, e.emb.Model())
	if err != nil {
		t.Fatal(err)
	}
	if err := e.eng.Add(ctx, put.Chunks); err != nil {
		t.Fatal(err)
	}
	// An article ingested by the current chunker needs nothing.
	if _, err := e.svc.Add(ctx, article("treaty", "Zirconium treaty", bodyTreaty)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(e.texts(t, "Ingrid Halvorsen Polar Wire"), "Ingrid Halvorsen for Polar Wire") {
		t.Fatal("setup: the old chunk is not found")
	}

	calls := e.emb.calls.Load()
	n, err := e.svc.Rechunk(ctx)
	if err != nil {
		t.Fatalf("Rechunk: %v", err)
	}
	if n != 1 {
		t.Errorf("re-chunked %d articles, want 1 (the old one)", n)
	}
	if got := e.emb.calls.Load() - calls; got != 1 {
		t.Errorf("%d embedding calls, want 1", got)
	}
	for _, q := range []string{"Ingrid Halvorsen Polar Wire", "Arctic council ministerial meeting postpones"} {
		if txt := e.texts(t, q); strings.Contains(txt, "Polar Wire") || strings.Contains(txt, "Read more") {
			t.Errorf("search %q still finds boilerplate:\n%s", q, txt)
		}
	}
	if txt := e.texts(t, "walrus census accord Tromsø"); !strings.Contains(txt, "Both delegations said the census would resume in the spring.") {
		t.Errorf("the article's content is no longer found:\n%s", txt)
	}
	stored, err := e.st.Article(ctx, "walrus")
	if err != nil || stored.Body != old.Body {
		t.Errorf("stored body changed: %v %q", err, stored.Body)
	}
	if v, _ := e.st.Meta(ctx, store.MetaChunker); v != corpus.ChunkerVersion {
		t.Errorf("chunker version = %q, want %q", v, corpus.ChunkerVersion)
	}

	// A fresh index built from the store (the next start) agrees.
	eng2, err := retrieval.Open(ctx, e.st, e.emb)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := eng2.Search(ctx, retrieval.Query{Text: "Ingrid Halvorsen Polar Wire", K: 20, PerArticle: 20})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if strings.Contains(h.Text, "Polar Wire") {
			t.Errorf("reopened index holds boilerplate: %q", h.Text)
		}
	}

	// Once done, it is not done again.
	calls = e.emb.calls.Load()
	if n, err := e.svc.Rechunk(ctx); err != nil || n != 0 || e.emb.calls.Load() != calls {
		t.Errorf("second Rechunk = %d, %v with %d embedding calls; want 0, nil, 0", n, err, e.emb.calls.Load()-calls)
	}
}

// A re-chunk that fails (the embedding server is down) leaves the old
// chunks searchable and the version unrecorded, so the next start retries.
func TestRechunkFailureIsRetried(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	old := article("walrus", "Walrus census talks", bodyWithByline)
	if err := corpus.Finalize(&old); err != nil {
		t.Fatal(err)
	}
	chunks := []corpus.Chunk{{ArticleID: old.ID, Header: old.Title, Text: old.Body}}
	vecs, _ := e.emb.Embed(ctx, []string{chunks[0].EmbedText()})
	if _, err := e.st.PutArticle(ctx, old, chunks, vecs, e.emb.Model()); err != nil {
		t.Fatal(err)
	}
	e.emb.fail.Store(true)
	if _, err := e.svc.Rechunk(ctx); err == nil {
		t.Fatal("Rechunk succeeded with the embedder down")
	}
	if v, _ := e.st.Meta(ctx, store.MetaChunker); v == corpus.ChunkerVersion {
		t.Error("version recorded after a failed re-chunk")
	}
	e.emb.fail.Store(false)
	if n, err := e.svc.Rechunk(ctx); err != nil || n != 1 {
		t.Errorf("retry = %d, %v; want 1, nil", n, err)
	}
}
