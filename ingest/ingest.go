// Package ingest adds articles to Detente: parse or fetch, dedupe, chunk,
// embed, write to the store in one transaction, then index. An article is
// either fully ingested and searchable or not there at all.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/secret"
	"github.com/detente/detente/store"
)

// ErrNoFetcher is returned by AddURL when the Service was built without a Fetcher.
var ErrNoFetcher = errors.New("fetching URLs is not configured")

// compensateTimeout bounds the clean-up after a failed index update. It runs
// on a context detached from the caller's, because the usual reason indexing
// failed is that the caller's context was cancelled.
const compensateTimeout = 10 * time.Second

// seedingKey marks a seed run in progress in the store's meta table, so a run
// cut short (a crash, an embedding API outage) is finished on the next start
// instead of leaving a half-seeded corpus that no longer looks empty.
const seedingKey = "ingest.seeding"

// seededKey records that the corpus was seeded once, so a corpus emptied on
// purpose (`detente remove`) stays empty instead of being seeded again.
const seededKey = "ingest.seeded"

// index is what ingest needs from the vector index. *retrieval.Engine
// implements it; tests wrap it to make indexing fail.
type index interface {
	Embedder() retrieval.Embedder
	Add(ctx context.Context, chunks []store.Chunk) error
	Remove(ctx context.Context, ids []int64) error
}

// Result reports one ingest.
type Result struct {
	Outcome store.Outcome
	Article corpus.Article // as stored (no body needed by callers)
	Chunks  int
}

// Service ingests articles. Safe for concurrent use: writers are serialised,
// so the dedupe check, the store write and the index update of one article
// never interleave with another's.
type Service struct {
	st      *store.Store
	idx     index
	fetcher *corpus.Fetcher
	// sem is a one-slot semaphore rather than a sync.Mutex so that a caller
	// waiting behind a slow embedding call can give up when its ctx ends.
	sem chan struct{}
}

// New returns a Service. f may be nil when URLs are never fetched.
func New(st *store.Store, eng *retrieval.Engine, f *corpus.Fetcher) *Service {
	return newService(st, eng, f)
}

func newService(st *store.Store, idx index, f *corpus.Fetcher) *Service {
	return &Service{st: st, idx: idx, fetcher: f, sem: make(chan struct{}, 1)}
}

