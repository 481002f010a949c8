package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestPruneBotDataForgetsPeopleAfterTheCutoff: a user's questions, answers
// (with the passages given to the model) and votes older than the retention
// are gone after a prune; newer ones, and users still subscribed to a
// digest, stay; the file gives its space back.
func TestPruneBotDataForgetsPeopleAfterTheCutoff(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	c := &clock{t: t0}
	s := openClock(t, c)
	ctx := context.Background()
	wantMode := "incremental" // the file gives space back; PostgreSQL's server decides
	if onPostgres() {
		wantMode = "server"
	}
	if mode, err := s.AutoVacuumMode(ctx); err != nil || mode != wantMode {
		t.Fatalf("a new database should be in incremental auto-vacuum mode, got %q %v", mode, err)
	}
	passages := []byte(`[{"text":"` + strings.Repeat("passage ", 600) + `"}]`)
	ask := func(user int64, q string) Turn {
		t.Helper()
		tr, err := s.RecordAnswer(ctx, Answered{Turn: &Turn{ChatID: user, UserID: user, Question: q, Answer: "a [1]",
			Sources: passages, MessageIDs: []int{int(c.now().Unix() % 100000)}}, Log: QuestionLog{ChatID: user, UserID: user, Outcome: "answered"}})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.PutFeedback(ctx, Feedback{TurnID: tr.ID, UserID: user, ChatID: user, Vote: 1}); err != nil {
			t.Fatal(err)
		}
		return tr
	}
	// Old: user 1 (gone), user 2 (subscribed), user 3 (old turn, but seen recently).
	var old []Turn
	for i := range 40 {
		old = append(old, ask(1, fmt.Sprintf("old question %d", i)))
	}
	ask(2, "old subscriber question")
	if err := s.PutSubscription(ctx, Subscription{ChatID: 2, UserID: 2, Lang: "en", Minute: 60, TZ: "UTC",
		Active: true, CreatedAt: t0, UpdatedAt: t0, ScheduleFrom: t0}); err != nil {
		t.Fatal(err)
	}
	old3 := ask(3, "old question of a returning user")
	if err := s.ResetChat(ctx, 1); err != nil {
		t.Fatal(err)
	}

	c.set(t0.Add(100 * 24 * time.Hour))
	recent := ask(3, "recent question")
	cutoff := c.now().Add(-90 * 24 * time.Hour)
	p, err := s.PruneBotData(ctx, cutoff)
	if err != nil {
		t.Fatal(err)
	}
	if p.Turns != 42 || p.Feedback != 42 || p.Questions != 42 || p.Users != 1 || p.Chats != 1 {
		t.Errorf("pruned %+v, want 42 turns, 42 votes, 42 questions, 1 user, 1 /new mark", p)
	}
	if p.FreedPages == 0 && !onPostgres() {
		t.Errorf("the incremental vacuum freed no pages after deleting %d turns of passages", p.Turns)
	}
	for _, tr := range append(old, old3) {
		if _, err := s.TurnByID(ctx, tr.ID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("old turn %d survived: %v", tr.ID, err)
		}
		if _, err := s.TurnByMessage(ctx, tr.ChatID, tr.MessageIDs[0]); !errors.Is(err, ErrNotFound) {
			t.Fatalf("the message index of old turn %d survived: %v", tr.ID, err)
		}
		if fb, err := s.FeedbackFor(ctx, tr.ID); err != nil || len(fb) != 0 {
			t.Fatalf("votes on old turn %d survived: %v %v", tr.ID, fb, err)
		}
	}
	if _, err := s.TurnByID(ctx, recent.ID); err != nil {
		t.Errorf("a recent turn was pruned: %v", err)
	}
	if fb, _ := s.FeedbackFor(ctx, recent.ID); len(fb) != 1 {
		t.Errorf("the vote on a recent turn was pruned: %v", fb)
	}
	if _, err := s.BotUserByID(ctx, 1); !errors.Is(err, ErrNotFound) {
		t.Errorf("a user not seen for 100 days is kept: %v", err)
	}
	for _, u := range []int64{2, 3} {
		if _, err := s.BotUserByID(ctx, u); err != nil {
			t.Errorf("user %d (subscribed or recently seen) was pruned: %v", u, err)
		}
	}
	st, err := s.BotStatistics(ctx, time.Time{})
	if err != nil || st.Questions != 1 || st.Up != 1 {
		t.Errorf("stats after prune: %+v %v, want 1 question and 1 vote", st, err)
	}
	// A second prune finds nothing.
	if p, err := s.PruneBotData(ctx, cutoff); err != nil || p.Total() != 0 {
		t.Errorf("second prune: %+v %v", p, err)
	}
}

// BenchmarkPruneBotData measures one daily prune of a day's worth of
// questions (1,000 answers with ~5.5 KB of passages each) and the file
// space the incremental vacuum returns.
func BenchmarkPruneBotData(b *testing.B) {
	ctx := context.Background()
	passages := []byte(`[{"text":"` + strings.Repeat("passage ", 680) + `"}]`)
	for range b.N {
		b.StopTimer()
		c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
		s := openClock(b, c)
		for i := range 1000 {
			u := int64(i%50 + 1)
			if _, err := s.RecordAnswer(ctx, Answered{Turn: &Turn{ChatID: u, UserID: u, Question: "q", Answer: "a [1]",
				Sources: passages, MessageIDs: []int{i}}, Log: QuestionLog{ChatID: u, UserID: u, Outcome: "answered"}}); err != nil {
				b.Fatal(err)
			}
		}
		before := fileSize(b, s)
		b.StartTimer()
		p, err := s.PruneBotData(ctx, c.now().Add(time.Hour))
		b.StopTimer()
		if err != nil || p.Turns != 1000 {
			b.Fatalf("%+v %v", p, err)
		}
		b.ReportMetric(float64(before-fileSize(b, s))/(1<<20), "MiB-freed")
		b.StartTimer()
	}
}

func fileSize(tb testing.TB, s *Store) int64 {
	tb.Helper()
	var pages, size int64
	if err := s.DB().QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		tb.Fatal(err)
	}
	if err := s.DB().QueryRow("PRAGMA page_size").Scan(&size); err != nil {
		tb.Fatal(err)
	}
	return pages * size
}
