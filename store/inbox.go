package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// ErrClaimLost means the caller no longer holds what it worked under: its
// lease on the chat ran out and another replica took the chat over, or the
// update was taken from it.
var ErrClaimLost = errors.New("claim lost to another worker")

// Update states in bot_inbox.state.
const (
	inboxWaiting = 0
	inboxBegun   = 1
	inboxDone    = 2
)

// InboxUpdate is one recorded Telegram update.
//
// The inbox records each Telegram update before the bot acknowledges it,
// and hands it to exactly one worker among the replicas sharing this
// database (issue 11):
//
//   - PutUpdate stores an update once (its update_id is the key, so a
//     redelivery, to this replica or another, is recognised);
//   - a worker works through a chat with NextUpdate, one step per update:
//     it claims the chat (a lease, renewed by every step and by
//     RenewClaims), marks the previous update done and begins the next,
//     oldest first, giving the chat back when none is left. One holder per
//     chat is what keeps a chat's order;
//   - button presses and /cancel (control updates) must not wait behind
//     the chat's running answer, so each is claimed alone with ClaimUpdate
//     and marked done with FinishUpdate;
//   - ReleaseClaims gives a stopping replica's chats back; OrphanedWork is
//     the sweep that finds work whose holder died (its lease ran out) or
//     never came.
//
// The same statements serve SQLite and PostgreSQL: every claim is a single
// conditional write (an upsert whose WHERE admits only a free or expired
// lease, an UPDATE whose WHERE admits only a waiting row), which both
// engines make atomic, so no engine-specific locking is needed. Leases are
// compared with each replica's own clock: replicas' clocks must agree to
// well within a lease (NTP does).
type InboxUpdate struct {
	ID      int64 // Telegram's update_id
	ChatID  int64 // the chat whose order it keeps (0: none)
	Control bool  // a press or /cancel: claimed alone, not in the chat's order
	Payload []byte
	// The sender's budget as judged on arrival (see the bot's intake).
	Limited, Tell, Command bool
	Wait                   time.Duration
	// Attempts counts the times handling began, this one included: more
	// than one means a worker died (or lost its lease) while handling it.
	Attempts int
	// ReceivedAt is when PutUpdate recorded it (read back only).
	ReceivedAt time.Time
}

