package bench

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/detente/detente/internal/pgtest"
)

func TestCorpusDeterministicAndShaped(t *testing.T) {
	a, b := NewCorpus(500, 42), NewCorpus(500, 42)
	ca, cb := a.Chunks(), b.Chunks()
	if len(ca) != 500 || len(cb) != 500 {
		t.Fatalf("got %d and %d chunks, want exactly 500", len(ca), len(cb))
	}
	for i := range ca {
		if ca[i] != cb[i] {
			t.Fatalf("chunk %d differs between runs with the same seed", i)
		}
	}
	if NewCorpus(500, 43).Chunks()[0] == ca[0] {
		t.Fatalf("another seed gave the same first chunk")
	}
	langs := map[string]int{}
	ids := map[string]bool{}
	for _, ch := range ca {
		langs[ch.Lang]++
		if n := utf8.RuneCountInString(ch.Text); n < 500 || n > 1300 {
			t.Fatalf("chunk of %d runes; want news-sized passages of 500..~900", n)
		}
		ids[fmt.Sprint(ch.ArticleID, ch.Seq)] = true
	}
	if len(ids) != 500 {
		t.Fatalf("%d distinct (article, seq) pairs, want 500", len(ids))
	}
	if langs["vi"] < 150 || langs["en"] < 150 {
		t.Fatalf("languages %v: want both Vietnamese and English in bulk", langs)
	}
	if !strings.ContainsAny(ca[0].Text+ca[len(ca)-1].Text, "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ") {
		t.Fatalf("no Vietnamese diacritics in the corpus")
	}
	if len(viVocabulary) != viVocab || len(enVocabulary) != enVocab {
		t.Fatalf("vocabularies of %d and %d words, want %d and %d: a small vocabulary makes every query match every chunk",
			len(viVocabulary), len(enVocabulary), viVocab, enVocab)
	}
	for _, art := range a.Articles {
		if art.Article.Hash == "" || art.Article.ID == "" {
			t.Fatalf("article without id or hash: the store would reject it")
		}
	}
}

func TestVectorsAreSeededUnitVectors(t *testing.T) {
	v := Vectors(50, 384, 7)
	if !slices.Equal(v, Vectors(50, 384, 7)) {
		t.Fatal("same seed, different vectors")
	}
	for i, r := range Rows(v, 384) {
		var ss float64
		for _, x := range r {
			ss += float64(x) * float64(x)
		}
		if math.Abs(ss-1) > 1e-5 {
			t.Fatalf("row %d has norm² %.6f, want 1", i, ss)
		}
	}
}

func TestFloorSearchMatchesSort(t *testing.T) {
	const n, dim, k = 1000, 96, 10
	m := Vectors(n, dim, 1)
	q := Vectors(1, dim, 2)
	type rs struct {
		row int
		s   float64
	}
	var all []rs
	for i, r := range Rows(m, dim) {
		var s float64
		for j := range r {
			s += float64(r[j]) * float64(q[j])
		}
		all = append(all, rs{i, s})
	}
	slices.SortFunc(all, func(a, b rs) int {
		if a.s > b.s {
			return -1
		}
		return 1
	})
	for _, workers := range []int{1, 2, 7} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			got := FloorSearch(m, dim, q, k, workers)
			if len(got) != k {
				t.Fatalf("%d results, want %d", len(got), k)
			}
			for i := range got {
				if got[i].Row != all[i].row {
					t.Fatalf("rank %d: row %d, want %d", i, got[i].Row, all[i].row)
				}
			}
		})
	}
}

func TestDotOddLengths(t *testing.T) {
	for n := range 9 {
		a, b := make([]float32, n), make([]float32, n)
		want := float32(0)
		for i := range a {
			a[i], b[i] = float32(i+1), float32(2*i-3)
			want += a[i] * b[i]
		}
		if got := Dot(a, b); got != want {
			t.Fatalf("len %d: Dot = %v, want %v", n, got, want)
		}
	}
}

func TestRawChromemAgreesWithFloor(t *testing.T) {
	const n, dim = 300, 64
	m := Vectors(n, dim, 3)
	raw, err := NewRawChromem(context.Background(), Rows(m, dim))
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range Rows(Vectors(5, dim, 4), dim) {
		got, err := raw.Query(context.Background(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		want := FloorSearch(m, dim, q, 5, 2)
		for j := range want {
			if got[j] != want[j].Row {
				t.Fatalf("query %d rank %d: chromem row %d, floor row %d", i, j, got[j], want[j].Row)
			}
		}
	}
}

func TestSummarize(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(101-i)*time.Millisecond) // unsorted input
	}
	got := Summarize(d)
	if got.P50 != 50*time.Millisecond || got.P99 != 99*time.Millisecond {
		t.Fatalf("Summarize(1..100 ms) = %v / %v, want 50ms / 99ms", got.P50, got.P99)
	}
	if one := Summarize([]time.Duration{7}); one.P50 != 7 || one.P99 != 7 {
		t.Fatalf("single sample: %+v", one)
	}
	if (Summarize(nil) != Percentiles{}) {
		t.Fatal("empty sample should be zero")
	}
}

