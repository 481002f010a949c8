package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"time"
)

// This file holds the daily digest tables (migration 003_digest): the
// subscriptions, the delivery ledger, the digest cache and the scheduler
// lease. The digest package owns the rules; these methods only keep each
// step atomic.

// Subscription is one chat's daily digest settings and delivery progress.
type Subscription struct {
	ChatID int64
	UserID int64 // who subscribed (in a group, the member who asked)
	Lang   string
	Minute int    // local time of day, minutes after midnight (0..1439)
	TZ     string // IANA time zone name
	Topic  string // as typed, "" for every article
	Active bool
	Full   bool // the long form (every story, several messages); false: one short message

	CreatedAt time.Time
	UpdatedAt time.Time
	// ScheduleFrom: due times before it are not owed (a chat subscribing at
	// 10:00 for 08:00 starts tomorrow).
	ScheduleFrom time.Time
	// LastWindowEnd is where the next window starts; zero when nothing was
	// delivered yet.
	LastWindowEnd   time.Time
	LastDeliveredAt time.Time // zero when never delivered
	// LastLocalDate is the newest ledger date (YYYY-MM-DD) for the chat, ""
	// when none. A local date not after it is never sent again.
	LastLocalDate string
}

// DeliveryState is where a ledger row stands.
type DeliveryState string

// Ledger states. A row is written pending before the send and completed
// after it; a pending row found by a new process is in doubt.
const (
	DeliveryPending DeliveryState = "pending"
	DeliverySent    DeliveryState = "sent"
	DeliveryFailed  DeliveryState = "failed"
	DeliverySkipped DeliveryState = "skipped" // nothing to send (empty digest)
)

// Delivery is one ledger row: a chat's digest for one local date.
type Delivery struct {
	ChatID      int64
	LocalDate   string // YYYY-MM-DD in the subscriber's zone
	State       DeliveryState
	Attempts    int
	DigestKey   string
	WindowStart time.Time
	WindowEnd   time.Time
	Error       string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// DeliveryResult completes a pending ledger row.
type DeliveryResult struct {
	State    DeliveryState // DeliverySent or DeliveryFailed
	Attempts int
	Error    string // why it failed; never a secret
	At       time.Time
	// Deactivate turns the subscription off (the chat blocked the bot).
	Deactivate bool
}

// CachedDigest is a generated digest shared by every subscriber with Key.
type CachedDigest struct {
	Key         string
	Lang        string
	WindowStart time.Time
	WindowEnd   time.Time
	Topic       string
	Articles    int
	Payload     []byte
	CreatedAt   time.Time
}

// "full" is quoted: a reserved word in PostgreSQL (see 007_digest_size).
const subscriptionCols = `chat_id, user_id, lang, minute, tz, topic, active, created_at, updated_at,
	schedule_from, last_window_end, last_delivered_at, last_local_date, "full"`

func scanSubscription(r rowScanner) (Subscription, error) {
	var sub Subscription
	var active, full int
	var created, updated, from int64
	var lastEnd, lastDelivered sql.NullInt64
	err := r.Scan(&sub.ChatID, &sub.UserID, &sub.Lang, &sub.Minute, &sub.TZ, &sub.Topic, &active,
		&created, &updated, &from, &lastEnd, &lastDelivered, &sub.LastLocalDate, &full)
	if err != nil {
		return Subscription{}, err
	}
	sub.Active, sub.Full = active == 1, full == 1
	sub.CreatedAt, sub.UpdatedAt, sub.ScheduleFrom = fromNano(created), fromNano(updated), fromNano(from)
	sub.LastWindowEnd, sub.LastDeliveredAt = fromNullNano(lastEnd), fromNullNano(lastDelivered)
	return sub, nil
}

func fromNano(n int64) time.Time { return time.Unix(0, n).UTC() }

func fromNullNano(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return fromNano(n.Int64)
}

// Subscription returns the chat's subscription, active or not. ErrNotFound
// if the chat never subscribed.
func (s *Store) Subscription(ctx context.Context, chatID int64) (Subscription, error) {
	row := s.db.QueryRowContext(ctx, "SELECT "+subscriptionCols+" FROM digest_subscriptions WHERE chat_id = ?", chatID)
	sub, err := scanSubscription(row)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return Subscription{}, fmt.Errorf("read subscription %d: %w", chatID, err)
	}
	return sub, nil
}

