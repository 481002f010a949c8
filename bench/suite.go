package bench

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/detente/detente/retrieval"
)

// SizeResult is everything measured at one corpus size and dimension.
type SizeResult struct {
	Chunks  int `json:"chunks"`
	Dim     int `json:"dim"`
	Queries int `json:"queries"`
	K       int `json:"k"`

	// Latency of one query, all measured in the same run, interleaved
	// query by query so machine noise hits every method alike.
	Floor1  Percentiles `json:"floor_1"` // streaming dot products, one goroutine
	FloorN  Percentiles `json:"floor_n"` // the same split over GOMAXPROCS goroutines (as chromem does)
	Chromem Percentiles `json:"chromem"` // raw chromem-go QueryEmbedding
	Vector  Percentiles `json:"vector"`  // retrieval.Engine.Search, Mode Vector
	Hybrid  Percentiles `json:"hybrid"`  // retrieval.Engine.Search, default hybrid + expansion
	Keyword Percentiles `json:"keyword"` // retrieval.Engine.Search, Mode Keyword (BM25 share of hybrid)

	BuildSeconds   float64 `json:"build_seconds"`    // writing the store (not a target)
	DiskBytes      int64   `json:"disk_bytes"`       // data directory after the build
	OpenSeconds    float64 `json:"open_seconds"`     // store.Open + retrieval.Open in process
	ColdSeconds    float64 `json:"cold_seconds"`     // process exec to engine ready (0 if not measured)
	RawVectorBytes int64   `json:"raw_vector_bytes"` // chunks × dim × 4
	EngineHeap     int64   `json:"engine_heap"`      // Go heap kept by the loaded engine
	EngineRSS      int64   `json:"engine_rss"`       // resident memory added by loading it
	ChromemHeap    int64   `json:"chromem_heap"`     // Go heap kept by raw chromem-go
}

// SizeOptions tunes RunSize.
type SizeOptions struct {
	Queries int    // timed queries per method (default 200)
	K       int    // results per query (default 6, the answer's default)
	Seed    uint64 // vectors and questions
	// ColdStart, if set, measures process start to ready over the built
	// store, a data directory or a PostgreSQL URL (the command re-executes
	// itself).
	ColdStart func(ctx context.Context, loc string, dim int) (time.Duration, error)
	// Profile, if set, is started before the timed queries and stopped after.
	Profile func() (stop func())
	// Log receives progress lines (may be nil).
	Log func(format string, args ...any)
}

// withDefaults fills what opt leaves zero: 200 queries, k = 6, a log
// that drops its lines.
func (opt SizeOptions) withDefaults() SizeOptions {
	if opt.Queries <= 0 {
		opt.Queries = 200
	}
	if opt.K <= 0 {
		opt.K = 6
	}
	if opt.Log == nil {
		opt.Log = func(string, ...any) {}
	}
	return opt
}

