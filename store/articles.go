package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/detente/detente/corpus"
)

// Outcome says what PutArticle did.
type Outcome int

const (
	Added     Outcome = iota + 1 // new article
	Updated                      // same id or canonical URL, changed body: chunks replaced
	Duplicate                    // same body hash (or same id/URL and same hash): nothing changed
)

// String names the outcome for logs ("added", "updated", "duplicate").
func (o Outcome) String() string {
	switch o {
	case Added:
		return "added"
	case Updated:
		return "updated"
	case Duplicate:
		return "duplicate"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// PutResult reports a PutArticle.
type PutResult struct {
	Outcome    Outcome
	ID         string  // the stored article id
	RemovedIDs []int64 // chunk ids that were replaced (remove them from the index)
	Chunks     []Chunk // the stored chunks with their ids and vectors (add to the index)
}

const dateLayout = "2006-01-02"

// match is what a dedupe lookup found.
type match struct {
	id   string
	hash string
}

// findMatch applies the dedupe order: id, then canonical URL, then body hash.
func findMatch(ctx context.Context, q querier, a corpus.Article) (m match, by string, ok bool, err error) {
	lookups := []struct {
		by, query string
		arg       string
	}{
		{"id", "SELECT id, hash FROM articles WHERE id = ?", a.ID},
		{"url", "SELECT id, hash FROM articles WHERE canonical_url = ?", canonicalURL(a.URL)},
		{"hash", "SELECT id, hash FROM articles WHERE hash = ? ORDER BY added_at, id LIMIT 1", a.Hash},
	}
	for _, l := range lookups {
		if l.arg == "" {
			continue
		}
		err := q.QueryRowContext(ctx, l.query, l.arg).Scan(&m.id, &m.hash)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return match{}, "", false, err
		}
		return m, l.by, true, nil
	}
	return match{}, "", false, nil
}

func canonicalURL(u string) string {
	if u == "" {
		return ""
	}
	return corpus.CanonicalURL(u)
}

// Existing reports whether an article with this id, canonical URL or body
// hash is already stored. Returns the existing id and whether its hash equals
// a.Hash (a true duplicate). ok=false when nothing matches.
func (s *Store) Existing(ctx context.Context, a corpus.Article) (id string, sameBody bool, ok bool, err error) {
	m, _, ok, err := findMatch(ctx, s.db, a)
	if err != nil {
		return "", false, false, fmt.Errorf("look up article %q: %w", a.ID, err)
	}
	if !ok {
		return "", false, false, nil
	}
	return m.id, a.Hash != "" && m.hash == a.Hash, true, nil
}

// validatePut rejects input that cannot be stored, before any write.
func validatePut(a corpus.Article, chunks []corpus.Chunk, vectors [][]float32, model string) error {
	switch {
	case strings.TrimSpace(a.ID) == "":
		return errors.New("article has no id")
	case a.Hash == "":
		return errors.New("article has no body hash (run corpus.Finalize first)")
	case len(vectors) != len(chunks):
		return fmt.Errorf("%d vectors for %d chunks", len(vectors), len(chunks))
	case len(vectors) > 0 && model == "":
		return errors.New("vectors given without an embedding model name")
	}
	if err := validateVectors(vectors); err != nil {
		return err
	}
	seqs := make(map[int]bool, len(chunks))
	for i, c := range chunks {
		if seqs[c.Seq] {
			return fmt.Errorf("chunk %d repeats seq %d", i, c.Seq)
		}
		seqs[c.Seq] = true
	}
	return nil
}

func validateVectors(vectors [][]float32) error {
	for i, v := range vectors {
		if len(v) == 0 {
			return fmt.Errorf("vector %d is empty", i)
		}
		if len(v) != len(vectors[0]) {
			return fmt.Errorf("vector %d has %d dims, vector 0 has %d", i, len(v), len(vectors[0]))
		}
	}
	return nil
}

// PutArticle writes the article, its chunks and their vectors (len(vectors)
// == len(chunks), model = embedding model name) in ONE transaction, with the
// dedupe rules of Outcome. On error nothing is written. An add or update is
// appended to the change sequence in the same transaction (see ChangesAfter).
//
// The article is matched by id, then canonical URL, then body hash. When it
// is matched by canonical URL under another id, the stored id is kept (it is
// what citations and the vector index refer to) and returned in ID; chunk
// ArticleIDs are ignored in favour of it.
func (s *Store) PutArticle(ctx context.Context, a corpus.Article, chunks []corpus.Chunk, vectors [][]float32, model string) (PutResult, error) {
	if err := validatePut(a, chunks, vectors, model); err != nil {
		return PutResult{}, fmt.Errorf("put article %q: %w", a.ID, err)
	}
	var res PutResult
	err := s.inTx(ctx, func(tx *dbTx) error {
		res = PutResult{}
		if err := lockCorpus(ctx, tx); err != nil {
			return err
		}
		m, _, found, err := findMatch(ctx, tx, a)
		if err != nil {
			return err
		}
		if found && m.hash == a.Hash {
			res = PutResult{Outcome: Duplicate, ID: m.id}
			return nil
		}
		now := s.now().UTC()
		cu := canonicalURL(a.URL)
		if found {
			// Only an id or URL match gets here: a hash match has the same hash.
			res.Outcome, res.ID = Updated, m.id
			if cu != "" {
				var other string
				err := tx.QueryRowContext(ctx, "SELECT id FROM articles WHERE canonical_url = ? AND id <> ?", cu, m.id).Scan(&other)
				if err == nil {
					return fmt.Errorf("canonical URL %s already belongs to article %q", cu, other)
				}
				if !errors.Is(err, sql.ErrNoRows) {
					return err
				}
			}
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET title = ?, url = ?, canonical_url = ?, source = ?,
				lang = ?, published = ?, body = ?, hash = ?, updated_at = ? WHERE id = ?`,
				a.Title, a.URL, cu, a.Source, a.Lang, publishedValue(a.Published), a.Body, a.Hash, now.UnixNano(), m.id); err != nil {
				return err
			}
			removed, err := deleteChunks(ctx, tx, m.id)
			if err != nil {
				return err
			}
			res.RemovedIDs = removed
		} else {
			res.Outcome, res.ID = Added, a.ID
			if _, err := tx.ExecContext(ctx, `INSERT INTO articles (id, title, url, canonical_url, source, lang,
				published, body, hash, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				a.ID, a.Title, a.URL, cu, a.Source, a.Lang, publishedValue(a.Published), a.Body, a.Hash,
				now.UnixNano(), now.UnixNano()); err != nil {
				return err
			}
		}
		if len(vectors) > 0 {
			if err := claimModel(ctx, tx, model, len(vectors[0])); err != nil {
				return err
			}
		}
		stored, err := insertChunks(ctx, tx, res.ID, a, chunks, vectors, model)
		if err != nil {
			return err
		}
		res.Chunks = stored
		story, err := assignStory(ctx, tx, res.ID, a)
		if err != nil {
			return err
		}
		for i := range res.Chunks {
			res.Chunks[i].Story = story
		}
		kind := ChangeAdd
		if res.Outcome == Updated {
			kind = ChangeUpdate
		}
		return appendChange(ctx, tx, now, res.ID, kind)
	})
	if err != nil {
		return PutResult{}, fmt.Errorf("put article %q: %w", a.ID, err)
	}
	return res, nil
}

// publishedValue stores the calendar date as the caller's clock reads it:
// converting to UTC first would move a midnight in UTC+7 to the day before.
func publishedValue(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(dateLayout)
}

func parsePublished(ns sql.NullString) time.Time {
	if !ns.Valid {
		return time.Time{}
	}
	t, err := time.Parse(dateLayout, ns.String)
	if err != nil {
		return time.Time{} // the CHECK constraint makes this unreachable
	}
	return t
}

// claimModel records model/dim as the store's embedding model, or fails with
// ErrModelMismatch when other chunks already carry vectors of another model.
func claimModel(ctx context.Context, q querier, model string, dim int) error {
	cur, err := getMeta(ctx, q, MetaEmbedModel)
	if err != nil {
		return err
	}
	curDim, err := getMeta(ctx, q, MetaEmbedDim)
	if err != nil {
		return err
	}
	want := fmt.Sprint(dim)
	if cur == model && curDim == want {
		return nil
	}
	if cur != "" {
		var has int
		if err := q.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM chunks WHERE vector IS NOT NULL LIMIT 1) AS one").Scan(&has); err != nil {
			return err
		}
		if has == 1 {
			return fmt.Errorf("%w: store holds %s (%s dims), got %s (%d dims); reindex first", ErrModelMismatch, cur, curDim, model, dim)
		}
	}
	if err := setMeta(ctx, q, MetaEmbedModel, model); err != nil {
		return err
	}
	return setMeta(ctx, q, MetaEmbedDim, want)
}

