package digest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/store"
)

func day(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, time.UTC)
}

func mustSub(t *testing.T, e *env, chat int64) store.Subscription {
	t.Helper()
	sub, err := e.st.Subscription(context.Background(), chat)
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

func ledger(t *testing.T, e *env, chat int64) []store.Delivery {
	t.Helper()
	ds, err := e.st.Deliveries(context.Background(), chat)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestDSTEachZoneOneDigestAtItsHour runs the scheduler through daylight
// saving changes for subscribers in several zones (including local times
// that do not exist or happen twice that day) and checks each gets exactly
// one digest per local day, at their local time, and every article once.
func TestDSTEachZoneOneDigestAtItsHour(t *testing.T) {
	type subscriber struct{ zone, at string }
	spans := []struct {
		name       string
		start, end time.Time
		subs       []subscriber
	}{
		{"spring US", day(2025, 3, 7, 12, 0), day(2025, 3, 11, 0, 0), []subscriber{
			{"America/New_York", "08:00"}, {"Europe/Moscow", "08:00"}, {"Asia/Ho_Chi_Minh", "08:00"},
			{"America/New_York", "02:30"}, // does not exist on 9 March
		}},
		{"autumn EU", day(2025, 10, 25, 0, 0), day(2025, 10, 28, 0, 0), []subscriber{
			{"Europe/Berlin", "07:15"}, {"Asia/Ho_Chi_Minh", "21:00"}, {"America/New_York", "08:00"},
			{"Europe/Berlin", "02:30"}, // happens twice on 26 October
		}},
		{"autumn US", day(2025, 11, 1, 0, 0), day(2025, 11, 4, 0, 0), []subscriber{
			{"America/New_York", "08:00"}, {"Europe/Moscow", "08:00"}, {"Asia/Ho_Chi_Minh", "08:00"},
			{"America/New_York", "01:30"}, // happens twice on 2 November
		}},
	}
	for _, span := range spans {
		t.Run(span.name, func(t *testing.T) {
			e := newEnv(t, span.start.Add(-30*time.Hour), Options{})
			for at, i := e.clk.Now(), 0; at.Before(span.end); at, i = at.Add(5*time.Hour+17*time.Minute), i+1 {
				id := fmt.Sprintf("a%03d", i)
				e.articleAt(at, id, "Talks "+id, "Diplomats met again.")
			}
			e.clk.Set(span.start)
			for i, s := range span.subs {
				e.command(user(int64(i+1), "en"), "subscribe", s.at+" "+s.zone)
			}
			e.run(span.end)

			for i, s := range span.subs {
				chat := int64(i + 1)
				loc := mustLoc(t, s.zone)
				minute, _, _ := parseClock(s.at)
				// Expected: every local date whose time falls in (start, end).
				var want []string
				for d := span.start.In(loc).AddDate(0, 0, -1); d.Before(span.end.In(loc).AddDate(0, 0, 1)); d = d.AddDate(0, 0, 1) {
					due := dueOn(d, minute, loc)
					if !due.Before(span.start) && due.Before(span.end) {
						want = append(want, due.In(loc).Format(dateLayout))
					}
				}
				msgs := e.snd.messages(chat)
				var got []string
				seen := map[string]bool{}
				for _, m := range msgs {
					local := m.at.In(loc)
					date := local.Format(dateLayout)
					got = append(got, date)
					due := dueOn(local, minute, loc)
					if m.at.Before(due) || m.at.Sub(due) > time.Second { // on the minute, give or take pacing
						t.Errorf("%s %s: digest for %s sent at %s, due %s", s.zone, s.at, date, local.Format(time.RFC3339), due.Format(time.RFC3339))
					}
					for _, id := range cited(m.ans) {
						if seen[id] {
							t.Errorf("%s %s: article %s delivered twice", s.zone, s.at, id)
						}
						seen[id] = true
					}
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s %s: digests on %v, want one on each of %v", s.zone, s.at, got, want)
				}
				// No article is missed: everything added since the first
				// window began and before the last window ended was cited.
				ds := ledger(t, e, chat)
				if len(ds) == 0 {
					continue
				}
				first, last := ds[0].WindowStart, ds[len(ds)-1].WindowEnd
				arts, err := e.st.ArticlesAddedSince(context.Background(), first, last)
				if err != nil {
					t.Fatal(err)
				}
				for _, a := range arts {
					if !seen[a.ID] {
						t.Errorf("%s %s: article %s (added %s) never delivered", s.zone, s.at, a.ID, a.AddedAt)
					}
				}
			}
		})
	}
}

// TestCrashMidBroadcastThenRestart kills the process (its database handle
// dies) right after Telegram accepted the 15th message, restarts on the same
// file, and checks every subscriber ends up with exactly one digest.
func TestCrashMidBroadcastThenRestart(t *testing.T) {
	start := day(2025, 3, 10, 7, 0)
	e := newEnv(t, start, Options{Workers: 4, ScanInterval: time.Minute}) // the restart waits out the dead lease
	const n = 40
	for c := int64(1); c <= n; c++ {
		e.command(user(c, "en"), "subscribe", "08:00 UTC")
	}
	e.articleAt(day(2025, 3, 10, 7, 30), "a1", "Lavrov and Rubio talk", "They talked.")

	first := e.st
	ctx, cancel := context.WithCancel(context.Background())
	e.snd.after = func(chat int64, call int) {
		if call == 15 { // the process dies: nothing more is sent or written
			cancel()
			first.DB().Close()
		}
	}
	if err := e.svc.Run(ctx, e.snd); err != nil {
		t.Fatal(err)
	}
	cancel()
	e.snd.mu.Lock()
	e.snd.after = nil
	before := e.snd.calls
	e.snd.mu.Unlock()
	if before >= n {
		t.Fatalf("the crash came after the whole broadcast (%d sends)", before)
	}

	e.clk.Advance(time.Minute) // restart a minute later, on the same file
	e.open()
	e.run(day(2025, 3, 10, 9, 0))

	inDoubt := 0
	for c := int64(1); c <= n; c++ {
		if got := len(e.snd.messages(c)); got != 1 {
			t.Errorf("chat %d got %d digests, want exactly 1", c, got)
		}
		ds := ledger(t, e, c)
		if len(ds) != 1 {
			t.Fatalf("chat %d ledger %+v", c, ds)
		}
		switch {
		case ds[0].State == store.DeliverySent:
		case ds[0].State == store.DeliveryFailed && strings.Contains(ds[0].Error, "in doubt"):
			inDoubt++
		default:
			t.Errorf("chat %d ledger row %+v", c, ds[0])
		}
	}
	if inDoubt == 0 {
		t.Error("the send cut off by the crash was not recorded as in doubt")
	}
}

// TestShutdownDuringRateLimitWaitThenRestart stops the process gracefully
// while chats wait out a 429; they certainly were not sent, so after the
// restart they get their digest the same day, once.
func TestShutdownDuringRateLimitWaitThenRestart(t *testing.T) {
	e := newEnv(t, day(2025, 3, 10, 7, 0), Options{Workers: 4})
	const n = 20
	for c := int64(1); c <= n; c++ {
		e.command(user(c, "en"), "subscribe", "08:00 UTC")
	}
	e.articleAt(day(2025, 3, 10, 7, 30), "a1", "Lavrov and Rubio talk", "They talked.")
	e.snd.fault = func(chat int64, call int) error {
		if call >= 5 && call <= 8 {
			return &RetryAfterError{After: 30 * time.Second}
		}
		return nil
	}
	e.run(day(2025, 3, 10, 8, 0).Add(10 * time.Second)) // stops inside the 30 s pause
	if got := e.snd.total(); got >= n {
		t.Fatalf("the shutdown came after the whole broadcast (%d sent)", got)
	}
	counts, _ := e.st.DeliveryCounts(context.Background())
	if counts[store.DeliveryPending] != 0 || counts[store.DeliveryFailed] != 0 {
		t.Fatalf("graceful shutdown left %v", counts)
	}

	e.snd.fault = nil
	e.open()
	e.run(day(2025, 3, 10, 9, 0))
	for c := int64(1); c <= n; c++ {
		if got := len(e.snd.messages(c)); got != 1 {
			t.Errorf("chat %d got %d digests, want exactly 1", c, got)
		}
	}
	counts, _ = e.st.DeliveryCounts(context.Background())
	if counts[store.DeliverySent] != n {
		t.Fatalf("ledger %v, want %d sent", counts, n)
	}
}

func TestBlockedUserIsUnsubscribed(t *testing.T) {
	e := newEnv(t, day(2025, 3, 10, 7, 0), Options{})
	for c := int64(1); c <= 3; c++ {
		e.command(user(c, "en"), "subscribe", "08:00 UTC")
	}
	e.articleAt(day(2025, 3, 10, 7, 30), "a1", "Day one", "Talks.")
	e.articleAt(day(2025, 3, 11, 7, 30), "a2", "Day two", "More talks.")
	e.snd.fault = func(chat int64, call int) error {
		if chat == 2 {
			return fmt.Errorf("telegram: 403 Forbidden: bot was blocked by the user: %w", ErrBlocked)
		}
		return nil
	}
	e.run(day(2025, 3, 11, 9, 0))

	if sub := mustSub(t, e, 2); sub.Active {
		t.Fatal("blocked chat still subscribed")
	}
	if reply := e.command(user(2, "en"), "subscription", ""); !strings.Contains(reply, "not subscribed") {
		t.Fatalf("/subscription after block: %q", reply)
	}
	calls := 0
	for _, a := range e.snd.attempts {
		if a.chat == 2 {
			calls++
		}
	}
	if calls != 1 {
		t.Fatalf("blocked chat was tried %d times, want once (no retry, nothing the next day)", calls)
	}
	if ds := ledger(t, e, 2); len(ds) != 1 || ds[0].State != store.DeliveryFailed || ds[0].Attempts != 1 {
		t.Fatalf("ledger of blocked chat %+v", ds)
	}
	for _, c := range []int64{1, 3} {
		if got := len(e.snd.messages(c)); got != 2 {
			t.Errorf("chat %d got %d digests, want 2", c, got)
		}
	}
}

// TestRateLimitBurstSlowsButLosesNobody: five 429s in a row pause every
// send for retry_after each time; everyone still gets exactly one digest.
func TestRateLimitBurstSlowsButLosesNobody(t *testing.T) {
	const n = 30
	run := func(t *testing.T, burst bool) (*env, time.Duration) {
		e := newEnv(t, day(2025, 3, 10, 7, 0), Options{Workers: 1})
		for c := int64(1); c <= n; c++ {
			e.command(user(c, "en"), "subscribe", "08:00 UTC")
		}
		e.addArticle("a1", "Talks", "Talks.")
		if burst {
			e.snd.fault = func(chat int64, call int) error {
				if call >= 3 && call <= 7 {
					return &RetryAfterError{After: 3 * time.Second}
				}
				return nil
			}
		}
		e.clk.Set(day(2025, 3, 10, 8, 0))
		rep, err := e.svc.Tick(context.Background(), e.snd)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Sent != n || rep.Failed != 0 {
			t.Fatalf("report %+v", rep)
		}
		return e, e.clk.Now().Sub(day(2025, 3, 10, 8, 0))
	}
	_, calm := run(t, false)
	e, slowed := run(t, true)
	for c := int64(1); c <= n; c++ {
		if got := len(e.snd.messages(c)); got != 1 {
			t.Errorf("chat %d got %d digests, want 1", c, got)
		}
	}
	if slowed < calm+5*3*time.Second {
		t.Errorf("broadcast took %v with five 429s (retry_after 3s), %v without: the waits were not honoured", slowed, calm)
	}
	// After each 429 nothing is sent until its retry_after has passed.
	for i, a := range e.snd.attempts {
		if a.err == nil {
			continue
		}
		for _, b := range e.snd.attempts[i+1:] {
			if b.at.Sub(a.at) < 3*time.Second {
				t.Fatalf("a send %v after a 429 with retry_after 3s", b.at.Sub(a.at))
			}
		}
	}
	// The pace of a calm broadcast is the Sender's: the bot's tests check it.
}

func TestTopicFilterDelivery(t *testing.T) {
	expand := func(s string) []string {
		switch strings.Join(foldWords(s), " ") {
		case "sanctions":
			return []string{"trừng phạt"}
		case "trung phat":
			return []string{"sanctions"}
		}
		return nil
	}
	tests := []struct {
		name   string
		expand func(string) []string
		want   map[int64][]string
	}{
		{"own words", func(string) []string { return nil }, map[int64][]string{1: {"a1", "a4"}, 2: {"a1", "a2", "a3", "a4"}, 3: {"a3"}}},
		{"with expansion", expand, map[int64][]string{1: {"a1", "a3", "a4"}, 2: {"a1", "a2", "a3", "a4"}, 3: {"a1", "a3", "a4"}}},
		{"default lexicon", nil, map[int64][]string{1: {"a1", "a3", "a4"}, 2: {"a1", "a2", "a3", "a4"}, 3: {"a1", "a3", "a4"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, day(2025, 3, 10, 6, 0), Options{ExpandTopic: tt.expand})
			e.command(user(1, "en"), "subscribe", "08:00 UTC sanctions")
			e.command(user(2, "en"), "subscribe", "08:00 UTC")
			e.command(user(3, "vi"), "subscribe", "15:00 Asia/Ho_Chi_Minh trừng phạt")
			e.addArticle("a1", "US extends sanctions on Russian banks", "The Treasury said on Monday...")
			e.addArticle("a2", "Lavrov and Rubio meet in Riyadh", "The two ministers talked for four hours.")
			e.addArticle("a3", "Mỹ gia hạn trừng phạt ngân hàng Nga", "Bộ Tài chính Mỹ cho biết...")
			e.addArticle("a4", "Oligarchs sanctioned in 2022 appeal", "A court in Luxembourg heard...")
			e.run(day(2025, 3, 10, 9, 0))
			for chat, want := range tt.want {
				msgs := e.snd.messages(chat)
				if len(msgs) != 1 {
					t.Fatalf("chat %d got %d digests", chat, len(msgs))
				}
				if got := cited(msgs[0].ans); !slices.Equal(got, want) {
					t.Errorf("chat %d got articles %v, want %v", chat, got, want)
				}
			}
			if msgs := e.snd.messages(1); !strings.HasPrefix(textOf(msgs[0].ans), "Mon 10 Mar 2025 · topic: sanctions\n\n") {
				t.Errorf("topic digest does not say its topic: %q", textOf(msgs[0].ans))
			}
		})
	}
}

// TestOneGenerationPerLanguageAndWindow: 90 subscribers of the full form
// in two languages and one topic share three written summaries, and a
// restart reuses them.
func TestOneGenerationPerLanguageAndWindow(t *testing.T) {
	e := newEnv(t, day(2025, 3, 10, 6, 0), Options{})
	for c := int64(1); c <= 90; c++ {
		switch {
		case c <= 40:
			e.command(user(c, "en"), "subscribe", "08:00 UTC full")
		case c <= 80:
			e.command(user(c, "vi"), "subscribe", "15:00 Asia/Ho_Chi_Minh full") // the same instant
		default:
			e.command(user(c, "en"), "subscribe", "08:00 UTC full sanctions")
		}
	}
	e.addArticle("a1", "New sanctions", "Sanctions were announced.")
	e.addArticle("a2", "Summit planned", "A summit is planned.")
	e.clk.Set(day(2025, 3, 10, 8, 0))
	rep, err := e.svc.Tick(context.Background(), e.snd)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Sent != 90 || rep.Generations != 3 || e.gen.Calls() != 3 {
		t.Fatalf("report %+v, generator calls %d: want 90 sent from 3 generations", rep, e.gen.Calls())
	}
	if got := textOf(e.snd.messages(50)[0].ans); !strings.HasPrefix(got, "Ngày 10/03/2025\n\n") || !strings.Contains(got, "(vi)") {
		t.Errorf("Vietnamese subscriber got %q", got)
	}

	// /digest at 08:07 for a subscriber: generated once, then served from the
	// database even by a new process.
	ctx := context.Background()
	e.clk.Set(day(2025, 3, 10, 8, 7)) // a window of its own (08:05), not the 08:00 one
	if _, err := e.svc.Now(ctx, user(2, "en"), 0); err != nil {
		t.Fatal(err)
	}
	calls := e.gen.Calls()
	e.open()
	for _, c := range []int64{2, 3, 4} {
		if _, err := e.svc.Now(ctx, user(c, "en"), 0); err != nil {
			t.Fatal(err)
		}
	}
	if e.gen.Calls() != calls {
		t.Fatalf("restart regenerated a cached digest: %d calls, want %d", e.gen.Calls(), calls)
	}
}

// TestShortDigestsCostNoModelCall: the short form shows no written summary,
// so a day of short subscribers (the default) asks the model nothing, and
// one full subscriber among them costs one call for everyone's window.
func TestShortDigestsCostNoModelCall(t *testing.T) {
	e := newEnv(t, day(2025, 3, 10, 6, 0), Options{})
	for c := int64(1); c <= 20; c++ {
		e.command(user(c, "en"), "subscribe", "08:00 UTC")
	}
	e.addArticle("a1", "New sanctions", "Sanctions were announced.")
	e.clk.Set(day(2025, 3, 10, 8, 0))
	rep, err := e.svc.Tick(context.Background(), e.snd)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Sent != 20 || e.gen.Calls() != 0 {
		t.Fatalf("report %+v, generator calls %d: want 20 sent and no call", rep, e.gen.Calls())
	}
	if d := e.snd.messages(1)[0].ans; d.Full || d.Summary != "" || len(d.Stories) != 1 {
		t.Errorf("short digest %+v", d)
	}
	e.command(user(21, "en"), "subscribe", "08:00 UTC full")
	e.command(user(22, "en"), "subscribe", "08:00 UTC")
	e.addArticle("a2", "Summit planned", "A summit is planned.")
	e.clk.Set(day(2025, 3, 11, 8, 0))
	if _, err := e.svc.Tick(context.Background(), e.snd); err != nil {
		t.Fatal(err)
	}
	if e.gen.Calls() != 1 {
		t.Errorf("generator calls %d, want 1 for the full subscriber's window", e.gen.Calls())
	}
	if d := e.snd.messages(21)[0].ans; !d.Full || d.Summary == "" {
		t.Errorf("full digest %+v", d)
	}
}

// TestCatchUpSameDayNotLaterDays: down at the time, up later that day: the
// digest goes out then. Down a whole day: no digest for it, and the next
// one covers its articles.
func TestCatchUpSameDayNotLaterDays(t *testing.T) {
	e := newEnv(t, day(2025, 3, 9, 6, 0), Options{})
	e.command(user(1, "en"), "subscribe", "08:00 UTC")
	e.articleAt(day(2025, 3, 9, 7, 0), "a0", "Before the first", "...")
	e.articleAt(day(2025, 3, 9, 12, 0), "a1", "After the first", "...")
	e.articleAt(day(2025, 3, 10, 12, 0), "a2", "On the missed day", "...")
	e.articleAt(day(2025, 3, 11, 12, 0), "a3", "Before the late one", "...")

	e.run(day(2025, 3, 10, 0, 0)) // up on the 9th
	e.clk.Set(day(2025, 3, 11, 6, 0))
	e.open() // down for all of the 10th, back on the 11th before the time
	e.run(day(2025, 3, 11, 10, 0))
	e.clk.Set(day(2025, 3, 12, 11, 0))
	e.open() // down at 08:00 on the 12th, back at 11:00
	e.run(day(2025, 3, 12, 12, 0))

	msgs := e.snd.messages(1)
	type got struct {
		at  time.Time
		ids string
	}
	var gots []got
	for _, m := range msgs {
		gots = append(gots, got{m.at.Truncate(time.Minute), strings.Join(cited(m.ans), ",")})
	}
	want := []got{
		{day(2025, 3, 9, 8, 0), "a0"},
		{day(2025, 3, 11, 8, 0), "a1,a2"}, // covers the missed 10th
		{day(2025, 3, 12, 11, 0), "a3"},   // caught up the same day
	}
	if !slices.Equal(gots, want) {
		t.Fatalf("deliveries %v, want %v", gots, want)
	}
	var dates []string
	for _, d := range ledger(t, e, 1) {
		dates = append(dates, d.LocalDate+":"+string(d.State))
	}
	if w := []string{"2025-03-09:sent", "2025-03-11:sent", "2025-03-12:sent"}; !slices.Equal(dates, w) {
		t.Fatalf("ledger %v, want %v", dates, w)
	}
}

func TestRetriesThenGivesUpForTheDay(t *testing.T) {
	e := newEnv(t, day(2025, 3, 10, 7, 0), Options{Workers: 1})
	e.command(user(1, "en"), "subscribe", "08:00 UTC")
	e.command(user(2, "en"), "subscribe", "08:00 UTC")
	e.articleAt(day(2025, 3, 10, 7, 30), "a1", "Day one", "Talks.")
	e.articleAt(day(2025, 3, 11, 7, 30), "a2", "Day two", "Talks.")
	failures := map[int64]int{1: 2, 2: 100} // chat 1 recovers on the third try
	e.snd.fault = func(chat int64, call int) error {
		if failures[chat] > 0 {
			failures[chat]--
			return fmt.Errorf(`Post "https://api.telegram.org/bot<token>/sendMessage": 502 Bad Gateway: %w`, ErrNotDelivered)
		}
		return nil
	}
	e.run(day(2025, 3, 10, 12, 0))

	if got := len(e.snd.messages(1)); got != 1 {
		t.Fatalf("chat 1 got %d digests after two failures", got)
	}
	if ds := ledger(t, e, 1); ds[0].State != store.DeliverySent || ds[0].Attempts != 3 {
		t.Fatalf("chat 1 ledger %+v", ds)
	}
	var tries []time.Time
	for _, a := range e.snd.attempts {
		if a.chat == 1 {
			tries = append(tries, a.at)
		}
	}
	if len(tries) != 3 || tries[1].Sub(tries[0]) < 2*time.Second || tries[2].Sub(tries[1]) < 4*time.Second {
		t.Fatalf("retries at %v: want backoff of 2s then 4s", tries)
	}
	ds := ledger(t, e, 2)
	if len(ds) != 1 || ds[0].State != store.DeliveryFailed || ds[0].Attempts != 3 {
		t.Fatalf("chat 2 ledger %+v", ds)
	}
	// The Sender keeps its secrets out of the error (the bot's test checks
	// that); the ledger keeps the cause.
	if !strings.Contains(ds[0].Error, "502") {
		t.Fatalf("ledger error lost the cause: %q", ds[0].Error)
	}
	// Nothing more that day; the next digest covers the failed day's articles.
	failures[2] = 0
	e.run(day(2025, 3, 11, 9, 0))
	msgs := e.snd.messages(2)
	if len(msgs) != 1 || strings.Join(cited(msgs[0].ans), ",") != "a1,a2" {
		t.Fatalf("chat 2 got %d digests (%v), want one with a1,a2 on the next day", len(msgs), msgs)
	}
}

// TestInDoubtSendsAreNotResent: a send whose outcome is unknown (a
// timeout, a connection lost mid-request) or that stopped after part of a
// long digest is tried once and recorded failed, even when the error also
// says "not delivered" about the later part; the next day's digest covers
// its articles, so none is lost.
func TestInDoubtSendsAreNotResent(t *testing.T) {
	for _, c := range []struct {
		name, ledgerErr string
		err             error
	}{
		{"timeout", "not resent: ", fmt.Errorf("send digest: Post \"https://api.telegram.org/sendMessage\": %w", context.DeadlineExceeded)},
		{"connection reset", "not resent: ", errors.New("send digest: read tcp 10.0.0.1:443: connection reset by peer")},
		{"part 2 of 3 failed", "partially delivered, not resent: part 2 of 3",
			&PartialError{Sent: 1, Parts: 3, Err: fmt.Errorf("telegram HTTP 502: %w", ErrNotDelivered)}},
		{"part 3 of 3 rate limited", "partially delivered",
			&PartialError{Sent: 2, Parts: 3, Err: &RetryAfterError{After: time.Hour}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, day(2025, 3, 10, 7, 0), Options{})
			e.command(user(1, "en"), "subscribe", "08:00 UTC")
			e.command(user(2, "en"), "subscribe", "08:00 UTC")
			e.articleAt(day(2025, 3, 10, 7, 30), "a1", "Day one", "Talks.")
			e.articleAt(day(2025, 3, 11, 7, 30), "a2", "Day two", "Talks.")
			fail := true
			e.snd.fault = func(chat int64, call int) error {
				if chat == 1 && fail {
					return c.err
				}
				return nil
			}
			e.run(day(2025, 3, 10, 23, 0))

			tries := 0
			for _, a := range e.snd.attempts {
				if a.chat == 1 {
					tries++
				}
			}
			if tries != 1 {
				t.Fatalf("chat 1 was sent to %d times, want once (at most once)", tries)
			}
			ds := ledger(t, e, 1)
			if len(ds) != 1 || ds[0].State != store.DeliveryFailed || ds[0].Attempts != 1 || !strings.Contains(ds[0].Error, c.ledgerErr) {
				t.Fatalf("chat 1 ledger %+v, want one failed attempt saying %q", ds, c.ledgerErr)
			}
			if got := len(e.snd.messages(2)); got != 1 {
				t.Fatalf("chat 2 got %d digests", got)
			}
			// The next day's digest starts from the last delivered one.
			fail = false
			e.run(day(2025, 3, 11, 9, 0))
			msgs := e.snd.messages(1)
			if len(msgs) != 1 || strings.Join(cited(msgs[0].ans), ",") != "a1,a2" {
				t.Fatalf("chat 1 got %v, want one digest citing a1,a2 on the next day", msgs)
			}
		})
	}
}

// TestShutdownDuringRetryBackoffReleases: a chat waiting to retry a send
// that certainly failed (5xx) when the process stops is released, not
// marked failed, so the next process sends it the same day.
func TestShutdownDuringRetryBackoffReleases(t *testing.T) {
	e := newEnv(t, day(2025, 3, 10, 7, 0), Options{Backoff: time.Minute})
	e.command(user(1, "en"), "subscribe", "08:00 UTC")
	e.articleAt(day(2025, 3, 10, 7, 30), "a1", "Day one", "Talks.")
	e.snd.fault = func(chat int64, call int) error {
		return fmt.Errorf("telegram HTTP 500: %w", ErrNotDelivered)
	}
	e.run(day(2025, 3, 10, 8, 0).Add(30 * time.Second)) // stops inside the one-minute backoff
	if ds := ledger(t, e, 1); len(ds) != 0 {
		t.Fatalf("ledger after shutdown %+v, want the row released", ds)
	}
	e.snd.fault = nil
	e.open()
	e.run(day(2025, 3, 10, 10, 0))
	if got := len(e.snd.messages(1)); got != 1 {
		t.Fatalf("chat 1 got %d digests after the restart, want 1", got)
	}
	if ds := ledger(t, e, 1); len(ds) != 1 || ds[0].State != store.DeliverySent {
		t.Fatalf("ledger %+v", ds)
	}
}

func TestNothingNew(t *testing.T) {
	for _, sendIt := range []bool{false, true} {
		t.Run(fmt.Sprint("SendNothingNew=", sendIt), func(t *testing.T) {
			e := newEnv(t, day(2025, 3, 10, 7, 0), Options{SendNothingNew: sendIt})
			e.command(user(1, "vi"), "subscribe", "08:00 UTC")
			e.run(day(2025, 3, 10, 9, 0))
			msgs := e.snd.messages(1)
			ds := ledger(t, e, 1)
			if !sendIt {
				if len(msgs) != 0 || len(ds) != 1 || ds[0].State != store.DeliverySkipped {
					t.Fatalf("messages %v ledger %+v: want nothing sent, a skipped row", msgs, ds)
				}
				return
			}
			if len(msgs) != 1 || msgs[0].ans.Note == "" || !strings.Contains(textOf(msgs[0].ans), "Không có bài mới") {
				t.Fatalf("messages %+v: want one localised nothing-new message", msgs)
			}
			if e.gen.Calls() != 0 {
				t.Fatal("the generator was called for an empty window")
			}
		})
	}
}

func TestOnlyTheLeaseHolderSends(t *testing.T) {
	e := newEnv(t, day(2025, 3, 10, 7, 0), Options{})
	for c := int64(1); c <= 10; c++ {
		e.command(user(c, "en"), "subscribe", "08:00 UTC")
	}
	e.addArticle("a1", "Talks", "Talks.")
	a := e.svc
	e.open() // a second process on the same data directory
	b := e.svc
	e.clk.Set(day(2025, 3, 10, 8, 0))
	ra, err := a.Tick(context.Background(), e.snd)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := b.Tick(context.Background(), e.snd)
	if err != nil {
		t.Fatal(err)
	}
	if !ra.Leased || rb.Leased || ra.Sent != 10 || rb.Sent != 0 || e.snd.total() != 10 {
		t.Fatalf("first %+v second %+v total %d", ra, rb, e.snd.total())
	}
}

func TestNowLeavesTheScheduleAlone(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, day(2025, 3, 10, 6, 0), Options{})
	e.command(user(1, "en"), "subscribe", "08:00 UTC")
	empty, err := e.svc.Now(ctx, user(1, "en"), 0)
	if err != nil || empty.Note == "" || !strings.Contains(textOf(empty), "Nothing new") {
		t.Fatalf("empty /digest: %+v %v", empty, err)
	}
	e.addArticle("a1", "Talks", "Talks.")
	e.clk.Advance(10 * time.Minute)
	got, err := e.svc.Now(ctx, user(1, "en"), 0)
	if err != nil || strings.Join(cited(got), ",") != "a1" || !strings.HasPrefix(textOf(got), "Mon 10 Mar 2025\n\n") {
		t.Fatalf("/digest: %+v %v", got, err)
	}
	if ds := ledger(t, e, 1); len(ds) != 0 {
		t.Fatalf("/digest wrote the ledger: %+v", ds)
	}
	e.run(day(2025, 3, 10, 9, 0))
	if msgs := e.snd.messages(1); len(msgs) != 1 || strings.Join(cited(msgs[0].ans), ",") != "a1" {
		t.Fatalf("scheduled digest after /digest: %+v", msgs)
	}
}

