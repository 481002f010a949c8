package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/internal/pgtest"
)

// openReplicas opens two stores on one fresh PostgreSQL database, as two
// serve replicas (or a replica and a CLI command) would.
func openReplicas(t *testing.T) (a, b *Store) {
	t.Helper()
	url := pgtest.URL(t)
	ctx := context.Background()
	a, err := Open(ctx, url)
	if err != nil {
		t.Fatalf("open replica a: %v", err)
	}
	t.Cleanup(func() { a.Close() })
	b, err = Open(ctx, url)
	if err != nil {
		t.Fatalf("open replica b: %v", err)
	}
	t.Cleanup(func() { b.Close() })
	return a, b
}

// TestEmbeddingCacheWritesNeverDeadlockAcrossReplicas: two processes
// embedding the same texts (an ingest run beside serve's feed poller)
// upsert the same cache rows at once. Row locks taken in two different
// orders deadlock on PostgreSQL, which aborts one writer: its ingest
// fails with "deadlock detected" although nothing was wrong.
func TestEmbeddingCacheWritesNeverDeadlockAcrossReplicas(t *testing.T) {
	a, b := openReplicas(t)
	ctx := context.Background()
	vecs := map[string][]float32{}
	for i := range 400 {
		vecs[fmt.Sprintf("hash-%03d", i)] = []float32{float32(i), 1}
	}
	for round := range 6 {
		var wg sync.WaitGroup
		errs := make([]error, 2)
		start := make(chan struct{})
		for i, s := range []*Store{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				errs[i] = s.PutEmbeddings(ctx, "m", vecs)
			}()
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, replica %d: %v", round, i, err)
			}
		}
	}
	got, err := b.CachedEmbeddings(ctx, "m", []string{"hash-000", "hash-399"})
	if err != nil || len(got) != 2 {
		t.Fatalf("cache after the rounds: %d rows, err %v; want 2", len(got), err)
	}
}

// TestEverySessionEndedIsSurvived is what a PostgreSQL restart (or a
// failover) does to a replica: every session it has ends at once. The
// replica must notice it lost its singleton lock, take it again once
// free, hear corpus changes again, and serve queries from fresh
// connections, without being restarted.
func TestEverySessionEndedIsSurvived(t *testing.T) {
	url := pgtest.URL(t)
	ctx := context.Background()
	s, err := OpenWith(ctx, url, Options{LockCheck: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	lock, ok, err := s.TryLock(ctx, DigestLock)
	if err != nil || !ok {
		t.Fatalf("TryLock: ok=%v err=%v", ok, err)
	}
	l := startListener(t, url, ListenOptions{})
	if _, err := s.BotStatistics(ctx, time.Time{}); err != nil { // the pool has idle connections now
		t.Fatal(err)
	}

	var ended int
	err = sqlDB(t, url).QueryRowContext(ctx, `SELECT count(*) FROM (SELECT pg_terminate_backend(pid, 5000) AS ok
		FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) AS t WHERE ok`).Scan(&ended)
	if err != nil || ended < 3 {
		t.Fatalf("ended %d sessions (%v); want the lock's, the listener's and the pool's", ended, err)
	}

	select {
	case <-lock.Lost():
	case <-time.After(5 * time.Second):
		t.Fatal("the lock's holder was not told its session ended")
	}
	// A pooled connection used within the last second is not pinged
	// before reuse (pgx's stdlib), so a query may meet its ended session
	// once; that connection is then dropped, and the pool must recover.
	var qerr error
	for range 17 { // the pool's 16 connections, and a fresh one
		if _, qerr = s.BotStatistics(ctx, time.Time{}); qerr == nil {
			break
		}
	}
	if qerr != nil {
		t.Fatalf("queries after the sessions ended still fail: %v", qerr)
	}
	again, ok, err := s.TryLock(ctx, DigestLock)
	if err != nil || !ok {
		t.Fatalf("TryLock after the sessions ended: ok=%v err=%v", ok, err)
	}
	defer again.Release(ctx)
	// A new connection wakes its follower to catch up.
	waitWake(t, l, "the listener reconnected")
	// Another process, started after the restart, changes the corpus.
	writer, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { writer.Close() })
	put(t, writer, article("after", "", "written after the restart"))
	waitWake(t, l, "a change after the restart")
}
