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

// One chat flooding the bot fills its own queue, not everyone's: beyond
// maxChatQueue its updates are dropped while other chats still get in.
func TestChatQueueIsBounded(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	var handled atomic.Int64
	d := newDispatcher(func(ctx context.Context, j *job) {
		select {
		case started <- struct{}{}:
		default:
		}
		<-release
		handled.Add(1)
	}, func(*models.Update) bool { return false }, nil, slog.New(slog.DiscardHandler))
	var dropped atomic.Int64
	d.onFull = func(*job) { dropped.Add(1) }
	d.start(context.Background())
	msg := func(id, chat int64) *job {
		return &job{u: &models.Update{ID: id, Message: &models.Message{Chat: models.Chat{ID: chat}}}}
	}
	const flood = 200
	for i := range flood {
		if err := d.enqueue(context.Background(), msg(int64(i+1), 42)); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			<-started // the first is running, not queued
		}
	}
	if err := d.enqueue(context.Background(), msg(flood+1, 43)); err != nil {
		t.Fatal(err)
	}
	close(release)
	if left := d.drain(5*time.Second, func(*job) {}); left != 0 {
		t.Fatalf("%d handlers still running after drain", left)
	}
	// One was running, maxChatQueue waited; the rest were dropped. The
	// other chat's update ran.
	if got, want := handled.Load(), int64(1+maxChatQueue+1); got != want {
		t.Errorf("%d updates handled, want %d", got, want)
	}
	if got, want := dropped.Load(), int64(flood-1-maxChatQueue); got != want {
		t.Errorf("%d dropped, want %d", got, want)
	}
}
