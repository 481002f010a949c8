package store

import (
	"context"
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
