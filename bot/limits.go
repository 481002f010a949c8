package bot

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// userLimits holds one budget per user (golang.org/x/time/rate), created
// on first use and forgotten when full again (an idle user costs nothing).
// Time is passed in, so tests and the bot's clock decide it.
type userLimits struct {
	mu      sync.Mutex
	every   rate.Limit
	burst   int
	buckets map[int64]*rate.Limiter
	warned  map[int64]bool // told to slow down since their budget emptied
	sweeps  int
	// shared, when set, keeps the budgets in the database instead, for
	// replicas (see shareBudgets).
	shared *sharedBudget
}

func newUserLimits(perMinute, burst int) *userLimits {
	return &userLimits{every: rate.Limit(float64(perMinute) / 60), burst: burst,
		buckets: map[int64]*rate.Limiter{}, warned: map[int64]bool{}}
}

// take spends one unit of user's budget at now. When the budget is empty
// it reports the wait and whether the user should be told (only once per
// empty spell, so a flood does not get a flood of "slow down" replies).
func (l *userLimits) take(user int64, now time.Time) (ok bool, wait time.Duration, tell bool) {
	if l.shared != nil {
		return l.shared.take(user, now)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[user]
	if b == nil {
		b = rate.NewLimiter(l.every, l.burst)
		l.buckets[user] = b
	}
	r := b.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now) // refused: the budget is not spent
		ok, wait = false, d
	} else {
		ok = true
	}
	if ok {
		delete(l.warned, user)
	} else if !l.warned[user] {
		l.warned[user] = true
		tell = true
	}
	l.sweeps++
	if l.sweeps%1024 == 0 {
		l.sweepLocked(now)
	}
	return ok, wait, tell
}

// sweepLocked drops budgets that have refilled completely.
func (l *userLimits) sweepLocked(now time.Time) {
	for id, b := range l.buckets {
		if b.TokensAt(now) >= float64(l.burst) {
			delete(l.buckets, id)
			delete(l.warned, id)
		}
	}
}

// Budgets is the store's token buckets, shared by every replica on one
// database (*store.Store implements it).
type Budgets interface {
	TakeBudget(ctx context.Context, kind string, id int64, perSecond float64, burst int, now time.Time) (ok bool, wait time.Duration, tell bool, err error)
	PruneBudgets(ctx context.Context, kind string, cutoff time.Time) (int64, error)
}

// sharedStore is a store that other processes share (PostgreSQL).
type sharedStore interface {
	Budgets
	Postgres() bool
}

// shareBudgets moves the per-user budgets and the /digest cooldown into
// the database when the store is shared by replicas: in memory, a load
// balancer spreading a user over N replicas gave them N budgets. On one
// process (SQLite) they stay in memory, where a take costs no write.
func (b *Bot) shareBudgets(st Store) {
	sh, ok := st.(sharedStore)
	if !ok || !sh.Postgres() {
		return
	}
	b.limits.shared = newSharedBudget(b, sh, "question", float64(b.cfg.RatePerMinute)/60, b.cfg.Burst)
	b.replies.shared = newSharedBudget(b, sh, "reply", float64(b.cfg.CommandsPerMinute)/60, b.cfg.CommandBurst)
	b.digestCool.shared = newSharedBudget(b, sh, "digest", 1/digestCooldown.Seconds(), 1)
}

// sharedBudget is one kind of budget in the database.
type sharedBudget struct {
	b         *Bot
	st        Budgets
	kind      string
	perSecond float64
	burst     int
	takes     atomic.Int64
}

func newSharedBudget(b *Bot, st Budgets, kind string, perSecond float64, burst int) *sharedBudget {
	return &sharedBudget{b: b, st: st, kind: kind, perSecond: perSecond, burst: burst}
}

// budgetTimeout bounds one take: the webhook waits for it.
const budgetTimeout = 3 * time.Second

// take is userLimits.take in the database. A take the database cannot
// answer is granted: an outage must not silence the bot, and the update
// itself needs the database to be recorded anyway.
func (s *sharedBudget) take(id int64, now time.Time) (ok bool, wait time.Duration, tell bool) {
	ctx, cancel := context.WithTimeout(context.Background(), budgetTimeout)
	defer cancel()
	ok, wait, tell, err := s.st.TakeBudget(ctx, s.kind, id, s.perSecond, s.burst, now)
	if err != nil {
		s.b.metrics.errorf("budget_unavailable")
		s.b.log.Warn("shared budget; granting", "kind", s.kind, "err", err)
		return true, 0, false
	}
	if s.takes.Add(1)%1024 == 0 {
		// A bucket idle for longer than a refill is full: no row needed.
		refill := time.Duration(float64(s.burst) / s.perSecond * float64(time.Second))
		if _, err := s.st.PruneBudgets(ctx, s.kind, now.Add(-refill-time.Minute)); err != nil {
			s.b.log.Warn("prune shared budgets", "kind", s.kind, "err", err)
		}
	}
	return ok, wait, tell
}

