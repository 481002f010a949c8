package main

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/store"
)

// stepClock is a clock the test moves: After hands the waiting loop's
// channel to the test, which fires it after setting the time.
type stepClock struct {
	mu      sync.Mutex
	now     time.Time
	waiting chan chan time.Time
}

func (c *stepClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *stepClock) After(time.Duration) <-chan time.Time {
	ch := make(chan time.Time, 1)
	c.waiting <- ch
	return ch
}

func (c *stepClock) advance(d time.Duration, fire chan time.Time) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	now := c.now
	c.mu.Unlock()
	fire <- now
}

func TestRetentionPrunesAtStartAndDaily(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	dbClock := &stepClock{now: t0}
	ctx := t.Context()
	st, err := store.OpenWith(ctx, filepath.Join(t.TempDir(), "detente.db"), store.Options{Now: dbClock.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ask := func(user int64) store.Turn {
		tr, err := st.RecordAnswer(ctx, store.Answered{Turn: &store.Turn{ChatID: user, UserID: user, Question: "q", Answer: "a"},
			Log: store.QuestionLog{ChatID: user, UserID: user, Outcome: "answered"}})
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	first := ask(1)
	dbClock.mu.Lock()
	dbClock.now = t0.Add(60 * 24 * time.Hour)
	dbClock.mu.Unlock()
	second := ask(2)

	clk := &stepClock{now: t0.Add(95 * 24 * time.Hour), waiting: make(chan chan time.Time)}
	r := &retention{st: st, keep: 90 * 24 * time.Hour, clock: clk, log: slog.New(slog.DiscardHandler)}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- r.Run(runCtx) }()

	fire := <-clk.waiting // the start-up prune is done
	if _, err := st.TurnByID(ctx, first.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a 95-day-old answer survived the start-up prune with 90 days' retention: %v", err)
	}
	if _, err := st.TurnByID(ctx, second.ID); err != nil {
		t.Errorf("a 35-day-old answer was pruned: %v", err)
	}
	clk.advance(60*24*time.Hour, fire) // 155 days after t0: the second answer is 95 days old
	fire = <-clk.waiting
	if _, err := st.TurnByID(ctx, second.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("the daily prune kept a 95-day-old answer: %v", err)
	}
	stop()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Run after stop: %v", err)
	}
	_ = fire
}

func TestRetentionZeroKeepsForever(t *testing.T) {
	r := &retention{keep: 0, log: slog.New(slog.DiscardHandler)} // no store: Run must not touch it
	if err := r.Run(t.Context()); err != nil {
		t.Fatal(err)
	}
}

func TestParseRetention(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		bad  bool
	}{
		{"", 90 * 24 * time.Hour, false},
		{"30", 30 * 24 * time.Hour, false},
		{" 30d ", 30 * 24 * time.Hour, false},
		{"0", 0, false},
		{"720h", 720 * time.Hour, false},
		{"-5", 0, true},
		{"10m", 0, true},
		{"ninety", 0, true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := parseRetention(tc.in)
			if tc.bad {
				if err == nil || !strings.Contains(err.Error(), "DETENTE_RETENTION") {
					t.Fatalf("%q: want a DETENTE_RETENTION error, got %v, %v", tc.in, got, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("%q: got %v, %v; want %v", tc.in, got, err, tc.want)
			}
		})
	}
}
