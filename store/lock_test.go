package store

import (
	"context"
	"testing"
	"time"

	"github.com/detente/detente/internal/pgtest"
)

// TestLockOneHolderPerName: a held name is refused to a second caller
// until released; another name is independent; Close releases.
func TestLockOneHolderPerName(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	a, ok, err := s.TryLock(ctx, DigestLock)
	if err != nil || !ok {
		t.Fatalf("first TryLock: ok=%v err=%v", ok, err)
	}
	if _, ok, err := s.TryLock(ctx, DigestLock); err != nil || ok {
		t.Fatalf("second TryLock of a held name: ok=%v err=%v, want refused", ok, err)
	}
	if !s.HoldsLock(DigestLock) || s.HoldsLock(FeedsLock) {
		t.Fatalf("HoldsLock: digest=%v feeds=%v, want true false", s.HoldsLock(DigestLock), s.HoldsLock(FeedsLock))
	}
	f, ok, err := s.TryLock(ctx, FeedsLock)
	if err != nil || !ok {
		t.Fatalf("TryLock of another name: ok=%v err=%v", ok, err)
	}
	defer f.Release(ctx)
	if err := a.Release(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.Release(ctx); err != nil {
		t.Fatalf("second Release: %v", err)
	}
	if a.Held() || s.HoldsLock(DigestLock) {
		t.Fatal("a released lock still counts as held")
	}
	select {
	case <-a.Lost():
		t.Fatal("Release closed Lost: the holder would think it was taken over")
	default:
	}
	b, ok, err := s.TryLock(ctx, DigestLock)
	if err != nil || !ok {
		t.Fatalf("TryLock after Release: ok=%v err=%v", ok, err)
	}
	defer b.Release(ctx)
}

// openLockStore opens a store on url with a short session check.
func openLockStore(t *testing.T, url string) *Store {
	t.Helper()
	s, err := OpenWith(context.Background(), url, Options{LockCheck: 20 * time.Millisecond})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// lockHolderPID is the server process id of the session holding an
// advisory lock in s's database (0 when none).
func lockHolderPID(t *testing.T, s *Store) int {
	t.Helper()
	var pid int
	err := s.db.QueryRowContext(context.Background(), `SELECT coalesce(max(pid), 0) FROM pg_locks
		WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&pid)
	if err != nil {
		t.Fatal(err)
	}
	return pid
}

// TestLockIsOneReplicasOnPostgres: two stores on one database (two
// replicas): one holds the lock; when its session dies (what kill -9 of
// its process does) the holder is told through Lost and the other takes
// the lock; Release frees it at once.
func TestLockIsOneReplicasOnPostgres(t *testing.T) {
	url := pgtest.URL(t)
	ctx := context.Background()
	a, b := openLockStore(t, url), openLockStore(t, url)
	la, ok, err := a.TryLock(ctx, FeedsLock)
	if err != nil || !ok {
		t.Fatalf("a: ok=%v err=%v", ok, err)
	}
	if _, ok, err := b.TryLock(ctx, FeedsLock); err != nil || ok {
		t.Fatalf("b while a holds: ok=%v err=%v, want refused", ok, err)
	}
	// The server gives up on a holder whose host vanished (no FIN) in about
	// 20 s, inside the 30 s a standby may wait: 5 s idle + 3 probes 5 s apart.
	var idle, user string
	la.mu.Lock()
	err = la.conn.QueryRowContext(ctx, "SELECT current_setting('tcp_keepalives_idle'), current_setting('tcp_user_timeout')").Scan(&idle, &user)
	la.mu.Unlock()
	if err != nil || idle != "5" || user != "20000" {
		t.Errorf("holder's session: tcp_keepalives_idle %q, tcp_user_timeout %q (%v); want 5 and 20000 (ms)", idle, user, err)
	}
	pid := lockHolderPID(t, b)
	if pid == 0 {
		t.Fatal("no session holds an advisory lock")
	}
	var ended bool
	// The two-argument form waits (up to 5 s) for the session to end.
	if err := b.db.QueryRowContext(ctx, "SELECT pg_terminate_backend($1, 5000)", pid).Scan(&ended); err != nil || !ended {
		t.Fatalf("terminate a's session: %v %v", ended, err)
	}
	lb, ok, err := b.TryLock(ctx, FeedsLock)
	if err != nil || !ok {
		t.Fatalf("b after a's session ended: ok=%v err=%v", ok, err)
	}
	select {
	case <-la.Lost():
	case <-time.After(10 * time.Second):
		t.Fatal("a was not told it lost the lock")
	}
	if a.HoldsLock(FeedsLock) {
		t.Fatal("a still counts the lost lock as held")
	}
	if err := la.Release(ctx); err != nil {
		t.Fatalf("Release of a lost lock: %v", err)
	}
	if err := lb.Release(ctx); err != nil {
		t.Fatal(err)
	}
	la2, ok, err := a.TryLock(ctx, FeedsLock)
	if err != nil || !ok {
		t.Fatalf("a after b released: ok=%v err=%v", ok, err)
	}
	defer la2.Release(ctx)
	select {
	case <-la2.Lost():
		t.Fatal("a healthy session reported lost")
	default:
	}
}

// TestDigestLeaseIsTheLockOnPostgres: on PostgreSQL the digest lease is
// held exactly while this Store holds the DigestLock, so a replica that
// takes over a dead holder's lock sends at once instead of waiting for a
// lease row to expire.
func TestDigestLeaseIsTheLockOnPostgres(t *testing.T) {
	url := pgtest.URL(t)
	ctx := context.Background()
	a, b := openLockStore(t, url), openLockStore(t, url)
	now := time.Now()
	lease := func(s *Store) bool {
		t.Helper()
		got, err := s.AcquireDigestLease(ctx, "owner", now, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if lease(a) || lease(b) {
		t.Fatal("a lease without the lock")
	}
	l, ok, err := a.TryLock(ctx, DigestLock)
	if err != nil || !ok {
		t.Fatalf("TryLock: ok=%v err=%v", ok, err)
	}
	if !lease(a) || lease(b) {
		t.Fatalf("with a holding the lock: a %v, b %v; want true false", lease(a), lease(b))
	}
	if err := a.ReleaseDigestLease(ctx, "owner"); err != nil || !lease(a) {
		t.Fatalf("ReleaseDigestLease let the lock go (%v): the lock's holder releases it", err)
	}
	if err := l.Release(ctx); err != nil {
		t.Fatal(err)
	}
	if lease(a) {
		t.Fatal("a lease after the lock was released")
	}
}
