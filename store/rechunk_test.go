package store

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/detente/detente/corpus"
)

// ReplaceChunks swaps the chunks (text, keyword index, ids for the vector
// index) and nothing else; it refuses when the body changed meanwhile.
func TestReplaceChunks(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	a := article("a1", "", "First paragraph about Geneva.\n\nEmily Roe for Test Wire")
	first := put(t, s, a)
	put(t, s, article("a2", "", "Another article."))

	texts, err := s.ArticleChunkTexts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(texts["a1"], []string{"First paragraph about Geneva.", "Emily Roe for Test Wire"}) || len(texts["a2"]) != 1 {
		t.Fatalf("chunk texts = %q", texts)
	}

	cs := []corpus.Chunk{{ArticleID: "a1", Header: a.Title, Text: "First paragraph about Geneva."}}
	before, err := s.LastChange(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.ReplaceChunks(ctx, "a1", a.Hash, cs, vecs(1, 4, 2), "test-model")
	if err != nil {
		t.Fatalf("ReplaceChunks: %v", err)
	}
	// A running serve in another process holds the old chunk ids: the
	// change sequence must tell it to re-read a1.
	if ch, err := s.ChangesAfter(ctx, before, 10); err != nil || len(ch) != 1 || ch[0].ArticleID != "a1" || ch[0].Kind != ChangeUpdate {
		t.Errorf("changes after re-chunking = %+v, %v; want one update of a1", ch, err)
	}
	var oldIDs []int64
	for _, c := range first.Chunks {
		oldIDs = append(oldIDs, c.ID)
	}
	if !slices.Equal(res.RemovedIDs, oldIDs) || len(res.Chunks) != 1 || res.Chunks[0].Title != a.Title {
		t.Errorf("result = %+v, want old ids %v removed and one chunk with the article's metadata", res, oldIDs)
	}
	hits, err := s.KeywordSearch(ctx, []string{"emily"}, 10)
	if err != nil || len(hits) != 0 {
		t.Errorf("keyword index still finds the removed chunk: %v %v", hits, err)
	}
	if got, _ := s.Article(ctx, "a1"); got.Body != a.Body {
		t.Errorf("body changed: %q", got.Body)
	}

	if _, err := s.ReplaceChunks(ctx, "a1", corpus.BodyHash("other"), cs, vecs(1, 4, 2), "test-model"); !errors.Is(err, ErrChanged) {
		t.Errorf("stale hash: err = %v, want ErrChanged", err)
	}
	if _, err := s.ReplaceChunks(ctx, "gone", a.Hash, cs, vecs(1, 4, 2), "test-model"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown article: err = %v, want ErrNotFound", err)
	}
}
