package store

import (
	"context"
	"fmt"
	"time"
)

// This file holds the retention of what the bot learns about people: the
// questions they asked, the answers with every passage given to the model,
// their votes, their user rows and /new marks. The corpus and the digest
// ledger have their own lifetimes and are not touched here.

// Pruned counts the rows one PruneBotData removed.
type Pruned struct {
	Turns     int64 // bot_turns (their bot_turn_messages go with them)
	Feedback  int64 // votes on those turns
	Questions int64 // bot_questions log entries
	Users     int64 // bot_users not seen since the cutoff and not subscribed
	Chats     int64 // bot_chats /new marks older than the cutoff
	// FreedPages is how many pages the incremental vacuum gave back to the
	// file system (0 when the file is not in incremental auto-vacuum mode).
	FreedPages int64
}

// Total is the number of rows removed.
func (p Pruned) Total() int64 { return p.Turns + p.Feedback + p.Questions + p.Users + p.Chats }

// PruneBotData deletes everything the bot stored about people before
// cutoff, in one transaction: turns created before it (with their message
// index and the feedback given on them, so a vote never outlives the
// question it judged), question-log entries, /new marks, and users last seen
// before it unless they hold an active digest subscription (the
// subscription is their standing request to hear from the bot).
//
// Afterwards it runs PRAGMA incremental_vacuum, so the file shrinks when the
// database is in incremental auto-vacuum mode (every database created since
// this mode was introduced); in other files the freed pages are reused by
// later writes and the file stops growing.
func (s *Store) PruneBotData(ctx context.Context, cutoff time.Time) (Pruned, error) {
	var p Pruned
	at := cutoff.UTC().UnixNano()
	err := s.inTx(ctx, func(tx *dbTx) error {
		steps := []struct {
			n     *int64
			query string
		}{
			{&p.Feedback, "DELETE FROM bot_feedback WHERE turn_id IN (SELECT id FROM bot_turns WHERE created_at < ?)"},
			// bot_turn_messages go by ON DELETE CASCADE.
			{&p.Turns, "DELETE FROM bot_turns WHERE created_at < ?"},
			{&p.Questions, "DELETE FROM bot_questions WHERE created_at < ?"},
			{&p.Chats, "DELETE FROM bot_chats WHERE reset_at < ?"},
			{&p.Users, `DELETE FROM bot_users WHERE last_seen < ?
				AND user_id NOT IN (SELECT user_id FROM digest_subscriptions WHERE active = 1)`},
		}
		for _, st := range steps {
			r, err := tx.ExecContext(ctx, st.query, at)
			if err != nil {
				return err
			}
			if *st.n, err = r.RowsAffected(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Pruned{}, fmt.Errorf("prune bot data before %s: %w", cutoff.UTC().Format(time.RFC3339), err)
	}
	if p.Total() == 0 {
		return p, nil
	}
	freed, err := s.incrementalVacuum(ctx)
	if err != nil {
		return p, fmt.Errorf("prune bot data: %w", err)
	}
	p.FreedPages = freed
	return p, nil
}

// incrementalVacuum returns the free pages to the file system when the
// database is in incremental auto-vacuum mode, and reports how many.
//
// On PostgreSQL it does nothing: autovacuum makes deleted rows' space
// reusable, and the server's operator decides when files shrink.
func (s *Store) incrementalVacuum(ctx context.Context) (int64, error) {
	if s.db.pg {
		return 0, nil
	}
	done, err := s.write(ctx)
	if err != nil {
		return 0, fmt.Errorf("incremental vacuum: %w", err)
	}
	defer done()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return 0, fmt.Errorf("incremental vacuum: %w", err)
	}
	defer conn.Close()
	var mode, before, after int64
	if err := conn.QueryRowContext(ctx, "PRAGMA auto_vacuum").Scan(&mode); err != nil {
		return 0, fmt.Errorf("incremental vacuum: %w", err)
	}
	if mode != autoVacuumIncremental {
		return 0, nil
	}
	if err := conn.QueryRowContext(ctx, "PRAGMA freelist_count").Scan(&before); err != nil {
		return 0, fmt.Errorf("incremental vacuum: %w", err)
	}
	// The pragma returns no rows; Exec runs it to completion.
	if _, err := conn.ExecContext(ctx, "PRAGMA incremental_vacuum"); err != nil {
		return 0, fmt.Errorf("incremental vacuum: %w", err)
	}
	if err := conn.QueryRowContext(ctx, "PRAGMA freelist_count").Scan(&after); err != nil {
		return 0, fmt.Errorf("incremental vacuum: %w", err)
	}
	return before - after, nil
}

// autoVacuumIncremental is PRAGMA auto_vacuum's value for INCREMENTAL.
const autoVacuumIncremental = 2

// AutoVacuumMode reports the file's auto-vacuum mode: "none", "full" or
// "incremental". Databases created before Detente set incremental mode stay
// "none" until a VACUUM (see the README's retention section).
//
// On PostgreSQL it reports "server": space is the server's autovacuum's
// business.
func (s *Store) AutoVacuumMode(ctx context.Context) (string, error) {
	if s.db.pg {
		return "server", nil
	}
	var mode int
	if err := s.db.QueryRowContext(ctx, "PRAGMA auto_vacuum").Scan(&mode); err != nil {
		return "", fmt.Errorf("auto vacuum mode: %w", err)
	}
	return [...]string{"none", "full", "incremental"}[min(max(mode, 0), 2)], nil
}