// PutUpdate records u unless an update with its id is already recorded,
// and reports whether it was new. It returns once the row is committed,
// so the caller may then acknowledge the update to Telegram.
func (s *Store) PutUpdate(ctx context.Context, u InboxUpdate) (bool, error) {
	if u.Payload == nil {
		u.Payload = []byte{}
	}
	res, err := s.exec(ctx, `INSERT INTO bot_inbox
		(update_id, chat_id, control, payload, limited, tell, command, wait_ms, received_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (update_id) DO NOTHING`,
		u.ID, u.ChatID, b2i(u.Control), u.Payload, b2i(u.Limited), b2i(u.Tell), b2i(u.Command),
		u.Wait.Milliseconds(), s.now().UTC().UnixNano())
	if err != nil {
		return false, fmt.Errorf("record update %d: %w", u.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("record update %d: %w", u.ID, err)
	}
	return n == 1, nil
}

// HasUpdate reports whether an update with id is already recorded (by this
// replica or another), so a redelivery can be recognised before anything
// is charged for it. PutUpdate remains the authority: two deliveries at the
// same moment may both see false here, and one of them then gets false there.
func (s *Store) HasUpdate(ctx context.Context, id int64) (bool, error) {
	var n int
	if err := s.queryRow(ctx, "SELECT count(*) FROM bot_inbox WHERE update_id = ?", id).Scan(&n); err != nil {
		return false, fmt.Errorf("look up update %d: %w", id, err)
	}
	return n > 0, nil
}

// RenewClaims extends every lease holder has (chats, and control updates
// it is handling) to now+lease, and returns how many chats it holds.
func (s *Store) RenewClaims(ctx context.Context, holder string, lease time.Duration) (int64, error) {
	until := s.now().UTC().Add(lease).UnixNano()
	var n int64
	err := s.inTx(ctx, func(tx *dbTx) error {
		res, err := tx.ExecContext(ctx, "UPDATE bot_chat_claims SET expires_at = ? WHERE holder = ?", until, holder)
		if err != nil {
			return err
		}
		if n, err = res.RowsAffected(); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE bot_inbox SET claimed_until = ?
			WHERE claimed_by = ? AND state = ? AND control = 1`, until, holder, inboxBegun)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("renew claims: %w", err)
	}
	return n, nil
}

// NextUpdate is a chat worker's one step, in one transaction: it marks
// finished done (the update holder handled last; 0 for none), claims the
// chat for holder until now+lease (or renews holder's claim), and begins
// the chat's oldest unfinished update (not control updates), returning it.
// ok is false when holder is to stop: another live worker holds the chat,
// or the chat has nothing left, in which case holder's claim is given up
// in the same transaction, so an update recorded meanwhile is either seen
// here or claimed by whoever recorded it. An update begun before by a
// worker that died is returned again (Attempts says so).
func (s *Store) NextUpdate(ctx context.Context, chatID int64, holder string, lease time.Duration, finished int64) (u InboxUpdate, ok bool, err error) {
	now := s.now().UTC()
	err = s.inTx(ctx, func(tx *dbTx) error {
		if finished != 0 {
			if err := finish(ctx, tx, finished, holder, now); err != nil {
				return err
			}
		}
		// The claim comes first: on PostgreSQL it locks the chat's row
		// until commit, so another replica's claim waits for this step.
		res, err := tx.ExecContext(ctx, `INSERT INTO bot_chat_claims (chat_id, holder, expires_at) VALUES (?, ?, ?)
			ON CONFLICT (chat_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
			WHERE bot_chat_claims.expires_at <= ? OR bot_chat_claims.holder = excluded.holder`,
			chatID, holder, now.Add(lease).UnixNano(), now.UnixNano())
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return err // held by another live worker: not ok
		}
		u, err = scanInbox(tx.QueryRowContext(ctx, `SELECT `+inboxColumns+` FROM bot_inbox
			WHERE chat_id = ? AND state < ? AND control = 0 ORDER BY update_id LIMIT 1`, chatID, inboxDone))
		if errors.Is(err, sql.ErrNoRows) {
			_, err := tx.ExecContext(ctx, "DELETE FROM bot_chat_claims WHERE chat_id = ? AND holder = ?", chatID, holder)
			return err
		}
		if err != nil {
			return err
		}
		ok = true
		u.Attempts++
		_, err = tx.ExecContext(ctx, `UPDATE bot_inbox SET state = ?, attempts = ?, claimed_by = ?
			WHERE update_id = ?`, inboxBegun, u.Attempts, holder, u.ID)
		return err
	})
	if err != nil {
		return InboxUpdate{}, false, fmt.Errorf("next update of chat %d: %w", chatID, err)
	}
	return u, ok, nil
}

// ClaimUpdate begins the control update id for holder until now+lease and
// returns it; ok is false when it is not waiting (it is done, or another
// worker has it and that claim has not run out: holder's own earlier
// claim, from before a restart, does not count), or when another live
// worker holds its chat: a /cancel must reach the replica running the
// chat's answer, which finds it through OrphanedWork.
func (s *Store) ClaimUpdate(ctx context.Context, id int64, holder string, lease time.Duration) (u InboxUpdate, ok bool, err error) {
	now := s.now().UTC()
	err = s.inTx(ctx, func(tx *dbTx) error {
		res, err := tx.ExecContext(ctx, `UPDATE bot_inbox
			SET state = ?, attempts = attempts + 1, claimed_by = ?, claimed_until = ?
			WHERE update_id = ? AND control = 1
			AND (state = ? OR (state = ? AND (claimed_until <= ? OR claimed_by = ?)))
			AND NOT EXISTS (SELECT 1 FROM bot_chat_claims c
				WHERE c.chat_id = bot_inbox.chat_id AND c.holder <> ? AND c.expires_at > ?)`,
			inboxBegun, holder, now.Add(lease).UnixNano(), id, inboxWaiting, inboxBegun, now.UnixNano(), holder,
			holder, now.UnixNano())
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return err
		}
		u, err = scanInbox(tx.QueryRowContext(ctx, `SELECT `+inboxColumns+` FROM bot_inbox WHERE update_id = ?`, id))
		ok = err == nil
		return err
	})
	if err != nil {
		return InboxUpdate{}, false, fmt.Errorf("claim update %d: %w", id, err)
	}
	return u, ok, nil
}

// FinishUpdate marks update id done (a control update, or a chat
// worker's last). Its payload is dropped (the row stays only to recognise
// a redelivery). ErrClaimLost means holder no longer had it: another
// worker took it over.
func (s *Store) FinishUpdate(ctx context.Context, id int64, holder string) error {
	err := s.inTx(ctx, func(tx *dbTx) error { return finish(ctx, tx, id, holder, s.now().UTC()) })
	if err != nil {
		return fmt.Errorf("finish update %d: %w", id, err)
	}
	return nil
}

func finish(ctx context.Context, tx *dbTx, id int64, holder string, now time.Time) error {
	res, err := tx.ExecContext(ctx, `UPDATE bot_inbox SET state = ?, done_at = ?, payload = ?
		WHERE update_id = ? AND claimed_by = ? AND state = ?`,
		inboxDone, now.UnixNano(), []byte{}, id, holder, inboxBegun)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return ErrClaimLost
	}
	return nil
}

// ReleaseClaims gives up every chat lease holder has, so that another
// replica takes its chats at once instead of when the leases run out (a
// replica stopping calls it after its answers in flight ended).
func (s *Store) ReleaseClaims(ctx context.Context, holder string) error {
	if _, err := s.exec(ctx, "DELETE FROM bot_chat_claims WHERE holder = ?", holder); err != nil {
		return fmt.Errorf("release claims: %w", err)
	}
	return nil
}

// OrphanedWork is what holder should pick up besides what it was handed:
// up to limit chats with unfinished updates recorded before staleBefore
// that nobody holds (their holder died, stopped, or never claimed them),
// and control updates waiting (or whose claim ran out) that are holder's
// to take: those of chats holder holds, and those recorded before
// staleBefore whose chat no other live worker holds. staleBefore leaves a
// fresh update to the replica that recorded it, which claims it at once.
// The claims decide who gets each.
func (s *Store) OrphanedWork(ctx context.Context, holder string, staleBefore time.Time, limit int) (chats, controls []int64, err error) {
	now := s.now().UTC().UnixNano()
	chats, err = s.ids(ctx, `SELECT DISTINCT i.chat_id FROM bot_inbox i
		WHERE i.state < ? AND i.control = 0 AND i.received_at < ? AND NOT EXISTS (
			SELECT 1 FROM bot_chat_claims c WHERE c.chat_id = i.chat_id AND c.expires_at > ?)
		LIMIT ?`, inboxDone, staleBefore.UTC().UnixNano(), now, limit)
	if err != nil {
		return nil, nil, fmt.Errorf("orphaned chats: %w", err)
	}
	controls, err = s.ids(ctx, `SELECT i.update_id FROM bot_inbox i
		WHERE i.control = 1 AND i.state < ? AND i.claimed_until <= ? AND (
			EXISTS (SELECT 1 FROM bot_chat_claims c
				WHERE c.chat_id = i.chat_id AND c.holder = ? AND c.expires_at > ?)
			OR (i.received_at < ? AND NOT EXISTS (SELECT 1 FROM bot_chat_claims c
				WHERE c.chat_id = i.chat_id AND c.holder <> ? AND c.expires_at > ?)))
		ORDER BY i.update_id LIMIT ?`,
		inboxDone, now, holder, now, staleBefore.UTC().UnixNano(), holder, now, limit)
	if err != nil {
		return nil, nil, fmt.Errorf("orphaned controls: %w", err)
	}
	return chats, controls, nil
}

// HeldChats lists the chats holder claims, for a replica starting again
// under the same name after a crash: its claims outlived it, and no
// sweep offers a chat whose claim is still live.
func (s *Store) HeldChats(ctx context.Context, holder string) ([]int64, error) {
	chats, err := s.ids(ctx, "SELECT chat_id FROM bot_chat_claims WHERE holder = ? ORDER BY chat_id", holder)
	if err != nil {
		return nil, fmt.Errorf("held chats: %w", err)
	}
	return chats, nil
}

// PruneInbox deletes the updates finished before cutoff and returns how
// many. Telegram stops redelivering an update after a day, so a cutoff of a
// few days ago keeps every redelivery recognisable.
func (s *Store) PruneInbox(ctx context.Context, cutoff time.Time) (int64, error) {
	res, err := s.exec(ctx, "DELETE FROM bot_inbox WHERE state = ? AND done_at < ?", inboxDone, cutoff.UTC().UnixNano())
	if err != nil {
		return 0, fmt.Errorf("prune inbox: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("prune inbox: %w", err)
	}
	return n, nil
}

// InboxBacklog counts the recorded updates not yet finished (waiting or
// begun), across replicas.
func (s *Store) InboxBacklog(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM bot_inbox WHERE state < ?", inboxDone).Scan(&n); err != nil {
		return 0, fmt.Errorf("inbox backlog: %w", err)
	}
	return n, nil
}

const inboxColumns = "update_id, chat_id, control, payload, limited, tell, command, wait_ms, attempts, received_at"

func scanInbox(row *sql.Row) (InboxUpdate, error) {
	var u InboxUpdate
	var control, limited, tell, command, waitMS, received int64
	err := row.Scan(&u.ID, &u.ChatID, &control, &u.Payload, &limited, &tell, &command, &waitMS, &u.Attempts, &received)
	u.ReceivedAt = time.Unix(0, received).UTC()
	u.Control, u.Limited, u.Tell, u.Command = control == 1, limited == 1, tell == 1, command == 1
	u.Wait = time.Duration(waitMS) * time.Millisecond
	return u, err
}

// ids runs a query of one integer column.
func (s *Store) ids(ctx context.Context, query string, args ...any) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
