package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/detente/detente/corpus"
)

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
	Story     int64 // the article's story (see StoryArticles); 0 if not read
}

// idBatch bounds the number of bound parameters per IN (...) query, well
// under SQLite's limit, so any number of ids can be asked for.
const idBatch = 500

// ChunksByID returns the chunks with these ids (any order), with metadata, without vectors.
// Unknown ids are skipped: the index may briefly hold ids a concurrent update removed.
func (s *Store) ChunksByID(ctx context.Context, ids []int64) ([]Chunk, error) {
	out := make([]Chunk, 0, len(ids))
	for start := 0; start < len(ids); start += idBatch {
		batch := ids[start:min(start+idBatch, len(ids))]
		args := make([]any, len(batch))
		for i, id := range batch {
			args[i] = id
		}
		rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.article_id, c.seq, c.text, a.title, a.url, a.source, a.lang, a.published, coalesce(m.story, 0)
			FROM chunks c JOIN articles a ON a.id = c.article_id LEFT JOIN story_members m ON m.article_id = a.id WHERE c.id IN (`+placeholders(len(batch))+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("read chunks: %w", err)
		}
		if out, err = appendChunkRows(out, rows); err != nil {
			return nil, fmt.Errorf("read chunks: %w", err)
		}
	}
	return out, nil
}

// appendChunkRows appends the chunks of rows, selected with their
// article's metadata (id, article_id, seq, text, title, url, source,
// lang, published, story), to out, and closes rows: ChunksByID and
// ChunksOfArticles differ only in which chunks they select.
func appendChunkRows(out []Chunk, rows *sql.Rows) ([]Chunk, error) {
	defer rows.Close()
	for rows.Next() {
		var c Chunk
		var pub sql.NullString
		if err := rows.Scan(&c.ID, &c.ArticleID, &c.Seq, &c.Text, &c.Title, &c.URL, &c.Source, &c.Lang, &pub, &c.Story); err != nil {
			return out, err
		}
		c.Published = parsePublished(pub)
		out = append(out, c)
	}
	return out, rows.Err()
}

// ChunksOfArticles returns the first per chunks (seq below per; all when
// per <= 0) of these articles, with metadata, without vectors, in the
// order the ids are given and by seq within an article. Unknown articles
// give nothing. The answer reads an article that
// retrieval found relevant further than the passages search kept: a quote
// that shares only its speaker's name with the question is in a passage
// the relevance gate drops.
func (s *Store) ChunksOfArticles(ctx context.Context, articleIDs []string, per int) ([]Chunk, error) {
	if per <= 0 {
		per = math.MaxInt32
	}
	var out []Chunk
	for start := 0; start < len(articleIDs); start += idBatch {
		batch := articleIDs[start:min(start+idBatch, len(articleIDs))]
		args := make([]any, 0, len(batch)+1)
		for _, id := range batch {
			args = append(args, id)
		}
		args = append(args, per)
		rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.article_id, c.seq, c.text, a.title, a.url, a.source, a.lang, a.published, coalesce(m.story, 0)
			FROM chunks c JOIN articles a ON a.id = c.article_id LEFT JOIN story_members m ON m.article_id = a.id
			WHERE c.article_id IN (`+placeholders(len(batch))+`) AND c.seq < ?
			ORDER BY c.article_id, c.seq`, args...)
		if err != nil {
			return nil, fmt.Errorf("read chunks of articles: %w", err)
		}
		if out, err = appendChunkRows(out, rows); err != nil {
			return nil, fmt.Errorf("read chunks of articles: %w", err)
		}
	}
	rank := make(map[string]int, len(articleIDs))
	for i, id := range articleIDs {
		if _, ok := rank[id]; !ok {
			rank[id] = i
		}
	}
	slices.SortStableFunc(out, func(a, b Chunk) int {
		if c := rank[a.ArticleID] - rank[b.ArticleID]; c != 0 {
			return c
		}
		return a.Seq - b.Seq
	})
	return out, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// arenaFloats is how many float32s EachChunkVector allocates at once. One
// allocation per ~64k floats instead of one per row keeps the 100k-chunk
// cold start off the allocator.
const arenaFloats = 1 << 16

// EachChunkVector streams every chunk's id, article id and vector, in id order,
// for loading the vector index. Chunks without a vector are skipped.
//
// Unlike the general contract, vec is NOT reused: each call gets its own
// slice (carved from a shared, never-reused block, capacity clipped to its
// length) that fn may keep, so the index can hold it without copying.
func (s *Store) EachChunkVector(ctx context.Context, fn func(id int64, articleID string, vec []float32) error) error {
	rows, err := s.db.QueryContext(ctx, "SELECT id, article_id, vector FROM chunks WHERE vector IS NOT NULL ORDER BY id")
	if err != nil {
		return fmt.Errorf("scan chunk vectors: %w", err)
	}
	defer rows.Close()
	var (
		id    int64
		aid   string
		blob  sql.RawBytes
		arena []float32
	)
	for rows.Next() {
		if err := rows.Scan(&id, &aid, &blob); err != nil {
			return fmt.Errorf("scan chunk vectors: %w", err)
		}
		if len(blob)%4 != 0 {
			return fmt.Errorf("scan chunk vectors: chunk %d: vector blob of %d bytes is not float32s", id, len(blob))
		}
		n := len(blob) / 4
		if len(arena) < n {
			arena = make([]float32, max(arenaFloats, n))
		}
		vec := arena[:n:n]
		arena = arena[n:]
		decodeVectorInto(vec, blob)
		if err := fn(id, aid, vec); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("scan chunk vectors: %w", err)
	}
	return nil
}

// EachChunkText streams every chunk's id and EmbedText (for re-embedding), in id order.
func (s *Store) EachChunkText(ctx context.Context, fn func(id int64, embedText string) error) error {
	rows, err := s.db.QueryContext(ctx, "SELECT id, embed_text FROM chunks ORDER BY id")
	if err != nil {
		return fmt.Errorf("scan chunk texts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			return fmt.Errorf("scan chunk texts: %w", err)
		}
		if err := fn(id, text); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("scan chunk texts: %w", err)
	}
	return nil
}

// SetChunkVectors replaces vectors of the given chunks in one transaction and
// records model as the index's embedding model, and a reindex in the change
// sequence. An unknown chunk id fails the whole call (ErrNotFound) and
// nothing changes.
func (s *Store) SetChunkVectors(ctx context.Context, model string, vecs map[int64][]float32) error {
	return s.setChunkVectors(ctx, model, vecs, false)
}

// StragglersError is returned by ReplaceVectors when chunks not in the
// given map exist at commit time (written by another process meanwhile).
// Nothing was written; embed IDs and try again.
type StragglersError struct {
	IDs []int64 // at most maxStragglers of them
	N   int     // how many there are
}

func (e *StragglersError) Error() string {
	return fmt.Sprintf("%d chunks were written during the reindex and lack the new vectors", e.N)
}

// maxStragglers bounds the ids a StragglersError lists.
const maxStragglers = 1000

// ReplaceVectors is SetChunkVectors for a whole-corpus reindex: inside the
// same transaction it verifies that every chunk then stored carries a
// vector of model, and otherwise writes nothing and returns a
// *StragglersError. The check is what makes a reindex safe against an
// ingest in another process: a chunk that lands after the reindex listed
// the corpus would otherwise keep the old model's vector under the new
// model's name.
func (s *Store) ReplaceVectors(ctx context.Context, model string, vecs map[int64][]float32) error {
	return s.setChunkVectors(ctx, model, vecs, true)
}

func (s *Store) setChunkVectors(ctx context.Context, model string, vecs map[int64][]float32, complete bool) error {
	if model == "" {
		return errors.New("set chunk vectors: empty model name")
	}
	ids := make([]int64, 0, len(vecs))
	dim := -1
	for id, v := range vecs {
		if len(v) == 0 {
			return fmt.Errorf("set chunk vectors: chunk %d: empty vector", id)
		}
		if dim >= 0 && len(v) != dim {
			return fmt.Errorf("set chunk vectors: chunk %d has %d dims, others %d", id, len(v), dim)
		}
		dim = len(v)
		ids = append(ids, id)
	}
	sortIDs(ids) // deterministic write order and error messages
	err := s.inTx(ctx, func(tx *dbTx) error {
		if err := lockCorpus(ctx, tx); err != nil {
			return err
		}
		upd, err := tx.PrepareContext(ctx, "UPDATE chunks SET vector = ?, model = ? WHERE id = ?")
		if err != nil {
			return err
		}
		defer upd.Close()
		for _, id := range ids {
			r, err := upd.ExecContext(ctx, encodeVector(vecs[id]), model, id)
			if err != nil {
				return err
			}
			if n, err := r.RowsAffected(); err != nil {
				return err
			} else if n == 0 {
				return fmt.Errorf("chunk %d: %w", id, ErrNotFound)
			}
		}
		if complete {
			if err := checkStragglers(ctx, tx, model); err != nil {
				return err
			}
		}
		if err := setMeta(ctx, tx, MetaEmbedModel, model); err != nil {
			return err
		}
		if dim >= 0 {
			if err := setMeta(ctx, tx, MetaEmbedDim, fmt.Sprint(dim)); err != nil {
				return err
			}
		}
		return appendChange(ctx, tx, s.now(), "", ChangeReindex)
	})
	if err != nil {
		return fmt.Errorf("set chunk vectors (%s): %w", model, err)
	}
	return nil
}

// checkStragglers fails with a *StragglersError when any chunk lacks a
// vector of model. Every chunk given to the reindex was just updated to
// model, so any row found is one written after the reindex listed them.
func checkStragglers(ctx context.Context, tx *dbTx, model string) error {
	rows, err := tx.QueryContext(ctx, "SELECT id FROM chunks WHERE model <> ? OR vector IS NULL ORDER BY id", model)
	if err != nil {
		return err
	}
	defer rows.Close()
	se := &StragglersError{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		if se.N < maxStragglers {
			se.IDs = append(se.IDs, id)
		}
		se.N++
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if se.N > 0 {
		return se
	}
	return nil
}

// KeywordHit is one BM25 result.
type KeywordHit struct {
	ChunkID int64
	Score   float64 // higher is better (SQLite: negated bm25(); PostgreSQL: see keywordRowsPostgres)
}

// KeywordSearch runs an FTS5 MATCH over the analysed copy (corpus.Analyze:
// folded, stemmed) of each chunk's EmbedText. terms are words or phrases,
// analysed the same way here; they are OR-ed and
// quoted safely (no FTS syntax injection). Best first, at most limit.
// No usable term gives no hits, not an error.
func (s *Store) KeywordSearch(ctx context.Context, terms []string, limit int) ([]KeywordHit, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("keyword search: limit %d must be positive", limit)
	}
	var rows *sql.Rows
	var err error
	if s.db.pg {
		ts := analysedTerms(terms)
		if len(ts) == 0 {
			return nil, nil
		}
		rows, err = s.keywordRowsPostgres(ctx, ts, limit)
	} else {
		q := matchExpr(terms)
		if q == "" {
			return nil, nil
		}
		rows, err = s.db.QueryContext(ctx,
			"SELECT rowid, -bm25(chunks_fts) FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY bm25(chunks_fts) LIMIT ?", q, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("keyword search: %w", err)
	}
	defer rows.Close()
	var hits []KeywordHit
	for rows.Next() {
		var h KeywordHit
		if err := rows.Scan(&h.ChunkID, &h.Score); err != nil {
			return nil, fmt.Errorf("keyword search: %w", err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("keyword search: %w", err)
	}
	return hits, nil
}

// matchExpr builds an FTS5 query in which every term is a string literal
// ("…" with inner quotes doubled), so nothing a user types is read as FTS5
// syntax (AND, NEAR, *, column filters, parentheses). Each term goes through
// corpus.Analyze, the analyzer that built the index, so "expire" finds
// "expires"; a term of several words stays a phrase. NUL bytes, which would
// end the C string early, are dropped. Terms that analyse to nothing are
// skipped, and repeated terms are kept once.
func matchExpr(terms []string) string {
	parts := analysedTerms(terms)
	for i, t := range parts {
		parts[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
	}
	return strings.Join(parts, " OR ")
}

// analysedTerms is each term through corpus.Analyze, without NUL bytes or
// invalid UTF-8 (neither engine stores them), empty and repeated results
// dropped.
func analysedTerms(terms []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range terms {
		t = corpus.Analyze(strings.ToValidUTF8(strings.ReplaceAll(t, "\x00", ""), ""))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}

// encodeVector lays a vector out as little-endian float32s, the on-disk
// format of chunks.vector and embed_cache.vector.
func encodeVector(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, f := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(f))
	}
	return b
}

// decodeVectorInto fills dst (len(b)/4 long) from little-endian float32s.
// The full slice expression b[4*i:4*i+4] (after reslicing b to exactly
// 4*len(dst)) lets the compiler drop the per-element bounds checks; it
// measured twice as fast as b[4*i:].
func decodeVectorInto(dst []float32, b []byte) {
	b = b[:4*len(dst)]
	for i := range dst {
		dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i : 4*i+4]))
	}
}

func decodeVector(b []byte) ([]float32, error) {
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("vector blob of %d bytes is not float32s", len(b))
	}
	v := make([]float32, len(b)/4)
	if len(v) > 0 {
		decodeVectorInto(v, b)
	}
	return v, nil
}

