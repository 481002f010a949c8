package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

func record(t *testing.T, s *Store, u InboxUpdate) bool {
	t.Helper()
	if u.Payload == nil {
		u.Payload = []byte(fmt.Sprintf(`{"update_id":%d}`, u.ID))
	}
	fresh, err := s.PutUpdate(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	return fresh
}

func next(t *testing.T, s *Store, chat int64, holder string, finished int64) (InboxUpdate, bool) {
	t.Helper()
	u, ok, err := s.NextUpdate(context.Background(), chat, holder, 30*time.Second, finished)
	if err != nil {
		t.Fatal(err)
	}
	return u, ok
}

// An update delivered twice (Telegram's webhook retry, to either replica)
// is recorded once, with its payload and the arrival verdict intact.
func TestPutUpdateRecordsOnce(t *testing.T) {
	s, _ := openTest(t)
	u := InboxUpdate{ID: 7, ChatID: 70, Payload: []byte(`{"update_id":7}`), Limited: true, Tell: true, Wait: 1500 * time.Millisecond}
	if !record(t, s, u) {
		t.Fatal("first delivery not recorded")
	}
	if record(t, s, u) {
		t.Fatal("a redelivery was recorded again")
	}
	got, ok := next(t, s, 70, "a", 0)
	if !ok || got.ID != 7 || string(got.Payload) != `{"update_id":7}` || !got.Limited || !got.Tell || got.Command ||
		got.Wait != 1500*time.Millisecond || got.Attempts != 1 || time.Since(got.ReceivedAt) > time.Minute {
		t.Fatalf("next = %+v %v", got, ok)
	}
}

// One holder per chat, updates in update_id order, each begun once, and
// the chat given back with its last.
func TestChatClaimKeepsOrderAndOneHolder(t *testing.T) {
	s, _ := openTest(t)
	for _, id := range []int64{12, 10, 11} {
		record(t, s, InboxUpdate{ID: id, ChatID: 5})
	}
	record(t, s, InboxUpdate{ID: 13, ChatID: 6})
	u, ok := next(t, s, 5, "a", 0)
	if !ok {
		t.Fatal("a could not take a free chat")
	}
	if _, ok := next(t, s, 5, "b", 0); ok {
		t.Fatal("b took an update of a chat a holds")
	}
	order := []int64{u.ID}
	for {
		u, ok := next(t, s, 5, "a", order[len(order)-1])
		if !ok {
			break
		}
		order = append(order, u.ID)
	}
	if fmt.Sprint(order) != "[10 11 12]" {
		t.Fatalf("chat 5 ran %v, want [10 11 12]", order)
	}
	if n, err := s.InboxBacklog(context.Background()); err != nil || n != 1 {
		t.Fatalf("backlog %d %v, want chat 6's one update", n, err)
	}
	// The last step gave the chat back: b may take it (and finds nothing).
	if _, ok := next(t, s, 5, "b", 0); ok {
		t.Fatal("a finished update was begun again")
	}
	if chats, _, err := s.OrphanedWork(context.Background(), "b", time.Now().Add(time.Hour), 10); err != nil || fmt.Sprint(chats) != "[6]" {
		t.Fatalf("orphaned chats %v %v, want [6] only (5 is done and free)", chats, err)
	}
	if record(t, s, InboxUpdate{ID: 11, ChatID: 5}) {
		t.Fatal("a finished update was recorded again on redelivery")
	}
}

// An update recorded while a worker holds its chat is that worker's next.
func TestHolderTakesArrivals(t *testing.T) {
	s, _ := openTest(t)
	record(t, s, InboxUpdate{ID: 1, ChatID: 5})
	next(t, s, 5, "a", 0)
	record(t, s, InboxUpdate{ID: 2, ChatID: 5})
	if _, ok := next(t, s, 5, "b", 0); ok {
		t.Fatal("b took a held chat")
	}
	if u, ok := next(t, s, 5, "a", 1); !ok || u.ID != 2 {
		t.Fatalf("a's next step: %+v %v, want update 2", u, ok)
	}
}

// A holder that dies loses its chats when its lease runs out; the next
// holder begins the interrupted update again, and the dead holder's late
// finish is refused.
func TestExpiredClaimIsTakenOver(t *testing.T) {
	c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	s := openClock(t, c)
	ctx := context.Background()
	record(t, s, InboxUpdate{ID: 1, ChatID: 5})
	record(t, s, InboxUpdate{ID: 2, ChatID: 5})
	if u, _ := next(t, s, 5, "a", 0); u.ID != 1 {
		t.Fatalf("a began %d", u.ID)
	}
	if chats, _, err := s.OrphanedWork(ctx, "b", c.now(), 10); err != nil || len(chats) != 0 {
		t.Fatalf("a held chat counted as orphaned: %v %v", chats, err)
	}
	c.set(c.now().Add(31 * time.Second))
	if chats, _, err := s.OrphanedWork(ctx, "b", c.now(), 10); err != nil || fmt.Sprint(chats) != "[5]" {
		t.Fatalf("orphaned chats after a's lease ran out: %v %v", chats, err)
	}
	u, ok := next(t, s, 5, "b", 0)
	if !ok || u.ID != 1 || u.Attempts != 2 {
		t.Fatalf("b began %+v, want update 1 on its second attempt", u)
	}
	if err := s.FinishUpdate(ctx, 1, "a"); !errors.Is(err, ErrClaimLost) {
		t.Fatalf("dead holder's finish: %v", err)
	}
	if _, _, err := s.NextUpdate(ctx, 5, "a", time.Minute, 1); !errors.Is(err, ErrClaimLost) {
		t.Fatalf("dead holder's next step: %v, want its finish refused", err)
	}
	if _, ok := next(t, s, 5, "a", 0); ok {
		t.Fatal("a began another update after losing the chat")
	}
	if u, ok := next(t, s, 5, "b", 1); !ok || u.ID != 2 {
		t.Fatalf("b's next step: %+v %v", u, ok)
	}
	if held, err := s.HeldChats(ctx, "b"); err != nil || fmt.Sprint(held) != "[5]" {
		t.Fatalf("b holds %v %v, want [5]", held, err)
	}
	// Renewal keeps a live holder's chat.
	c.set(c.now().Add(20 * time.Second))
	if n, err := s.RenewClaims(ctx, "b", 30*time.Second); err != nil || n != 1 {
		t.Fatalf("renew: %d %v", n, err)
	}
	c.set(c.now().Add(20 * time.Second))
	if _, ok := next(t, s, 5, "a", 0); ok {
		t.Fatal("a took a chat whose holder renewed its lease")
	}
}

// A control update is claimed alone, once; while its chat is held, only
// by the holder (which runs the answer a /cancel must stop); and taken
// over when its claim runs out.
func TestControlUpdateClaimedAlone(t *testing.T) {
	c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	s := openClock(t, c)
	ctx := context.Background()
	record(t, s, InboxUpdate{ID: 1, ChatID: 5})
	record(t, s, InboxUpdate{ID: 2, ChatID: 5, Control: true})
	record(t, s, InboxUpdate{ID: 3, ChatID: 9, Control: true})
	next(t, s, 5, "a", 0)
	if _, ok, _ := s.ClaimUpdate(ctx, 1, "b", time.Second); ok {
		t.Fatal("an ordered update was claimed as a control update")
	}
	if _, ok, _ := s.ClaimUpdate(ctx, 2, "b", time.Second); ok {
		t.Fatal("b claimed a control update of a chat a holds")
	}
	if u, ok, err := s.ClaimUpdate(ctx, 3, "b", time.Second); err != nil || !ok || !u.Control || u.Attempts != 1 {
		t.Fatalf("claim control of a free chat: %+v %v %v", u, ok, err)
	}
	if _, ctl, _ := s.OrphanedWork(ctx, "a", c.now().Add(-time.Hour), 10); fmt.Sprint(ctl) != "[2]" {
		t.Fatalf("the chat's holder is not offered its chat's control update: %v", ctl)
	}
	if _, ctl, _ := s.OrphanedWork(ctx, "b", c.now().Add(time.Hour), 10); len(ctl) != 0 {
		t.Fatalf("b is offered control updates of a's chat: %v", ctl)
	}
	if u, ok, err := s.ClaimUpdate(ctx, 2, "a", 10*time.Second); err != nil || !ok || u.Attempts != 1 {
		t.Fatalf("holder's claim of its chat's control: %+v %v %v", u, ok, err)
	}
	if _, ok, _ := s.ClaimUpdate(ctx, 3, "c", 10*time.Second); ok {
		t.Fatal("a control update was claimed by a second worker")
	}
	// b restarted (same holder): its own claim from before does not
	// keep it from the update.
	if u, ok, err := s.ClaimUpdate(ctx, 3, "b", time.Second); err != nil || !ok || u.Attempts != 2 {
		t.Fatalf("restarted holder's claim: %+v %v %v", u, ok, err)
	}
	if _, ok := next(t, s, 5, "a", 1); ok {
		t.Fatal("a control update was begun in the chat's order")
	}
	// a dies holding update 2.
	c.set(c.now().Add(11 * time.Second))
	if _, ctl, _ := s.OrphanedWork(ctx, "b", c.now(), 10); fmt.Sprint(ctl) != "[2 3]" {
		t.Fatalf("orphaned controls: %v", ctl)
	}
	if u, ok, err := s.ClaimUpdate(ctx, 2, "b", 10*time.Second); err != nil || !ok || u.Attempts != 2 {
		t.Fatalf("takeover of an expired control claim: %+v %v %v", u, ok, err)
	}
	if err := s.FinishUpdate(ctx, 2, "b"); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishUpdate(ctx, 3, "b"); err != nil {
		t.Fatal(err)
	}
	if _, ctl, _ := s.OrphanedWork(ctx, "b", c.now().Add(time.Hour), 10); len(ctl) != 0 {
		t.Fatalf("finished controls listed: %v", ctl)
	}
}

// Many workers claiming the same chats at once: every update is begun
// exactly once and each chat's updates in order.
func TestConcurrentWorkersBeginEachUpdateOnce(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	const chats, per = 10, 8
	for i := range chats * per {
		record(t, s, InboxUpdate{ID: int64(i + 1), ChatID: int64(i % chats)})
	}
	var mu sync.Mutex
	begun := map[int64][]int64{}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func(holder string) {
			defer wg.Done()
			for range 3 {
				for chat := range int64(chats) {
					var finished int64
					for {
						u, ok, err := s.NextUpdate(ctx, chat, holder, time.Minute, finished)
						if err != nil {
							t.Error(err)
						}
						if err != nil || !ok {
							break
						}
						mu.Lock()
						begun[chat] = append(begun[chat], u.ID)
						mu.Unlock()
						finished = u.ID
					}
				}
			}
		}(fmt.Sprint("w", w))
	}
	wg.Wait()
	for chat := range int64(chats) {
		got := begun[chat]
		if len(got) != per {
			t.Errorf("chat %d: begun %v, want %d updates once each", chat, got, per)
		}
		for i := 1; i < len(got); i++ {
			if got[i] <= got[i-1] {
				t.Errorf("chat %d out of order: %v", chat, got)
			}
		}
	}
}

func TestPruneInboxKeepsOpenAndRecent(t *testing.T) {
	c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	s := openClock(t, c)
	ctx := context.Background()
	record(t, s, InboxUpdate{ID: 1, ChatID: 5})
	record(t, s, InboxUpdate{ID: 2, ChatID: 5})
	next(t, s, 5, "a", 0)
	if err := s.FinishUpdate(ctx, 1, "a"); err != nil {
		t.Fatal(err)
	}
	if n, err := s.PruneInbox(ctx, c.now().Add(time.Second)); err != nil || n != 1 {
		t.Fatalf("pruned %d %v, want the one finished update", n, err)
	}
	if !record(t, s, InboxUpdate{ID: 1, ChatID: 5}) {
		t.Fatal("pruned id not accepted again")
	}
	if record(t, s, InboxUpdate{ID: 2, ChatID: 5}) {
		t.Fatal("unfinished update was pruned")
	}
}
