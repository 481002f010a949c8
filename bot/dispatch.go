package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-telegram/bot/models"
)

// errStopped is returned by enqueue once the bot is shutting down.
var errStopped = errors.New("bot is shutting down")

// errNotStarted is returned by enqueue before start: the bot does not yet
// know its own username (group mentions would be missed) and answers
// would not be under the shutdown bound, so the update is left to
// Telegram to deliver again.
var errNotStarted = errors.New("bot is not started yet")

// maxPending bounds the updates accepted but not yet started. When it is
// reached the poller stops fetching (Telegram keeps the rest) and the
// webhook waits, so memory stays bounded under any load.
const maxPending = 10_000

// maxChatQueue bounds the updates waiting in one chat's queue. Beyond it a
// chat's updates are dropped (and acknowledged): one chat must not fill the
// global bound and starve the others. Each queued update is an answer of
// several seconds, so this is minutes of backlog.
const maxChatQueue = 32

// maxControl bounds the control updates (button presses, /cancel) handled
// at once. They skip the chat queues, so without a bound a flood of
// presses would start a goroutine and a database write each.
const maxControl = 64

// job is an update with what intake learned about it.
type job struct {
	u  *models.Update
	at time.Time // when the update arrived (for latency metrics)
	// limited: the sender's budget (questions, or commands and presses
	// when command is set) was spent when it arrived; tell: this is the
	// first such update of the spell, so say "slow down".
	limited, tell, command bool
	wait                   time.Duration
	// done, if set, runs once the handler has returned (or panicked): the
	// inbox marks the update finished there.
	done func()
}

// dispatcher runs updates one at a time per chat, in arrival order, each
// chat on its own goroutine that exists only while the chat has work. So a
// second question from a chat waits for the first answer instead of
// interleaving with it, while different chats run concurrently. Control
// updates (button presses, /cancel) skip the queue: they must act on the
// answer in progress; at most maxControl of them run at once. Every
// handler runs with panic recovery.
type dispatcher struct {
	handle  func(ctx context.Context, j *job)
	control func(u *models.Update) bool
	onPanic func(j *job) // tells the chat something went wrong
	onFull  func(j *job) // counts an update dropped for a full chat queue
	log     *slog.Logger

	mu      sync.Mutex
	ctx     context.Context
	answers context.Context // cancelled when the shutdown bound runs out
	cutoff  context.CancelFunc
	queues  map[int64][]*job // chat id -> waiting updates
	busy    map[int64]bool   // chat has a worker
	pending int
	closed  bool
	space   chan struct{} // closed and replaced when pending drops
	// controlSlots holds one token per control update running.
	controlSlots chan struct{}

	running atomic.Int64
	// taken counts updates accepted and not yet done (queued or running),
	// so a test can tell when the bot has nothing left to do.
	taken atomic.Int64
	wg    sync.WaitGroup
}

func newDispatcher(handle func(context.Context, *job), control func(*models.Update) bool, onPanic func(*job), log *slog.Logger) *dispatcher {
	return &dispatcher{
		handle:  handle,
		control: control,
		onPanic: onPanic,
		log:     log,
		queues:  map[int64][]*job{},
		busy:    map[int64]bool{},
		space:   make(chan struct{}),

		controlSlots: make(chan struct{}, maxControl),
	}
}

// start sets the context handlers run under (it outlives intake so that
// answers in flight can finish after the bot stops taking updates).
func (d *dispatcher) start(ctx context.Context) {
	d.mu.Lock()
	d.ctx = ctx
	d.answers, d.cutoff = context.WithCancel(ctx)
	d.mu.Unlock()
}

// started reports whether start has run (updates may be taken).
func (d *dispatcher) started() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.ctx != nil
}

// answerCtx is the parent of every answer's context: it ends when the
// shutdown bound runs out, while the handler's own context lives on a
// little longer so that the interrupted answer can still say so.
func (d *dispatcher) answerCtx() context.Context {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.answers == nil {
		return context.Background()
	}
	return d.answers
}

// chatOf is the ordering key of an update: its chat.
func chatOf(u *models.Update) int64 {
	switch {
	case u.Message != nil:
		return u.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.Message.Message != nil:
		return u.CallbackQuery.Message.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.Message.InaccessibleMessage != nil:
		return u.CallbackQuery.Message.InaccessibleMessage.Chat.ID
	case u.CallbackQuery != nil:
		return u.CallbackQuery.From.ID
	}
	return 0
}

