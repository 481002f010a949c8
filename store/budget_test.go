package store

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// A bucket grants its burst, refuses with the wait until the next unit,
// tells once per empty spell, and refills with time.
func TestTakeBudgetRefillsAndTellsOnce(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	take := func(at time.Time) (bool, time.Duration, bool) {
		t.Helper()
		ok, wait, tell, err := s.TakeBudget(ctx, "question", 7, 0.5, 3, at)
		if err != nil {
			t.Fatal(err)
		}
		return ok, wait, tell
	}
	for i := range 3 {
		if ok, _, _ := take(t0); !ok {
			t.Fatalf("take %d of a burst of 3 refused", i+1)
		}
	}
	if ok, wait, tell := take(t0); ok || wait != 2*time.Second || !tell {
		t.Fatalf("4th take: ok=%v wait=%v tell=%v, want refused, 2s, told", ok, wait, tell)
	}
	if ok, _, tell := take(t0.Add(time.Second)); ok || tell {
		t.Fatalf("5th take: ok=%v tell=%v, want refused silently", ok, tell)
	}
	if ok, _, _ := take(t0.Add(2 * time.Second)); !ok {
		t.Fatal("a unit refilled after 2s was refused")
	}
	if ok, _, tell := take(t0.Add(2 * time.Second)); ok || !tell {
		t.Fatalf("a new empty spell: ok=%v tell=%v, want refused and told again", ok, tell)
	}
	if ok, _, _, _ := s.TakeBudget(ctx, "reply", 7, 0.5, 3, t0); !ok {
		t.Fatal("another kind shares the bucket")
	}
	if n, err := s.PruneBudgets(ctx, "reply", t0.Add(time.Second)); err != nil || n != 1 {
		t.Fatalf("pruned %d %v, want the reply bucket last used at t0", n, err)
	}
	if n, err := s.PruneBudgets(ctx, "question", t0.Add(time.Second)); err != nil || n != 0 {
		t.Fatalf("pruned %d %v, want none: the question bucket was used at t0+2s", n, err)
	}
}

// Two replicas (two store handles on one database) spending one user's
// budget at once grant exactly the burst between them.
func TestTakeBudgetSharedByReplicas(t *testing.T) {
	ctx := context.Background()
	db := testDB(t, "budget.db")
	var handles []*Store
	for range 2 {
		s, err := Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		handles = append(handles, s)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var granted, told atomic.Int64
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func(s *Store) {
			defer wg.Done()
			ok, _, tell, err := s.TakeBudget(ctx, "question", 42, 0.1, 3, now)
			if err != nil {
				t.Error(err)
				return
			}
			if ok {
				granted.Add(1)
			}
			if tell {
				told.Add(1)
			}
		}(handles[i%2])
	}
	wg.Wait()
	if granted.Load() != 3 || told.Load() != 1 {
		t.Fatalf("granted %d and told %d times across replicas, want 3 and 1", granted.Load(), told.Load())
	}
}
