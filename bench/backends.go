package bench

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	"github.com/detente/detente/ingest"
	"github.com/detente/detente/internal/pgtest"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

// Backend is a kind of store the comparison runs on: SQLite in a data
// directory, or a database on a PostgreSQL server.
type Backend struct {
	Name string
	// New returns the location of a new empty store (a data directory or a
	// PostgreSQL URL), for BuildStore and OpenEngine, and removes it with drop.
	New func(ctx context.Context, label string) (loc string, drop func() error, err error)
}

// SQLiteBackend makes stores in directories under base.
func SQLiteBackend(base string) Backend {
	return Backend{Name: "SQLite", New: func(_ context.Context, label string) (string, func() error, error) {
		dir, err := os.MkdirTemp(base, "sqlite-"+label+"-")
		if err != nil {
			return "", nil, err
		}
		return dir, func() error { return os.RemoveAll(dir) }, nil
	}}
}

// PostgresBackend makes a database per store on the server at serverURL
// (whose user may create databases), dropped afterwards.
func PostgresBackend(serverURL string) Backend {
	return Backend{Name: "PostgreSQL", New: func(ctx context.Context, label string) (string, func() error, error) {
		u, drop, err := pgtest.Create(ctx, serverURL, "detente_bench_"+label)
		if err != nil {
			return "", nil, fmt.Errorf("postgres: %w", err)
		}
		return u, func() error {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			return drop(ctx)
		}, nil
	}}
}

// StoreBytes is what a store occupies: the data directory's files, or the
// PostgreSQL database's size (tables, indexes, TOAST and their free space).
func StoreBytes(ctx context.Context, loc string) (int64, error) {
	if !IsURL(loc) {
		return DirBytes(loc), nil
	}
	db, err := sql.Open("pgx", loc)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var n int64
	if err := db.QueryRowContext(ctx, "SELECT pg_database_size(current_database())").Scan(&n); err != nil {
		return 0, fmt.Errorf("database size: %w", err)
	}
	return n, nil
}

// BackendSize is one backend's figures at one corpus size.
type BackendSize struct {
	Backend      string      `json:"backend"`
	BuildSeconds float64     `json:"build_seconds"` // PutArticle per article, vectors given
	BuildPerSec  float64     `json:"build_chunks_per_sec"`
	StoreBytes   int64       `json:"store_bytes"`
	OpenSeconds  float64     `json:"open_seconds"` // store.Open + retrieval.Open in process
	ColdSeconds  float64     `json:"cold_seconds"` // process exec to engine ready (0 if not measured)
	Keyword      Percentiles `json:"keyword"`      // Engine.Search, Mode Keyword
	Hybrid       Percentiles `json:"hybrid"`       // Engine.Search, default
}

// CompareResult is every backend's figures at one corpus size.
type CompareResult struct {
	Chunks   int           `json:"chunks"`
	Dim      int           `json:"dim"`
	Queries  int           `json:"queries"`
	Backends []BackendSize `json:"backends"`
}

// BackendIngest is the ingest pipeline's throughput into one backend.
type BackendIngest struct {
	Backend string  `json:"backend"`
	Chunks  int     `json:"chunks"`
	PerSec  float64 `json:"chunks_per_sec"`
}

// Comparison is the backends side by side, in one run.
type Comparison struct {
	Sizes  []CompareResult `json:"sizes"`
	Ingest []BackendIngest `json:"ingest"`
}

