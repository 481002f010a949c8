package digest_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/bot"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/digest"
	"github.com/detente/detente/internal/fakeopenai"
	"github.com/detente/detente/internal/faketg"
	"github.com/detente/detente/llm"
	"github.com/detente/detente/store"
)

// These tests run the real pieces end to end: Telegram commands through the
// bot's poller into digest.Service, digests written by answer.Service with
// its go-openai client against a fake model server, and delivered by the
// bot's SendDigest to the fake Telegram server. Only the two remote services
// are fakes; the digest clock is simulated.

// noAnswers is the bot's Answerer; these tests ask no questions.
type noAnswers struct{}

func (noAnswers) Ask(context.Context, answer.Request, func(string)) (answer.Answer, error) {
	return answer.Answer{}, errors.New("no questions in digest tests")
}

// fakeModel answers every digest prompt with a cited summary in the
// language the system prompt asks for.
func fakeModel(t testing.TB) *fakeopenai.Server {
	ai := fakeopenai.New(t)
	ai.Respond(func(r fakeopenai.ChatRequest) fakeopenai.Reply {
		if strings.Contains(r.System(), "Vietnamese") {
			return fakeopenai.Text("Hai bên tiếp tục đàm phán [1].")
		}
		return fakeopenai.Text("Both sides kept talking [1].")
	})
	return ai
}

func newAnswers(ai *fakeopenai.Server) *answer.Service {
	return answer.New(nil, answer.Options{Model: answer.ModelOptions{Chat: llm.New(llm.Options{BaseURL: ai.URL(), APIKey: "test-key",
		Timeout: 10 * time.Second, MaxRetries: 1}, slog.New(slog.DiscardHandler))}, Logger: slog.New(slog.DiscardHandler)})
}

