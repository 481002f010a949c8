package main

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

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