func sortIDs(ids []int64) { slices.Sort(ids) }

// CachedEmbeddings returns cached vectors for model keyed by text hash.
// Hashes not in the cache are absent from the map.
func (s *Store) CachedEmbeddings(ctx context.Context, model string, hashes []string) (map[string][]float32, error) {
	out := make(map[string][]float32, len(hashes))
	for start := 0; start < len(hashes); start += idBatch {
		batch := hashes[start:min(start+idBatch, len(hashes))]
		args := make([]any, 0, len(batch)+1)
		args = append(args, model)
		for _, h := range batch {
			args = append(args, h)
		}
		rows, err := s.db.QueryContext(ctx, "SELECT hash, vector FROM embed_cache WHERE model = ? AND hash IN ("+placeholders(len(batch))+")", args...)
		if err != nil {
			return nil, fmt.Errorf("read embedding cache: %w", err)
		}
		for rows.Next() {
			var h string
			var blob []byte
			if err := rows.Scan(&h, &blob); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read embedding cache: %w", err)
			}
			v, err := decodeVector(blob)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("read embedding cache %s: %w", h, err)
			}
			out[h] = v
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("read embedding cache: %w", err)
		}
	}
	return out, nil
}

// PutEmbeddings stores vectors for model keyed by text hash, in one
// transaction, replacing any cached vector for the same (model, hash).
func (s *Store) PutEmbeddings(ctx context.Context, model string, vecs map[string][]float32) error {
	if model == "" {
		return errors.New("put embeddings: empty model name")
	}
	if len(vecs) == 0 {
		return nil
	}
	for h, v := range vecs {
		if h == "" || len(v) == 0 {
			return fmt.Errorf("put embeddings: empty hash or vector (hash %q)", h)
		}
	}
	err := s.inTx(ctx, func(tx *dbTx) error {
		st, err := tx.PrepareContext(ctx, `INSERT INTO embed_cache (model, hash, vector) VALUES (?, ?, ?)
			ON CONFLICT (model, hash) DO UPDATE SET vector = excluded.vector`)
		if err != nil {
			return err
		}
		defer st.Close()
		// In hash order: on PostgreSQL each upsert locks its row until
		// commit, and two processes caching the same texts in map order
		// (random) would lock them in different orders and deadlock.
		for _, h := range slices.Sorted(maps.Keys(vecs)) {
			if _, err := st.ExecContext(ctx, model, h, encodeVector(vecs[h])); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("put embeddings (%s): %w", model, err)
	}
	return nil
}
