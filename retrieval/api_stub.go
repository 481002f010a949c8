package retrieval

// CONTRACT STUBS: the retrieval helper replaces these with real
// implementations and deletes this file. Signatures are the contract other
// packages compile against; change them only with the lead's agreement.

import (
	"context"
	"time"

	"github.com/detente/detente/store"
)

// Engine is the searchable index: chromem-go collection (vectors) + store (keywords, metadata).
type Engine struct{}

// Open loads every chunk vector from st into memory. If the store's recorded
// embedding model differs from emb.Model() it returns an error wrapping
// ErrModelMismatch (unless the store has no chunks yet).
func Open(ctx context.Context, st *store.Store, emb Embedder) (*Engine, error) {
	panic("not implemented")
}

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
	Text        string   // the (standalone) question
	Extra       []string // more phrasings to fuse (e.g. model translations)
	K           int      // hits wanted, default 6
	PerArticle  int      // max chunks per article, default 2
	Mode        Mode
	NoExpansion bool // disable lexicon query expansion (evaluation)
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