// An admin adds an article and a user asks for /digest a moment later: it is
// in, and a second article added after that is in the next /digest too (the
// shared cache never hides it).
func TestNowIncludesArticlesAddedJustNow(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, day(2025, 3, 10, 6, 2), Options{})
	e.addArticle("a1", "Talks", "Talks.")
	e.clk.Advance(time.Second)
	got, err := e.svc.Now(ctx, user(1, "en"), 0)
	if err != nil || strings.Join(cited(got), ",") != "a1" {
		t.Fatalf("/digest right after an add: %+v %v", got, err)
	}
	e.clk.Advance(30 * time.Second)
	e.addArticle("a2", "Sanctions", "Sanctions.")
	e.clk.Advance(time.Second)
	got, err = e.svc.Now(ctx, user(2, "en"), 0)
	if err != nil || strings.Join(cited(got), ",") != "a1,a2" {
		t.Fatalf("/digest after a second add: %+v %v", got, err)
	}
}

func TestRunRefusesASecondConcurrentRun(t *testing.T) {
	e := newEnv(t, day(2025, 3, 10, 6, 0), Options{})
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	blocking := &blockingClock{fakeClock: e.clk, entered: started, release: ctx.Done()}
	e.opt.Clock = blocking
	svc := New(e.st, e.gen, e.opt)
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx, e.snd) }()
	<-started
	if err := svc.Run(ctx, e.snd); err == nil {
		t.Fatal("a second Run started")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// blockingClock holds Run in its first wait until release, so a test can act
// while it is certainly running.
type blockingClock struct {
	*fakeClock
	entered chan struct{}
	release <-chan struct{}
	once    bool
}

func (c *blockingClock) After(d time.Duration) <-chan time.Time {
	if !c.once {
		c.once = true
		close(c.entered)
		<-c.release
	}
	return c.fakeClock.After(d)
}

// TestStalePlanNeverSendsTwice: a pass whose plan is stale (another process
// delivered some chats after it was made, as when a lease lapses mid-pass)
// sends only to the chats the ledger does not have yet.
func TestStalePlanNeverSendsTwice(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, day(2025, 3, 10, 7, 0), Options{})
	for c := int64(1); c <= 10; c++ {
		e.command(user(c, "en"), "subscribe", "08:00 UTC")
	}
	e.addArticle("a1", "Talks", "Talks.")
	e.clk.Set(day(2025, 3, 10, 8, 0))
	var rep TickReport
	if ok, err := e.svc.holdLease(ctx, &rep); err != nil || !ok {
		t.Fatal(ok, err)
	}
	jobs, err := e.svc.plan(ctx, e.clk.Now(), &rep)
	if err != nil || len(jobs) != 10 {
		t.Fatalf("plan: %d jobs, %v", len(jobs), err)
	}
	for c := int64(1); c <= 10; c += 2 { // someone else got there first
		d := store.Delivery{ChatID: c, LocalDate: "2025-03-10", DigestKey: "other", WindowStart: e.clk.Now(),
			WindowEnd: e.clk.Now(), CreatedAt: e.clk.Now()}
		if ok, err := e.st.BeginDelivery(ctx, d); err != nil || !ok {
			t.Fatal(ok, err)
		}
	}
	if err := e.svc.deliver(ctx, e.snd, jobs, &rep); err != nil {
		t.Fatal(err)
	}
	for c := int64(1); c <= 10; c++ {
		want := 1
		if c%2 == 1 {
			want = 0
		}
		if got := len(e.snd.messages(c)); got != want {
			t.Errorf("chat %d got %d digests from the stale plan, want %d", c, got, want)
		}
	}
}

// TestUnsubscribeDuringABroadcast: a chat that unsubscribes while the
// broadcast that planned it is still going gets nothing.
func TestUnsubscribeDuringABroadcast(t *testing.T) {
	e := newEnv(t, day(2025, 3, 10, 7, 0), Options{Workers: 1})
	for c := int64(1); c <= 10; c++ {
		e.command(user(c, "en"), "subscribe", "08:00 UTC")
	}
	e.addArticle("a1", "Talks", "Talks.")
	e.snd.after = func(chat int64, call int) {
		if call == 2 {
			if _, err := e.svc.Command(context.Background(), user(9, "en"), "unsubscribe", ""); err != nil {
				t.Error(err)
			}
		}
	}
	e.clk.Set(day(2025, 3, 10, 8, 0))
	rep, err := e.svc.Tick(context.Background(), e.snd)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(e.snd.messages(9)); got != 0 || rep.Sent != 9 {
		t.Fatalf("unsubscribed chat got %d digests; report %+v", got, rep)
	}
	if ds := ledger(t, e, 9); len(ds) != 0 {
		t.Fatalf("ledger row for the unsubscribed chat: %+v", ds)
	}
}
