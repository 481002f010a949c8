package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

// openDigestStore opens a fresh store in a temp dir (its own helper, so the
// digest tests do not depend on the article tests' fixtures).
func openDigestStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), testDB(t, "detente.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var t0 = time.Date(2025, 3, 8, 9, 0, 0, 0, time.UTC)

func subscribe(t *testing.T, s *Store, chat int64) Subscription {
	t.Helper()
	sub := Subscription{ChatID: chat, UserID: chat * 10, Lang: "vi", Minute: 8 * 60, TZ: "Asia/Ho_Chi_Minh",
		Active: true, UpdatedAt: t0, ScheduleFrom: t0}
	if err := s.PutSubscription(context.Background(), sub); err != nil {
		t.Fatal(err)
	}
	return sub
}

func getSub(t *testing.T, s *Store, chat int64) Subscription {
	t.Helper()
	sub, err := s.Subscription(context.Background(), chat)
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

func delivery(chat int64, date string, end time.Time) Delivery {
	return Delivery{ChatID: chat, LocalDate: date, DigestKey: "vi|k", WindowStart: end.Add(-24 * time.Hour),
		WindowEnd: end, CreatedAt: end}
}

func TestSubscriptionUpsertKeepsCreationAndProgress(t *testing.T) {
	ctx := context.Background()
	s := openDigestStore(t)
	subscribe(t, s, 1)
	end := t0.Add(24 * time.Hour)
	if ok, err := s.SkipDelivery(ctx, delivery(1, "2025-03-09", end)); err != nil || !ok {
		t.Fatalf("skip: %v %v", ok, err)
	}
	later := t0.Add(48 * time.Hour)
	if getSub(t, s, 1).Full {
		t.Error("a new subscription is full; want the short digest by default")
	}
	upd := Subscription{ChatID: 1, UserID: 10, Lang: "en", Minute: 7*60 + 30, TZ: "Europe/Moscow", Topic: "sanctions",
		Active: true, Full: true, UpdatedAt: later, ScheduleFrom: later}
	if err := s.PutSubscription(ctx, upd); err != nil {
		t.Fatal(err)
	}
	got := getSub(t, s, 1)
	if !got.CreatedAt.Equal(t0) || !got.UpdatedAt.Equal(later) || !got.ScheduleFrom.Equal(later) {
		t.Errorf("times: created %v updated %v from %v", got.CreatedAt, got.UpdatedAt, got.ScheduleFrom)
	}
	if got.Lang != "en" || got.Minute != 450 || got.TZ != "Europe/Moscow" || got.Topic != "sanctions" || !got.Full {
		t.Errorf("settings not updated: %+v", got)
	}
	if !got.LastWindowEnd.Equal(end) || got.LastLocalDate != "2025-03-09" {
		t.Errorf("resubscribing lost progress: window %v date %q", got.LastWindowEnd, got.LastLocalDate)
	}
}

func TestPutSubscriptionRejectsBadInput(t *testing.T) {
	ctx := context.Background()
	s := openDigestStore(t)
	good := Subscription{ChatID: 5, Lang: "en", Minute: 60, TZ: "UTC", Active: true, UpdatedAt: t0, ScheduleFrom: t0}
	for name, mut := range map[string]func(*Subscription){
		"no chat":     func(x *Subscription) { x.ChatID = 0 },
		"minute 1440": func(x *Subscription) { x.Minute = 1440 },
		"minute -1":   func(x *Subscription) { x.Minute = -1 },
		"no zone":     func(x *Subscription) { x.TZ = "" },
		"no lang":     func(x *Subscription) { x.Lang = "" },
		"no from":     func(x *Subscription) { x.ScheduleFrom = time.Time{} },
	} {
		t.Run(name, func(t *testing.T) {
			bad := good
			mut(&bad)
			if err := s.PutSubscription(ctx, bad); err == nil {
				t.Fatal("accepted")
			}
			if _, err := s.Subscription(ctx, bad.ChatID); !errors.Is(err, ErrNotFound) {
				t.Fatalf("something was written: %v", err)
			}
		})
	}
}

func TestLedgerOneRowPerChatAndDate(t *testing.T) {
	ctx := context.Background()
	s := openDigestStore(t)
	subscribe(t, s, 1)
	end := t0.Add(24 * time.Hour)
	d := delivery(1, "2025-03-09", end)
	for i, want := range []bool{true, false} {
		ok, err := s.BeginDelivery(ctx, d)
		if err != nil || ok != want {
			t.Fatalf("begin %d: ok=%v err=%v, want ok=%v", i, ok, err, want)
		}
	}
	if ok, _ := s.SkipDelivery(ctx, d); ok {
		t.Fatal("a skipped row replaced a pending one")
	}
	if got := getSub(t, s, 1); got.LastLocalDate != "2025-03-09" || !got.LastWindowEnd.IsZero() {
		t.Fatalf("after begin: date %q window %v (window must move only when sent)", got.LastLocalDate, got.LastWindowEnd)
	}
	at := end.Add(time.Minute)
	if err := s.FinishDelivery(ctx, 1, "2025-03-09", DeliveryResult{State: DeliverySent, Attempts: 1, At: at}); err != nil {
		t.Fatal(err)
	}
	got := getSub(t, s, 1)
	if !got.LastWindowEnd.Equal(end) || !got.LastDeliveredAt.Equal(at) {
		t.Fatalf("sent: window %v delivered %v", got.LastWindowEnd, got.LastDeliveredAt)
	}
	if err := s.FinishDelivery(ctx, 1, "2025-03-09", DeliveryResult{State: DeliveryFailed, At: at}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a completed row was completed again: %v", err)
	}
	ds, err := s.Deliveries(ctx, 1)
	if err != nil || len(ds) != 1 || ds[0].State != DeliverySent || ds[0].Attempts != 1 {
		t.Fatalf("ledger %+v %v", ds, err)
	}
}

func TestFailedAndBlockedKeepTheWindow(t *testing.T) {
	ctx := context.Background()
	s := openDigestStore(t)
	subscribe(t, s, 1)
	end := t0.Add(24 * time.Hour)
	if _, err := s.BeginDelivery(ctx, delivery(1, "2025-03-09", end)); err != nil {
		t.Fatal(err)
	}
	err := s.FinishDelivery(ctx, 1, "2025-03-09", DeliveryResult{State: DeliveryFailed, Error: "blocked", At: end, Deactivate: true})
	if err != nil {
		t.Fatal(err)
	}
	got := getSub(t, s, 1)
	// Never delivered: the next window starts where the failed one did.
	if got.Active || !got.LastWindowEnd.Equal(end.Add(-24*time.Hour)) {
		t.Fatalf("blocked: active=%v window=%v", got.Active, got.LastWindowEnd)
	}
	subs, err := s.ActiveSubscriptions(ctx)
	if err != nil || len(subs) != 0 {
		t.Fatalf("active after block: %v %v", subs, err)
	}
	// Once delivered, a failure leaves the window where the last digest ended.
	subscribe(t, s, 2)
	s.BeginDelivery(ctx, delivery(2, "2025-03-09", end))
	s.FinishDelivery(ctx, 2, "2025-03-09", DeliveryResult{State: DeliverySent, At: end})
	s.BeginDelivery(ctx, delivery(2, "2025-03-10", end.Add(24*time.Hour)))
	if err := s.FinishDelivery(ctx, 2, "2025-03-10", DeliveryResult{State: DeliveryFailed, At: end}); err != nil {
		t.Fatal(err)
	}
	if got := getSub(t, s, 2); !got.LastWindowEnd.Equal(end) {
		t.Fatalf("failure moved the window to %v, want %v", got.LastWindowEnd, end)
	}
}

func TestReleaseReopensTheDate(t *testing.T) {
	ctx := context.Background()
	s := openDigestStore(t)
	subscribe(t, s, 1)
	end := t0.Add(24 * time.Hour)
	if _, err := s.SkipDelivery(ctx, delivery(1, "2025-03-09", end)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.BeginDelivery(ctx, delivery(1, "2025-03-10", end.Add(24*time.Hour))); err != nil {
		t.Fatal(err)
	}
	if err := s.ReleaseDelivery(ctx, 1, "2025-03-10"); err != nil {
		t.Fatal(err)
	}
	if got := getSub(t, s, 1); got.LastLocalDate != "2025-03-09" {
		t.Fatalf("last date after release = %q, want the previous one", got.LastLocalDate)
	}
	if err := s.ReleaseDelivery(ctx, 1, "2025-03-09"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("released a completed row: %v", err)
	}
	if ok, err := s.BeginDelivery(ctx, delivery(1, "2025-03-10", end.Add(24*time.Hour))); !ok || err != nil {
		t.Fatalf("date not reopened: %v %v", ok, err)
	}
}

func TestAbandonPendingMarksThemInDoubt(t *testing.T) {
	ctx := context.Background()
	s := openDigestStore(t)
	for _, c := range []int64{1, 2, 3} {
		subscribe(t, s, c)
	}
	end := t0.Add(24 * time.Hour)
	s.BeginDelivery(ctx, delivery(1, "2025-03-09", end))
	s.BeginDelivery(ctx, delivery(2, "2025-03-09", end))
	s.SkipDelivery(ctx, delivery(3, "2025-03-09", end))
	got, err := s.AbandonPendingDeliveries(ctx, "in doubt", end)
	if err != nil || len(got) != 2 || got[0].State != DeliveryPending {
		t.Fatalf("abandoned %+v %v", got, err)
	}
	counts, err := s.DeliveryCounts(ctx)
	if err != nil || counts[DeliveryFailed] != 2 || counts[DeliverySkipped] != 1 || counts[DeliveryPending] != 0 {
		t.Fatalf("counts %v %v", counts, err)
	}
	if ok, _ := s.BeginDelivery(ctx, delivery(1, "2025-03-09", end)); ok {
		t.Fatal("an in-doubt date was reopened")
	}
	if got := getSub(t, s, 1); !got.LastWindowEnd.Equal(end.Add(-24 * time.Hour)) {
		t.Fatalf("in-doubt first digest: window %v, want its start (the next digest repeats rather than misses)", got.LastWindowEnd)
	}
}

func TestNoLedgerRowForAnUnsubscribedChat(t *testing.T) {
	ctx := context.Background()
	s := openDigestStore(t)
	subscribe(t, s, 1)
	if err := s.SetSubscriptionActive(ctx, 1, false, t0); err != nil {
		t.Fatal(err)
	}
	end := t0.Add(24 * time.Hour)
	for name, f := range map[string]func(context.Context, Delivery) (bool, error){"begin": s.BeginDelivery, "skip": s.SkipDelivery} {
		if ok, err := f(ctx, delivery(1, "2025-03-09", end)); ok || err != nil {
			t.Fatalf("%s for an inactive chat: %v %v", name, ok, err)
		}
	}
	if ds, _ := s.Deliveries(ctx, 1); len(ds) != 0 {
		t.Fatalf("ledger rows for an inactive chat: %+v", ds)
	}
	if got := getSub(t, s, 1); got.LastLocalDate != "" || !got.LastWindowEnd.IsZero() {
		t.Fatalf("inactive chat's progress moved: %+v", got)
	}
}

func TestBeginDeliveryRejectsBadInput(t *testing.T) {
	ctx := context.Background()
	s := openDigestStore(t)
	subscribe(t, s, 1)
	end := t0.Add(24 * time.Hour)
	for name, d := range map[string]Delivery{
		"bad date":       delivery(1, "9 March", end),
		"no created":     {ChatID: 1, LocalDate: "2025-03-09"},
		"unknown chat":   delivery(99, "2025-03-09", end),
		"date with time": delivery(1, "2025-03-09T08:00", end),
	} {
		t.Run(name, func(t *testing.T) {
			if ok, err := s.BeginDelivery(ctx, d); err == nil || ok {
				t.Fatalf("accepted: %v %v", ok, err)
			}
		})
	}
	if ds, _ := s.Deliveries(ctx, 1); len(ds) != 0 {
		t.Fatalf("rows written: %+v", ds)
	}
}

func TestDigestCacheFirstWriterWinsAndPrunes(t *testing.T) {
	ctx := context.Background()
	s := openDigestStore(t)
	d := CachedDigest{Key: "vi|a|b|", Lang: "vi", WindowStart: t0, WindowEnd: t0.Add(time.Hour), Articles: 2,
		Payload: []byte(`{"Text":"one"}`), CreatedAt: t0}
	if err := s.PutCachedDigest(ctx, d); err != nil {
		t.Fatal(err)
	}
	d2 := d
	d2.Payload = []byte(`{"Text":"two"}`)
	if err := s.PutCachedDigest(ctx, d2); err != nil {
		t.Fatal(err)
	}
	got, err := s.CachedDigestByKey(ctx, d.Key)
	if err != nil || string(got.Payload) != `{"Text":"one"}` || got.Articles != 2 || !got.WindowEnd.Equal(d.WindowEnd) {
		t.Fatalf("got %+v %v", got, err)
	}
	if err := s.PutCachedDigest(ctx, CachedDigest{Key: "x"}); err == nil {
		t.Fatal("empty payload accepted")
	}
	subscribe(t, s, 1)
	s.SkipDelivery(ctx, delivery(1, "2025-03-01", t0))
	s.SkipDelivery(ctx, delivery(1, "2025-03-09", t0))
	c, l, err := s.PruneDigestData(ctx, t0.Add(time.Second), "2025-03-05")
	if err != nil || c != 1 || l != 1 {
		t.Fatalf("pruned cache=%d ledger=%d err=%v", c, l, err)
	}
	if _, err := s.CachedDigestByKey(ctx, d.Key); !errors.Is(err, ErrNotFound) {
		t.Fatalf("pruned digest still there: %v", err)
	}
}

func TestDigestLease(t *testing.T) {
	ctx := context.Background()
	s := openDigestStore(t)
	ttl := time.Minute
	steps := []struct {
		owner string
		at    time.Duration
		want  bool
	}{
		{"a", 0, true},
		{"b", 30 * time.Second, false},
		{"a", 50 * time.Second, true}, // renews until 1m50s
		{"b", 100 * time.Second, false},
		{"b", 111 * time.Second, true}, // a's lease expired
		{"a", 112 * time.Second, false},
	}
	for _, st := range steps {
		got, err := s.AcquireDigestLease(ctx, st.owner, t0.Add(st.at), ttl)
		if err != nil || got != st.want {
			t.Fatalf("%s at %v: got %v err %v, want %v", st.owner, st.at, got, err, st.want)
		}
	}
	if err := s.ReleaseDigestLease(ctx, "a"); err != nil { // not the holder: no effect
		t.Fatal(err)
	}
	if got, _ := s.AcquireDigestLease(ctx, "a", t0.Add(113*time.Second), ttl); got {
		t.Fatal("a released b's lease")
	}
	if err := s.ReleaseDigestLease(ctx, "b"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.AcquireDigestLease(ctx, "a", t0.Add(114*time.Second), ttl); !got {
		t.Fatal("released lease not free")
	}
}
