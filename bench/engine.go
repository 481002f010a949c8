package bench

import (
	"context"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"

	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

// FixedEmbedder is the embedder of the synthetic corpus: the stored chunks
// already carry their (random) vectors, and a query's vector is either
// registered up front (Set) or derived from a hash of its text. This is the
// precomputed-query-vector path: Engine.Search pays a map lookup instead of
// an embedding model, so the search itself is what gets timed.
type FixedEmbedder struct {
	dim   int
	mu    sync.RWMutex
	fixed map[string][]float32
}

// NewFixedEmbedder returns an embedder of dim dims.
func NewFixedEmbedder(dim int) *FixedEmbedder {
	return &FixedEmbedder{dim: dim, fixed: map[string][]float32{}}
}

// Model names the vectors so the store and the engine agree on them.
func (e *FixedEmbedder) Model() string { return fmt.Sprintf("bench-random-%d", e.dim) }

// Set registers the vector returned for text.
func (e *FixedEmbedder) Set(text string, v []float32) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.fixed[text] = v
}

// Embed returns the registered vector of each text, or a random unit vector
// seeded by the text (query expansions, which the benchmark cannot know).
func (e *FixedEmbedder) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	e.mu.RLock()
	defer e.mu.RUnlock()
	for i, t := range texts {
		if v, ok := e.fixed[t]; ok {
			out[i] = v
			continue
		}
		h := fnv.New64a()
		h.Write([]byte(t))
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], uint64(e.dim))
		h.Write(b[:])
		v := make([]float32, e.dim)
		unit(rand.New(rand.NewPCG(h.Sum64(), 1)), v)
		out[i] = v
	}
	return out, nil
}

// DBFile is the database file name inside a benchmark data directory.
const DBFile = "detente.db"

// storeAt returns what store.Open takes for a benchmark store location loc:
// a PostgreSQL URL as it is, or the database file inside a data directory.
func storeAt(loc string) string {
	if IsURL(loc) {
		return loc
	}
	return filepath.Join(loc, DBFile)
}

// IsURL reports whether a store location is a PostgreSQL URL rather than a
// data directory.
func IsURL(loc string) bool {
	return strings.HasPrefix(loc, "postgres://") || strings.HasPrefix(loc, "postgresql://")
}

// BuildStore writes the corpus with its vectors (contiguous, dim columns,
// one row per chunk in corpus order) into a new store at loc (a data
// directory or a PostgreSQL URL), one transaction per article as ingest does.
func BuildStore(ctx context.Context, loc string, c *Corpus, vecs []float32, dim int, model string) error {
	st, err := store.Open(ctx, storeAt(loc))
	if err != nil {
		return err
	}
	defer st.Close()
	rows := Rows(vecs, dim)
	next := 0
	for _, a := range c.Articles {
		v := rows[next : next+len(a.Chunks)]
		next += len(a.Chunks)
		if _, err := st.PutArticle(ctx, a.Article, a.Chunks, v, model); err != nil {
			return fmt.Errorf("build bench store: %w", err)
		}
	}
	return st.Close()
}

// OpenEngine opens the store at loc (a data directory or a PostgreSQL URL)
// and loads the engine over it.
func OpenEngine(ctx context.Context, loc string, emb retrieval.Embedder) (*store.Store, *retrieval.Engine, error) {
	st, err := store.Open(ctx, storeAt(loc))
	if err != nil {
		return nil, nil, err
	}
	eng, err := retrieval.Open(ctx, st, emb)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, eng, nil
}
