package retrieval

import (
	"context"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/store"
)

// eventually polls cond until it holds or 5 s (the promise to users) pass,
// and returns how long it took.
func eventually(t *testing.T, what string, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(5 * time.Second)
	for !cond() {
		select {
		case <-tick.C:
		case <-deadline:
			t.Fatalf("%s: not within 5 s", what)
		}
	}
	return time.Since(start)
}

// caughtUp reports whether e has applied every change in st.
func caughtUp(e *Engine, st *store.Store) func() bool {
	return func() bool {
		last, err := st.LastChange(context.Background())
		return err == nil && e.Seq() == last
	}
}

// finds reports whether a search for q returns article id among its hits.
func finds(t *testing.T, e *Engine, q, id string) bool {
	t.Helper()
	hits, err := e.Search(context.Background(), Query{Text: q, K: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.ArticleID == id {
			return true
		}
	}
	return false
}

func beringArticle(body string) corpus.Article {
	a := corpus.Article{
		ID: "bering-1", Title: "US and Russian coast guards agree Bering Sea fishing patrol rules",
		Source: "Test Wire", Lang: "en", Body: body,
	}
	if err := corpus.Finalize(&a); err != nil {
		panic(err)
	}
	return a
}

const (
	beringBody = "The United States and Russian coast guards agreed on joint patrol rules for pollock fishing in the Bering Sea.\n\n" +
		"Officials said the walrus haul-out sites near the maritime boundary would be closed to trawlers."
	beringEdited = "The United States and Russian coast guards agreed on joint patrol rules for pollock fishing in the Bering Sea.\n\n" +
		"A later statement added that icebreaker escorts would be shared during the winter crab season."
)

// TestFollowSeesAnotherProcess: two processes' handles on one database. A
// runs an engine that follows the change sequence; B ingests, edits,
// removes and reindexes through its own store.Open, as `detente ingest`,
// `remove` and `reindex` do. A's searches follow within 5 s each time.
func TestFollowSeesAnotherProcess(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stA, path := openStore(t)
	engA, err := Open(ctx, stA, NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, stA, engA, seeds(t)...)
	followErr := make(chan error, 1)
	go func() {
		followErr <- engA.Follow(ctx, stA, FollowOptions{Interval: 20 * time.Millisecond})
	}()

	stB, engB := otherProcess(t, path)

	const q = "walrus haul-out sites closed to trawlers in the Bering Sea"
	if finds(t, engA, q, "bering-1") {
		t.Fatal("found before it was ingested")
	}
	ingest(t, stB, engB, beringArticle(beringBody))
	d := eventually(t, "A finds B's new article", func() bool { return finds(t, engA, q, "bering-1") })
	t.Logf("ingest in B to searchable in A: %v", d)

	// An edit replaces the article's chunks: the old passage goes.
	ingest(t, stB, engB, beringArticle(beringEdited))
	const q2 = "icebreaker escorts during the winter crab season"
	eventually(t, "A applies the edit", caughtUp(engA, stB))
	if !finds(t, engA, q2, "bering-1") {
		t.Error("A misses the edited text")
	}
	hits, err := engA.Search(ctx, Query{Text: q, K: 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if strings.Contains(h.Text, "walrus") {
			t.Errorf("A still finds the edited-out passage %d", h.ChunkID)
		}
	}
	if engA.Count() != engB.Count() {
		t.Errorf("A indexes %d chunks, B %d", engA.Count(), engB.Count())
	}

	if _, err := stB.RemoveArticle(ctx, "bering-1"); err != nil {
		t.Fatal(err)
	}
	eventually(t, "A applies the removal", caughtUp(engA, stB))
	if finds(t, engA, q2, "bering-1") {
		t.Error("A still finds the removed article")
	}

	// B reindexes with another model; A switches embedder and vectors.
	before := engA.Count()
	if stats, _ := stA.CorpusStats(ctx); stats.Chunks != before {
		t.Errorf("A indexes %d chunks, the store holds %d", before, stats.Chunks)
	}
	engR, err := OpenForReindex(ctx, stB, NewLocalEmbedder(128))
	if err != nil {
		t.Fatal(err)
	}
	if err := engR.Reindex(ctx, NewLocalEmbedder(128), nil); err != nil {
		t.Fatal(err)
	}
	eventually(t, "A takes up the reindex", func() bool { return engA.Embedder().Model() == "local-v1-128" })
	if engA.Count() != before {
		t.Errorf("after the reindex A indexes %d chunks, want %d", engA.Count(), before)
	}
	if !finds(t, engA, "How many companies did the US sanction on March 26?", seedAntonov) {
		t.Error("A's search misses after the reindex")
	}
	// And keeps following on the new model.
	ingest(t, stB, engR, beringArticle(beringBody))
	eventually(t, "A finds an article embedded with the new model", func() bool { return finds(t, engA, q, "bering-1") })

	cancel()
	if err := <-followErr; !errors.Is(err, context.Canceled) {
		t.Errorf("Follow returned %v", err)
	}
}

// TestSyncIsIdempotentWithInProcessIngest: the serving process's own
// ingests come back through the change sequence; applying them again (or
// an old change after a newer write) leaves the index equal to the store.
func TestSyncIsIdempotentWithInProcessIngest(t *testing.T) {
	ctx := context.Background()
	e, st := seededEngine(t)
	ingest(t, st, e, beringArticle(beringBody))
	ingest(t, st, e, beringArticle(beringEdited))
	want := e.Count()
	n, err := e.Sync(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("Sync applied nothing")
	}
	if e.Count() != want {
		t.Errorf("Count after re-applying own changes = %d, want %d", e.Count(), want)
	}
	stats, _ := st.CorpusStats(ctx)
	if e.Count() != stats.Chunks {
		t.Errorf("index %d chunks, store %d", e.Count(), stats.Chunks)
	}
	if n, err := e.Sync(ctx, st, nil); err != nil || n != 0 {
		t.Errorf("second Sync = %d, %v; want nothing to do", n, err)
	}
}

// TestSyncReloadsWhenBehindThePrunedSequence: a follower whose cursor was
// pruned (stopped for a long time) rebuilds the index instead.
func TestSyncReloadsWhenBehindThePrunedSequence(t *testing.T) {
	ctx := context.Background()
	stA, path := openStore(t)
	engA, err := Open(ctx, stA, NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	stB, engB := otherProcess(t, path)
	ingest(t, stB, engB, seeds(t)...)
	if _, err := stB.DB().Exec("DELETE FROM changes"); err != nil {
		t.Fatal(err)
	}
	if _, err := engA.Sync(ctx, stA, nil); err != nil {
		t.Fatal(err)
	}
	if engA.Count() != engB.Count() || engA.Count() == 0 {
		t.Errorf("A indexes %d chunks after the reload, B %d", engA.Count(), engB.Count())
	}
	if last, _ := stA.LastChange(ctx); engA.Seq() != last {
		t.Errorf("cursor %d, want %d", engA.Seq(), last)
	}
}

// TestFollowSwitchesOnlyToAKnownEmbedder: a reindex with a model this
// process cannot embed with keeps the old index serving (and says so),
// rather than comparing vectors of two models.
func TestFollowSwitchesOnlyToAKnownEmbedder(t *testing.T) {
	ctx := context.Background()
	e, st := seededEngine(t)
	vecs := map[int64][]float32{}
	st.EachChunkText(ctx, func(id int64, _ string) error { vecs[id] = []float32{1, 0}; return nil })
	if err := st.ReplaceVectors(ctx, "remote-embed", vecs); err != nil {
		t.Fatal(err)
	}
	before := e.Count()
	if _, err := e.Sync(ctx, st, nil); err == nil {
		t.Fatal("Sync switched to a model it has no embedder for")
	}
	if e.Count() != before || e.Embedder().Model() != NewLocalEmbedder(0).Model() {
		t.Errorf("failed switch changed the index")
	}
	var asked []string
	factory := func(_ context.Context, model string) (Embedder, error) {
		asked = append(asked, model)
		return fixedEmbedder{model: model, dim: 2}, nil
	}
	if _, err := e.Sync(ctx, st, factory); err != nil {
		t.Fatal(err)
	}
	if len(asked) != 1 || asked[0] != "remote-embed" || e.Embedder().Model() != "remote-embed" {
		t.Errorf("asked %v, engine on %s", asked, e.Embedder().Model())
	}
}

// fixedEmbedder embeds every text as the same unit vector.
type fixedEmbedder struct {
	model string
	dim   int
}

func (f fixedEmbedder) Model() string { return f.model }
func (f fixedEmbedder) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i := range out {
		out[i] = make([]float32, f.dim)
		out[i][0] = 1
	}
	return out, nil
}

// lateIngestEmbedder is the new model's embedder during a reindex while
// another process keeps ingesting with the old model: every call for the
// first few lets one more article land in the store.
type lateIngestEmbedder struct {
	Embedder
	mu    sync.Mutex
	calls int
	land  func(n int)
}

func (l *lateIngestEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	l.mu.Lock()
	l.calls++
	n := l.calls
	l.mu.Unlock()
	if n <= 4 {
		l.land(n)
	}
	return l.Embedder.Embed(ctx, texts)
}

// TestReindexCatchesArticlesWrittenMeanwhile: articles another process
// ingests while the reindex runs, including after its last listing pass,
// end up with the new model's vectors; none keeps the old one.
func TestReindexCatchesArticlesWrittenMeanwhile(t *testing.T) {
	ctx := context.Background()
	stA, path := openStore(t)
	engA, _ := Open(ctx, stA, NewLocalEmbedder(0))
	ingest(t, stA, engA, seeds(t)...)
	stB, engB := otherProcess(t, path)

	emb := &lateIngestEmbedder{Embedder: NewLocalEmbedder(64), land: func(n int) {
		a := beringArticle(beringBody + "\n\nUpdate number " + string(rune('0'+n)) + ".")
		a.ID = "late-" + string(rune('0'+n))
		ingest(t, stB, engB, a)
	}}
	engR, _ := OpenForReindex(ctx, stA, emb)
	if err := engR.Reindex(ctx, emb, nil); err != nil {
		t.Fatal(err)
	}
	var stale int
	if err := stA.DB().QueryRow("SELECT count(*) FROM chunks WHERE model <> 'local-v1-64'").Scan(&stale); err != nil {
		t.Fatal(err)
	}
	if stale != 0 {
		t.Errorf("%d chunks kept the old model's vectors", stale)
	}
	stats, _ := stA.CorpusStats(ctx)
	if engR.Count() != stats.Chunks || stats.Articles != len(seeds(t))+4 {
		t.Errorf("reindexed index %d chunks, store %d chunks in %d articles", engR.Count(), stats.Chunks, stats.Articles)
	}
}

// BenchmarkFollowLatency measures, with serve's poll interval, the time from
// an ingest committed through another store handle (another process) to
// the article being found by the following engine's search. Run with
// -benchtime=Nx: each op takes about half the interval.
func BenchmarkFollowLatency(b *testing.B) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stA, path := openStore(b)
	engA, err := Open(ctx, stA, NewLocalEmbedder(0))
	if err != nil {
		b.Fatal(err)
	}
	ingest(b, stA, engA, seeds(b)...)
	go engA.Follow(ctx, stA, FollowOptions{})
	stB, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer stB.Close()
	engB, _ := Open(ctx, stB, NewLocalEmbedder(0))
	var worst, total time.Duration
	i := 0
	for b.Loop() {
		i++
		// A user's ingest lands at any point of the poll cycle, not just
		// after the poll that found the previous one.
		b.StopTimer()
		time.Sleep(rand.N(DefaultFollowInterval))
		b.StartTimer()
		a := beringArticle(beringBody)
		a.ID = "bering-" + strconv.Itoa(i)
		a.Body += "\n\nReport " + strconv.Itoa(i) + "."
		a.Hash = corpus.BodyHash(a.Body)
		ingest(b, stB, engB, a)
		start := time.Now()
		for {
			if hasArticle(engA, a.ID) {
				break
			}
			if time.Since(start) > 5*time.Second {
				b.Fatalf("article %s not followed within 5 s", a.ID)
			}
			time.Sleep(time.Millisecond)
		}
		worst = max(worst, time.Since(start))
		total += time.Since(start)
	}
	b.ReportMetric(float64(worst.Milliseconds()), "worst-ms")
	b.ReportMetric(float64(total.Milliseconds())/float64(i), "mean-ms")
}

// hasArticle reports whether the index holds chunks of article id.
func hasArticle(e *Engine, id string) bool {
	e.mu.RLock()
	defer e.mu.RUnlock()
	for _, a := range e.ids {
		if a == id {
			return true
		}
	}
	return false
}

// BenchmarkSyncOneUpdate is the follower's cost of applying one article
// update made by another process, on a 20k-chunk index: the change read,
// the article's vectors read, the pass over the id map, the index update.
func BenchmarkSyncOneUpdate(b *testing.B) {
	ctx := context.Background()
	st, _ := openStore(b)
	e, err := Open(ctx, st, NewLocalEmbedder(0))
	if err != nil {
		b.Fatal(err)
	}
	benchCorpus(b, st, e, 20000, 10)
	if _, err := e.Sync(ctx, st, nil); err != nil {
		b.Fatal(err)
	}
	emb := e.Embedder()
	i := 0
	for b.Loop() {
		b.StopTimer()
		i++
		a := beringArticle(beringBody + "\n\nRevision " + strconv.Itoa(i) + ".")
		chunks := corpus.Split(a, corpus.ChunkOptions{})
		texts := make([]string, len(chunks))
		for j, c := range chunks {
			texts[j] = c.EmbedText()
		}
		vecs, _ := emb.Embed(ctx, texts)
		if _, err := st.PutArticle(ctx, a, chunks, vecs, emb.Model()); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if n, err := e.Sync(ctx, st, nil); err != nil || n != 1 {
			b.Fatal(n, err)
		}
	}
}
