// Command detente-bench runs Detente's benchmark suite on a deterministic
// synthetic corpus and prints one Markdown table (and optionally writes it
// into BENCHMARKS.md between the bench markers). scripts/bench.sh runs it;
// --smoke is the 1k-chunk version CI runs.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/detente/detente/bench"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "detente-bench:", err)
		os.Exit(1)
	}
}

const seed = 20250101

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("detente-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	smoke := fs.Bool("smoke", false, "1k chunks only, fewer queries (CI)")
	sizesFlag := fs.String("sizes", "1000,10000,100000", "corpus sizes in chunks")
	dimsFlag := fs.String("dims", "384,1536", "vector dimensions")
	queries := fs.Int("queries", 200, "timed queries per method and size")
	write := fs.String("write", "", "splice the table into this Markdown file (e.g. BENCHMARKS.md)")
	jsonOut := fs.String("json", "", "also write the raw results as JSON to this file")
	cpuprofile := fs.String("cpuprofile", "", "CPU profile of the timed queries of the largest size")
	dirFlag := fs.String("dir", "", "scratch directory (default: a new temporary one, removed after)")
	noCold := fs.Bool("no-coldstart", false, "skip the process start measurement")
	noBot := fs.Bool("no-bot", false, "skip the bot overhead measurement")
	digestBench := fs.String("digest-bench", "", "`go test -bench BenchmarkBroadcast10k ./digest/` output to include")
	pg := fs.String("pg", "", "also compare PostgreSQL with SQLite on the server at this `URL` (databases are created and dropped)")
	backendsOnly := fs.Bool("backends-only", false, "run only the PostgreSQL vs SQLite comparison (needs -pg)")
	compareSizes := fs.String("compare-sizes", "10000,100000", "corpus sizes of the backend comparison")
	compareDim := fs.Int("compare-dim", 384, "vector dimension of the backend comparison")
	child := fs.Bool("coldstart-child", false, "internal: open the store at $"+coldStartEnv+" and report ready")
	childDim := fs.Int("dim", 0, "internal: dimension for -coldstart-child")
	replicasOnly := fs.Bool("replicas-only", false, "run only the replicas figure (needs -pg)")
	replicaRounds := fs.Int("replicas-rounds", 5, "rounds of the replicas figure with -pg (0 skips it)")
	replicaUsers := fs.Int("replicas-users", 200, "users asking at once in the replicas figure")
	render := fs.String("render", "", "re-render a saved -json report instead of measuring")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *child {
		return bench.ColdStartChild(ctx, os.Getenv(coldStartEnv), *childDim)
	}
	if *render != "" {
		b, err := os.ReadFile(*render)
		if err != nil {
			return err
		}
		rep := &bench.Report{}
		if err := json.Unmarshal(b, rep); err != nil {
			return fmt.Errorf("-render %s: %w", *render, err)
		}
		return output(rep, stdout, "", *write, func(string, ...any) {})
	}
	sizes, err := ints(*sizesFlag)
	if err != nil {
		return fmt.Errorf("-sizes: %w", err)
	}
	dims, err := ints(*dimsFlag)
	if err != nil {
		return fmt.Errorf("-dims: %w", err)
	}
	cmpSizes, err := ints(*compareSizes)
	if err != nil {
		return fmt.Errorf("-compare-sizes: %w", err)
	}
	if *smoke {
		sizes, cmpSizes, *queries = []int{1000}, []int{1000}, min(*queries, 100)
	}
	if *backendsOnly && *pg == "" {
		return errors.New("-backends-only needs -pg URL (scripts/bench.sh --pg takes it from DETENTE_TEST_POSTGRES_URL)")
	}
	if *replicasOnly && *pg == "" {
		return errors.New("-replicas-only needs -pg URL")
	}
	if *backendsOnly || *replicasOnly {
		sizes = nil
	}
	base := *dirFlag
	if base == "" {
		if base, err = os.MkdirTemp("", "detente-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(base)
	}
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, time.Now().Format("15:04:05 ")+format+"\n", a...) }
	rep := &bench.Report{Machine: bench.ThisMachine(), Smoke: *smoke}

	var largest [2]int
	if len(sizes) > 0 {
		largest = [2]int{slices.Max(sizes), slices.Max(dims)}
	}
	for _, n := range sizes {
		c := bench.NewCorpus(n, seed)
		for _, dim := range dims {
			dir := fmt.Sprintf("%s/%d-%d", base, n, dim)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			opt := bench.SizeOptions{Queries: *queries, Seed: seed, Log: logf}
			if !*noCold {
				opt.ColdStart = coldStart
			}
			if *cpuprofile != "" && n == largest[0] && dim == largest[1] {
				opt.Profile = profiler(*cpuprofile, logf)
			}
			logf("size %d × %d", n, dim)
			res, err := bench.RunSize(ctx, dir, c, dim, opt)
			if err != nil {
				return fmt.Errorf("%d×%d: %w", n, dim, err)
			}
			rep.Sizes = append(rep.Sizes, res)
			if err := os.RemoveAll(dir); err != nil {
				return err
			}
		}
	}

	if *pg != "" && !*replicasOnly {
		cmp, err := compareBackends(ctx, base, *pg, cmpSizes, *compareDim, *queries, *smoke, !*noCold, logf)
		if err != nil {
			return fmt.Errorf("postgres vs sqlite: %w", err)
		}
		rep.Backends = cmp
	}
	if *pg != "" && (*backendsOnly || *replicasOnly) && *replicaRounds > 0 {
		logf("replicas: %d users, %d rounds", *replicaUsers, *replicaRounds)
		pgb := bench.PostgresBackend(*pg)
		rr, err := bench.CompareReplicas(ctx, []bench.ReplicaSetup{
			{Backend: bench.SQLiteBackend(base), Replicas: 1}, {Backend: pgb, Replicas: 1}, {Backend: pgb, Replicas: 2},
		}, *replicaUsers, *replicaRounds, logf)
		if err != nil {
			return fmt.Errorf("replicas: %w", err)
		}
		rep.Replicas = &rr
	}
	if *backendsOnly || *replicasOnly {
		return output(rep, stdout, *jsonOut, *write, logf)
	}

	logf("ingest")
	in, err := ingestRun(ctx, base, *smoke)
	if err != nil {
		return err
	}
	rep.Ingest = in

	if !*noBot {
		logf("bot overhead")
		sec, err := bench.BotOverhead(ctx, base)
		if err != nil {
			return err
		}
		rep.Extra = append(rep.Extra, sec)
	}
	if *digestBench != "" {
		f, err := os.Open(*digestBench)
		if err != nil {
			return err
		}
		sec, err := bench.ParseGoBench("Digest broadcast to 10,000 subscribers (digest.BenchmarkBroadcast10k: fake Sender, simulated clock, real SQLite)", f)
		f.Close()
		if err != nil {
			return fmt.Errorf("-digest-bench %s: %w", *digestBench, err)
		}
		sec.Note = "s/op is the process's own cost of one broadcast; sim-s/op is the simulated time the scheduler itself waited (retries, 429 holds); the pace is the Sender's (the bot's send budget), so with the fake Sender it is about 0."
		rep.Extra = append(rep.Extra, sec)
	}

	return output(rep, stdout, *jsonOut, *write, logf)
}

