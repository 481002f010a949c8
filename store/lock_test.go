package store

import (
	"context"
	"testing"
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
