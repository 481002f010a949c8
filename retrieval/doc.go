// Package retrieval owns embedders (built-in local, OpenAI-compatible through package llm), the
// in-memory chromem-go vector index loaded from the store, BM25 keyword
// search (SQLite FTS5 through the store), reciprocal-rank fusion, per-article
// dedupe and bilingual (vi<->en) query expansion.
package retrieval

import (
	"context"

	"github.com/detente/detente/store"
)

// ErrModelMismatch: the index was built with another embedding model; the
// message says which and to run `detente reindex`. It is the store's own
// sentinel, so one errors.Is test holds whichever layer noticed.
var ErrModelMismatch = store.ErrModelMismatch

// Embedder turns texts into L2-normalised vectors.
type Embedder interface {
	// Model names the model, recorded with the vectors ("local-v1", "text-embedding-3-small").
	Model() string
	// Embed embeds texts in order. Implementations batch internally.
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}
