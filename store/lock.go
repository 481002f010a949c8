package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"hash/fnv"
	"sync"
	"time"
)

// Names of the process-wide singletons: work that exactly one replica may
// do at a time. The digest lease on PostgreSQL is the DigestLock (see
// AcquireDigestLease), so its name lives here.
const (
	DigestLock = "digest"        // the digest scheduler
	FeedsLock  = "feeds"         // the feed poller
	PollLock   = "telegram-poll" // long polling: Telegram serves one getUpdates consumer per token
	// RetentionLock: pruning old rows once is enough; replicas started
	// together would otherwise delete the same rows at the same moment.
	RetentionLock = "retention"
)

// DefaultLockCheck is how often a held PostgreSQL lock checks that its
// session is alive (Options.LockCheck).
const DefaultLockCheck = 5 * time.Second

// Lock is a named lock this process holds until Release or until Lost is
// closed. Safe for concurrent use.
//
// On PostgreSQL it is a session advisory lock (pg_try_advisory_lock) taken
// on a connection pinned for as long as it is held: the lock lives exactly
// as long as the session, so a holder that is killed (kill -9, a crashed
// host once TCP keepalives give up on it) frees it at once for another
// replica, with no lease to expire. The holder checks its session every
// Options.LockCheck and closes Lost when it is gone (the server restarted,
// an operator terminated it, the network failed), so work guarded by the
// lock stops at the latest that much after another replica may have taken
// it. Work that must never overlap at all still needs its own database
// guard (the digest ledger's one row per chat and date is that).
//
// On SQLite one process owns the data directory (the digest keeps its
// lease table for the rare second process), so the lock is held in this
// Store only and Lost is never closed.
type Lock struct {
	name string
	lost chan struct{}

	mu       sync.Mutex
	lostOnce sync.Once
	released bool
	conn     *sql.Conn // PostgreSQL only
	key      int64
	stop     chan struct{} // ends the session check
	checked  sync.WaitGroup
	forget   func() // drops the lock from the Store's table
}

// Name is the lock's name.
func (l *Lock) Name() string { return l.name }

// Lost is closed when the lock is no longer held without Release having
// been called: work guarded by it must stop.
func (l *Lock) Lost() <-chan struct{} { return l.lost }

// Held reports whether the lock is still held (not lost, not released).
func (l *Lock) Held() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	select {
	case <-l.lost:
		return false
	default:
		return !l.released
	}
}

// Release gives the lock up, so another replica can take it now rather
// than when this process ends. Releasing twice, or a lost lock, is a no-op.
func (l *Lock) Release(ctx context.Context) error {
	l.mu.Lock()
	if l.released {
		l.mu.Unlock()
		return nil
	}
	l.released = true
	conn := l.conn
	l.conn = nil
	if l.stop != nil {
		close(l.stop)
	}
	l.mu.Unlock()
	l.checked.Wait()
	l.forget()
	if conn == nil { // SQLite, or a session already gone
		return nil
	}
	var ok bool
	err := conn.QueryRowContext(ctx, "SELECT pg_advisory_unlock($1)", l.key).Scan(&ok)
	if err != nil || !ok {
		// The session may still hold it: end the session, which ends the lock.
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
	}
	_ = conn.Close()
	if err != nil {
		return fmt.Errorf("release lock %s: %w", l.name, err)
	}
	return nil
}

// markLost closes Lost and drops the session (it no longer holds the lock,
// or cannot say whether it does).
func (l *Lock) markLost() {
	l.lostOnce.Do(func() { close(l.lost) })
	l.mu.Lock()
	conn := l.conn
	l.conn = nil
	l.mu.Unlock()
	if conn != nil {
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		_ = conn.Close()
	}
	l.forget()
}

// lockTable is the locks this Store holds, by name: a second TryLock of a
// held name in one process fails without asking the database, and the
// digest lease on PostgreSQL reads it.
type lockTable struct {
	mu   sync.Mutex
	held map[string]*Lock
}

func (t *lockTable) reserve(name string, l *Lock) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.held[name]; ok {
		return false
	}
	if t.held == nil {
		t.held = map[string]*Lock{}
	}
	t.held[name] = l
	return true
}

