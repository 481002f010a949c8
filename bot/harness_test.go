package bot

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/digest"
	"github.com/detente/detente/ingest"
	"github.com/detente/detente/internal/faketg"
	"github.com/detente/detente/store"
)

// fakeAnswerer answers with fn (default: a fixed cited answer, streamed in
// a few deltas) and records every request.
type fakeAnswerer struct {
	mu       sync.Mutex
	reqs     []answer.Request
	inFlight map[string]int // question -> concurrent calls (ordering checks)
	maxPar   int
	fn       func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error)
}

func (f *fakeAnswerer) Ask(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
	f.mu.Lock()
	f.reqs = append(f.reqs, req)
	fn := f.fn
	f.mu.Unlock()
	if fn == nil {
		fn = cannedAnswer
	}
	return fn(ctx, req, onDelta)
}

func (f *fakeAnswerer) requests() []answer.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]answer.Request(nil), f.reqs...)
}

var (
	pub1 = time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
	cite = []answer.Citation{
		{N: 1, ArticleID: "riyadh-talks", Title: "US and Russia agree to restore embassies", URL: "https://example.org/riyadh?a=1&b=2",
			Source: "Reuters", Lang: "en", Published: pub1, Passage: "Delegations met in Riyadh and agreed to restore embassy staffing."},
		{N: 2, ArticleID: "vn-1", Title: "Nga – Mỹ đàm phán tại Riyadh", URL: "https://example.vn/bai-1",
			Source: "TTXVN", Lang: "vi", Published: pub1, Passage: "Hai bên nhất trí khôi phục hoạt động của các đại sứ quán."},
	}
)

// cannedAnswer streams a short cited answer in the question's language.
func cannedAnswer(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
	txt := "They agreed to restore embassy staffing [1]. Talks continue [2]."
	lang := "en"
	if req.Lang == "vi" || strings.ContainsAny(req.Question, "ạảấầẩẫậắằẳẵặđêếềểễệốồổỗộơớờởỡợưứừửữự") {
		txt, lang = "Hai bên nhất trí khôi phục hoạt động đại sứ quán [1]. Đàm phán tiếp tục [2].", "vi"
	}
	for _, w := range strings.SplitAfter(txt, " ") {
		if onDelta != nil {
			onDelta(w)
		}
	}
	return answer.Answer{Text: txt, Lang: lang, Citations: cite, Sources: cite, Query: req.Question}, nil
}

// fakeCurator records calls and returns res/err.
type fakeCurator struct {
	mu    sync.Mutex
	calls []string
	res   ingest.Result
	err   error
}

func (c *fakeCurator) record(s string) (ingest.Result, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls = append(c.calls, s)
	return c.res, c.err
}
func (c *fakeCurator) AddURL(_ context.Context, u string) (ingest.Result, error) {
	return c.record("url:" + u)
}
func (c *fakeCurator) AddText(_ context.Context, t string) (ingest.Result, error) {
	return c.record("text:" + t)
}
func (c *fakeCurator) AddFile(_ context.Context, name string, data []byte) (ingest.Result, error) {
	return c.record("file:" + name + ":" + string(data))
}
func (c *fakeCurator) Remove(_ context.Context, id string) error {
	_, err := c.record("remove:" + id)
	return err
}
func (c *fakeCurator) seen() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.calls...)
}

// fakeDigests answers subscription commands with a fixed text and /digest
// with a fixed digest at the page asked for.
type fakeDigests struct {
	now  digest.Digest
	nows atomic.Int64 // calls of Now
}

func (d *fakeDigests) Command(_ context.Context, u digest.User, cmd, args string) (string, error) {
	return fmt.Sprintf("%s %s for %d in %s", cmd, args, u.ChatID, u.Lang), nil
}
func (d *fakeDigests) Page(_ context.Context, _ digest.User, start, end time.Time, page int) (digest.Digest, error) {
	out := d.now
	if !start.Equal(out.Start) || !end.Equal(out.End) {
		return digest.Digest{}, fmt.Errorf("fake digests: window %v..%v, want %v..%v", start, end, out.Start, out.End)
	}
	out.Full, out.Page = false, page
	return out, nil
}

func (d *fakeDigests) Now(_ context.Context, _ digest.User, page int) (digest.Digest, error) {
	d.nows.Add(1)
	out := d.now
	if page > 0 {
		out.Full, out.Page = false, page
	}
	return out, nil
}

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type harness struct {
	t     *testing.T
	tg    *faketg.Server
	st    *store.Store
	dbDir string
	ans   *fakeAnswerer
	cur   *fakeCurator
	bot   *Bot
	logs  *syncBuffer
	clk   *fakeClock // nil: the bot runs on the system clock
	stop  func() error
}

type harnessOpt struct {
	cfg     Config
	tgOpts  []faketg.Option
	digests Digests
	ready   func(context.Context) error
	noStart bool
	tg      *faketg.Server
	st      *store.Store
	// fakeClock runs the bot (and the fake server's timestamps) on a
	// simulated clock that the test moves (h.clk).
	fakeClock bool
}

// testConfig is fast pacing for tests; behaviour is the same at any scale.
func testConfig() Config {
	return Config{
		Admins:            []int64{1000},
		EditInterval:      50 * time.Millisecond,
		GroupEditInterval: 150 * time.Millisecond,
		PollTimeout:       2 * time.Second,
		CallTimeout:       3 * time.Second,
		ShutdownTimeout:   3 * time.Second,
		GlobalPerSecond:   1000,
		RatePerMinute:     600,
		Burst:             50,
		AllowPrivateFetch: true,
	}
}