// PutSubscription creates or updates a chat's settings (user, language, time,
// zone, topic, active, ScheduleFrom, UpdatedAt). CreatedAt is kept from the
// first insert; delivery progress (window, last dates) is never touched, so
// a chat that resubscribes continues where its last digest ended.
func (s *Store) PutSubscription(ctx context.Context, sub Subscription) error {
	switch {
	case sub.ChatID == 0:
		return errors.New("put subscription: chat id is 0")
	case sub.Minute < 0 || sub.Minute >= 24*60:
		return fmt.Errorf("put subscription %d: minute %d outside 0..1439", sub.ChatID, sub.Minute)
	case sub.TZ == "" || sub.Lang == "":
		return fmt.Errorf("put subscription %d: time zone and language are required", sub.ChatID)
	case sub.UpdatedAt.IsZero() || sub.ScheduleFrom.IsZero():
		return fmt.Errorf("put subscription %d: UpdatedAt and ScheduleFrom are required", sub.ChatID)
	}
	created := sub.CreatedAt
	if created.IsZero() {
		created = sub.UpdatedAt
	}
	_, err := s.exec(ctx, `INSERT INTO digest_subscriptions
		(chat_id, user_id, lang, minute, tz, topic, active, created_at, updated_at, schedule_from, "full")
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (chat_id) DO UPDATE SET user_id = excluded.user_id, lang = excluded.lang,
			minute = excluded.minute, tz = excluded.tz, topic = excluded.topic, active = excluded.active,
			updated_at = excluded.updated_at, schedule_from = excluded.schedule_from, "full" = excluded."full"`,
		sub.ChatID, sub.UserID, sub.Lang, sub.Minute, sub.TZ, sub.Topic, boolInt(sub.Active),
		created.UnixNano(), sub.UpdatedAt.UnixNano(), sub.ScheduleFrom.UnixNano(), boolInt(sub.Full))
	if err != nil {
		return fmt.Errorf("put subscription %d: %w", sub.ChatID, err)
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// SetSubscriptionActive switches a chat's subscription on or off. ErrNotFound
// if the chat never subscribed.
func (s *Store) SetSubscriptionActive(ctx context.Context, chatID int64, active bool, at time.Time) error {
	r, err := s.exec(ctx, "UPDATE digest_subscriptions SET active = ?, updated_at = ? WHERE chat_id = ?",
		boolInt(active), at.UnixNano(), chatID)
	if err == nil {
		err = affectedOne(r)
	}
	if err != nil {
		return fmt.Errorf("set subscription %d active=%t: %w", chatID, active, err)
	}
	return nil
}

func affectedOne(r sql.Result) error {
	n, err := r.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

// ActiveSubscriptions returns every active subscription, by chat id.
func (s *Store) ActiveSubscriptions(ctx context.Context) ([]Subscription, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+subscriptionCols+" FROM digest_subscriptions WHERE active = 1 ORDER BY chat_id")
	if err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	defer rows.Close()
	var out []Subscription
	for rows.Next() {
		sub, err := scanSubscription(rows)
		if err != nil {
			return nil, fmt.Errorf("list subscriptions: %w", err)
		}
		out = append(out, sub)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	return out, nil
}

// BeginDelivery writes a pending ledger row for (d.ChatID, d.LocalDate)
// before the digest is sent. It reports false, writing nothing, when the
// chat already has a row for that date (the digest was sent, attempted or
// skipped) or is no longer subscribed (it unsubscribed after the broadcast
// was planned): the caller must not send.
func (s *Store) BeginDelivery(ctx context.Context, d Delivery) (bool, error) {
	d.State = DeliveryPending
	ok, err := s.insertDelivery(ctx, d, false)
	if err != nil {
		return false, fmt.Errorf("begin delivery %d/%s: %w", d.ChatID, d.LocalDate, err)
	}
	return ok, nil
}

// SkipDelivery records that a chat's digest for d.LocalDate had nothing to
// send, and moves the chat's window to d.WindowEnd (nothing in it was
// missed). Like BeginDelivery it reports false when the date is taken.
func (s *Store) SkipDelivery(ctx context.Context, d Delivery) (bool, error) {
	d.State = DeliverySkipped
	ok, err := s.insertDelivery(ctx, d, true)
	if err != nil {
		return false, fmt.Errorf("skip delivery %d/%s: %w", d.ChatID, d.LocalDate, err)
	}
	return ok, nil
}

// laterDate moves last_local_date forward to ?2, never back. (CASE, not
// SQLite's two-argument max(), which PostgreSQL spells greatest().)
const laterDate = "last_local_date = CASE WHEN last_local_date > ?2 THEN last_local_date ELSE ?2 END"

func (s *Store) insertDelivery(ctx context.Context, d Delivery, advance bool) (bool, error) {
	if _, err := time.Parse(dateLayout, d.LocalDate); err != nil {
		return false, fmt.Errorf("local date %q is not YYYY-MM-DD", d.LocalDate)
	}
	if d.CreatedAt.IsZero() {
		return false, errors.New("CreatedAt is required")
	}
	inserted := false
	err := s.inLedgerTx(ctx, func(tx *dbTx) error {
		r, err := tx.ExecContext(ctx, `INSERT INTO digest_deliveries (chat_id, local_date, state, attempts,
			digest_key, window_start, window_end, error, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chat_id, local_date) DO NOTHING`,
			d.ChatID, d.LocalDate, string(d.State), d.Attempts, d.DigestKey, d.WindowStart.UnixNano(),
			d.WindowEnd.UnixNano(), d.Error, d.CreatedAt.UnixNano(), d.CreatedAt.UnixNano())
		if err != nil {
			return err
		}
		n, err := r.RowsAffected()
		if err != nil || n == 0 {
			return err
		}
		inserted = true
		if advance {
			r, err = tx.ExecContext(ctx, `UPDATE digest_subscriptions SET `+laterDate+`,
				last_window_end = CASE WHEN last_window_end > ?3 THEN last_window_end ELSE ?3 END
				WHERE chat_id = ?1 AND active = 1`,
				d.ChatID, d.LocalDate, d.WindowEnd.UnixNano())
		} else {
			r, err = tx.ExecContext(ctx, "UPDATE digest_subscriptions SET "+laterDate+" WHERE chat_id = ?1 AND active = 1",
				d.ChatID, d.LocalDate)
		}
		if err != nil {
			return err
		}
		return affectedOne(r) // ErrNotFound: inactive; roll the ledger row back
	})
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return inserted, err
}

// FinishDelivery completes a pending ledger row. A sent digest moves the
// chat's window to the row's WindowEnd and stamps LastDeliveredAt; a failed
// one leaves the window (anchoring it at the row's WindowStart if the chat
// never had one), so the next digest covers what this one would have.
// ErrNotFound when there is no pending row (it was completed or released).
func (s *Store) FinishDelivery(ctx context.Context, chatID int64, localDate string, res DeliveryResult) error {
	if res.State != DeliverySent && res.State != DeliveryFailed {
		return fmt.Errorf("finish delivery %d/%s: state %q is not sent or failed", chatID, localDate, res.State)
	}
	err := s.inLedgerTx(ctx, func(tx *dbTx) error {
		var start, end int64
		err := tx.QueryRowContext(ctx, `UPDATE digest_deliveries SET state = ?, attempts = ?, error = ?, updated_at = ?
			WHERE chat_id = ? AND local_date = ? AND state = 'pending' RETURNING window_start, window_end`,
			string(res.State), res.Attempts, res.Error, res.At.UnixNano(), chatID, localDate).Scan(&start, &end)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if res.State == DeliverySent {
			if _, err := tx.ExecContext(ctx, `UPDATE digest_subscriptions SET
				last_window_end = CASE WHEN last_window_end > ?1 THEN last_window_end ELSE ?1 END,
				last_delivered_at = ?2 WHERE chat_id = ?3`,
				end, res.At.UnixNano(), chatID); err != nil {
				return err
			}
		} else if err := anchorWindow(ctx, tx, chatID, start); err != nil {
			return err
		}
		if res.Deactivate {
			if _, err := tx.ExecContext(ctx, "UPDATE digest_subscriptions SET active = 0, updated_at = ? WHERE chat_id = ?",
				res.At.UnixNano(), chatID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("finish delivery %d/%s: %w", chatID, localDate, err)
	}
	return nil
}

// anchorWindow starts a never-delivered chat's next window where its failed
// one started. Without it the next digest would again cover only "the last
// 24 hours" and the failed day's articles would never reach the chat.
func anchorWindow(ctx context.Context, tx *dbTx, chatID, start int64) error {
	_, err := tx.ExecContext(ctx, "UPDATE digest_subscriptions SET last_window_end = coalesce(last_window_end, ?) WHERE chat_id = ?",
		start, chatID)
	return err
}

// ReleaseDelivery deletes a pending row whose digest certainly was not sent
// (shutdown while waiting out a 429), so the chat is due again the same day.
// ErrNotFound when there is no pending row.
func (s *Store) ReleaseDelivery(ctx context.Context, chatID int64, localDate string) error {
	err := s.inTx(ctx, func(tx *dbTx) error {
		r, err := tx.ExecContext(ctx, "DELETE FROM digest_deliveries WHERE chat_id = ? AND local_date = ? AND state = 'pending'",
			chatID, localDate)
		if err != nil {
			return err
		}
		if err := affectedOne(r); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE digest_subscriptions SET last_local_date =
			coalesce((SELECT max(local_date) FROM digest_deliveries WHERE chat_id = ?1), '') WHERE chat_id = ?1`, chatID)
		return err
	})
	if err != nil {
		return fmt.Errorf("release delivery %d/%s: %w", chatID, localDate, err)
	}
	return nil
}

// AbandonPendingDeliveries marks every pending row failed with reason and
// returns them as they were. Only the scheduler that just took the lease
// calls it: a pending row then belongs to a process that stopped mid-send,
// and whether Telegram got the message is unknown.
func (s *Store) AbandonPendingDeliveries(ctx context.Context, reason string, at time.Time) ([]Delivery, error) {
	var out []Delivery
	err := s.inTx(ctx, func(tx *dbTx) error {
		rows, err := tx.QueryContext(ctx, `UPDATE digest_deliveries SET state = 'failed', error = ?, updated_at = ?
			WHERE state = 'pending' RETURNING `+deliveryCols, reason, at.UnixNano())
		if err != nil {
			return err
		}
		out, err = collectDeliveries(rows)
		if err != nil {
			return err
		}
		for i := range out { // RETURNING shows the new values; report the old state
			out[i].State, out[i].Error = DeliveryPending, ""
			if err := anchorWindow(ctx, tx, out[i].ChatID, out[i].WindowStart.UnixNano()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("abandon pending deliveries: %w", err)
	}
	return out, nil
}

const deliveryCols = "chat_id, local_date, state, attempts, digest_key, window_start, window_end, error, created_at, updated_at"

func collectDeliveries(rows *sql.Rows) ([]Delivery, error) {
	defer rows.Close()
	var out []Delivery
	for rows.Next() {
		var d Delivery
		var state string
		var ws, we, c, u int64
		if err := rows.Scan(&d.ChatID, &d.LocalDate, &state, &d.Attempts, &d.DigestKey, &ws, &we, &d.Error, &c, &u); err != nil {
			return nil, err
		}
		d.State = DeliveryState(state)
		d.WindowStart, d.WindowEnd, d.CreatedAt, d.UpdatedAt = fromNano(ws), fromNano(we), fromNano(c), fromNano(u)
		out = append(out, d)
	}
	return out, rows.Err()
}

// Deliveries returns a chat's ledger, oldest date first.
func (s *Store) Deliveries(ctx context.Context, chatID int64) ([]Delivery, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+deliveryCols+" FROM digest_deliveries WHERE chat_id = ? ORDER BY local_date", chatID)
	if err != nil {
		return nil, fmt.Errorf("list deliveries of %d: %w", chatID, err)
	}
	ds, err := collectDeliveries(rows)
	if err != nil {
		return nil, fmt.Errorf("list deliveries of %d: %w", chatID, err)
	}
	return ds, nil
}

// DeliveryCounts counts ledger rows by state (for status output and tests).
func (s *Store) DeliveryCounts(ctx context.Context) (map[DeliveryState]int, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT state, count(*) FROM digest_deliveries GROUP BY state")
	if err != nil {
		return nil, fmt.Errorf("count deliveries: %w", err)
	}
	defer rows.Close()
	out := map[DeliveryState]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, fmt.Errorf("count deliveries: %w", err)
		}
		out[DeliveryState(st)] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count deliveries: %w", err)
	}
	return out, nil
}

// CachedDigestByKey returns a generated digest. ErrNotFound if absent.
func (s *Store) CachedDigestByKey(ctx context.Context, key string) (CachedDigest, error) {
	var d CachedDigest
	var ws, we, c int64
	err := s.db.QueryRowContext(ctx, `SELECT key, lang, window_start, window_end, topic, articles, payload, created_at
		FROM digest_cache WHERE key = ?`, key).Scan(&d.Key, &d.Lang, &ws, &we, &d.Topic, &d.Articles, &d.Payload, &c)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return CachedDigest{}, fmt.Errorf("read cached digest %q: %w", key, err)
	}
	d.WindowStart, d.WindowEnd, d.CreatedAt = fromNano(ws), fromNano(we), fromNano(c)
	return d, nil
}

// PutCachedDigest stores a generated digest. The first one stored under a
// key wins, so every subscriber sharing the key gets the same text.
func (s *Store) PutCachedDigest(ctx context.Context, d CachedDigest) error {
	if d.Key == "" || len(d.Payload) == 0 {
		return errors.New("put cached digest: key and payload are required")
	}
	_, err := s.exec(ctx, `INSERT INTO digest_cache (key, lang, window_start, window_end, topic, articles,
		payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
		d.Key, d.Lang, d.WindowStart.UnixNano(), d.WindowEnd.UnixNano(), d.Topic, d.Articles, d.Payload, d.CreatedAt.UnixNano())
	if err != nil {
		return fmt.Errorf("put cached digest %q: %w", d.Key, err)
	}
	return nil
}

// PruneDigestData deletes cached digests created before cacheBefore and
// completed ledger rows dated before ledgerBefore (YYYY-MM-DD). Pending rows
// are kept whatever their age: they are resolved, not forgotten. Rows newer
// than a chat's LastLocalDate never exist, so pruning cannot re-open a date.
func (s *Store) PruneDigestData(ctx context.Context, cacheBefore time.Time, ledgerBefore string) (cache, ledger int64, err error) {
	err = s.inTx(ctx, func(tx *dbTx) error {
		r, err := tx.ExecContext(ctx, "DELETE FROM digest_cache WHERE created_at < ?", cacheBefore.UnixNano())
		if err != nil {
			return err
		}
		if cache, err = r.RowsAffected(); err != nil {
			return err
		}
		r, err = tx.ExecContext(ctx, "DELETE FROM digest_deliveries WHERE local_date < ? AND state <> 'pending'", ledgerBefore)
		if err != nil {
			return err
		}
		ledger, err = r.RowsAffected()
		return err
	})
	if err != nil {
		return 0, 0, fmt.Errorf("prune digest data: %w", err)
	}
	return cache, ledger, nil
}

// AcquireDigestLease takes or renews the scheduler lease for owner until
// now+ttl. It reports false when another owner holds an unexpired lease.
func (s *Store) AcquireDigestLease(ctx context.Context, owner string, now time.Time, ttl time.Duration) (bool, error) {
	if owner == "" || ttl <= 0 {
		return false, errors.New("acquire digest lease: owner and a positive ttl are required")
	}
	done, err := s.write(ctx)
	if err != nil {
		return false, fmt.Errorf("acquire digest lease: %w", err)
	}
	defer done()
	// One conditional upsert, so taking the lease cannot interleave with
	// another process doing the same on either engine: the row is written
	// (and returned) only when it is new, ours, or expired.
	var holder string
	err = s.db.QueryRowContext(ctx, `INSERT INTO digest_lease (name, owner, expires_at) VALUES ('scheduler', ?1, ?2)
		ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
		WHERE digest_lease.owner = excluded.owner OR digest_lease.expires_at <= ?3
		RETURNING owner`, owner, now.Add(ttl).UnixNano(), now.UnixNano()).Scan(&holder)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("acquire digest lease: %w", err)
	}
	return true, nil
}

// ReleaseDigestLease gives the lease up if owner holds it, so a restarted
// process need not wait for it to expire.
func (s *Store) ReleaseDigestLease(ctx context.Context, owner string) error {
	if _, err := s.exec(ctx, "DELETE FROM digest_lease WHERE name = 'scheduler' AND owner = ?", owner); err != nil {
		return fmt.Errorf("release digest lease: %w", err)
	}
	return nil
}

// inLedgerTx runs fn in one (immediate) transaction whose commit is
// durable: synchronous=FULL syncs the WAL before the commit returns. Under
// the database's NORMAL, the last commits before a power loss may vanish;
// for the ledger that would be a pending row gone after its digest went
// out, and a second copy the next time. FULL is set on one connection for
// this transaction only, and NORMAL restored before the connection returns
// to the pool: the bot's writes, many more than the ledger's, keep NORMAL.
// BenchmarkDigestLedger measures the cost (see BENCHMARKS.md).
//
// On PostgreSQL every commit is durable already (synchronous_commit is on
// by default, and an operator who turns it off chose otherwise).
func (s *Store) inLedgerTx(ctx context.Context, fn func(tx *dbTx) error) error {
	if s.db.pg {
		return s.inTx(ctx, func(tx *dbTx) error {
			if s.ledgerHook != nil {
				s.ledgerHook(ctx, tx)
			}
			return fn(tx)
		})
	}
	done, err := s.write(ctx)
	if err != nil {
		return err
	}
	defer done()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA synchronous = FULL"); err != nil {
		return err
	}
	defer func() {
		// Restored even when ctx ended; if this fails the connection is
		// discarded rather than pooled with FULL.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		if _, err := conn.ExecContext(rctx, "PRAGMA synchronous = NORMAL"); err != nil {
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
	}()
	stx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	tx := &dbTx{Tx: stx}
	if s.ledgerHook != nil {
		s.ledgerHook(ctx, tx)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}
