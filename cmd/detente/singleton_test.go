package main

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/internal/pgtest"
	"github.com/detente/detente/store"
)

// runner is one Exclusive caller: it counts the runs of its work and can
// be stopped.
type runner struct {
	name    string
	mu      sync.Mutex
	running bool
	runs    int
	stop    context.CancelFunc
	done    chan error
}

func (r *runner) isRunning() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.running
}

func (r *runner) started() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.runs
}

// startRunner runs work under one's lock name until the runner is stopped;
// its work notes when it runs and, through overlap, whether another runner
// ran at the same time.
func startRunner(t *testing.T, one singletons, name string, overlap *overlapCheck) *runner {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	r := &runner{name: name, stop: cancel, done: make(chan error, 1)}
	go func() {
		r.done <- one.Exclusive(ctx, "work", func(ctx context.Context) error {
			overlap.enter(t)
			r.mu.Lock()
			r.running = true
			r.runs++
			r.mu.Unlock()
			<-ctx.Done()
			r.mu.Lock()
			r.running = false
			r.mu.Unlock()
			overlap.leave()
			return nil
		})
	}()
	t.Cleanup(func() { cancel(); <-r.done })
	return r
}

type overlapCheck struct {
	mu sync.Mutex
	in int
}

func (o *overlapCheck) enter(t *testing.T) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.in++
	if o.in > 1 {
		t.Errorf("%d holders ran the singleton at once", o.in)
	}
}

func (o *overlapCheck) leave() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.in--
}

// waitFor polls cond until it holds or within passes.
func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not within %v: %s", within, what)
		}
		<-tick.C
	}
}

// TestExclusiveRunsOnOneCallerAtATime (SQLite): one process owns the data
// directory, so its lock is in-process; a second caller stands by and takes
// over when the first stops.
func TestExclusiveRunsOnOneCallerAtATime(t *testing.T) {
	st, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "detente.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var logs syncBuffer
	one := singletons{st: st, log: slog.New(slog.NewTextHandler(&logs, nil)), retry: 10 * time.Millisecond}
	var overlap overlapCheck
	a := startRunner(t, one, "a", &overlap)
	waitFor(t, 5*time.Second, "a runs", a.isRunning)
	b := startRunner(t, one, "b", &overlap)
	waitFor(t, 5*time.Second, "b stands by", func() bool { return strings.Contains(logs.String(), "standing by") })
	a.stop()
	waitFor(t, 5*time.Second, "b takes over once a stops", b.isRunning)
	if a.started() != 1 || b.started() != 1 {
		t.Errorf("runs: a %d, b %d; want one each", a.started(), b.started())
	}
}

// TestExclusiveTakeoverOnPostgres: two replicas (two stores on one
// database) run the same singleton: exactly one runs it. When the holder's
// database session dies, the holder stops its work (it can no longer
// prove it holds the lock) and the standby takes over; never both at once.
func TestExclusiveTakeoverOnPostgres(t *testing.T) {
	url := pgtest.URL(t)
	open := func() *store.Store {
		st, err := store.OpenWith(t.Context(), url, store.Options{LockCheck: 20 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	stA, stB := open(), open()
	var logsA, logsB syncBuffer
	// a, having lost its session, waits its retry before trying again: b's
	// is shorter, so b is the one that takes over.
	oneA := singletons{st: stA, log: slog.New(slog.NewTextHandler(&logsA, nil)), retry: time.Minute}
	oneB := singletons{st: stB, log: slog.New(slog.NewTextHandler(&logsB, nil)), retry: 20 * time.Millisecond}
	var overlap overlapCheck
	a := startRunner(t, oneA, "a", &overlap)
	waitFor(t, 10*time.Second, "a runs", a.isRunning)
	b := startRunner(t, oneB, "b", &overlap)
	waitFor(t, 10*time.Second, "b stands by", func() bool { return strings.Contains(logsB.String(), "standing by") })
	if b.started() != 0 {
		t.Fatal("b ran while a held the lock")
	}

	// What a killed process or a cut connection does to a's session.
	var ended bool
	err := stB.DB().QueryRowContext(t.Context(), `SELECT pg_terminate_backend(pid, 5000) FROM pg_locks
		WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&ended)
	if err != nil || !ended {
		t.Fatalf("terminate the holder's session: %v %v", ended, err)
	}
	waitFor(t, 10*time.Second, "b takes over", b.isRunning)
	waitFor(t, 10*time.Second, "a stops and stands by", func() bool {
		return !a.isRunning() && strings.Contains(logsA.String(), "lock lost")
	})
	if a.started() != 1 || b.started() != 1 {
		t.Errorf("runs: a %d, b %d; want one each", a.started(), b.started())
	}
}

func TestParseReplicas(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"", 1, true}, {"1", 1, true}, {" 3 ", 3, true}, {"25", 25, true},
		{"0", 0, false}, {"-2", 0, false}, {"26", 0, false}, {"two", 0, false}, {"2.5", 0, false},
	} {
		got, err := parseReplicas(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseReplicas(%q) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "DETENTE_REPLICAS") {
			t.Errorf("parseReplicas(%q): %v does not name the variable", tt.in, err)
		}
	}
}

// levelCounter is a slog handler that counts records by level and calls
// after once n records have arrived.
type levelCounter struct {
	mu    sync.Mutex
	n     map[slog.Level]int
	total int
	at    int
	after func()
}

func (c *levelCounter) Enabled(context.Context, slog.Level) bool { return true }
func (c *levelCounter) WithAttrs([]slog.Attr) slog.Handler       { return c }
func (c *levelCounter) WithGroup(string) slog.Handler            { return c }
func (c *levelCounter) Handle(_ context.Context, r slog.Record) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[r.Level]++
	c.total++
	if c.total == c.at {
		c.after()
	}
	return nil
}

// TestExclusiveWarnsOncePerOutage: while the database is unreachable a
// standby retries every few seconds, for each of the three singletons.
// The operator needs one warning that the lock is unavailable, not one
// per retry (36 a minute on every replica during an outage), as the
// change listener does.
func TestExclusiveWarnsOncePerOutage(t *testing.T) {
	st, err := store.Open(t.Context(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	st.Close() // every TryLock now fails, as during an outage
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	logs := &levelCounter{n: map[slog.Level]int{}, at: 8, after: cancel}
	one := singletons{st: st, log: slog.New(logs), retry: time.Millisecond}
	err = one.Exclusive(ctx, "work", func(context.Context) error {
		t.Error("the work ran without the lock")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	logs.mu.Lock()
	defer logs.mu.Unlock()
	if logs.n[slog.LevelWarn] != 1 {
		t.Errorf("%d warnings over %d failed tries, want 1", logs.n[slog.LevelWarn], logs.total)
	}
}