// deleteChunks removes an article's chunks (the trigger removes their FTS
// rows) and returns their ids.
func deleteChunks(ctx context.Context, q querier, articleID string) ([]int64, error) {
	rows, err := q.QueryContext(ctx, "DELETE FROM chunks WHERE article_id = ? RETURNING id", articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sortIDs(ids)
	return ids, nil
}

func insertChunks(ctx context.Context, tx *dbTx, articleID string, a corpus.Article, chunks []corpus.Chunk, vectors [][]float32, model string) ([]Chunk, error) {
	if len(chunks) == 0 {
		return nil, nil
	}
	ins, err := tx.PrepareContext(ctx, "INSERT INTO chunks (article_id, seq, model, vector, text, embed_text) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
	if err != nil {
		return nil, err
	}
	defer ins.Close()
	fts := make([]ftsRow, 0, len(chunks))
	out := make([]Chunk, len(chunks))
	var an corpus.Analyzer // an article repeats its words
	for i, c := range chunks {
		var blob []byte
		var m string
		var vec []float32
		if len(vectors) > 0 {
			vec = vectors[i]
			blob = encodeVector(vec)
			m = model
		}
		et := c.EmbedText()
		var id int64
		if err := ins.QueryRowContext(ctx, articleID, c.Seq, m, blob, c.Text, et).Scan(&id); err != nil {
			return nil, fmt.Errorf("insert chunk %d: %w", c.Seq, err)
		}
		fts = append(fts, ftsRow{id, an.Analyze(et)})
		out[i] = Chunk{
			ID: id, ArticleID: articleID, Seq: c.Seq, Text: c.Text, Vector: vec,
			Title: a.Title, URL: a.URL, Source: a.Source, Lang: a.Lang, Published: dateOnly(a.Published),
		}
	}
	if err := indexChunks(ctx, tx, fts); err != nil {
		return nil, fmt.Errorf("index chunks: %w", err)
	}
	return out, nil
}

// dateOnly mirrors what a read returns: the stored date at UTC midnight.
func dateOnly(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// RemoveArticle deletes an article and its chunks in one transaction and
// returns the removed chunk ids, recording the removal in the change
// sequence. ErrNotFound if absent.
func (s *Store) RemoveArticle(ctx context.Context, id string) ([]int64, error) {
	var removed []int64
	err := s.inTx(ctx, func(tx *dbTx) error {
		if err := lockCorpus(ctx, tx); err != nil {
			return err
		}
		ids, err := deleteChunks(ctx, tx, id)
		if err != nil {
			return err
		}
		r, err := tx.ExecContext(ctx, "DELETE FROM articles WHERE id = ?", id)
		if err != nil {
			return err
		}
		n, err := r.RowsAffected()
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		removed = ids
		return appendChange(ctx, tx, s.now(), id, ChangeRemove)
	})
	if err != nil {
		return nil, fmt.Errorf("remove article %q: %w", id, err)
	}
	return removed, nil
}

// articleCols ends with the article's story (0 in a store that has not
// grouped it yet, which Open prevents).
const articleCols = "id, title, url, source, lang, published, hash, added_at, " +
	"coalesce((SELECT story FROM story_members m WHERE m.article_id = articles.id), 0)"

type rowScanner interface{ Scan(dest ...any) error }

func scanArticle(r rowScanner, withBody bool) (corpus.Article, error) {
	var a corpus.Article
	var pub sql.NullString
	var added int64
	dest := []any{&a.ID, &a.Title, &a.URL, &a.Source, &a.Lang, &pub, &a.Hash, &added, &a.Story}
	if withBody {
		dest = append(dest, &a.Body)
	}
	if err := r.Scan(dest...); err != nil {
		return corpus.Article{}, err
	}
	a.Published = parsePublished(pub)
	a.AddedAt = time.Unix(0, added).UTC()
	return a, nil
}

// Article returns one article (with body). ErrNotFound if absent.
func (s *Store) Article(ctx context.Context, id string) (corpus.Article, error) {
	row := s.db.QueryRowContext(ctx, "SELECT "+articleCols+", body FROM articles WHERE id = ?", id)
	a, err := scanArticle(row, true)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return corpus.Article{}, fmt.Errorf("read article %q: %w", id, err)
	}
	return a, nil
}

// Articles lists articles without bodies, newest AddedAt first.
func (s *Store) Articles(ctx context.Context, offset, limit int) ([]corpus.Article, error) {
	if offset < 0 || limit <= 0 {
		return nil, fmt.Errorf("list articles: offset %d and limit %d must be >= 0 and > 0", offset, limit)
	}
	as, err := s.queryArticles(ctx, false,
		"SELECT "+articleCols+" FROM articles ORDER BY added_at DESC, id LIMIT ? OFFSET ?", limit, offset)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return as, nil
}

// ArticlesAddedSince lists articles (with bodies) whose AddedAt is in [since, until), oldest first.
func (s *Store) ArticlesAddedSince(ctx context.Context, since, until time.Time) ([]corpus.Article, error) {
	if !until.After(since) {
		return nil, nil
	}
	as, err := s.queryArticles(ctx, true,
		"SELECT "+articleCols+", body FROM articles WHERE added_at >= ? AND added_at < ? ORDER BY added_at, id",
		unixNano(since), unixNano(until))
	if err != nil {
		return nil, fmt.Errorf("list articles added since %s: %w", since.Format(time.RFC3339), err)
	}
	return as, nil
}

// unixNano clamps times outside int64 nanoseconds (year 1678..2262) so
// "since the beginning" (time.Time{}) works as a bound.
func unixNano(t time.Time) int64 {
	minT := time.Unix(0, -1<<63)
	maxT := time.Unix(0, 1<<63-1)
	switch {
	case t.Before(minT):
		return -1 << 63
	case t.After(maxT):
		return 1<<63 - 1
	}
	return t.UnixNano()
}

func (s *Store) queryArticles(ctx context.Context, withBody bool, query string, args ...any) ([]corpus.Article, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var as []corpus.Article
	for rows.Next() {
		a, err := scanArticle(rows, withBody)
		if err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	return as, rows.Err()
}

// Stats summarises the corpus.
type Stats struct {
	Articles       int
	Chunks         int
	ByLang         map[string]int
	Oldest, Newest time.Time // by Published (zero if none known)
	Undated        int       // articles without a known publication date
}

// CorpusStats returns corpus statistics.
func (s *Store) CorpusStats(ctx context.Context) (Stats, error) {
	st := Stats{ByLang: map[string]int{}}
	var oldest, newest sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM chunks),
		(SELECT min(published) FROM articles), (SELECT max(published) FROM articles),
		(SELECT count(*) FROM articles WHERE published IS NULL)`).
		Scan(&st.Articles, &st.Chunks, &oldest, &newest, &st.Undated)
	if err != nil {
		return Stats{}, fmt.Errorf("corpus stats: %w", err)
	}
	st.Oldest, st.Newest = parsePublished(oldest), parsePublished(newest)
	rows, err := s.db.QueryContext(ctx, "SELECT lang, count(*) FROM articles GROUP BY lang")
	if err != nil {
		return Stats{}, fmt.Errorf("corpus stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var lang string
		var n int
		if err := rows.Scan(&lang, &n); err != nil {
			return Stats{}, fmt.Errorf("corpus stats: %w", err)
		}
		st.ByLang[lang] = n
	}
	if err := rows.Err(); err != nil {
		return Stats{}, fmt.Errorf("corpus stats: %w", err)
	}
	return st, nil
}
