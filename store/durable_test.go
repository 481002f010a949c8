package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestLedgerWritesAreDurable: the digest ledger's pending row must reach the
// disk before the digest goes out (synchronous=FULL on its commit; NORMAL
// may lose the last commits on power loss, and a lost pending row means a
// second digest). Every other write keeps NORMAL, and the connection goes
// back to the pool with NORMAL.
func TestLedgerWritesAreDurable(t *testing.T) {
	sqliteOnly(t, "synchronous=FULL on the ledger connection")
	ctx := context.Background()
	s := openDigestStore(t)
	subscribe(t, s, 1)
	var seen []int
	s.ledgerHook = func(ctx context.Context, tx *dbTx) {
		var v int
		if err := tx.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&v); err != nil {
			t.Error(err)
		}
		seen = append(seen, v)
	}
	end := t0.Add(24 * time.Hour)
	if ok, err := s.BeginDelivery(ctx, delivery(1, "2025-03-09", end)); err != nil || !ok {
		t.Fatalf("begin: %v %v", ok, err)
	}
	if err := s.FinishDelivery(ctx, 1, "2025-03-09", DeliveryResult{State: DeliverySent, Attempts: 1, At: end}); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 2 || seen[0] != 2 || seen[1] != 2 {
		t.Errorf("synchronous inside the ledger's begin and finish = %v, want [2 2] (FULL)", seen)
	}
	// Every pooled connection is back to NORMAL.
	var conns []*sql.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for i := range 4 {
		c, err := s.DB().Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		var v int
		if err := c.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&v); err != nil {
			t.Fatal(err)
		}
		if v != 1 {
			t.Errorf("pooled connection %d left with synchronous=%d after a ledger write, want 1 (NORMAL)", i, v)
		}
	}
}

// BenchmarkDigestLedger is the store's share of one digest: the pending row
// before the send and the sent row after it, on a real file. Run it on a
// real disk (TMPDIR on tmpfs makes fsync free):
//
//	TMPDIR=/var/tmp go test -run XXX -bench DigestLedger -benchtime 300x ./store/
func BenchmarkDigestLedger(b *testing.B) {
	ctx := context.Background()
	dir, err := os.MkdirTemp(os.Getenv("TMPDIR"), "ledger")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dir)
	s, err := Open(ctx, filepath.Join(dir, "detente.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for chat := int64(1); chat <= 50; chat++ {
		sub := Subscription{ChatID: chat, UserID: chat, Lang: "vi", Minute: 480, TZ: "UTC", Active: true, UpdatedAt: t0, ScheduleFrom: t0}
		if err := s.PutSubscription(ctx, sub); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := range b.N {
		chat := int64(i%50) + 1
		day := t0.AddDate(0, 0, i/50+1)
		date := day.Format(time.DateOnly)
		if ok, err := s.BeginDelivery(ctx, Delivery{ChatID: chat, LocalDate: date, DigestKey: fmt.Sprint("k", i),
			WindowStart: day.Add(-24 * time.Hour), WindowEnd: day, CreatedAt: day}); err != nil || !ok {
			b.Fatalf("begin %d: %v %v", i, ok, err)
		}
		if err := s.FinishDelivery(ctx, chat, date, DeliveryResult{State: DeliverySent, Attempts: 1, At: day}); err != nil {
			b.Fatal(err)
		}
	}
}
