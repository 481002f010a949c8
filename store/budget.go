package store

import (
	"context"
	"fmt"
	"math"
	"time"
)

// TakeBudget spends one unit of the token bucket (kind, id) at now, the
// bucket refilling at perSecond up to burst (a new bucket starts full). It
// is the bot's per-user and per-chat budgets when several replicas must
// share them: one transaction per take, so two replicas spending one
// user's budget at once cannot both spend its last unit. When the bucket
// is empty ok is false, wait is the time until the next unit, and tell is
// true for the first refusal since the bucket last granted (one "slow
// down" per spell, whichever replica refuses).
func (s *Store) TakeBudget(ctx context.Context, kind string, id int64, perSecond float64, burst int, now time.Time) (ok bool, wait time.Duration, tell bool, err error) {
	if perSecond <= 0 || burst <= 0 {
		return false, 0, false, fmt.Errorf("take budget %s %d: rate %v and burst %d must be positive", kind, id, perSecond, burst)
	}
	at := now.UTC().UnixNano()
	err = s.inTx(ctx, func(tx *dbTx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO bot_budgets (kind, id, tokens, at) VALUES (?, ?, ?, ?)
			ON CONFLICT (kind, id) DO NOTHING`, kind, id, float64(burst), at); err != nil {
			return err
		}
		// A no-op write first: on PostgreSQL it locks the row until
		// commit, so the read below sees the last committed spend and no
		// other take interleaves (SQLite's transactions are already
		// serial).
		if _, err := tx.ExecContext(ctx, "UPDATE bot_budgets SET warned = warned WHERE kind = ? AND id = ?", kind, id); err != nil {
			return err
		}
		var tokens float64
		var last, warned int64
		if err := tx.QueryRowContext(ctx, "SELECT tokens, at, warned FROM bot_budgets WHERE kind = ? AND id = ?",
			kind, id).Scan(&tokens, &last, &warned); err != nil {
			return err
		}
		if elapsed := time.Duration(at - last).Seconds(); elapsed > 0 {
			tokens = math.Min(float64(burst), tokens+elapsed*perSecond)
		} else {
			at = last // a replica whose clock is behind must not rewind the bucket
		}
		if tokens >= 1 {
			ok, tokens, warned = true, tokens-1, 0
		} else {
			wait = time.Duration((1 - tokens) / perSecond * float64(time.Second))
			tell, warned = warned == 0, 1
		}
		_, err := tx.ExecContext(ctx, "UPDATE bot_budgets SET tokens = ?, at = ?, warned = ? WHERE kind = ? AND id = ?",
			tokens, at, warned, kind, id)
		return err
	})
	if err != nil {
		return false, 0, false, fmt.Errorf("take budget %s %d: %w", kind, id, err)
	}
	return ok, wait, tell, nil
}

// PruneBudgets deletes the buckets of kind last used before cutoff: a
// bucket idle longer than it takes to refill is full, the same as no row.
func (s *Store) PruneBudgets(ctx context.Context, kind string, cutoff time.Time) (int64, error) {
	res, err := s.exec(ctx, "DELETE FROM bot_budgets WHERE kind = ? AND at < ?", kind, cutoff.UTC().UnixNano())
	if err != nil {
		return 0, fmt.Errorf("prune budgets: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("prune budgets: %w", err)
	}
	return n, nil
}