func newHarness(t *testing.T, o harnessOpt) *harness {
	t.Helper()
	h := &harness{t: t, ans: &fakeAnswerer{}, cur: &fakeCurator{}, logs: &syncBuffer{}}
	var clock Clock
	if o.fakeClock {
		h.clk = newFakeClock(time.Now())
		clock = h.clk
		o.tgOpts = append(o.tgOpts, faketg.WithClock(h.clk.Now))
	}
	h.tg = o.tg
	if h.tg == nil {
		h.tg = faketg.New(o.tgOpts...)
		t.Cleanup(h.tg.Close)
	}
	h.st = o.st
	if h.st == nil {
		h.dbDir = t.TempDir()
		st, err := store.Open(context.Background(), filepath.Join(h.dbDir, "detente.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		h.st = st
	}
	cfg := o.cfg
	if cfg.EditInterval == 0 {
		cfg = testConfig()
	}
	cfg.Token, cfg.APIURL = h.tg.Token, h.tg.URL
	logger := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	b, err := New(cfg, Deps{Answerer: h.ans, Curator: h.cur, Store: h.st, Digests: o.digests, Logger: logger, Ready: o.ready,
		DetectLang: detectForTests, Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	h.bot = b
	if !o.noStart {
		h.start()
	}
	return h
}

// detectForTests tells Vietnamese (by its letters) from English; the real
// detector is corpus's and is tested there.
func detectForTests(s string) string {
	if strings.ContainsAny(strings.ToLower(s), "ạảấầẩẫậắằẳẵặđêếềểễệốồổỗộơớờởỡợưứừửữựàáâãèéìíòóôõùúýă") {
		return "vi"
	}
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return "en"
}

func (h *harness) start() {
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- h.bot.Run(ctx) }()
	var once sync.Once
	var runErr error
	h.stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-errc:
			case <-time.After(20 * time.Second):
				runErr = fmt.Errorf("Run did not return")
			}
		})
		return runErr
	}
	h.t.Cleanup(func() {
		if err := h.stop(); err != nil {
			h.t.Errorf("Run: %v", err)
		}
		if strings.Contains(h.logs.String(), h.tg.Token) {
			h.t.Errorf("the bot token appeared in the logs")
		}
	})
	// Ready once the command menu is registered (getMe done).
	h.wait("bot start", func() bool { return len(h.tg.Calls("setMyCommands")) > 0 })
}

func (h *harness) wait(what string, cond func() bool) {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := h.tg.Wait(ctx, cond); err != nil {
		h.t.Fatalf("waiting for %s: %v\nlogs:\n%s", what, err, h.logs.String())
	}
}

// idle waits until every update pushed has been taken and handled.
func (h *harness) idle() {
	h.t.Helper()
	h.wait("the bot to be idle", func() bool { return h.tg.Pending() == 0 && h.bot.dispatch.idle() })
}

// drive moves the simulated clock through the bot's waits (flood-control
// pauses, retries, edit intervals) of up to within each until cond holds.
func (h *harness) drive(what string, within time.Duration, cond func() bool) {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := h.clk.drive(ctx, within, cond); err != nil {
		h.t.Fatalf("driving the clock until %s: %v\nlogs:\n%s", what, err, h.logs.String())
	}
}

// streamed is called by a fake Answerer after its i-th delta to chat: it
// waits until the bot has taken it, i.e. shown the first text, or waits
// out its edit interval on the clock for a later one. Then the Answerer
// may move the clock on, and the stream's pacing is the same however fast
// goroutines run.
func (h *harness) streamed(ctx context.Context, chat int64, i int) {
	var err error
	if i == 0 {
		err = h.tg.Wait(ctx, func() bool { return len(h.tg.Drafts(chat))+len(h.tg.Messages(chat)) > 0 })
	} else {
		err = h.clk.waitTimer(ctx, max(h.bot.cfg.EditInterval, h.bot.cfg.GroupEditInterval))
	}
	if err != nil {
		h.t.Errorf("delta %d: the stream did not take it: %v", i, err)
	}
}

// say pushes a text message from user in chat.
func (h *harness) say(chat models.Chat, user models.User, text string) *models.Update {
	u := h.tg.Text(chat, user, text)
	h.tg.Push(u)
	return u
}

// final waits until chat has a message with the feedback buttons (a
// finished answer) beyond the first `after` messages, and returns it.
func (h *harness) finalAnswer(chat int64, after int) faketg.Message {
	h.t.Helper()
	var got faketg.Message
	h.wait(fmt.Sprintf("a finished answer in chat %d", chat), func() bool {
		msgs := h.tg.Messages(chat)
		for _, m := range msgs[min(after, len(msgs)):] {
			if strings.Contains(m.ReplyMarkup, "fb:1") {
				got = m
				return true
			}
		}
		return false
	})
	return got
}

// replyContaining waits for a bot message in chat whose visible text contains s.
func (h *harness) replyContaining(chat int64, s string) faketg.Message {
	h.t.Helper()
	var got faketg.Message
	h.wait(fmt.Sprintf("a message containing %q in chat %d", s, chat), func() bool {
		for _, m := range h.tg.Messages(chat) {
			if strings.Contains(m.Plain, s) {
				got = m
				return true
			}
		}
		return false
	})
	return got
}

// texts returns the visible texts of the bot's messages in chat.
func (h *harness) texts(chat int64) []string {
	var out []string
	for _, m := range h.tg.Messages(chat) {
		out = append(out, m.Plain)
	}
	return out
}

// turnOf waits until the answer in message id is stored as a turn.
func (h *harness) turnOf(chat int64, id int) store.Turn {
	h.t.Helper()
	var turn store.Turn
	h.wait("the turn to be stored", func() bool {
		var err error
		turn, err = h.st.TurnByMessage(context.Background(), chat, id)
		return err == nil
	})
	return turn
}