// CompareBackends builds the same store of c with dim-dimensional vectors on
// each backend, measures cold start and search on all of them. Everything
// is interleaved so that machine noise (two cores shared with other work)
// hits every backend alike and the ratios are fair even when the absolute
// numbers wobble: the builds article by article, the cold starts round by
// round, the searches query by query.
func CompareBackends(ctx context.Context, c *Corpus, dim int, backends []Backend, opt SizeOptions) (CompareResult, error) {
	opt = opt.withDefaults()
	logf := opt.Log
	res := CompareResult{Chunks: c.N, Dim: dim, Queries: opt.Queries}
	vecs := Vectors(c.N, dim, opt.Seed)
	emb := NewFixedEmbedder(dim)
	locs := make([]string, len(backends))
	for i, b := range backends {
		loc, drop, err := b.New(ctx, fmt.Sprintf("%d", c.N))
		if err != nil {
			return res, err
		}
		defer func() {
			if err := drop(); err != nil {
				logf("%s: removing the store: %v", b.Name, err)
			}
		}()
		locs[i] = loc
		res.Backends = append(res.Backends, BackendSize{Backend: b.Name})
	}

	took, err := buildInterleaved(ctx, locs, c, vecs, dim, emb.Model())
	if err != nil {
		return res, err
	}
	for i := range backends {
		r := &res.Backends[i]
		r.BuildSeconds = took[i].Seconds()
		r.BuildPerSec = float64(c.N) / r.BuildSeconds
		if r.StoreBytes, err = StoreBytes(ctx, locs[i]); err != nil {
			return res, fmt.Errorf("%s: %w", backends[i].Name, err)
		}
		logf("%s: built %d×%d in %.1fs (%.0f chunks/s), %d MB", backends[i].Name, c.N, dim, r.BuildSeconds, r.BuildPerSec, r.StoreBytes>>20)
	}

	if opt.ColdStart != nil {
		const rounds = 3 // each a median of the ColdStart's own runs
		cold := make([][]time.Duration, len(backends))
		for round := range rounds {
			for j := range backends {
				i := (round + j) % len(backends)
				d, err := opt.ColdStart(ctx, locs[i], dim)
				if err != nil {
					return res, fmt.Errorf("%s: cold start: %w", backends[i].Name, err)
				}
				cold[i] = append(cold[i], d)
			}
		}
		for i := range backends {
			res.Backends[i].ColdSeconds = Summarize(cold[i]).P50.Seconds()
		}
	}

	engines := make([]*retrieval.Engine, len(backends))
	for i, b := range backends {
		start := time.Now()
		st, eng, err := OpenEngine(ctx, locs[i], emb)
		if err != nil {
			return res, fmt.Errorf("%s: %w", b.Name, err)
		}
		defer st.Close()
		res.Backends[i].OpenSeconds = time.Since(start).Seconds()
		if eng.Count() != c.N {
			return res, fmt.Errorf("%s: engine holds %d chunks, want %d", b.Name, eng.Count(), c.N)
		}
		engines[i] = eng
	}

	qs := Questions(opt.Queries, opt.Seed)
	qv := Rows(Vectors(opt.Queries, dim, opt.Seed+1), dim)
	for i, q := range qs {
		emb.Set(q, qv[i])
	}
	type method struct {
		backend int
		mode    retrieval.Mode
	}
	var methods []method
	for i := range engines {
		methods = append(methods, method{i, retrieval.Keyword}, method{i, retrieval.Hybrid})
	}
	run := func(m method, i int) error {
		_, err := engines[m.backend].Search(ctx, retrieval.Query{Text: qs[i], K: opt.K, Mode: m.mode})
		return err
	}
	for i := range min(5, len(qs)) { // warm caches, untimed
		for _, m := range methods {
			if err := run(m, i); err != nil {
				return res, fmt.Errorf("%s: %w", backends[m.backend].Name, err)
			}
		}
	}
	times := make([][]time.Duration, len(methods))
	for i := range qs {
		for j := range methods {
			mi := (i + j) % len(methods)
			t := time.Now()
			if err := run(methods[mi], i); err != nil {
				return res, fmt.Errorf("%s: %w", backends[methods[mi].backend].Name, err)
			}
			times[mi] = append(times[mi], time.Since(t))
		}
		if err := ctx.Err(); err != nil {
			return res, err
		}
	}
	for mi, m := range methods {
		if m.mode == retrieval.Keyword {
			res.Backends[m.backend].Keyword = Summarize(times[mi])
		} else {
			res.Backends[m.backend].Hybrid = Summarize(times[mi])
		}
	}
	return res, nil
}

// buildInterleaved is BuildStore on every location at once, article by
// article in rotating order, and returns the time each store's writes took.
func buildInterleaved(ctx context.Context, locs []string, c *Corpus, vecs []float32, dim int, model string) ([]time.Duration, error) {
	stores := make([]*store.Store, len(locs))
	for i, loc := range locs {
		st, err := store.Open(ctx, storeAt(loc))
		if err != nil {
			return nil, err
		}
		defer st.Close()
		stores[i] = st
	}
	took := make([]time.Duration, len(locs))
	rows := Rows(vecs, dim)
	next := 0
	for ai, a := range c.Articles {
		v := rows[next : next+len(a.Chunks)]
		next += len(a.Chunks)
		for j := range stores {
			i := (ai + j) % len(stores)
			t := time.Now()
			if _, err := stores[i].PutArticle(ctx, a.Article, a.Chunks, v, model); err != nil {
				return nil, fmt.Errorf("build bench store: %w", err)
			}
			took[i] += time.Since(t)
		}
	}
	for _, st := range stores {
		if err := st.Close(); err != nil {
			return nil, err
		}
	}
	return took, nil
}

// CompareIngest runs the ingest pipeline (as PipelineRate: ingest.Service.Add
// with the local embedder) of c into a new store on each backend, article by
// article in rotating order.
func CompareIngest(ctx context.Context, c *Corpus, dim int, backends []Backend) ([]BackendIngest, error) {
	svcs := make([]*ingest.Service, len(backends))
	for i, b := range backends {
		loc, drop, err := b.New(ctx, "ingest")
		if err != nil {
			return nil, err
		}
		defer drop()
		st, eng, err := OpenEngine(ctx, loc, retrieval.NewLocalEmbedder(dim))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", b.Name, err)
		}
		defer st.Close()
		svcs[i] = ingest.New(st, eng, nil)
	}
	out := make([]BackendIngest, len(backends))
	took := make([]time.Duration, len(backends))
	for ai, a := range c.Articles {
		art := a.Article
		art.Hash = "" // ingest finalises it, as it would a parsed file
		for j := range svcs {
			i := (ai + j) % len(svcs)
			t := time.Now()
			r, err := svcs[i].Add(ctx, art)
			if err != nil {
				return nil, fmt.Errorf("%s: ingest %s: %w", backends[i].Name, art.ID, err)
			}
			took[i] += time.Since(t)
			out[i].Chunks += r.Chunks
		}
	}
	for i, b := range backends {
		out[i].Backend = b.Name
		out[i].PerSec = float64(out[i].Chunks) / took[i].Seconds()
	}
	return out, nil
}
