package bot

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

// fakeClock is the bot's simulated clock. Time moves only by Advance; a
// timer (After) fires when time passes its deadline. A test waits for the
// bot to be waiting on the clock (waitTimer) before it moves time on, so
// nothing depends on how fast goroutines run, and nothing sleeps.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	timers  []fakeTimer
	changed chan struct{} // closed and replaced when a timer is set or time moves
}

type fakeTimer struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock(t time.Time) *fakeClock { return &fakeClock{now: t, changed: make(chan struct{})} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.timers = append(c.timers, fakeTimer{at: c.now.Add(d), ch: ch})
	sort.SliceStable(c.timers, func(i, j int) bool { return c.timers[i].at.Before(c.timers[j].at) })
	c.notifyLocked()
	return ch
}

// Advance moves time forward by d, firing the timers it passes.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	for len(c.timers) > 0 && !c.timers[0].at.After(c.now) {
		c.timers[0].ch <- c.now
		c.timers = c.timers[1:]
	}
	c.notifyLocked()
}

func (c *fakeClock) notifyLocked() {
	close(c.changed)
	c.changed = make(chan struct{})
}

// nextTimer is the earliest pending timer's deadline.
func (c *fakeClock) nextTimer() (time.Time, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.timers) == 0 {
		return time.Time{}, false
	}
	return c.timers[0].at, true
}

// waitTimer blocks until some goroutine waits on a timer due within d from
// now: the bot has done what it could and waits for time to pass.
func (c *fakeClock) waitTimer(ctx context.Context, d time.Duration) error {
	for {
		c.mu.Lock()
		ch := c.changed
		due := len(c.timers) > 0 && !c.timers[0].at.After(c.now.Add(d))
		c.mu.Unlock()
		if due {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("no timer due within %v: %w", d, ctx.Err())
		case <-ch:
		}
	}
}

// drive runs simulated time until cond holds: whenever the bot waits on a
// timer due within `within`, time jumps to it. Timers further out (typing
// renewals, follow-up windows) are left alone.
func (c *fakeClock) drive(ctx context.Context, within time.Duration, cond func() bool) error {
	for !cond() {
		if at, ok := c.nextTimer(); ok && !at.After(c.Now().Add(within)) {
			c.Advance(max(at.Sub(c.Now()), 0))
			continue
		}
		c.mu.Lock()
		ch := c.changed
		c.mu.Unlock()
		select {
		case <-ctx.Done():
			return fmt.Errorf("condition not met: %w", ctx.Err())
		case <-ch:
		case <-time.After(5 * time.Millisecond): // cond may change without the clock (a reply arrived)
		}
	}
	return nil
}
