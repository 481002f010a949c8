package store

import (
	"context"
	"fmt"
	"sync"
	"testing"

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

// TestLanguageChoiceReachesEveryReplica: /lang handled by one replica,
// the user's next command or button by another. The other replica must
// answer in the chosen language, not in the one it remembered.
func TestLanguageChoiceReachesEveryReplica(t *testing.T) {
	a, b := openReplicas(t)
	ctx := context.Background()
	if _, err := a.TouchUser(ctx, 7, 70, "en"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.PeekUser(ctx, 7, 70, "en"); err != nil {
		t.Fatal(err)
	}
	if err := b.SetUserLang(ctx, 7, 70, "ru"); err != nil {
		t.Fatal(err)
	}
	u, err := a.TouchUser(ctx, 7, 70, "en")
	if err != nil || u.Lang != "ru" {
		t.Fatalf("TouchUser on the other replica: lang %q, err %v; want ru", u.Lang, err)
	}
	u, err = a.PeekUser(ctx, 7, 70, "en")
	if err != nil || u.Lang != "ru" {
		t.Fatalf("PeekUser on the other replica: lang %q, err %v; want ru", u.Lang, err)
	}
}
