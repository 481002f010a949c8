package bot

import (
	"context"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
)

// TestControlUpdatesAreBounded: button presses and /cancel skip the chat
// queues, but a flood of them must not start a goroutine (and a database
// write) each: at most maxControl run at once, and intake waits for room.
func TestControlUpdatesAreBounded(t *testing.T) {
	t.Parallel()
	started := make(chan struct{}, maxControl+1)
	release := make(chan struct{})
	var running, peak atomic.Int64
	d := newDispatcher(func(ctx context.Context, j *job) {
		n := running.Add(1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		started <- struct{}{}
		<-release
		running.Add(-1)
	}, func(*models.Update) bool { return true }, nil, slog.New(slog.DiscardHandler))
	d.start(context.Background())

	press := func(id int64) *job {
		return &job{u: &models.Update{ID: id, CallbackQuery: &models.CallbackQuery{ID: "q", From: models.User{ID: id}}}}
	}
	for i := range maxControl {
		if err := d.enqueue(context.Background(), press(int64(i+1))); err != nil {
			t.Fatal(err)
		}
	}
	for range maxControl {
		<-started
	}
	// Full: a press whose intake gives up is refused (and left to
	// Telegram), not started.
	gaveUp, cancel := context.WithCancel(context.Background())
	cancel()
	if err := d.enqueue(gaveUp, press(9999)); err == nil {
		t.Fatalf("a control update was started with %d already running", maxControl)
	}
	// One more waits for room and runs once a handler finishes.
	queued := make(chan error, 1)
	go func() { queued <- d.enqueue(context.Background(), press(10000)) }()
	release <- struct{}{}
	if err := <-queued; err != nil {
		t.Fatal(err)
	}
	<-started
	close(release)
	if left := d.drain(5*time.Second, func(*job) {}); left != 0 {
		t.Fatalf("%d handlers still running after drain", left)
	}
	if p := peak.Load(); p > maxControl {
		t.Fatalf("%d control handlers ran at once, want at most %d", p, maxControl)
	}
}