func (s *Service) lock(ctx context.Context) error {
	select {
	case s.sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *Service) unlock() { <-s.sem }

// Add ingests an already-parsed article (Finalize is applied). A body already
// stored is reported as Duplicate without computing any embedding.
func (s *Service) Add(ctx context.Context, a corpus.Article) (Result, error) {
	if err := corpus.Finalize(&a); err != nil {
		return Result{}, fmt.Errorf("ingest %s: %w", describe(a), err)
	}
	if err := s.lock(ctx); err != nil {
		return Result{}, fmt.Errorf("ingest %s: %w", a.ID, err)
	}
	defer s.unlock()
	res, err := s.add(ctx, a)
	if err != nil {
		return Result{}, fmt.Errorf("ingest %s: %w", a.ID, err)
	}
	return res, nil
}

// add does the work of Add; the caller holds the lock.
func (s *Service) add(ctx context.Context, a corpus.Article) (Result, error) {
	id, sameBody, ok, err := s.st.Existing(ctx, a)
	if err != nil {
		return Result{}, fmt.Errorf("check existing: %w", err)
	}
	if ok && sameBody {
		return s.duplicate(ctx, id, a)
	}
	// An update replaces a good article; keep it to put back if the index
	// update fails, rather than leaving nothing.
	var prev *corpus.Article
	if ok {
		p, err := s.st.Article(ctx, id)
		if err != nil {
			return Result{}, fmt.Errorf("load previous version: %w", err)
		}
		prev = &p
	}

	chunks := corpus.Split(a, corpus.ChunkOptions{})
	if len(chunks) == 0 {
		return Result{}, corpus.ErrEmpty
	}
	texts := make([]string, len(chunks))
	for i, c := range chunks {
		texts[i] = c.EmbedText()
	}
	emb := s.idx.Embedder()
	vecs, err := emb.Embed(ctx, texts)
	if err != nil {
		return Result{}, fmt.Errorf("embed %d chunks: %w", len(chunks), err)
	}
	if len(vecs) != len(chunks) {
		return Result{}, fmt.Errorf("embed %d chunks: embedder returned %d vectors", len(chunks), len(vecs))
	}

	put, err := s.st.PutArticle(ctx, a, chunks, vecs, emb.Model())
	if err != nil {
		return Result{}, fmt.Errorf("store: %w", err)
	}
	if put.Outcome == store.Duplicate {
		// The store's own dedupe rules caught what Existing did not; nothing changed.
		return s.duplicate(ctx, put.ID, a)
	}
	if err := s.index(ctx, put, prev); err != nil {
		return Result{}, err
	}
	a.ID = put.ID
	a.Body = ""
	return Result{Outcome: put.Outcome, Article: a, Chunks: len(put.Chunks)}, nil
}

// duplicate reports an article that is already stored, as it is stored.
func (s *Service) duplicate(ctx context.Context, id string, a corpus.Article) (Result, error) {
	stored, err := s.st.Article(ctx, id)
	if err != nil {
		return Result{}, fmt.Errorf("load duplicate %s: %w", id, err)
	}
	stored.Body = ""
	return Result{Outcome: store.Duplicate, Article: stored}, nil
}

// index brings the vector index in line with a store write. If that fails,
// the store write is undone: a new article is removed again, an updated one
// gets its previous version back (prev, read before the write). A
// half-ingested article (stored but not searchable by vector, or with stale
// chunks) would be worse than a clear failure the user can retry, and
// deleting the good version an update was meant to replace worse still.
func (s *Service) index(ctx context.Context, put store.PutResult, prev *corpus.Article) error {
	err := s.idx.Remove(ctx, put.RemovedIDs)
	if err == nil {
		err = s.idx.Add(ctx, put.Chunks)
	}
	if err == nil {
		return nil
	}
	err = fmt.Errorf("index: %w", err)
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), compensateTimeout)
	defer cancel()
	if put.Outcome == store.Updated && prev != nil && prev.ID == put.ID {
		if rerr := s.restore(cctx, put, *prev); rerr != nil {
			return errors.Join(err, fmt.Errorf("restore previous version: %w", rerr))
		}
		return err
	}
	removed, rerr := s.st.RemoveArticle(cctx, put.ID)
	if rerr != nil {
		return errors.Join(err, fmt.Errorf("undo store write: %w", rerr))
	}
	if rerr := s.idx.Remove(cctx, removed); rerr != nil {
		return errors.Join(err, fmt.Errorf("undo index update: %w", rerr))
	}
	return err
}

// restore puts prev back in store and index after a failed update. Its
// chunks are re-embedded rather than read back: the store deleted them, and
// the index holds only normalised vectors of some of them. The local
// embedder is cheap and the OpenAI one answers from its cache, since these
// texts were embedded before.
func (s *Service) restore(ctx context.Context, put store.PutResult, prev corpus.Article) error {
	newIDs := make([]int64, len(put.Chunks))
	for i, c := range put.Chunks {
		newIDs[i] = c.ID
	}
	if err := s.idx.Remove(ctx, newIDs); err != nil {
		return fmt.Errorf("drop new chunks from index: %w", err)
	}
	chunks := corpus.Split(prev, corpus.ChunkOptions{})
	texts := make([]string, len(chunks))
	for i, c := range chunks {
		texts[i] = c.EmbedText()
	}
	emb := s.idx.Embedder()
	vecs, err := emb.Embed(ctx, texts)
	if err != nil {
		return fmt.Errorf("embed %d chunks: %w", len(chunks), err)
	}
	if len(vecs) != len(chunks) {
		return fmt.Errorf("embed %d chunks: embedder returned %d vectors", len(chunks), len(vecs))
	}
	back, err := s.st.PutArticle(ctx, prev, chunks, vecs, emb.Model())
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	// The old chunk ids may still be indexed if the failure came before
	// the index dropped them; the store has given their passages new ids.
	if err := s.idx.Remove(ctx, put.RemovedIDs); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if err := s.idx.Add(ctx, back.Chunks); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

// AddFile parses data by name (.md/.txt/.html) and ingests it.
// (corpus errors already name the operation and the input.)
func (s *Service) AddFile(ctx context.Context, name string, data []byte) (Result, error) {
	a, err := corpus.Parse(name, data)
	if err != nil {
		return Result{}, err
	}
	return s.Add(ctx, a)
}

// AddPath parses the file at path (its content is data) and ingests it.
// A file that names neither an id nor a URL gets an id derived from its
// path (FileID), so ingesting it again after an edit updates its article
// instead of adding a copy next to it (the default id comes from the body).
func (s *Service) AddPath(ctx context.Context, path string, data []byte) (Result, error) {
	a, err := corpus.Parse(filepath.Base(path), data)
	if err != nil {
		return Result{}, err
	}
	if a.URL == "" && a.ID == corpus.DeriveID(a) {
		id, err := FileID(path)
		if err != nil {
			return Result{}, fmt.Errorf("ingest %s: %w", path, err)
		}
		a.ID = id
	}
	return s.Add(ctx, a)
}

// FileID is the article id of a file that names none: "f-" and 16 hex
// digits of the SHA-256 of its absolute, cleaned path. The same file keeps
// its id however it is named on the command line (a relative path, its
// directory); a moved or renamed file becomes a new article.
func FileID(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("article id from path: %w", err)
	}
	sum := sha256.Sum256([]byte(filepath.ToSlash(abs)))
	return "f-" + hex.EncodeToString(sum[:8]), nil
}