// gate bounds concurrent model calls and keeps waiters in FIFO order, so
// it can tell each waiter its place in line.
type gate struct {
	mu      sync.Mutex
	max     int
	running int
	queue   []*gateWaiter
}

type gateWaiter struct {
	ready   chan struct{} // closed when admitted
	moved   chan struct{} // closed and replaced when the position changes
	granted bool
}

func newGate(max int) *gate { return &gate{max: max} }

// acquire waits for a slot. onWait, if non-nil, is called (from acquire's
// goroutine) with the 1-based place in line when the caller has to wait
// and again whenever it moves up. The returned release must be called once.
func (g *gate) acquire(ctx context.Context, onWait func(pos int)) (release func(), err error) {
	g.mu.Lock()
	if g.running < g.max && len(g.queue) == 0 {
		g.running++
		g.mu.Unlock()
		return g.releaseFunc(), nil
	}
	w := &gateWaiter{ready: make(chan struct{}), moved: make(chan struct{})}
	g.queue = append(g.queue, w)
	pos := len(g.queue)
	g.mu.Unlock()

	last := 0
	for {
		if onWait != nil && pos != last {
			onWait(pos)
			last = pos
		}
		g.mu.Lock()
		moved := w.moved
		g.mu.Unlock()
		select {
		case <-w.ready:
			return g.releaseFunc(), nil
		case <-moved:
			pos = g.position(w)
		case <-ctx.Done():
			g.mu.Lock()
			if w.granted { // admitted just as we gave up: pass the slot on
				g.mu.Unlock()
				g.releaseFunc()()
				return nil, fmt.Errorf("wait for an answer slot: %w", ctx.Err())
			}
			g.removeLocked(w)
			g.mu.Unlock()
			return nil, fmt.Errorf("wait for an answer slot: %w", ctx.Err())
		}
	}
}

func (g *gate) position(w *gateWaiter) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	for i, q := range g.queue {
		if q == w {
			return i + 1
		}
	}
	return 0
}

func (g *gate) removeLocked(w *gateWaiter) {
	for i, q := range g.queue {
		if q == w {
			g.queue = append(g.queue[:i], g.queue[i+1:]...)
			for _, rest := range g.queue[i:] {
				close(rest.moved)
				rest.moved = make(chan struct{})
			}
			return
		}
	}
}

func (g *gate) releaseFunc() func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			g.mu.Lock()
			defer g.mu.Unlock()
			if len(g.queue) == 0 {
				g.running--
				return
			}
			next := g.queue[0]
			g.queue = g.queue[1:]
			next.granted = true
			close(next.ready)
			for _, rest := range g.queue {
				close(rest.moved)
				rest.moved = make(chan struct{})
			}
		})
	}
}

// waiting is the number of callers in line.
func (g *gate) waiting() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.queue)
}

// chatPauses records, per chat, until when Telegram told us (429) not to
// send, so every sender to that chat waits instead of making it worse.
type chatPauses struct {
	now   func() time.Time // the bot's clock
	mu    sync.Mutex
	until map[int64]time.Time
}

func newChatPauses(now func() time.Time) *chatPauses {
	return &chatPauses{now: now, until: map[int64]time.Time{}}
}

func (p *chatPauses) pause(chat int64, d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	// Pauses are rare (one per 429), so sweeping here keeps the map to the
	// chats still paused: a chat that never sends again is not kept forever.
	for c, t := range p.until {
		if !t.After(now) {
			delete(p.until, c)
		}
	}
	if t := now.Add(d); t.After(p.until[chat]) {
		p.until[chat] = t
	}
}

// remaining is how long chat is still paused (0 if not).
func (p *chatPauses) remaining(chat int64) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	t, ok := p.until[chat]
	if !ok {
		return 0
	}
	d := t.Sub(p.now())
	if d <= 0 {
		delete(p.until, chat)
		return 0
	}
	return d
}
