package retrieval

import (
	"bytes"
	"context"
	"database/sql"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/internal/pgtest"
	"github.com/detente/detente/store"
)

// syncBuffer is a log sink shared by the follower's and the test's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func openPG(t *testing.T, ctx context.Context, url string) (*store.Store, *Engine) {
	t.Helper()
	st, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng, err := Open(ctx, st, NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	return st, eng
}

// TestNotifyDeliversChangesToAnotherReplica: two replicas' stores on one
// PostgreSQL database. B follows the change sequence with a poll interval
// of an hour, woken by its LISTEN listener, so whatever reaches B's index
// within 5 s was delivered by a notification, not by polling. Then B's
// listener session is killed by the server, and A commits a change while
// nobody listens: the listener reconnects, and B catches up from the
// sequence, applying that one change, not reloading its index.
func TestNotifyDeliversChangesToAnotherReplica(t *testing.T) {
	url := pgtest.URL(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stA, engA := openPG(t, ctx, url)
	ingest(t, stA, engA, seeds(t)...)
	stB, engB := openPG(t, ctx, url)

	lost := make(chan error, 1)
	resume := make(chan struct{})
	l, err := store.NewListener(url, store.ListenOptions{Lost: func(err error) {
		lost <- err
		<-resume // hold the reconnection until A's change is committed
	}})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	wg.Add(1)
	go func() { defer wg.Done(); l.Run(ctx) }()
	select {
	case <-l.Wake(): // listening from here on
	case <-time.After(5 * time.Second):
		t.Fatal("the listener did not connect within 5 s")
	}
	var logs syncBuffer
	wg.Add(1)
	go func() {
		defer wg.Done()
		engB.Follow(ctx, stB, FollowOptions{
			Interval: time.Hour, // the notification must do it
			Wake:     l.Wake(),
			Logger:   slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		})
	}()

	const q = "walrus haul-out sites closed to trawlers in the Bering Sea"
	if finds(t, engB, q, "bering-1") {
		t.Fatal("found before it was ingested")
	}
	ingest(t, stA, engA, beringArticle(beringBody))
	d := eventually(t, "B finds the article A added", func() bool { return finds(t, engB, q, "bering-1") })
	t.Logf("put through A → searchable in B: %v", d)

	// The server ends B's listening session (a failover, an operator).
	admin, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var killed int
	if err := admin.QueryRowContext(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE datname = current_database() AND application_name = $1`, store.ListenerApplicationName).Scan(&killed); err != nil {
		t.Fatal(err)
	}
	if killed != 1 {
		t.Fatalf("terminated %d listener sessions, want 1", killed)
	}
	select {
	case <-lost:
	case <-time.After(5 * time.Second):
		t.Fatal("the listener did not notice its session ended")
	}
	// Committed while nobody listens: its notification is lost for good.
	moose := corpus.Article{ID: "moose-1", Title: "Russia and the US renew the Chukotka moose census accord",
		Source: "Test Wire", Lang: "en",
		Body: "Biologists from Anadyr and Nome will count moose herds along the Chukotka coast under a renewed census accord."}
	if err := corpus.Finalize(&moose); err != nil {
		t.Fatal(err)
	}
	ingest(t, stA, engA, moose)
	close(resume)
	const q2 = "moose herds counted along the Chukotka coast"
	d = eventually(t, "B catches up with the change it was not told about", func() bool { return finds(t, engB, q2, "moose-1") })
	t.Logf("listener reconnected → missed change searchable in B: %v", d)
	if strings.Contains(logs.String(), "reloading") {
		t.Errorf("B reloaded its whole index instead of applying the missed change:\n%s", logs.String())
	}
	if engB.Count() != engA.Count() {
		t.Errorf("B holds %d chunks, A %d", engB.Count(), engA.Count())
	}
}
