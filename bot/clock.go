package bot

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/time/rate"
)

// Clock is the bot's time: edit pacing, flood-control pauses, retry
// backoffs, typing renewals, budgets and the follow-up window all read it,
// so tests drive a simulated clock and never sleep (digest.Clock has the
// same shape). Latency metrics and the shutdown bound use the wall clock:
// they measure the process, not the conversation.
type Clock interface {
	Now() time.Time
	// After behaves like time.After.
	After(d time.Duration) <-chan time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// sleep waits d on the bot's clock, or until ctx ends.
func (b *Bot) sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-b.clock.After(d):
		return nil
	}
}

// waitBudget takes one unit of lim on the bot's clock, waiting for it
// (rate.Limiter.Wait would wait on the wall clock).
func (b *Bot) waitBudget(ctx context.Context, lim *rate.Limiter) error {
	now, r := b.reserveBudget(lim)
	if !r.OK() {
		return fmt.Errorf("wait for send budget: burst %d too small", lim.Burst())
	}
	if err := b.sleep(ctx, r.DelayFrom(now)); err != nil {
		r.CancelAt(b.clock.Now())
		return err
	}
	return nil
}

// reserveBudget reads the clock and reserves one unit of lim in one step.
// A limiter given an earlier time than its last one moves its clock back
// (golang.org/x/time/rate), and the next reservation is credited that gap
// a second time: a caller preempted between reading the clock and
// reserving made the bot send faster than its budget (seen under -race
// with the simulated clock, where a gap is a whole pacing step).
func (b *Bot) reserveBudget(lim *rate.Limiter) (time.Time, *rate.Reservation) {
	b.budgetMu.Lock()
	defer b.budgetMu.Unlock()
	now := b.clock.Now()
	return now, lim.ReserveN(now, 1)
}

// allowBudget takes one unit of lim if it is there now, without waiting
// (atomic with the clock read, as reserveBudget).
func (b *Bot) allowBudget(lim *rate.Limiter) bool {
	b.budgetMu.Lock()
	defer b.budgetMu.Unlock()
	return lim.AllowN(b.clock.Now(), 1)
}
