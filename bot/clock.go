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
	now := b.clock.Now()
	r := lim.ReserveN(now, 1)
	if !r.OK() {
		return fmt.Errorf("wait for send budget: burst %d too small", lim.Burst())
	}
	if err := b.sleep(ctx, r.DelayFrom(now)); err != nil {
		r.CancelAt(b.clock.Now())
		return err
	}
	return nil
}