// AddURL fetches, extracts and ingests a web article.
func (s *Service) AddURL(ctx context.Context, url string) (Result, error) {
	if s.fetcher == nil {
		return Result{}, fmt.Errorf("fetch %s: %w", secret.RedactURL(url), ErrNoFetcher)
	}
	a, err := s.fetcher.Fetch(ctx, url)
	if err != nil {
		return Result{}, err
	}
	return s.Add(ctx, a)
}

// AddText ingests pasted text (first line = title).
func (s *Service) AddText(ctx context.Context, text string) (Result, error) {
	a, err := corpus.ParseText(text)
	if err != nil {
		return Result{}, err
	}
	return s.Add(ctx, a)
}

// Remove deletes an article from store and index. store.ErrNotFound if absent.
func (s *Service) Remove(ctx context.Context, id string) error {
	if err := s.lock(ctx); err != nil {
		return fmt.Errorf("remove %s: %w", id, err)
	}
	defer s.unlock()
	ids, err := s.st.RemoveArticle(ctx, id)
	if err != nil {
		return fmt.Errorf("remove %s: %w", id, err)
	}
	// The store is the source of truth, and the removal is in its change
	// sequence: the index is brought in line by the next Sync (or the next
	// start), so a failure here is reported but not undone.
	if err := s.idx.Remove(ctx, ids); err != nil {
		return fmt.Errorf("remove %s from index: %w", id, err)
	}
	return nil
}

// SeedIfEmpty ingests the shipped seed articles into a store that was
// never seeded and holds no article, and returns how many were added. A
// seed run that was interrupted is resumed (seeds already stored come back
// as duplicates at no embedding cost). A corpus once seeded or filled is not
// seeded again when its articles are all removed.
func (s *Service) SeedIfEmpty(ctx context.Context) (int, error) {
	stats, err := s.st.CorpusStats(ctx)
	if err != nil {
		return 0, fmt.Errorf("seed: corpus stats: %w", err)
	}
	pending, err := s.st.Meta(ctx, seedingKey)
	if err != nil {
		return 0, fmt.Errorf("seed: %w", err)
	}
	seeded, err := s.st.Meta(ctx, seededKey)
	if err != nil {
		return 0, fmt.Errorf("seed: %w", err)
	}
	if pending == "" && seeded != "" {
		return 0, nil
	}
	if stats.Articles > 0 && pending == "" {
		// A store filled before seededKey existed: remember it is not new.
		if err := s.st.SetMeta(ctx, seededKey, "1"); err != nil {
			return 0, fmt.Errorf("seed: %w", err)
		}
		return 0, nil
	}
	seeds, err := corpus.Seeds()
	if err != nil {
		return 0, fmt.Errorf("seed: %w", err)
	}
	if err := s.st.SetMeta(ctx, seedingKey, "1"); err != nil {
		return 0, fmt.Errorf("seed: %w", err)
	}
	added := 0
	for _, a := range seeds {
		res, err := s.Add(ctx, a)
		if err != nil {
			return added, fmt.Errorf("seed: %w", err)
		}
		if res.Outcome == store.Added {
			added++
		}
	}
	if err := s.st.SetMeta(ctx, seededKey, "1"); err != nil {
		return added, fmt.Errorf("seed: %w", err)
	}
	if err := s.st.SetMeta(ctx, seedingKey, ""); err != nil {
		return added, fmt.Errorf("seed: %w", err)
	}
	return added, nil
}

// describe names an article in an error before it has a final id.
func describe(a corpus.Article) string {
	switch {
	case a.ID != "":
		return a.ID
	case a.URL != "":
		return secret.RedactURL(a.URL)
	case a.Title != "":
		return fmt.Sprintf("%q", a.Title)
	}
	return "article"
}
