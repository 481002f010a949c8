package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
)

func TestHandledUpdateOnlyGrowsAndSurvivesReopen(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	if id, err := s.HandledUpdate(ctx); err != nil || id != 0 {
		t.Fatalf("fresh store: %d %v", id, err)
	}
	for _, id := range []int64{5, 9, 7} {
		if err := s.MarkUpdateHandled(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if id, err := s2.HandledUpdate(ctx); err != nil || id != 9 {
		t.Fatalf("after marking 5, 9, 7 and reopening: %d %v, want 9", id, err)
	}
}

// TestMarkUpdateHandledAtOnce: many handlers marking at once (they share
// commits) each return only once their own update is recorded.
func TestMarkUpdateHandledAtOnce(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for i := range 200 {
		wg.Add(1)
		go func(id int64) {
			defer wg.Done()
			if err := s.MarkUpdateHandled(ctx, id); err != nil {
				errs <- err
				return
			}
			if got, err := s.HandledUpdate(ctx); err != nil || got < id {
				errs <- fmt.Errorf("marked %d, then stored %d (%v)", id, got, err)
			}
		}(int64(1000 + i))
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got, _ := s.HandledUpdate(ctx); got != 1199 {
		t.Fatalf("stored %d, want 1199", got)
	}
}
