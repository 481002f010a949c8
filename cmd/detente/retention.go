package main

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/detente/detente/store"
)

// defaultRetention is how long the bot keeps what people asked, the answers
// with their passages, votes and user rows when DETENTE_RETENTION is unset.
const defaultRetention = 90 * 24 * time.Hour

// pruneEvery is how often serve prunes. Daily: retention is counted in
// days, and one prune deletes a day's rows in milliseconds.
const pruneEvery = 24 * time.Hour

// parseRetention reads DETENTE_RETENTION: days ("90", "90d"), a Go
// duration ("2160h"), or 0 for keeping everything forever.
func parseRetention(raw string) (time.Duration, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return defaultRetention, nil
	}
	bad := fmt.Errorf("DETENTE_RETENTION: %q is not a number of days (such as 90 or 90d), a duration of at least 1h (such as 2160h), or 0 to keep everything", raw)
	if days, ok := strings.CutSuffix(s, "d"); ok || isDigits(s) {
		if !ok {
			days = s
		}
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 || n > 100*365 {
			return 0, bad
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < time.Hour {
		return 0, bad
	}
	return d, nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// clock is the time source of the retention loop; tests drive it.
type clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type wallClock struct{}

func (wallClock) Now() time.Time                         { return time.Now() }
func (wallClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// botDataPruner is the slice of the store the retention loop uses.
type botDataPruner interface {
	PruneBotData(ctx context.Context, cutoff time.Time) (store.Pruned, error)
}

// retention deletes the bot's data about people once it is older than keep:
// at start and then daily, for as long as serve runs.
type retention struct {
	st    botDataPruner
	keep  time.Duration // 0: keep forever, Run returns at once
	clock clock
	log   *slog.Logger
}

// Run prunes now and every pruneEvery until ctx ends. A failed prune is
// logged and retried at the next tick: it must never stop the bot.
func (r *retention) Run(ctx context.Context) error {
	if r.keep <= 0 {
		r.log.Info("retention: keeping questions, answers and votes forever (DETENTE_RETENTION=0)")
		return nil
	}
	for {
		r.prune(ctx)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-r.clock.After(pruneEvery):
		}
	}
}

func (r *retention) prune(ctx context.Context) {
	start := time.Now()
	p, err := r.st.PruneBotData(ctx, r.clock.Now().Add(-r.keep))
	if err != nil {
		if ctx.Err() == nil {
			r.log.Warn("retention: prune failed; retrying at the next daily run", "err", err)
		}
		return
	}
	r.log.Info("retention: pruned", "keep_days", r.keep.Hours()/24, "turns", p.Turns, "feedback", p.Feedback,
		"questions", p.Questions, "users", p.Users, "freed_pages", p.FreedPages, "took_ms", time.Since(start).Milliseconds())
}
