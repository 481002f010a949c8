package retrieval

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"strconv"
	"sync"

	chromem "github.com/philippgille/chromem-go"

	"github.com/detente/detente/store"
)

// reindexBatch is how many chunk texts Reindex hands the embedder at once:
// large enough for the local embedder to use every CPU and the OpenAI one to
// fill several requests, small enough for a useful progress callback.
const reindexBatch = 512

// Engine is the searchable index: chromem-go collection (vectors) + store (keywords, metadata).
//
// The collection lives in memory only and is rebuilt from the store on Open:
// chromem-go's own persistence writes one file per document named by a hash
// of its id, which loses documents whose hashes collide, and the store
// already holds every vector.
type Engine struct {
	st *store.Store

	// mu guards the fields below. Searches hold it shared while they query
	// the collection; Add, Remove and the swap at the end of Reindex hold it
	// exclusively. That also keeps chromem-go's Delete, which reads its
	// document map before locking, from ever running beside an insert, and
	// keeps the collection from shrinking between a search's count and its
	// query (chromem-go rejects nResults > Count).
	mu   sync.RWMutex
	emb  Embedder
	coll *chromem.Collection
	ids  map[int64]string // chunk id -> article id, exactly the collection's documents
	dim  int              // vector length in the collection, 0 while empty

	// writeMu serialises Add, Remove, Reindex and the application of
	// changes (Sync): the index changes only through one of them at a time,
	// and Reindex's rebuild from the store sees every write that finished
	// before it.
	writeMu sync.Mutex
	// seq is the change sequence number the index reflects (see Sync);
	// guarded by writeMu.
	seq int64

	// docFreqs caches DocFreqs; add and remove tell it the index's size,
	// reload empties it.
	docFreqs docFreqCache
}

// index is one built collection with its id map.
type index struct {
	coll *chromem.Collection
	ids  map[int64]string
	dim  int
}

// Open loads every chunk vector from st into memory. If the store's recorded
// embedding model differs from emb.Model() it returns an error wrapping
// ErrModelMismatch (unless the store has no chunks yet).
func Open(ctx context.Context, st *store.Store, emb Embedder) (*Engine, error) {
	if st == nil || emb == nil {
		return nil, errors.New("open index: nil store or embedder")
	}
	if err := checkModel(ctx, st, emb.Model()); err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	// Read before the load: changes committed while loading are applied
	// again by Sync, which is harmless (it re-reads each article).
	seq, err := st.LastChange(ctx)
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	ix, err := load(ctx, st)
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	return &Engine{st: st, emb: emb, coll: ix.coll, ids: ix.ids, dim: ix.dim, seq: seq}, nil
}

// OpenForReindex returns an engine with an empty index, for Reindex to fill.
// It neither compares models nor loads the stored vectors: a store left on
// another model, or with vectors of two dimensions, is exactly what reindex
// must be able to repair, and Open refuses both. Searches find nothing until
// Reindex succeeds.
func OpenForReindex(ctx context.Context, st *store.Store, emb Embedder) (*Engine, error) {
	if st == nil || emb == nil {
		return nil, errors.New("open index for reindex: nil store or embedder")
	}
	coll, err := newCollection()
	if err != nil {
		return nil, fmt.Errorf("open index for reindex: %w", err)
	}
	return &Engine{st: st, emb: emb, coll: coll, ids: map[int64]string{}}, nil
}

// StoredModel returns the embedding model of the vectors in st ("" before
// any were stored), so that callers need not know where it is recorded.
func StoredModel(ctx context.Context, st *store.Store) (string, error) {
	m, err := st.Meta(ctx, store.MetaEmbedModel)
	if err != nil {
		return "", fmt.Errorf("stored embedding model: %w", err)
	}
	return m, nil
}