// output prints the tables, and writes the JSON and the Markdown file when
// asked: the main table between its markers unless only the backends were
// compared, the comparison between its own.
func output(rep *bench.Report, stdout io.Writer, jsonOut, write string, logf func(string, ...any)) error {
	var table, backends, replicas strings.Builder
	if len(rep.Sizes) > 0 || rep.Ingest != nil {
		if err := rep.WriteMarkdown(&table); err != nil {
			return err
		}
	}
	if err := rep.WriteBackendsMarkdown(&backends); err != nil {
		return err
	}
	if rep.Replicas != nil {
		if err := rep.Replicas.WriteMarkdown(&replicas); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(stdout, table.String()+backends.String()+replicas.String()); err != nil {
		return err
	}
	if jsonOut != "" {
		b, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(jsonOut, b, 0o644); err != nil {
			return err
		}
	}
	if write != "" {
		doc, err := os.ReadFile(write)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		out := string(doc)
		if table.Len() > 0 {
			out = bench.Splice(out, table.String())
		}
		if backends.Len() > 0 {
			out = bench.SpliceAt(out, backends.String(), bench.BackendsBeginMarker, bench.BackendsEndMarker)
		}
		if replicas.Len() > 0 {
			out = bench.SpliceAt(out, replicas.String(), bench.ReplicasBeginMarker, bench.ReplicasEndMarker)
		}
		if err := os.WriteFile(write, []byte(out), 0o644); err != nil {
			return err
		}
		logf("wrote %s", write)
	}
	return nil
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// coldStartEnv hands the child the store's location: a PostgreSQL URL does
// not belong on a command line, where ps shows it.
const coldStartEnv = "DETENTE_BENCH_COLDSTART_STORE"

// compareBackends runs the PostgreSQL vs SQLite comparison: the ingest
// pipeline, then each size built on both and searched interleaved.
func compareBackends(ctx context.Context, base, pgURL string, sizes []int, dim, queries int, smoke, cold bool, logf func(string, ...any)) (*bench.Comparison, error) {
	backends := []bench.Backend{bench.SQLiteBackend(base), bench.PostgresBackend(pgURL)}
	cmp := &bench.Comparison{}
	pipeN := 2_000
	if smoke {
		pipeN = 300
	}
	logf("ingest pipeline on %d backends", len(backends))
	in, err := bench.CompareIngest(ctx, bench.NewCorpus(pipeN, seed+8), 384, backends)
	if err != nil {
		return nil, err
	}
	cmp.Ingest = in
	for _, n := range sizes {
		logf("backends at %d × %d", n, dim)
		opt := bench.SizeOptions{Queries: queries, Seed: seed, Log: logf}
		if cold {
			opt.ColdStart = coldStart
		}
		res, err := bench.CompareBackends(ctx, bench.NewCorpus(n, seed), dim, backends, opt)
		if err != nil {
			return nil, fmt.Errorf("%d×%d: %w", n, dim, err)
		}
		cmp.Sizes = append(cmp.Sizes, res)
	}
	return cmp, nil
}

// coldStart re-executes this binary to open the store at loc (a data
// directory or a PostgreSQL URL) and times exec to the "ready" line: the
// median of three, so one stray page fault storm does not decide it.
func coldStart(ctx context.Context, loc string, dim int) (time.Duration, error) {
	exe, err := os.Executable()
	if err != nil {
		return 0, err
	}
	var runs []time.Duration
	for range 3 {
		cctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		cmd := exec.CommandContext(cctx, exe, "-coldstart-child", "-dim", strconv.Itoa(dim))
		cmd.Env = append(os.Environ(), coldStartEnv+"="+loc)
		out, err := cmd.StdoutPipe()
		if err != nil {
			cancel()
			return 0, err
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		start := time.Now()
		if err := cmd.Start(); err != nil {
			cancel()
			return 0, err
		}
		line, _ := bufio.NewReader(out).ReadString('\n')
		d := time.Since(start)
		werr := cmd.Wait()
		cancel()
		if !strings.HasPrefix(line, "ready ") || werr != nil {
			return 0, fmt.Errorf("child: %v %q %s", werr, line, stderr.String())
		}
		runs = append(runs, d)
	}
	slices.Sort(runs)
	return runs[1], nil
}

func profiler(path string, logf func(string, ...any)) func() func() {
	return func() func() {
		f, err := os.Create(path)
		if err != nil {
			logf("cpuprofile: %v", err)
			return func() {}
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			logf("cpuprofile: %v", err)
			f.Close()
			return func() {}
		}
		return func() {
			pprof.StopCPUProfile()
			f.Close()
			logf("wrote CPU profile %s", path)
		}
	}
}

// ingestRun measures embedding and ingest throughput.
func ingestRun(ctx context.Context, base string, smoke bool) (*bench.IngestResult, error) {
	n, pipeN := 10_000, 2_000
	if smoke {
		n, pipeN = 1_000, 300
	}
	c := bench.NewCorpus(n, seed+7)
	texts := make([]string, 0, n)
	for _, ch := range c.Chunks() {
		texts = append(texts, ch.EmbedText())
	}
	res := &bench.IngestResult{LocalDim: 384, LocalChunks: n, OpenAIChunks: 1000, OpenAIDelayMS: 50}
	var err error
	if res.LocalPerSec, err = bench.LocalEmbedRate(ctx, texts, res.LocalDim); err != nil {
		return nil, err
	}
	dir := base + "/ingest"
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if res.PipelineChunks, res.PipelinePerSec, err = bench.PipelineRate(ctx, dir, bench.NewCorpus(pipeN, seed+8), res.LocalDim); err != nil {
		return nil, err
	}
	tb := &runTB{}
	defer tb.cleanup()
	reqs, wall, err := bench.OpenAIEmbedCost(ctx, tb, texts[:res.OpenAIChunks], time.Duration(res.OpenAIDelayMS)*time.Millisecond)
	if err != nil {
		return nil, err
	}
	res.OpenAIRequests, res.OpenAISeconds = reqs, wall.Seconds()
	res.OpenAIPer1000Req = float64(reqs) * 1000 / float64(res.OpenAIChunks)
	return res, nil
}

// runTB lets the fake OpenAI server, a test helper that needs a testing.TB
// only to register its shutdown, run inside this command. Any other TB
// method would panic on the nil embedded interface, which is the point: the
// fake must not start failing tests here.
type runTB struct {
	testing.TB
	cleanups []func()
}

// Helper does nothing: there is no test output to attribute lines in.
func (t *runTB) Helper() {}

// Cleanup registers f to run when the measurement ends.
func (t *runTB) Cleanup(f func()) { t.cleanups = append(t.cleanups, f) }
func (t *runTB) cleanup() {
	for i := len(t.cleanups) - 1; i >= 0; i-- {
		t.cleanups[i]()
	}
}