func newBot(t testing.TB, tg *faketg.Server, st *store.Store, d bot.Digests) *bot.Bot {
	t.Helper()
	b, err := bot.New(bot.Config{Token: faketg.DefaultToken, APIURL: tg.URL, PollTimeout: time.Second,
		GlobalPerSecond: 1_000_000}, // the digest scheduler paces on its simulated clock
		bot.Deps{Answerer: noAnswers{}, Store: st, Digests: d, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func putArticle(t *testing.T, st *store.Store, id, title, body string) {
	t.Helper()
	a := corpus.Article{ID: id, Title: title, URL: "https://example.com/" + id, Source: "TASS", Lang: "en",
		Published: time.Date(2025, 3, 8, 0, 0, 0, 0, time.UTC), Body: body, Hash: corpus.BodyHash(body)}
	if _, err := st.PutArticle(context.Background(), a, nil, nil, ""); err != nil {
		t.Fatal(err)
	}
}

// waitMessages waits until chat has n messages from the bot.
func waitMessages(t *testing.T, tg *faketg.Server, chat int64, n int) []faketg.Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := tg.Wait(ctx, func() bool { return len(tg.Messages(chat)) >= n }); err != nil {
		t.Fatalf("chat %d: %v; messages: %+v", chat, err, tg.Messages(chat))
	}
	return tg.Messages(chat)
}

func TestEndToEndThroughTelegram(t *testing.T) {
	ctx := context.Background()
	tg := faketg.New()
	t.Cleanup(tg.Close)
	ai := fakeModel(t)
	// Saturday 8 March, 14:00 UTC: every chat's time today has passed.
	clk := digest.NewFakeClock(time.Date(2025, 3, 8, 14, 0, 0, 0, time.UTC))
	st, err := store.OpenWith(ctx, t.TempDir()+"/detente.db", store.Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	svc := digest.New(st, newAnswers(ai), digest.Options{Clock: clk, Logger: slog.New(slog.DiscardHandler)})
	b := newBot(t, tg, st, svc)

	// Subscribing happens in Telegram, through the bot.
	botCtx, stopBot := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := b.Run(botCtx); err != nil {
			t.Errorf("bot: %v", err)
		}
	}()
	subs := []struct {
		chat int64
		lang string
		cmd  string
		want string
	}{
		{101, "en", "/subscribe 08:00 Europe/Moscow full", "Subscribed: a daily digest of new articles at 08:00 (Europe/Moscow)."},
		{102, "vi", "/subscribe 15:00 Asia/Ho_Chi_Minh full trừng phạt", "Chủ đề: chỉ các bài về “trừng phạt”."},
		{103, "en", "/subscribe 08:00 America/New_York", "Next digest: tomorrow at 08:00."},
		{104, "en", "/subscribe 07:00 UTC", "Subscribed"},
		{105, "en", "/subscribe 07:00 UTC", "Subscribed"},
	}
	for _, s := range subs {
		tg.Push(tg.Text(faketg.PrivateChat(s.chat), faketg.User(s.chat, s.lang), s.cmd))
	}
	for _, s := range subs {
		if got := waitMessages(t, tg, s.chat, 1)[0].Plain; !strings.Contains(got, s.want) {
			t.Errorf("chat %d: reply %q, want it to contain %q", s.chat, got, s.want)
		}
	}

	clk.Set(time.Date(2025, 3, 8, 18, 0, 0, 0, time.UTC))
	putArticle(t, st, "riyadh", "Lavrov and Rubio meet in Riyadh", "The two ministers talked for four hours.")
	putArticle(t, st, "sanctions", "Mỹ gia hạn trừng phạt ngân hàng Nga", "Bộ Tài chính Mỹ cho biết lệnh trừng phạt được gia hạn.")
	tg.Inject(faketg.Blocked("sendMessage", 104))
	tg.Inject(faketg.Fault{Method: "sendMessage", ChatID: 103, Code: 500, Description: "Internal Server Error"})
	tg.Inject(faketg.Fault{Method: "sendMessage", ChatID: 105, Drop: true})
	clk.At(time.Date(2025, 3, 9, 20, 0, 0, 0, time.UTC), func() {
		putArticle(t, st, "summit", "Summit date set", "A summit will be held in June.")
	})

	// 9 March: 05:00 UTC Moscow, 07:00 UTC chat 104, 08:00 UTC Hanoi, and
	// 12:00 UTC New York (the first day of daylight saving time there).
	runCtx, stopRun := context.WithCancel(ctx)
	clk.StopAt(time.Date(2025, 3, 9, 23, 0, 0, 0, time.UTC), stopRun)
	if err := svc.Run(runCtx, b); err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct {
		chat  int64
		texts []string
	}{
		{101, []string{"📰 Daily digest", "Sun 9 Mar 2025", "Both sides kept talking [1].", "Lavrov and Rubio meet in Riyadh"}},
		{102, []string{"📰 Điểm tin hằng ngày", "Ngày 09/03/2025 · chủ đề: trừng phạt", "Hai bên tiếp tục đàm phán [1].", "Mỹ gia hạn trừng phạt"}},
		// The short form: one line per story, no written summary.
		{103, []string{"Sun 9 Mar 2025", "1. Lavrov and Rubio meet in Riyadh — The two ministers talked for four hours."}},
	} {
		msgs := tg.Messages(c.chat)
		if len(msgs) != 2 {
			t.Errorf("chat %d: %d messages, want the reply and one digest: %+v", c.chat, len(msgs), msgs)
			continue
		}
		for _, want := range c.texts {
			if !strings.Contains(msgs[1].Plain, want) {
				t.Errorf("chat %d digest lacks %q:\n%s", c.chat, want, msgs[1].Plain)
			}
		}
	}
	if got := tg.Messages(103)[1].Plain; strings.Contains(got, "Both sides kept talking") {
		t.Errorf("the short digest carries the long form's summary:\n%s", got)
	}
	if got := tg.Messages(102)[1].Plain; strings.Contains(got, "Riyadh") {
		t.Errorf("the topic digest carries an article off its topic:\n%s", got)
	}
	ds, err := st.Deliveries(ctx, 103)
	if err != nil || len(ds) != 1 || ds[0].State != store.DeliverySent || ds[0].Attempts != 2 || ds[0].LocalDate != "2025-03-09" {
		t.Errorf("chat 103 (a 500, then delivered) ledger %+v %v", ds, err)
	}
	// A dropped connection leaves the outcome unknown: not resent.
	if ds, err := st.Deliveries(ctx, 105); err != nil || len(ds) != 1 || ds[0].State != store.DeliveryFailed ||
		ds[0].Attempts != 1 || !strings.Contains(ds[0].Error, "not resent") {
		t.Errorf("chat 105 (connection dropped) ledger %+v %v", ds, err)
	}
	if got := len(callsTo(tg, 105)); got != 2 {
		t.Errorf("chat 105: %d sendMessage calls, want the reply and the dropped digest", got)
	}
	if sub, err := st.Subscription(ctx, 104); err != nil || sub.Active {
		t.Errorf("chat 104 blocked the bot but is still subscribed: %+v %v", sub, err)
	}
	// Four windows (Moscow, UTC, Hanoi with its topic, New York); the
	// model was asked once for each of the two that full-form chats read
	// (Moscow, Hanoi), and not for the short ones.
	if n := len(ai.ChatRequests()); n != 2 {
		t.Errorf("%d model calls, want 2", n)
	}

	// /digest through the bot covers the last 24 hours and does not touch
	// the schedule.
	tg.Push(tg.Text(faketg.PrivateChat(101), faketg.User(101, "en"), "/digest"))
	if got := waitMessages(t, tg, 101, 3)[2].Plain; !strings.Contains(got, "Summit date set") || strings.Contains(got, "Riyadh") {
		t.Errorf("/digest: %q", got)
	}
	if ds, _ := st.Deliveries(ctx, 101); len(ds) != 1 {
		t.Errorf("/digest wrote the ledger: %+v", ds)
	}
	stopBot()
	wg.Wait()
}

// TestTelegramFloodControl: Telegram answers a burst of 429s with
// retry_after; every subscriber still gets exactly one digest, and nothing
// is sent to Telegram before retry_after has passed. retry_after is whole
// seconds and the bot keeps its own wall-clock pause per chat, so this test
// waits for real (about 2 s); the scheduling logic is covered on the
// simulated clock in TestRateLimitBurstSlowsButLosesNobody.
func TestTelegramFloodControl(t *testing.T) {
	if testing.Short() {
		t.Skip("waits out two real 1 s retry_after pauses")
	}
	ctx := context.Background()
	tg := faketg.New()
	t.Cleanup(tg.Close)
	clk := &wallClock{FakeClock: digest.NewFakeClock(time.Date(2025, 3, 9, 7, 0, 0, 0, time.UTC))}
	st, err := store.OpenWith(ctx, t.TempDir()+"/detente.db", store.Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	svc := digest.New(st, newAnswers(fakeModel(t)), digest.Options{Clock: clk, Rate: 200, Workers: 2,
		Logger: slog.New(slog.DiscardHandler)})
	b := newBot(t, tg, st, svc)
	const n = 12
	for c := int64(1); c <= n; c++ {
		if _, err := svc.Command(ctx, digest.User{ChatID: c, UserID: c, Lang: "en"}, "subscribe", "08:00 UTC"); err != nil {
			t.Fatal(err)
		}
	}
	putArticle(t, st, "riyadh", "Lavrov and Rubio meet in Riyadh", "The two ministers talked for four hours.")
	clk.Set(time.Date(2025, 3, 9, 8, 0, 0, 0, time.UTC))
	tg.Inject(faketg.Fault{Method: "sendMessage", Times: 2, Code: 429, RetryAfter: 1,
		Description: "Too Many Requests: retry after 1"})
	rep, err := svc.Tick(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Sent != n || rep.Failed != 0 {
		t.Fatalf("report %+v", rep)
	}
	for c := int64(1); c <= n; c++ {
		if got := len(tg.Messages(c)); got != 1 {
			t.Errorf("chat %d got %d digests", c, got)
		}
	}
	calls := tg.Calls("sendMessage")
	for i, c := range calls {
		if c.Code != 429 {
			continue
		}
		for _, later := range calls[i+1:] {
			if later.Int64("chat_id") == c.Int64("chat_id") && later.At.Sub(c.At) < time.Second {
				t.Errorf("chat %d: sent again %v after a 429 with retry_after 1", c.Int64("chat_id"), later.At.Sub(c.At))
			}
		}
	}
}

// wallClock is the simulated clock whose waits also pass in real time, for
// the one test where the bot's own wall-clock pauses take part.
type wallClock struct{ *digest.FakeClock }

func (c *wallClock) After(d time.Duration) <-chan time.Time {
	<-time.After(d)
	return c.FakeClock.After(d)
}

// BenchmarkBroadcast10kTelegram is BenchmarkBroadcast10k through the real
// bot's SendDigest to the fake Telegram server over loopback HTTP, with the
// digests written by answer.Service against a fake model server. model-calls
// counts the requests the model server received. The fake servers run in
// the same process, so their memory is in peak-heap-MB too.
func BenchmarkBroadcast10kTelegram(b *testing.B) {
	tg := faketg.New()
	b.Cleanup(tg.Close)
	ai := fakeModel(b)
	bc := digest.NewBroadcast(b, 10_000, digest.Options{}, newAnswers(ai))
	bt := newBot(b, tg, bc.Store(), bc.Service())
	digest.RunBroadcast(b, bc, func() digest.Sender { return bt })
	b.ReportMetric(float64(len(ai.ChatRequests()))/float64(b.N), "model-calls/op")
}

// callsTo is the sendMessage calls Telegram received for chat, failed ones
// included.
func callsTo(tg *faketg.Server, chat int64) []faketg.Call {
	var out []faketg.Call
	for _, c := range tg.Calls("sendMessage") {
		if c.Int64("chat_id") == chat {
			out = append(out, c)
		}
	}
	return out
}

// titlesGen writes a digest that names every article it covers, so a test
// can tell which window a delivered digest had. English digests get two
// paragraphs of 2,600 characters, so the bot sends them in two messages.
type titlesGen struct{}

func (titlesGen) Digest(_ context.Context, arts []corpus.Article, lang string) (answer.Answer, error) {
	var b strings.Builder
	for _, a := range arts {
		b.WriteString(a.Title + " [1]. ")
	}
	if lang == "en" {
		para := strings.Repeat("The talks went on for hours. ", 90)
		b.WriteString("\n\n" + para + "\n\n" + para)
	}
	return answer.Answer{Text: b.String(), Lang: lang,
		Citations: []answer.Citation{{N: 1, ArticleID: arts[0].ID, Title: arts[0].Title, URL: arts[0].URL, Source: arts[0].Source}}}, nil
}

// TestTelegramInDoubtSendsAreNotResent runs digests through the real bot
// to the fake Telegram server while it times out, drops connections and
// fails single parts of a two-part digest. A send whose outcome is unknown
// is never repeated; a failure on part 2 never repeats part 1; a 5xx
// (Telegram did not act) is retried. The next day's digest of a chat whose
// digest was in doubt covers the articles again.
func TestTelegramInDoubtSendsAreNotResent(t *testing.T) {
	ctx := context.Background()
	tg := faketg.New()
	t.Cleanup(tg.Close)
	clk := digest.NewFakeClock(time.Date(2025, 3, 9, 7, 0, 0, 0, time.UTC))
	st, err := store.OpenWith(ctx, t.TempDir()+"/detente.db", store.Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	svc := digest.New(st, titlesGen{}, digest.Options{Clock: clk, Logger: slog.New(slog.DiscardHandler)})
	b, err := bot.New(bot.Config{Token: faketg.DefaultToken, APIURL: tg.URL, PollTimeout: time.Second,
		CallTimeout: 300 * time.Millisecond, GlobalPerSecond: 1_000_000},
		bot.Deps{Answerer: noAnswers{}, Store: st, Digests: svc, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	slow := faketg.Fault{Method: "sendMessage", Delay: 5 * time.Second, Handle: true} // outlives CallTimeout
	pass := faketg.Fault{Method: "sendMessage", Handle: true}                         // handled normally
	fail500 := faketg.ServerError("sendMessage")
	drop := faketg.Dropped("sendMessage")
	cases := []struct {
		chat   int64
		lang   string // "en" chats get the full form, in two parts
		faults []faketg.Fault
		calls  int // sendMessage calls Telegram answered (a call cut off by the deadline is not counted)
		parts  int // messages the chat got
		state  store.DeliveryState
		tries  int
	}{
		// Each fault is for one call: a resend would have been delivered.
		{201, "vi", []faketg.Fault{slow}, 0, 0, store.DeliveryFailed, 1},
		{202, "vi", []faketg.Fault{drop}, 1, 0, store.DeliveryFailed, 1},
		{203, "vi", []faketg.Fault{fail500}, 2, 1, store.DeliverySent, 2},
		{204, "en", []faketg.Fault{pass, drop}, 2, 1, store.DeliveryFailed, 1},
		{205, "en", []faketg.Fault{pass, slow}, 1, 1, store.DeliveryFailed, 1},
		{206, "en", []faketg.Fault{pass, fail500}, 3, 2, store.DeliverySent, 1},
		{207, "en", []faketg.Fault{fail500}, 3, 2, store.DeliverySent, 2},
	}
	for _, c := range cases {
		size := "short" // one message
		if c.lang == "en" {
			size = "full" // the summary makes two
		}
		if _, err := svc.Command(ctx, digest.User{ChatID: c.chat, UserID: c.chat, Lang: c.lang}, "subscribe", "08:00 UTC "+size); err != nil {
			t.Fatal(err)
		}
		for _, f := range c.faults {
			f.ChatID = c.chat
			tg.Inject(f)
		}
	}
	putArticle(t, st, "riyadh", "Lavrov and Rubio meet in Riyadh", "The two ministers talked for four hours.")
	clk.Set(time.Date(2025, 3, 9, 8, 0, 0, 0, time.UTC))
	if _, err := svc.Tick(ctx, b); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		msgs := tg.Messages(c.chat)
		if got := len(callsTo(tg, c.chat)); got != c.calls || len(msgs) != c.parts {
			t.Errorf("chat %d: %d sendMessage calls and %d messages, want %d and %d", c.chat, got, len(msgs), c.calls, c.parts)
		}
		if len(msgs) > 0 && !strings.Contains(msgs[0].Plain, "Daily digest") && !strings.Contains(msgs[0].Plain, "Điểm tin") {
			t.Errorf("chat %d: the first message is not the digest's first part: %q", c.chat, msgs[0].Plain)
		}
		ds, err := st.Deliveries(ctx, c.chat)
		if err != nil || len(ds) != 1 || ds[0].State != c.state || ds[0].Attempts != c.tries {
			t.Errorf("chat %d ledger %+v %v, want %s after %d tries", c.chat, ds, err, c.state, c.tries)
		}
	}
	if t.Failed() {
		return
	}

	// The next day: the chats whose digest was in doubt are sent one that
	// covers yesterday's article again; the others only today's.
	tg.ClearFaults()
	putArticle(t, st, "summit", "Summit date set", "A summit will be held in June.")
	clk.Set(time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC))
	if _, err := svc.Tick(ctx, b); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		msgs := tg.Messages(c.chat)
		if len(msgs) <= c.parts {
			t.Errorf("chat %d got no digest on the next day", c.chat)
			continue
		}
		next := msgs[c.parts].Plain
		if again := strings.Contains(next, "Riyadh"); again != (c.state == store.DeliveryFailed) || !strings.Contains(next, "Summit date set") {
			t.Errorf("chat %d (yesterday %s): next day's digest covers Riyadh again = %v:\n%.300s", c.chat, c.state, again, next)
		}
	}
}