func TestSplice(t *testing.T) {
	prose := "# Benchmarks\n\nAnalysis stays.\n"
	first := Splice(prose, "table v1\n")
	if !strings.HasPrefix(first, prose) || !strings.Contains(first, "table v1") {
		t.Fatalf("first splice:\n%s", first)
	}
	second := Splice(first+"\nMore prose after.\n", "table v2\n")
	if strings.Contains(second, "table v1") || !strings.Contains(second, "table v2") ||
		!strings.Contains(second, "Analysis stays.") || !strings.Contains(second, "More prose after.") {
		t.Fatalf("second splice lost prose or kept the old table:\n%s", second)
	}
}

func TestWriteMarkdownShowsMisses(t *testing.T) {
	r := &Report{Machine: Machine{CPU: "test cpu", Cores: 2, GOMAXPROCS: 2, Go: "go1.x"}, Sizes: []SizeResult{{
		Chunks: 100_000, Dim: 384, Queries: 10, K: 6,
		FloorN:         Percentiles{P50: time.Millisecond, P99: 2 * time.Millisecond},
		Chromem:        Percentiles{P50: 10 * time.Millisecond, P99: 20 * time.Millisecond},
		Hybrid:         Percentiles{P50: 15 * time.Millisecond, P99: 21 * time.Millisecond},
		RawVectorBytes: 100, EngineHeap: 150, ColdSeconds: 0.5,
	}}, Ingest: &IngestResult{LocalDim: 384, LocalPerSec: 4000, OpenAIPer1000Req: 8, OpenAIChunks: 1000}}
	var b strings.Builder
	if err := r.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"1.50 ✗ (+36%)", // hybrid p50 is 1.5× chromem against a 1.1 target
		"1.05 ✓",        // p99 21/20
		"10.0×",         // chromem ÷ floor
		"1.50 ✗ (+20%)", // heap 1.5× raw against 1.25
		"0.50 ✓",        // cold start 0.5 s against 1 s
		"4000 ✗ (-20%)", // local embedder below 5,000/s
		"0.80 ✓ → 8.0",  // 8 requests per 1,000 against 10
		"test cpu, 2 cores",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

// The Benchmark functions measure the floor and raw chromem-go at the small
// sizes `go test -bench` can afford; cmd/detente-bench runs the full suite.
func BenchmarkFloor(b *testing.B) {
	for _, n := range []int{1000, 10_000} {
		for _, dim := range []int{384, 1536} {
			m := Vectors(n, dim, 1)
			q := Vectors(1, dim, 2)
			b.Run(fmt.Sprintf("%dx%d", n, dim), func(b *testing.B) {
				b.SetBytes(int64(len(m) * 4))
				for b.Loop() {
					FloorSearch(m, dim, q, 6, 2)
				}
			})
		}
	}
}

func BenchmarkRawChromem(b *testing.B) {
	for _, n := range []int{1000, 10_000} {
		for _, dim := range []int{384, 1536} {
			m := Vectors(n, dim, 1)
			q := Vectors(1, dim, 2)
			raw, err := NewRawChromem(context.Background(), Rows(m, dim))
			if err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("%dx%d", n, dim), func(b *testing.B) {
				b.SetBytes(int64(len(m) * 4))
				for b.Loop() {
					if _, err := raw.Query(context.Background(), q, 6); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func TestParseGoBench(t *testing.T) {
	out := `goos: linux
goarch: amd64
pkg: github.com/detente/detente/digest
cpu: Intel(R) Xeon(R) Processor
BenchmarkBroadcast10k-2   	       1	2312345678 ns/op	     10000 sent/op	         6.000 generations/op	       500.0 sim-s/op	        12.50 peak-heap-MB	123456 B/op	    789 allocs/op
PASS
ok  	github.com/detente/detente/digest	5.1s
`
	sec, err := ParseGoBench("Digest", strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(sec.Rows) != 1 {
		t.Fatalf("rows %v, want one", sec.Rows)
	}
	row := sec.Rows[0]
	if row[0] != "BenchmarkBroadcast10k-2" || row[1] != "1" ||
		!strings.HasPrefix(row[2], "2.312 s/op, 10000 sent/op, 6.000 generations/op, 500.0 sim-s/op, 12.50 peak-heap-MB") {
		t.Fatalf("row %q", row)
	}
	if _, err := ParseGoBench("x", strings.NewReader("FAIL\nexit status 1\n")); err == nil {
		t.Fatal("no results should be an error, not an empty table")
	}
}

func FuzzParseGoBench(f *testing.F) {
	f.Add("BenchmarkBroadcast10k-2 1 2312345678 ns/op 10000 sent/op\nPASS\n")
	f.Add("BenchmarkX 3 1.5 ns/op 7\n")
	f.Add("Benchmark 1 NaN ns/op\n")
	f.Fuzz(func(t *testing.T, s string) {
		sec, err := ParseGoBench("t", strings.NewReader(s))
		if err != nil {
			if len(sec.Rows) != 0 {
				t.Fatalf("rows with an error: %v", sec.Rows)
			}
			return
		}
		for _, r := range sec.Rows {
			if len(r) != len(sec.Header) || !strings.HasPrefix(r[0], "Benchmark") {
				t.Fatalf("malformed row %q", r)
			}
		}
	})
}

// The comparison builds, loads and searches the same corpus on every
// backend, and the table puts each beside the first with its ratio.
func TestCompareBackendsSideBySide(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a, b := SQLiteBackend(dir), SQLiteBackend(dir)
	b.Name = "SQLite again"
	backends := []Backend{a, b}
	res, err := CompareBackends(ctx, NewCorpus(120, 3), 16, backends, SizeOptions{Queries: 8, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Backends) != 2 {
		t.Fatalf("%d backends measured, want 2", len(res.Backends))
	}
	for _, r := range res.Backends {
		if r.Keyword.P50 <= 0 || r.Hybrid.P50 <= 0 || r.BuildPerSec <= 0 || r.StoreBytes <= 0 {
			t.Errorf("%s: missing figures: %+v", r.Backend, r)
		}
	}
	in, err := CompareIngest(ctx, NewCorpus(60, 4), 16, backends)
	if err != nil {
		t.Fatal(err)
	}
	if len(in) != 2 || in[0].Chunks != in[1].Chunks || in[0].PerSec <= 0 {
		t.Fatalf("ingest comparison: %+v", in)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("stores left behind: %d entries in %s", len(left), dir)
	}
}

func TestWriteBackendsMarkdownRatios(t *testing.T) {
	r := &Report{Machine: Machine{CPU: "test cpu", Cores: 2, GOMAXPROCS: 2}, Backends: &Comparison{
		Ingest: []BackendIngest{{Backend: "SQLite", Chunks: 2000, PerSec: 2000}, {Backend: "PostgreSQL", Chunks: 2000, PerSec: 1000}},
		Sizes: []CompareResult{{Chunks: 10_000, Dim: 384, Queries: 200, Backends: []BackendSize{
			{Backend: "SQLite", Keyword: Percentiles{P50: 4 * time.Millisecond, P99: 10 * time.Millisecond}, ColdSeconds: 0.5, BuildPerSec: 100},
			{Backend: "PostgreSQL", Keyword: Percentiles{P50: 6 * time.Millisecond, P99: 5 * time.Millisecond}, ColdSeconds: 1.5, BuildPerSec: 50},
		}}},
	}}
	var b strings.Builder
	if err := r.WriteBackendsMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"| measure | SQLite | PostgreSQL | PostgreSQL ÷ SQLite |",
		"| 2000 | 1000 | 0.50× |",                             // ingest
		"**4.00 / 10.0** | **6.00 / 5.00** | 1.50× / 0.50× |", // keyword p50 / p99
		"**0.50** | **1.50** | 3.00× |",                       // cold start
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestSpliceKeepsTheOtherTable(t *testing.T) {
	doc := Splice("# B\n", "main v1\n")
	doc = SpliceAt(doc, "pg v1\n", BackendsBeginMarker, BackendsEndMarker)
	doc = Splice(doc, "main v2\n")
	if !strings.Contains(doc, "pg v1") || !strings.Contains(doc, "main v2") || strings.Contains(doc, "main v1") {
		t.Fatalf("splicing one table disturbed the other:\n%s", doc)
	}
}

// The same comparison against PostgreSQL (skips locally without a server):
// both backends hold and find the same corpus, and the databases it made
// are dropped.
func TestCompareBackendsWithPostgres(t *testing.T) {
	server := os.Getenv(pgtest.EnvURL)
	if server == "" {
		pgtest.URL(t) // skips, or fails in CI, saying how to get a server
	}
	ctx := context.Background()
	// Remember this run's databases: another run (a bench script, a second
	// test binary) may use the same server at the same time.
	pg := PostgresBackend(server)
	var made []string
	var mu sync.Mutex
	newPG := pg.New
	pg.New = func(ctx context.Context, label string) (string, func() error, error) {
		u, drop, err := newPG(ctx, label)
		if err == nil {
			if p, perr := url.Parse(u); perr == nil {
				mu.Lock()
				made = append(made, strings.TrimPrefix(p.Path, "/"))
				mu.Unlock()
			}
		}
		return u, drop, err
	}
	backends := []Backend{SQLiteBackend(t.TempDir()), pg}
	res, err := CompareBackends(ctx, NewCorpus(120, 3), 16, backends, SizeOptions{Queries: 8, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Backends {
		if r.Keyword.P50 <= 0 || r.BuildPerSec <= 0 || r.StoreBytes <= 0 {
			t.Errorf("%s: missing figures: %+v", r.Backend, r)
		}
	}
	db, err := sql.Open("pgx", server)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if len(made) == 0 {
		t.Fatal("the comparison made no PostgreSQL database")
	}
	for _, name := range made {
		var left int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM pg_database WHERE datname = $1", name).Scan(&left); err != nil {
			t.Fatal(err)
		}
		if left != 0 {
			t.Errorf("benchmark database %s left on the server", name)
		}
	}
}