// RunSize builds a store of c with dim-dimensional random vectors in dir,
// then measures cold start, memory and search latency on it.
func RunSize(ctx context.Context, dir string, c *Corpus, dim int, opt SizeOptions) (SizeResult, error) {
	opt = opt.withDefaults()
	logf := opt.Log
	res := SizeResult{Chunks: c.N, Dim: dim, Queries: opt.Queries, K: opt.K, RawVectorBytes: int64(c.N) * int64(dim) * 4}
	vecs := Vectors(c.N, dim, opt.Seed)
	emb := NewFixedEmbedder(dim)

	start := time.Now()
	if err := BuildStore(ctx, dir, c, vecs, dim, emb.Model()); err != nil {
		return res, err
	}
	res.BuildSeconds = time.Since(start).Seconds()
	res.DiskBytes = DirBytes(dir)
	logf("built %d×%d store in %.1fs, %d MB on disk", c.N, dim, res.BuildSeconds, res.DiskBytes>>20)

	if opt.ColdStart != nil {
		d, err := opt.ColdStart(ctx, dir, dim)
		if err != nil {
			return res, fmt.Errorf("cold start: %w", err)
		}
		res.ColdSeconds = d.Seconds()
	}

	h0, r0 := HeapInUse(), RSS()
	start = time.Now()
	st, eng, err := OpenEngine(ctx, dir, emb)
	if err != nil {
		return res, err
	}
	defer st.Close()
	res.OpenSeconds = time.Since(start).Seconds()
	h1, r1 := HeapInUse(), RSS()
	res.EngineHeap, res.EngineRSS = int64(h1)-int64(h0), int64(r1)-int64(r0)
	if eng.Count() != c.N {
		return res, fmt.Errorf("engine holds %d chunks, want %d", eng.Count(), c.N)
	}

	raw, err := NewRawChromem(ctx, Rows(vecs, dim))
	if err != nil {
		return res, err
	}
	res.ChromemHeap = int64(HeapInUse()) - int64(h1)
	logf("loaded: open %.2fs, engine heap %d MB, chromem heap %d MB", res.OpenSeconds, res.EngineHeap>>20, res.ChromemHeap>>20)

	qs := Questions(opt.Queries, opt.Seed)
	qv := Rows(Vectors(opt.Queries, dim, opt.Seed+1), dim)
	for i, q := range qs {
		emb.Set(q, qv[i])
	}
	if err := checkAgree(ctx, vecs, dim, raw, qv[0], opt.K); err != nil {
		return res, err
	}
	workers := runtime.GOMAXPROCS(0)
	methods := []struct {
		name string
		run  func(i int) error
		out  *[]time.Duration
	}{
		{name: "floor1", run: func(i int) error { FloorSearch(vecs, dim, qv[i], opt.K, 1); return nil }},
		{name: "floorN", run: func(i int) error { FloorSearch(vecs, dim, qv[i], opt.K, workers); return nil }},
		{name: "chromem", run: func(i int) error { _, err := raw.Query(ctx, qv[i], opt.K); return err }},
		{name: "vector", run: func(i int) error {
			_, err := eng.Search(ctx, retrieval.Query{Text: qs[i], K: opt.K, Mode: retrieval.Vector})
			return err
		}},
		{name: "keyword", run: func(i int) error {
			_, err := eng.Search(ctx, retrieval.Query{Text: qs[i], K: opt.K, Mode: retrieval.Keyword})
			return err
		}},
		{name: "hybrid", run: func(i int) error {
			_, err := eng.Search(ctx, retrieval.Query{Text: qs[i], K: opt.K})
			return err
		}},
	}
	times := make([][]time.Duration, len(methods))
	// Warm caches and code paths, untimed.
	for i := range min(5, len(qs)) {
		for _, m := range methods {
			if err := m.run(i); err != nil {
				return res, fmt.Errorf("%s: %w", m.name, err)
			}
		}
	}
	var stop func()
	if opt.Profile != nil {
		stop = opt.Profile()
	}
	for i := range qs {
		// Rotate the order so no method always runs right after another's
		// cache-thrashing pass.
		for j := range methods {
			mi := (i + j) % len(methods)
			t := time.Now()
			if err := methods[mi].run(i); err != nil {
				return res, fmt.Errorf("%s: %w", methods[mi].name, err)
			}
			times[mi] = append(times[mi], time.Since(t))
		}
		if err := ctx.Err(); err != nil {
			return res, err
		}
	}
	if stop != nil {
		stop()
	}
	res.Floor1, res.FloorN, res.Chromem = Summarize(times[0]), Summarize(times[1]), Summarize(times[2])
	res.Vector, res.Keyword, res.Hybrid = Summarize(times[3]), Summarize(times[4]), Summarize(times[5])
	runtime.KeepAlive(raw)
	return res, nil
}

// checkAgree makes sure the floor and chromem find the same nearest vector:
// if they did not, one of them would be measuring the wrong work.
func checkAgree(ctx context.Context, vecs []float32, dim int, raw *RawChromem, q []float32, k int) error {
	f := FloorSearch(vecs, dim, q, k, 2)
	c, err := raw.Query(ctx, q, k)
	if err != nil {
		return err
	}
	if len(f) == 0 || len(c) == 0 || f[0].Row != c[0] {
		return errors.New("bench: floor and chromem disagree on the nearest vector")
	}
	return nil
}

// ColdStartChild is the child side of a cold-start measurement: open the
// store at loc (a data directory or a PostgreSQL URL) and load the engine
// over it, then report readiness on stdout.
func ColdStartChild(ctx context.Context, loc string, dim int) error {
	if loc == "" {
		return errors.New("cold start child: no store location given")
	}
	st, eng, err := OpenEngine(ctx, loc, NewFixedEmbedder(dim))
	if err != nil {
		return err
	}
	defer st.Close()
	_, err = fmt.Fprintf(os.Stdout, "ready %d\n", eng.Count())
	return err
}