func (t *lockTable) drop(name string, l *Lock) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.held[name] == l {
		delete(t.held, name)
	}
}

func (t *lockTable) get(name string) *Lock {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.held[name]
}

func (t *lockTable) all() []*Lock {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]*Lock, 0, len(t.held))
	for _, l := range t.held {
		out = append(out, l)
	}
	return out
}

// HoldsLock reports whether this Store holds the named lock now.
func (s *Store) HoldsLock(name string) bool {
	l := s.locks.get(name)
	return l != nil && l.Held()
}

// TryLock takes the named lock if no one holds it, without waiting. It
// reports false when another process (or another caller in this one) holds
// it. The caller must Release a lock it got, and stop the guarded work when
// Lost is closed.
func (s *Store) TryLock(ctx context.Context, name string) (*Lock, bool, error) {
	if name == "" {
		return nil, false, errors.New("try lock: empty name")
	}
	l := &Lock{name: name, lost: make(chan struct{})}
	l.forget = func() { s.locks.drop(name, l) }
	if !s.locks.reserve(name, l) {
		return nil, false, nil
	}
	if !s.Postgres() {
		return l, true, nil
	}
	ok, err := s.tryAdvisoryLock(ctx, l)
	if err != nil || !ok {
		s.locks.drop(name, l)
		return nil, false, err
	}
	return l, true, nil
}

// lockKey maps a lock name to the 64-bit key of PostgreSQL's advisory
// locks. The prefix keeps Detente's keys apart from another program's on
// a shared server (FNV-1a: stable across releases and platforms).
func lockKey(name string) int64 {
	h := fnv.New64a()
	h.Write([]byte("detente/lock/" + name))
	return int64(h.Sum64())
}

// tryAdvisoryLock takes l on a pinned session and starts watching it.
func (s *Store) tryAdvisoryLock(ctx context.Context, l *Lock) (bool, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return false, fmt.Errorf("try lock %s: %w", l.name, err)
	}
	// The server must notice a vanished holder (a host that died without
	// closing its socket) well within the 30 s a replica may wait to take
	// over: keepalive probes after 5 s idle, 5 s apart, 3 missed = gone;
	// and an answer left unacknowledged for 20 s (the host died during a
	// session check) ends the session too, instead of TCP's retransmissions
	// for a quarter of an hour. (Ignored on Unix sockets, where the kernel
	// tells the server at once.)
	if _, err := conn.ExecContext(ctx, "SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 5; "+
		"SET tcp_keepalives_count = 3; SET tcp_user_timeout = 20000"); err != nil {
		_ = conn.Close()
		return false, fmt.Errorf("try lock %s: %w", l.name, err)
	}
	l.key = lockKey(l.name)
	var got bool
	if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", l.key).Scan(&got); err != nil {
		// Unknown whether the lock was taken: end the session to be sure.
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		_ = conn.Close()
		return false, fmt.Errorf("try lock %s: %w", l.name, err)
	}
	if !got {
		_ = conn.Close()
		return false, nil
	}
	l.conn = conn
	l.stop = make(chan struct{})
	l.checked.Add(1)
	go s.watchLock(l)
	return true, nil
}

// watchLock checks l's session every LockCheck until Release, and marks
// the lock lost when the session fails to answer.
func (s *Store) watchLock(l *Lock) {
	defer l.checked.Done()
	every := s.lockCheck
	if every <= 0 {
		every = DefaultLockCheck
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-l.stop:
			return
		case <-t.C:
		}
		l.mu.Lock()
		conn := l.conn
		l.mu.Unlock()
		if conn == nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), every)
		err := conn.PingContext(ctx)
		cancel()
		select {
		case <-l.stop: // released meanwhile: Release owns the session now
			return
		default:
		}
		if err != nil {
			l.markLost()
			return
		}
	}
}

// releaseLocks gives up every lock still held, before the database closes.
func (s *Store) releaseLocks() {
	for _, l := range s.locks.all() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_ = l.Release(ctx)
		cancel()
	}
}
