package bench

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
)

// Targets from the project brief. They are reported against, never asserted:
// a miss shows by how much.
const (
	TargetHybridVsChromem = 1.10 // hybrid p50 and p99 ≤ 1.1× raw chromem
	TargetColdStart       = 1.0  // seconds, at 100k×384
	TargetHeapVsRaw       = 1.25 // engine heap ≤ 1.25× raw vector bytes
	TargetLocalPerSec     = 5000 // chunks/s, local embedder
	TargetRequestsPer1000 = 10   // embedding requests per 1,000 chunks
)

// Machine describes where a run happened; ratios travel, absolute numbers don't.
type Machine struct {
	CPU        string    `json:"cpu"`
	Cores      int       `json:"cores"`
	GOMAXPROCS int       `json:"gomaxprocs"`
	Go         string    `json:"go"`
	OSArch     string    `json:"os_arch"`
	Date       time.Time `json:"date"`
}

// ThisMachine describes the running machine.
func ThisMachine() Machine {
	cpu := "unknown"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	return Machine{CPU: cpu, Cores: runtime.NumCPU(), GOMAXPROCS: runtime.GOMAXPROCS(0), Go: runtime.Version(),
		OSArch: runtime.GOOS + "/" + runtime.GOARCH, Date: time.Now().UTC()}
}

// Report is one whole benchmark run.
type Report struct {
	Machine Machine       `json:"machine"`
	Smoke   bool          `json:"smoke"`
	Sizes   []SizeResult  `json:"sizes"`
	Ingest  *IngestResult `json:"ingest,omitempty"`
	Extra   []Section     `json:"extra,omitempty"`
	// Backends is the PostgreSQL vs SQLite comparison, when one was run;
	// WriteBackendsMarkdown renders it (BENCHMARKS.md keeps it between
	// its own markers).
	Backends *Comparison `json:"backends,omitempty"`
	// Replicas is the answers/s through one or two serve replicas, when
	// run (BENCHMARKS.md keeps it between its own markers too).
	Replicas *ReplicasResult `json:"replicas,omitempty"`
}

// Section is a further table contributed by another package's helper
// (bot overhead, digest broadcast): a title and rows already formatted.
type Section struct {
	Title  string     `json:"title"`
	Header []string   `json:"header"`
	Rows   [][]string `json:"rows"`
	Note   string     `json:"note,omitempty"`
}