// checkModel fails with ErrModelMismatch when the store holds chunks
// embedded by another model than want.
func checkModel(ctx context.Context, st *store.Store, want string) error {
	have, err := StoredModel(ctx, st)
	if err != nil {
		return err
	}
	if have == "" || have == want {
		return nil
	}
	stats, err := st.CorpusStats(ctx)
	if err != nil {
		return err
	}
	if stats.Chunks == 0 {
		return nil
	}
	return fmt.Errorf("%w: the index was built with %q but the configured embedder is %q; run `detente reindex` to re-embed the corpus",
		ErrModelMismatch, have, want)
}

// newCollection returns an empty in-memory collection. Its embedding
// function refuses to run: every document and query arrives with its vector,
// and a silent call to chromem-go's default (OpenAI) would leak text to the
// network.
func newCollection() (*chromem.Collection, error) {
	return chromem.NewDB().CreateCollection("chunks", nil, func(context.Context, string) ([]float32, error) {
		return nil, errors.New("retrieval: chromem-go asked to embed text; vectors must be supplied")
	})
}

// load builds a collection from every vector in the store. Inserting into
// the collection runs on other goroutines while SQLite streams the rows, so
// the cold start costs about the scan alone.
func load(ctx context.Context, st *store.Store) (index, error) {
	coll, err := newCollection()
	if err != nil {
		return index{}, err
	}
	ix := index{coll: coll, ids: map[int64]string{}}

	const batch = 2048
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan []chromem.Document, 4)
	workers := max(1, runtime.GOMAXPROCS(0)-1)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for docs := range batches {
				if errs[w] != nil {
					continue // drain so the producer never blocks
				}
				for i := range docs {
					if err := coll.AddDocument(ctx, docs[i]); err != nil {
						errs[w] = fmt.Errorf("index chunk %s: %w", docs[i].ID, err)
						cancel()
						break
					}
				}
			}
		})
	}

	docs := make([]chromem.Document, 0, batch)
	var meta map[string]string // shared by consecutive chunks of one article (chromem copies it)
	err = st.EachChunkVector(ctx, func(id int64, articleID string, vec []float32) error {
		if ix.dim == 0 {
			ix.dim = len(vec)
		}
		if len(vec) != ix.dim {
			return fmt.Errorf("chunk %d has a %d-dimensional vector, others %d: run `detente reindex`", id, len(vec), ix.dim)
		}
		// The store hands out slices it never reuses, so they are kept as
		// they are unless they need normalising.
		v := normalized(vec)
		if v == nil {
			return fmt.Errorf("chunk %d has a zero or non-finite vector: run `detente reindex`", id)
		}
		if meta == nil || meta["a"] != articleID {
			meta = map[string]string{"a": articleID}
		}
		docs = append(docs, chromem.Document{ID: strconv.FormatInt(id, 10), Metadata: meta, Embedding: v})
		ix.ids[id] = articleID
		if len(docs) == batch {
			select {
			case batches <- docs:
			case <-ctx.Done():
				return ctx.Err()
			}
			docs = make([]chromem.Document, 0, batch)
		}
		return nil
	})
	if err == nil && len(docs) > 0 {
		batches <- docs
	}
	close(batches)
	wg.Wait()
	if err2 := errors.Join(errs...); err2 != nil {
		return index{}, err2
	}
	if err != nil {
		return index{}, fmt.Errorf("load vectors: %w", err)
	}
	return ix, nil
}

