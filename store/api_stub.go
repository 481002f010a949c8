// Package store owns the SQLite database (pure Go, modernc.org/sqlite): schema
// and migrations (embedded), articles and chunks with their vectors, the
// embedding cache, and the bot's users, conversations, feedback, subscriptions
// and deliveries. It is the source of truth; the vector index is rebuilt from it.
package store

// CONTRACT STUBS: the store helper replaces these with real implementations
// and deletes this file. Signatures are the contract other packages compile
// against; change them only with the lead's agreement.

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/detente/detente/corpus"
)

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("not found")

// Store is the database handle. Safe for concurrent use.
type Store struct {
	db *sql.DB
}

// Open opens (creating if needed) the database file at path and applies
// pending migrations. A file that is not a SQLite database is an error that
// says so; it is never overwritten.
func Open(ctx context.Context, path string) (*Store, error) { panic("not implemented") }

// Close closes the database.
func (s *Store) Close() error { panic("not implemented") }

// DB exposes the handle for packages that add their own tables via migrations
// in this package (bot, digest). Prefer methods.
func (s *Store) DB() *sql.DB { return s.db }

// Outcome says what PutArticle did.
type Outcome int

const (
	Added     Outcome = iota + 1 // new article
	Updated                      // same id or canonical URL, changed body: chunks replaced
	Duplicate                    // same body hash (or same id/URL and same hash): nothing changed
)

// Existing reports whether an article with this id, canonical URL or body
// hash is already stored. Returns the existing id and whether its hash equals
// a.Hash (a true duplicate). ok=false when nothing matches.
func (s *Store) Existing(ctx context.Context, a corpus.Article) (id string, sameBody bool, ok bool, err error) {
	panic("not implemented")
}

// PutResult reports a PutArticle.
type PutResult struct {
	Outcome    Outcome
	ID         string   // the stored article id
	RemovedIDs []int64  // chunk ids that were replaced (remove them from the index)
	Chunks     []Chunk  // the stored chunks with their ids and vectors (add to the index)
}

// PutArticle writes the article, its chunks and their vectors (len(vectors)
// == len(chunks), model = embedding model name) in ONE transaction, with the
// dedupe rules of Outcome. On error nothing is written.
func (s *Store) PutArticle(ctx context.Context, a corpus.Article, chunks []corpus.Chunk, vectors [][]float32, model string) (PutResult, error) {
	panic("not implemented")
}

// RemoveArticle deletes an article and its chunks in one transaction and
// returns the removed chunk ids. ErrNotFound if absent.
func (s *Store) RemoveArticle(ctx context.Context, id string) ([]int64, error) { panic("not implemented") }

// Article returns one article (with body). ErrNotFound if absent.
func (s *Store) Article(ctx context.Context, id string) (corpus.Article, error) { panic("not implemented") }

// Articles lists articles without bodies, newest AddedAt first.
func (s *Store) Articles(ctx context.Context, offset, limit int) ([]corpus.Article, error) {
	panic("not implemented")
}

// ArticlesAddedSince lists articles (with bodies) whose AddedAt is in [since, until), oldest first.
func (s *Store) ArticlesAddedSince(ctx context.Context, since, until time.Time) ([]corpus.Article, error) {
	panic("not implemented")
}

// Stats summarises the corpus.
type Stats struct {
	Articles        int
	Chunks          int
	ByLang          map[string]int
	Oldest, Newest  time.Time // by Published (zero if none known)
}

// CorpusStats returns corpus statistics.
func (s *Store) CorpusStats(ctx context.Context) (Stats, error) { panic("not implemented") }

// Chunk is a stored chunk joined with its article's metadata.
type Chunk struct {
	ID        int64
	ArticleID string
	Seq       int
	Text      string    // passage (no header)
	Vector    []float32 // nil when not requested
	Title     string
	URL       string
	Source    string
	Lang      string
	Published time.Time
}

// ChunksByID returns the chunks with these ids (any order), with metadata, without vectors.
func (s *Store) ChunksByID(ctx context.Context, ids []int64) ([]Chunk, error) { panic("not implemented") }

// EachChunkVector streams every chunk's id, article id and vector, in id order,
// for loading the vector index. The vector slice may be reused between calls
// unless documented otherwise.
func (s *Store) EachChunkVector(ctx context.Context, fn func(id int64, articleID string, vec []float32) error) error {
	panic("not implemented")
}

// EachChunkText streams every chunk's id and EmbedText (for re-embedding).
func (s *Store) EachChunkText(ctx context.Context, fn func(id int64, embedText string) error) error {
	panic("not implemented")
}

// SetChunkVectors replaces vectors of the given chunks in one transaction and
// records model as the index's embedding model.
func (s *Store) SetChunkVectors(ctx context.Context, model string, vecs map[int64][]float32) error {
	panic("not implemented")
}

// KeywordHit is one BM25 result.
type KeywordHit struct {
	ChunkID int64
	Score   float64 // higher is better (negated bm25())
}

// KeywordSearch runs an FTS5 MATCH over the diacritic-folded copy of each
// chunk's EmbedText. terms are already folded words; they are OR-ed and
// quoted safely (no FTS syntax injection). Best first, at most limit.
func (s *Store) KeywordSearch(ctx context.Context, terms []string, limit int) ([]KeywordHit, error) {
	panic("not implemented")
}

// Meta reads a key from the meta table ("" if absent).
func (s *Store) Meta(ctx context.Context, key string) (string, error) { panic("not implemented") }

// SetMeta writes a key in the meta table.
func (s *Store) SetMeta(ctx context.Context, key, value string) error { panic("not implemented") }

// CachedEmbeddings returns cached vectors for model keyed by text hash.
func (s *Store) CachedEmbeddings(ctx context.Context, model string, hashes []string) (map[string][]float32, error) {
	panic("not implemented")
}

// PutEmbeddings stores vectors for model keyed by text hash.
func (s *Store) PutEmbeddings(ctx context.Context, model string, vecs map[string][]float32) error {
	panic("not implemented")
}
