package ingest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/store"
)

// Rechunk brings a store whose chunks were cut under an older
// corpus.ChunkerVersion up to date: every stored body is split again, and
// an article whose chunks come out different gets the new ones (embedded,
// stored in one transaction per article, indexed). The version is recorded
// only once every article is done, so a run cut short is finished by the
// next. It returns how many articles were re-chunked; a store already at
// the current version costs one meta read.
//
// Re-chunking happens here, at open, rather than only in `detente reindex`,
// because a user who upgrades should not go on being quoted a byline.
func (s *Service) Rechunk(ctx context.Context) (int, error) {
	v, err := s.st.Meta(ctx, store.MetaChunker)
	if err != nil {
		return 0, fmt.Errorf("rechunk: %w", err)
	}
	if v == corpus.ChunkerVersion {
		return 0, nil
	}
	if err := s.lock(ctx); err != nil {
		return 0, fmt.Errorf("rechunk: %w", err)
	}
	defer s.unlock()
	stored, err := s.st.ArticleChunkTexts(ctx)
	if err != nil {
		return 0, fmt.Errorf("rechunk: %w", err)
	}
	ids := make([]string, 0, len(stored))
	for id := range stored {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	n := 0
	for _, id := range ids {
		changed, err := s.rechunk(ctx, id, stored[id])
		if err != nil {
			return n, fmt.Errorf("rechunk %s: %w", id, err)
		}
		if changed {
			n++
		}
	}
	if err := s.st.SetMeta(ctx, store.MetaChunker, corpus.ChunkerVersion); err != nil {
		return n, fmt.Errorf("rechunk: %w", err)
	}
	return n, nil
}

// rechunk re-splits one article and replaces its chunks if they differ
// from old. The caller holds the lock.
func (s *Service) rechunk(ctx context.Context, id string, old []string) (bool, error) {
	a, err := s.st.Article(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return false, nil // removed meanwhile: nothing to re-chunk
	}
	if err != nil {
		return false, err
	}
	chunks := corpus.Split(a, corpus.ChunkOptions{})
	texts := make([]string, len(chunks))
	for i, c := range chunks {
		texts[i] = c.Text
	}
	if slices.Equal(texts, old) {
		return false, nil
	}
	embed := make([]string, len(chunks))
	for i, c := range chunks {
		embed[i] = c.EmbedText()
	}
	emb := s.idx.Embedder()
	vecs, err := emb.Embed(ctx, embed)
	if err != nil {
		return false, fmt.Errorf("embed %d chunks: %w", len(chunks), err)
	}
	if len(vecs) != len(chunks) {
		return false, fmt.Errorf("embed %d chunks: embedder returned %d vectors", len(chunks), len(vecs))
	}
	put, err := s.st.ReplaceChunks(ctx, id, a.Hash, chunks, vecs, emb.Model())
	if err != nil {
		return false, err
	}
	// The store is the source of truth and the index is rebuilt from it at
	// every start, so an index failure here is reported, not undone.
	if err := s.idx.Remove(ctx, put.RemovedIDs); err != nil {
		return false, fmt.Errorf("index: %w", err)
	}
	if err := s.idx.Add(ctx, put.Chunks); err != nil {
		return false, fmt.Errorf("index: %w", err)
	}
	return true, nil
}