func ms(d time.Duration) string {
	v := float64(d) / float64(time.Millisecond)
	switch {
	case v < 1:
		return fmt.Sprintf("%.3f", v)
	case v < 10:
		return fmt.Sprintf("%.2f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// verdict renders a ratio against an upper-bound target.
func verdict(v, target float64) string {
	if v <= target {
		return fmt.Sprintf("%.2f ✓", v)
	}
	return fmt.Sprintf("%.2f ✗ (+%.0f%%)", v, (v/target-1)*100)
}

func mib(b int64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }

// WriteMarkdown renders the run as the tables of BENCHMARKS.md.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b bytes.Buffer
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	m := r.Machine
	kind := "full run"
	if r.Smoke {
		kind = "smoke run (1k chunks)"
	}
	p("Machine: %s, %d cores (GOMAXPROCS %d), %s, %s; %s, %s UTC.\n\n", m.CPU, m.Cores, m.GOMAXPROCS, m.Go, m.OSArch,
		kind, m.Date.Format("2006-01-02 15:04"))
	if len(r.Sizes) > 0 {
		s0 := r.Sizes[0]
		p("### Search latency, ms per query (p50 / p99), k=%d, %d queries per method, interleaved in one run\n\n", s0.K, s0.Queries)
		p("| chunks × dim | floor, 1 core | floor, %d cores | raw chromem-go | engine vector | engine BM25 | **hybrid** | hybrid ÷ chromem p50 (≤ %.1f) | p99 (≤ %.1f) | chromem ÷ floor p50 | hybrid ÷ floor p50 |\n",
			m.GOMAXPROCS, TargetHybridVsChromem, TargetHybridVsChromem)
		p("|---|---|---|---|---|---|---|---|---|---|---|\n")
		for _, s := range r.Sizes {
			pp := func(x Percentiles) string { return ms(x.P50) + " / " + ms(x.P99) }
			p("| %s × %d | %s | %s | %s | %s | %s | **%s** | %s | %s | %.1f× | %.1f× |\n", count(s.Chunks), s.Dim,
				pp(s.Floor1), pp(s.FloorN), pp(s.Chromem), pp(s.Vector), pp(s.Keyword), pp(s.Hybrid),
				verdict(ratio(s.Hybrid.P50, s.Chromem.P50), TargetHybridVsChromem),
				verdict(ratio(s.Hybrid.P99, s.Chromem.P99), TargetHybridVsChromem),
				ratio(s.Chromem.P50, s.FloorN.P50), ratio(s.Hybrid.P50, s.FloorN.P50))
		}
		p("\nFloor = one streaming pass of dot products over the same contiguous []float32 (ratios use the %d-core floor, the same parallelism chromem-go uses). Engine vector / BM25 = retrieval.Engine.Search with Mode Vector / Keyword; hybrid = the default (both, fused, with query expansion).\n\n", m.GOMAXPROCS)

		p("### Cold start, disk and memory\n\n")
		p("| chunks × dim | on disk | build store | open in process | process start → ready | raw vectors | engine heap (per chunk) | heap ÷ raw (≤ %.2f) | engine RSS Δ | raw chromem heap ÷ raw |\n", TargetHeapVsRaw)
		p("|---|---|---|---|---|---|---|---|---|---|\n")
		for _, s := range r.Sizes {
			cold := "-"
			if s.ColdSeconds > 0 {
				cold = fmt.Sprintf("%.2f s", s.ColdSeconds)
				if s.Chunks == 100_000 && s.Dim == 384 {
					cold = fmt.Sprintf("%.2f s (≤ %.0f s: %s)", s.ColdSeconds, TargetColdStart, verdict(s.ColdSeconds/TargetColdStart, 1))
				}
			}
			p("| %s × %d | %s | %.1f s | %.2f s | %s | %s | %s | %s | %s | %.2f |\n", count(s.Chunks), s.Dim, mib(s.DiskBytes), s.BuildSeconds,
				s.OpenSeconds, cold, mib(s.RawVectorBytes), fmt.Sprintf("%s (%d B)", mib(s.EngineHeap), s.EngineHeap/int64(max(1, s.Chunks))),
				verdict(float64(s.EngineHeap)/float64(s.RawVectorBytes), TargetHeapVsRaw), mib(s.EngineRSS),
				float64(s.ChromemHeap)/float64(s.RawVectorBytes))
		}
		p("\nHeap = runtime.MemStats.HeapAlloc after GC, after minus before loading. RSS Δ is heap plus the database file pages SQLite maps (the store sets mmap_size) while loading: file-backed, so the kernel can reclaim them.\n\n")
	}
	if in := r.Ingest; in != nil {
		p("### Ingest\n\n")
		p("| local embedder (%d dims), chunks/s (≥ %d) | ingest pipeline (parse, chunk, embed, store, index), chunks/s | OpenAI embedder: requests per 1,000 chunks (≤ %d) | wall time for %s chunks at %d ms per request |\n",
			in.LocalDim, TargetLocalPerSec, TargetRequestsPer1000, count(in.OpenAIChunks), in.OpenAIDelayMS)
		p("|---|---|---|---|\n")
		local := fmt.Sprintf("%.0f ✓", in.LocalPerSec)
		if in.LocalPerSec < TargetLocalPerSec {
			local = fmt.Sprintf("%.0f ✗ (-%.0f%%)", in.LocalPerSec, (1-in.LocalPerSec/TargetLocalPerSec)*100)
		}
		p("| %s (%s chunks) | %.0f (%s chunks) | %s | %.2f s |\n\n", local, count(in.LocalChunks), in.PipelinePerSec, count(in.PipelineChunks),
			verdict(in.OpenAIPer1000Req/TargetRequestsPer1000, 1)+fmt.Sprintf(" → %.1f", in.OpenAIPer1000Req), in.OpenAISeconds)
	}
	for _, s := range r.Extra {
		p("### %s\n\n| %s |\n|%s\n", s.Title, strings.Join(s.Header, " | "), strings.Repeat("---|", len(s.Header)))
		for _, row := range s.Rows {
			p("| %s |\n", strings.Join(row, " | "))
		}
		if s.Note != "" {
			p("\n%s\n", s.Note)
		}
		p("\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}

// WriteBackendsMarkdown renders the backend comparison: one row per
// measure, a column per backend and each backend's ratio to the first.
func (r *Report) WriteBackendsMarkdown(w io.Writer) error {
	c := r.Backends
	if c == nil {
		return nil
	}
	var names []string
	switch {
	case len(c.Sizes) > 0:
		for _, b := range c.Sizes[0].Backends {
			names = append(names, b.Backend)
		}
	case len(c.Ingest) > 0:
		for _, b := range c.Ingest {
			names = append(names, b.Backend)
		}
	default:
		return nil
	}
	var b bytes.Buffer
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	m := r.Machine
	p("Machine: %s, %d cores (GOMAXPROCS %d), %s, %s; %s UTC.\n\n", m.CPU, m.Cores, m.GOMAXPROCS, m.Go, m.OSArch, m.Date.Format("2006-01-02 15:04"))
	queries := 0
	if len(c.Sizes) > 0 {
		queries = c.Sizes[0].Queries
	}
	p("### %s, one run (%d queries per method and backend, interleaved)\n\n", strings.Join(names, " vs "), queries)
	p("| measure | %s |", strings.Join(names, " | "))
	for _, n := range names[1:] {
		p(" %s ÷ %s |", n, names[0])
	}
	p("\n|---|%s%s\n", strings.Repeat("---|", len(names)), strings.Repeat("---|", len(names)-1))
	// row prints one measure; val renders a backend's value, num gives the
	// numbers its ratio is taken of (one or two of them: p50 / p99).
	row := func(measure string, n int, val func(i int) string, num func(i int) []float64) {
		p("| %s |", measure)
		for i := range n {
			p(" %s |", val(i))
		}
		base := num(0)
		for i := 1; i < n; i++ {
			var parts []string
			for j, x := range num(i) {
				if base[j] > 0 {
					parts = append(parts, fmt.Sprintf("%.2f×", x/base[j]))
				} else {
					parts = append(parts, "-")
				}
			}
			p(" %s |", strings.Join(parts, " / "))
		}
		p("\n")
	}
	if len(c.Ingest) == len(names) {
		in := c.Ingest
		row(fmt.Sprintf("ingest pipeline (parse, chunk, embed, store, index), chunks/s, %s chunks", count(in[0].Chunks)), len(in),
			func(i int) string { return fmt.Sprintf("%.0f", in[i].PerSec) },
			func(i int) []float64 { return []float64{in[i].PerSec} })
	}
	lat := func(x Percentiles) []float64 { return []float64{float64(x.P50), float64(x.P99)} }
	for _, s := range c.Sizes {
		bs := s.Backends
		size := fmt.Sprintf("%s × %d", count(s.Chunks), s.Dim)
		row(fmt.Sprintf("store build (a transaction per article, vectors given), chunks/s, %s", size), len(bs),
			func(i int) string { return fmt.Sprintf("%.0f", bs[i].BuildPerSec) },
			func(i int) []float64 { return []float64{bs[i].BuildPerSec} })
		row(fmt.Sprintf("**keyword search** p50 / p99 ms, %s", size), len(bs),
			func(i int) string { return "**" + ms(bs[i].Keyword.P50) + " / " + ms(bs[i].Keyword.P99) + "**" },
			func(i int) []float64 { return lat(bs[i].Keyword) })
		row(fmt.Sprintf("hybrid search p50 / p99 ms, %s", size), len(bs),
			func(i int) string { return ms(bs[i].Hybrid.P50) + " / " + ms(bs[i].Hybrid.P99) },
			func(i int) []float64 { return lat(bs[i].Hybrid) })
		if bs[0].ColdSeconds > 0 {
			row(fmt.Sprintf("**cold start** (process start → %s vectors loaded), s", count(s.Chunks)), len(bs),
				func(i int) string { return fmt.Sprintf("**%.2f**", bs[i].ColdSeconds) },
				func(i int) []float64 { return []float64{bs[i].ColdSeconds} })
		}
		row(fmt.Sprintf("open store + load index in process, s, %s", size), len(bs),
			func(i int) string { return fmt.Sprintf("%.2f", bs[i].OpenSeconds) },
			func(i int) []float64 { return []float64{bs[i].OpenSeconds} })
		row(fmt.Sprintf("size of the store, %s", size), len(bs),
			func(i int) string { return mib(bs[i].StoreBytes) },
			func(i int) []float64 { return []float64{float64(bs[i].StoreBytes)} })
	}
	p("\nRatios are of the same run. For rates (chunks/s) above 1× is faster than %s; for times and sizes above 1× is slower or bigger.\n\n", names[0])
	_, err := w.Write(b.Bytes())
	return err
}

func count(n int) string {
	switch {
	case n >= 1000 && n%1000 == 0:
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}

// Markers delimit the generated part of BENCHMARKS.md; prose outside them
// (analysis, profiles) survives a re-run.
const (
	BeginMarker = "<!-- bench:begin (scripts/bench.sh writes between these lines) -->"
	EndMarker   = "<!-- bench:end -->"
)

// The backend comparison (scripts/bench.sh --pg) has markers of its own,
// so that it and the main table can be re-run separately.
const (
	BackendsBeginMarker = "<!-- bench:backends:begin (scripts/bench.sh --pg writes between these lines) -->"
	BackendsEndMarker   = "<!-- bench:backends:end -->"
)

// Splice replaces the text between the markers in doc with table, or
// appends a marked section when doc has none.
func Splice(doc, table string) string { return SpliceAt(doc, table, BeginMarker, EndMarker) }

// SpliceAt is Splice between the given markers.
func SpliceAt(doc, table, begin, end string) string {
	i := strings.Index(doc, begin)
	j := strings.Index(doc, end)
	if i < 0 || j < i {
		if doc != "" && !strings.HasSuffix(doc, "\n") {
			doc += "\n"
		}
		return doc + begin + "\n" + table + end + "\n"
	}
	return doc[:i+len(begin)] + "\n" + table + doc[j:]
}