// addDocs inserts documents with one goroutine per CPU over contiguous
// shares. chromem-go's AddDocuments would start a goroutine per document,
// which at 100k documents costs more than the inserts.
func addDocs(ctx context.Context, coll *chromem.Collection, docs []chromem.Document) error {
	workers := min(runtime.GOMAXPROCS(0), max(1, len(docs)/1024))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(docs)/workers, (w+1)*len(docs)/workers
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				if err := coll.AddDocument(ctx, docs[i]); err != nil {
					errs[w] = fmt.Errorf("index chunk %s: %w", docs[i].ID, err)
					return
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Embedder returns the engine's embedder (ingest embeds chunks with it).
func (e *Engine) Embedder() Embedder {
	e.mu.RLock()
	defer e.mu.RUnlock()
	return e.emb
}

// Add puts stored chunks (with vectors) into the vector index. Every vector
// must have the index's dimension and a finite, non-zero length; otherwise
// nothing is added.
//
// Chunks already indexed are left as they are: the store never reuses a
// chunk id for another passage, and the index may hold a newer vector for it
// than the caller (an ingest that raced a Reindex embedded it with the old
// model; the Reindex re-embedded it from the store).
func (e *Engine) Add(ctx context.Context, chunks []store.Chunk) error {
	e.writeMu.Lock()
	defer e.writeMu.Unlock()
	return e.add(ctx, chunks)
}

// add is Add; the caller holds writeMu.
func (e *Engine) add(ctx context.Context, chunks []store.Chunk) error {
	e.mu.RLock()
	dim := e.dim
	fresh := make([]store.Chunk, 0, len(chunks))
	for _, c := range chunks {
		if _, ok := e.ids[c.ID]; !ok {
			fresh = append(fresh, c)
		}
	}
	e.mu.RUnlock()
	chunks = fresh
	if len(chunks) == 0 {
		return nil
	}
	docs := make([]chromem.Document, len(chunks))
	for i, c := range chunks {
		if dim == 0 {
			dim = len(c.Vector)
		}
		if len(c.Vector) != dim {
			return fmt.Errorf("index add: chunk %d has a %d-dimensional vector, the index %d", c.ID, len(c.Vector), dim)
		}
		v := normalized(c.Vector)
		if v == nil {
			return fmt.Errorf("index add: chunk %d has a zero or non-finite vector", c.ID)
		}
		if &v[0] == &c.Vector[0] {
			// chromem keeps the slice; the caller's copy must not alias it.
			v = append([]float32(nil), v...)
		}
		docs[i] = chromem.Document{ID: strconv.FormatInt(c.ID, 10), Metadata: map[string]string{"a": c.ArticleID}, Embedding: v}
	}

	e.mu.Lock()
	defer e.mu.Unlock()
	if err := addDocs(ctx, e.coll, docs); err != nil {
		// Keep the id map equal to the collection even after a partial add.
		for _, c := range chunks {
			if _, err := e.coll.GetByID(ctx, strconv.FormatInt(c.ID, 10)); err == nil {
				e.ids[c.ID] = c.ArticleID
			}
		}
		return fmt.Errorf("index add: %w", err)
	}
	for _, c := range chunks {
		e.ids[c.ID] = c.ArticleID
	}
	e.dim = dim
	e.docFreqs.resize(len(e.ids))
	return nil
}

// Remove drops chunks from the vector index. Unknown ids are ignored.
func (e *Engine) Remove(ctx context.Context, ids []int64) error {
	e.writeMu.Lock()
	defer e.writeMu.Unlock()
	return e.remove(ctx, ids)
}

// remove is Remove; the caller holds writeMu.
func (e *Engine) remove(ctx context.Context, ids []int64) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	var del []string
	for _, id := range ids {
		if _, ok := e.ids[id]; ok {
			del = append(del, strconv.FormatInt(id, 10))
		}
	}
	if len(del) == 0 {
		return nil
	}
	if err := e.coll.Delete(ctx, nil, nil, del...); err != nil {
		return fmt.Errorf("index remove: %w", err)
	}
	for _, id := range ids {
		delete(e.ids, id)
	}
	e.docFreqs.resize(len(e.ids))
	if len(e.ids) == 0 {
		e.dim = 0
	}
	return nil
}

// Count is the number of indexed chunks.
func (e *Engine) Count() int {
	e.mu.RLock()
	defer e.mu.RUnlock()
	return e.coll.Count()
}

// Reindex re-embeds every chunk with emb, stores the vectors and model, and
// swaps the in-memory index. progress may be nil.
//
// Nothing is written until every chunk is embedded: then all vectors and
// the model are stored in one transaction, and the new index, built in
// memory from those same vectors, replaces the old one. A failure before
// that write (the embedding server, a cancelled ctx) leaves store, index and
// embedder as they were, so the running engine keeps ingesting. Chunks the
// store gains while the corpus is being embedded are caught by later passes,
// and the final transaction verifies that no chunk (from an ingest in
// another process) is left with the old model's vector, embedding any it
// finds and trying again; chunks the store loses are dropped.
func (e *Engine) Reindex(ctx context.Context, emb Embedder, progress func(done, total int)) error {
	if emb == nil {
		return errors.New("reindex: nil embedder")
	}
	if progress == nil {
		progress = func(int, int) {}
	}
	e.writeMu.Lock()
	defer e.writeMu.Unlock()

	model := emb.Model()
	vecs := map[int64][]float32{}
	total := 0
	var docs []chromem.Document
	// Pass 0 embeds the corpus; later passes catch chunks written meanwhile
	// (an ingest in another goroutine or process writes the store before
	// the index), the last ones those the final transaction found.
	for pass := 0; ; pass++ {
		items, err := e.chunkTexts(ctx, vecs)
		if err != nil {
			return fmt.Errorf("reindex: %w", err)
		}
		total += len(items)
		if err := embedInto(ctx, emb, items, vecs, func(n int) { progress(total-len(items)+n, total) }); err != nil {
			return fmt.Errorf("reindex with %s: %w", model, err)
		}
		if pass < 2 && len(items) > 0 {
			continue // another listing pass is cheaper than a refused write
		}
		if docs, err = e.documents(ctx, vecs); err != nil {
			return fmt.Errorf("reindex with %s: %w", model, err)
		}
		// The one write: every vector and the model, or nothing.
		err = e.setVectors(ctx, model, vecs)
		var se *store.StragglersError
		if err == nil {
			break
		}
		if !errors.As(err, &se) || pass >= maxReindexPasses {
			return fmt.Errorf("reindex with %s: %w", model, err)
		}
	}
	// From here the store is on the new model, so the engine must follow it
	// whatever happens: the build below works on validated vectors in memory
	// and must not be cut short by ctx.
	coll, err := newCollection()
	if err == nil {
		kept := docs[:0]
		for _, d := range docs {
			if id, _ := strconv.ParseInt(d.ID, 10, 64); vecs[id] != nil {
				kept = append(kept, d) // setVectors drops chunks deleted meanwhile
			}
		}
		docs = kept
		err = addDocs(context.WithoutCancel(ctx), coll, docs)
	}
	if err != nil {
		return fmt.Errorf("reindex with %s: vectors stored, but building the index failed (restart to load them): %w", model, err)
	}
	ids := make(map[int64]string, len(docs))
	for _, d := range docs {
		id, _ := strconv.ParseInt(d.ID, 10, 64)
		ids[id] = d.Metadata["a"]
	}
	dim := 0
	if len(docs) > 0 {
		dim = len(docs[0].Embedding)
	}
	e.mu.Lock()
	e.emb, e.coll, e.ids, e.dim = emb, coll, ids, dim
	e.mu.Unlock()
	return nil
}

// embedInto embeds items in batches into vecs, reporting how many are done.
func embedInto(ctx context.Context, emb Embedder, items []chunkText, vecs map[int64][]float32, done func(int)) error {
	done(0)
	for lo := 0; lo < len(items); lo += reindexBatch {
		batch := items[lo:min(lo+reindexBatch, len(items))]
		texts := make([]string, len(batch))
		for i, it := range batch {
			texts[i] = it.text
		}
		out, err := emb.Embed(ctx, texts)
		if err != nil {
			return err
		}
		if len(out) != len(batch) {
			return fmt.Errorf("embedder returned %d vectors for %d texts", len(out), len(batch))
		}
		for i, it := range batch {
			vecs[it.id] = out[i]
		}
		done(lo + len(batch))
	}
	return nil
}

// documents validates vecs (one dimension, finite and non-zero) and turns
// them into index documents with their article ids, before anything is
// written, so that a bad vector fails the reindex while it can still change
// nothing. Article ids come from the current index, or from the store for
// chunks it does not hold (written meanwhile, or an engine opened for reindex).
func (e *Engine) documents(ctx context.Context, vecs map[int64][]float32) ([]chromem.Document, error) {
	articles := make(map[int64]string, len(vecs))
	var missing []int64
	e.mu.RLock()
	for id := range vecs {
		if a, ok := e.ids[id]; ok {
			articles[id] = a
		} else {
			missing = append(missing, id)
		}
	}
	e.mu.RUnlock()
	if len(missing) > 0 {
		chunks, err := e.st.ChunksByID(ctx, missing)
		if err != nil {
			return nil, err
		}
		for _, c := range chunks {
			articles[c.ID] = c.ArticleID
		}
	}
	docs := make([]chromem.Document, 0, len(vecs))
	dim := 0
	for id, vec := range vecs {
		a, ok := articles[id]
		if !ok {
			delete(vecs, id) // deleted since it was listed
			continue
		}
		if dim == 0 {
			dim = len(vec)
		}
		if len(vec) != dim {
			return nil, fmt.Errorf("chunk %d got a %d-dimensional vector, others %d", id, len(vec), dim)
		}
		v := normalized(vec)
		if v == nil {
			return nil, fmt.Errorf("chunk %d got a zero or non-finite vector", id)
		}
		docs = append(docs, chromem.Document{ID: strconv.FormatInt(id, 10), Metadata: map[string]string{"a": a}, Embedding: v})
	}
	return docs, nil
}

type chunkText struct {
	id   int64
	text string
}

// chunkTexts lists the stored chunks not in skip. It collects before
// embedding: an embedder may itself use the store (its cache), and holding
// the read cursor open meanwhile would tie up a connection for minutes.
func (e *Engine) chunkTexts(ctx context.Context, skip map[int64][]float32) ([]chunkText, error) {
	var items []chunkText
	err := e.st.EachChunkText(ctx, func(id int64, text string) error {
		if _, ok := skip[id]; !ok {
			items = append(items, chunkText{id, text})
		}
		return nil
	})
	return items, err
}

// maxReindexPasses bounds Reindex's passes over chunks written while it
// ran: a corpus that keeps growing faster than it can be embedded is
// reported rather than chased forever.
const maxReindexPasses = 8

// setVectors stores vecs, dropping chunks deleted since they were listed
// (the store refuses the whole write for an unknown id). A
// *store.StragglersError (chunks written since) is returned as it is.
func (e *Engine) setVectors(ctx context.Context, model string, vecs map[int64][]float32) error {
	for attempt := 0; ; attempt++ {
		err := e.st.ReplaceVectors(ctx, model, vecs)
		if err == nil || !errors.Is(err, store.ErrNotFound) || attempt == 3 {
			return err
		}
		present := map[int64]bool{}
		if err := e.st.EachChunkText(ctx, func(id int64, _ string) error {
			present[id] = true
			return nil
		}); err != nil {
			return err
		}
		for id := range vecs {
			if !present[id] {
				delete(vecs, id)
			}
		}
	}
}

// similarityFloor is the embedder's calibrated relevance floor, or a
// conservative default for embedders that do not declare one.
func similarityFloor(emb Embedder) float64 {
	if f, ok := emb.(interface{ SimilarityFloor() float64 }); ok {
		return f.SimilarityFloor()
	}
	return 0.5
}

// finite reports whether x is a usable score.
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
