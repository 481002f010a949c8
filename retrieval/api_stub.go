// Package retrieval owns embedders (built-in local, OpenAI-compatible), the
// in-memory chromem-go vector index loaded from the store, BM25 keyword
// search (SQLite FTS5 through the store), reciprocal-rank fusion, per-article
// dedupe and bilingual (vi<->en) query expansion.
package retrieval

// CONTRACT STUBS: the retrieval helper replaces these with real
// implementations and deletes this file. Signatures are the contract other
// packages compile against; change them only with the lead's agreement.

import (
	"context"
	"errors"
	"time"

	"github.com/detente/detente/store"
)

// ErrModelMismatch: the index was built with another embedding model; the
// message says which and to run `detente reindex`.
var ErrModelMismatch = errors.New("embedding model mismatch")

// Embedder turns texts into L2-normalised vectors.
type Embedder interface {
	// Model names the model, recorded with the vectors ("local-v1", "text-embedding-3-small").
	Model() string
	// Embed embeds texts in order. Implementations batch internally.
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// NewLocalEmbedder returns the built-in offline, deterministic embedder
// (hashed word + character n-gram features, diacritic-insensitive, dim dims).
func NewLocalEmbedder(dim int) Embedder { panic("not implemented") }

// OpenAIOptions configures the OpenAI-compatible embedder.
type OpenAIOptions struct {
	APIKey     string
	BaseURL    string // "" = api.openai.com
	Model      string // e.g. "text-embedding-3-small"
	BatchSize  int    // texts per request, default 128
	MaxRetries int    // on 429/5xx/timeouts, default 4; honours Retry-After
	Timeout    time.Duration
	Cache      EmbeddingCache // optional; *store.Store implements it
}

// EmbeddingCache caches vectors by model and text hash.
type EmbeddingCache interface {
	CachedEmbeddings(ctx context.Context, model string, hashes []string) (map[string][]float32, error)
	PutEmbeddings(ctx context.Context, model string, vecs map[string][]float32) error
}

// NewOpenAIEmbedder returns an embedder for any OpenAI-compatible /v1/embeddings.
func NewOpenAIEmbedder(opt OpenAIOptions) Embedder { panic("not implemented") }

// Engine is the searchable index: chromem-go collection (vectors) + store (keywords, metadata).
type Engine struct{}

// Open loads every chunk vector from st into memory. If the store's recorded
// embedding model differs from emb.Model() it returns an error wrapping
// ErrModelMismatch (unless the store has no chunks yet).
func Open(ctx context.Context, st *store.Store, emb Embedder) (*Engine, error) { panic("not implemented") }

// Embedder returns the engine's embedder (ingest embeds chunks with it).
func (e *Engine) Embedder() Embedder { panic("not implemented") }

// Add puts stored chunks (with vectors) into the vector index.
func (e *Engine) Add(ctx context.Context, chunks []store.Chunk) error { panic("not implemented") }

// Remove drops chunks from the vector index.
func (e *Engine) Remove(ctx context.Context, ids []int64) error { panic("not implemented") }

// Count is the number of indexed chunks.
func (e *Engine) Count() int { panic("not implemented") }

// Reindex re-embeds every chunk with emb, stores the vectors and model, and
// swaps the in-memory index. progress may be nil.
func (e *Engine) Reindex(ctx context.Context, emb Embedder, progress func(done, total int)) error {
	panic("not implemented")
}

// Mode selects which retrievers run (for evaluation).
type Mode int

const (
	Hybrid  Mode = iota // vector + BM25, fused (default)
	Vector              // vector only
	Keyword             // BM25 only
)

// Query is a search request.
type Query struct {
	Text         string   // the (standalone) question
	Extra        []string // more phrasings to fuse (e.g. model translations)
	K            int      // hits wanted, default 6
	PerArticle   int      // max chunks per article, default 2
	Mode         Mode
	NoExpansion  bool // disable lexicon query expansion (evaluation)
}

// Hit is one retrieved passage with its article's metadata.
type Hit struct {
	ChunkID   int64
	ArticleID string
	Seq       int
	Title     string
	URL       string
	Source    string
	Lang      string
	Published time.Time
	Text      string
	Score     float64 // fused score, higher is better
	VectorSim float64 // cosine similarity, 0 if not a vector hit
	Keyword   bool    // matched by BM25
	// Relevant is retrieval's judgement that the passage actually bears on the
	// query (e.g. shares content terms or passes a similarity floor). When no
	// hit is Relevant the answer says the corpus does not cover the question.
	Relevant bool
}

// Search runs hybrid search. Empty query: no hits, no error.
func (e *Engine) Search(ctx context.Context, q Query) ([]Hit, error) { panic("not implemented") }

// Expand returns lexicon expansions of q (vi<->en terms) to add to the query.
func Expand(q string) []string { panic("not implemented") }