// enqueue accepts an update, waiting while too many are pending. It returns
// once the update is queued (not handled), or with an error if ctx ends or
// the bot is stopping; the caller then must not acknowledge the update.
func (d *dispatcher) enqueue(ctx context.Context, j *job) error {
	u := j.u
	d.mu.Lock()
	started := d.ctx != nil
	d.mu.Unlock()
	if !started {
		return errNotStarted
	}
	if d.control(u) {
		// Take a free slot at once if there is one, so that a caller
		// whose ctx has ended still gets in when there is room.
		select {
		case d.controlSlots <- struct{}{}:
		default:
			select {
			case d.controlSlots <- struct{}{}:
			case <-ctx.Done():
				return fmt.Errorf("enqueue update %d: %w", u.ID, ctx.Err())
			}
		}
		d.mu.Lock()
		if d.closed {
			d.mu.Unlock()
			<-d.controlSlots
			return errStopped
		}
		d.wg.Add(1)
		d.taken.Add(1)
		d.mu.Unlock()
		go func() {
			defer d.wg.Done()
			defer func() { <-d.controlSlots }()
			d.run(j)
		}()
		return nil
	}
	chat := chatOf(u)
	d.mu.Lock()
	for d.pending >= maxPending && !d.closed {
		ch := d.space
		d.mu.Unlock()
		select {
		case <-ctx.Done():
			return fmt.Errorf("enqueue update %d: %w", u.ID, ctx.Err())
		case <-ch:
		}
		d.mu.Lock()
	}
	defer d.mu.Unlock()
	if d.closed {
		return errStopped
	}
	if len(d.queues[chat]) >= maxChatQueue {
		if d.onFull != nil {
			d.onFull(j)
		}
		return nil
	}
	d.queues[chat] = append(d.queues[chat], j)
	d.pending++
	d.taken.Add(1)
	if !d.busy[chat] {
		d.busy[chat] = true
		d.wg.Add(1)
		go d.worker(chat)
	}
	return nil
}

func (d *dispatcher) worker(chat int64) {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		q := d.queues[chat]
		if len(q) == 0 {
			delete(d.queues, chat)
			delete(d.busy, chat)
			d.mu.Unlock()
			return
		}
		j := q[0]
		q[0] = nil
		d.queues[chat] = q[1:]
		d.pending--
		close(d.space)
		d.space = make(chan struct{})
		d.mu.Unlock()
		d.run(j)
	}
}

// runHere runs j on the caller's goroutine, counted like a queued update
// (idle, drain): the inbox's chat workers keep a chat's order themselves.
func (d *dispatcher) runHere(j *job) {
	d.taken.Add(1)
	d.run(j)
}

func (d *dispatcher) run(j *job) {
	u := j.u
	d.running.Add(1)
	defer d.taken.Add(-1)
	defer d.running.Add(-1)
	if j.done != nil {
		defer j.done() // after recovery, before the bot counts as idle
	}
	defer func() {
		if r := recover(); r != nil {
			d.log.Error("handler panic", "update_id", u.ID, "chat_id", chatOf(u), "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			if d.onPanic != nil {
				d.onPanic(j)
			}
		}
	}()
	d.mu.Lock()
	ctx := d.ctx
	d.mu.Unlock()
	if ctx == nil {
		ctx = context.Background()
	}
	d.handle(ctx, j)
}

// drain stops accepting updates and waits up to timeout for the queued and
// running ones. Updates still queued when time runs out are handed to
// abandon (to tell their senders) and dropped from the queues; the number
// of handlers still running then is returned.
func (d *dispatcher) drain(timeout time.Duration, abandon func(*job)) int {
	d.mu.Lock()
	d.closed = true
	close(d.space) // wake enqueuers waiting for space: they see closed
	d.space = make(chan struct{})
	d.mu.Unlock()

	done := make(chan struct{})
	go func() {
		d.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return 0
	case <-time.After(timeout):
	}
	d.mu.Lock()
	var left []*job
	for chat, q := range d.queues {
		left = append(left, q...)
		d.pending -= len(q)
		d.taken.Add(-int64(len(q)))
		d.queues[chat] = nil
	}
	d.mu.Unlock()
	for _, j := range left {
		abandon(j)
	}
	d.mu.Lock()
	if d.cutoff != nil {
		d.cutoff()
	}
	d.mu.Unlock()
	return int(d.running.Load())
}

// wait blocks until every handler has returned or timeout passes, and
// reports whether they all returned.
func (d *dispatcher) wait(timeout time.Duration) bool {
	done := make(chan struct{})
	go func() {
		d.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(timeout):
		return false
	}
}

// idle reports whether no update is queued or being handled.
func (d *dispatcher) idle() bool { return d.taken.Load() == 0 }

// closed reports whether drain has begun.
func (d *dispatcher) draining() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.closed
}

// recentIDs remembers update ids already taken, so an update Telegram
// delivers twice (a webhook retry after a timeout) is handled once.
type recentIDs struct {
	mu   sync.Mutex
	max  int
	set  map[int64]struct{}
	fifo []int64
}

func newRecentIDs(max int) *recentIDs {
	return &recentIDs{max: max, set: make(map[int64]struct{}, max)}
}

// add reports whether id is new, remembering it.
func (r *recentIDs) add(id int64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.set[id]; ok {
		return false
	}
	r.set[id] = struct{}{}
	r.fifo = append(r.fifo, id)
	if len(r.fifo) > r.max {
		delete(r.set, r.fifo[0])
		r.fifo = r.fifo[1:]
	}
	return true
}

// forget drops id, so an update that could not be queued is taken when
// Telegram sends it again.
func (r *recentIDs) forget(id int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.set, id)
}
