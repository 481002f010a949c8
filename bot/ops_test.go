package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/digest"
	"github.com/detente/detente/ingest"
	"github.com/detente/detente/internal/faketg"
	"github.com/detente/detente/store"
)

func TestAdminCuration(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	h.cur.res = ingest.Result{Outcome: store.Added, Chunks: 3, Article: corpus.Article{ID: "a1", Title: "Talks in Riyadh",
		Source: "Reuters", Lang: "en", Published: pub1}}
	admin, adminChat := faketg.User(1000, "en"), faketg.PrivateChat(1000)
	mallory, malloryChat := faketg.User(666, "en"), faketg.PrivateChat(666)

	tests := []struct {
		name     string
		chat     models.Chat
		user     models.User
		text     string
		doc      []byte
		docName  string
		want     string // in the reply
		wantCall string // curator call, "" = none
	}{
		{"url", adminChat, admin, "/add https://example.org/a", nil, "", "ID: a1\nTitle: Talks in Riyadh\nOutlet: Reuters\nDate: 18 Feb 2025\nLanguage: English\nChunks: 3", "url:https://example.org/a"},
		{"pasted text", adminChat, admin, "/add Title line\nBody of the article.", nil, "", "✅ Added", "text:Title line\nBody of the article."},
		{"document", adminChat, admin, "/add", []byte("---\ntitle: T\n---\nbody"), "a.md", "✅ Added", "file:a.md:---\ntitle: T\n---\nbody"},
		{"wrong file type", adminChat, admin, "/add", []byte("%PDF"), "a.pdf", "Only .md, .txt and .html", ""},
		{"no argument", adminChat, admin, "/add", nil, "", "Usage: /add", ""},
		{"one line of text", adminChat, admin, "/add not a url but a note", nil, "", "title on the first line", ""},
		{"title without body", adminChat, admin, "/add Title line\n  \n", nil, "", "title on the first line", ""},
		{"bad page number", adminChat, admin, "/articles x", nil, "", "Usage: /articles [page]", ""},
		{"not a url", adminChat, admin, "/add ftp://example.org/x", nil, "", "does not look like a web address", ""},
		{"non-admin url", malloryChat, mallory, "/add https://example.org/a", nil, "", "only administrators", ""},
		{"non-admin file", malloryChat, mallory, "/add", []byte("x"), "a.txt", "only administrators", ""},
		{"non-admin remove", malloryChat, mallory, "/remove a1", nil, "", "only administrators", ""},
		{"non-admin stats", malloryChat, mallory, "/stats", nil, "", "only administrators", ""},
		{"remove", adminChat, admin, "/remove a1", nil, "", "Removed a1", "remove:a1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(h.cur.seen())
			n := len(h.tg.Messages(tt.chat.ID))
			if tt.doc != nil {
				h.tg.Push(h.tg.Document(tt.chat, tt.user, tt.text, tt.docName, tt.doc))
			} else {
				h.say(tt.chat, tt.user, tt.text)
			}
			h.wait("reply", func() bool {
				for _, m := range h.tg.Messages(tt.chat.ID)[n:] {
					if strings.Contains(m.Plain, tt.want) {
						return true
					}
				}
				return false
			})
			calls := h.cur.seen()[before:]
			if tt.wantCall == "" && len(calls) != 0 {
				t.Fatalf("curator called: %q", calls)
			}
			if tt.wantCall != "" && (len(calls) != 1 || calls[0] != tt.wantCall) {
				t.Fatalf("curator calls %q, want %q", calls, tt.wantCall)
			}
		})
	}

	t.Run("errors are explained", func(t *testing.T) {
		for _, c := range []struct {
			err  error
			want string
		}{
			{fmt.Errorf("fetch: %w", corpus.ErrBlockedAddress), "private or local network"},
			{fmt.Errorf("fetch: %w", corpus.ErrUnsupported), "not HTML or plain text"},
			{errors.New("dial tcp: connection refused"), "could not fetch that page"},
		} {
			h.cur.mu.Lock()
			h.cur.err = c.err
			h.cur.mu.Unlock()
			h.say(adminChat, admin, "/add https://example.org/"+c.want[:3])
			h.replyContaining(adminChat.ID, c.want)
		}
		h.cur.mu.Lock()
		h.cur.err = fmt.Errorf("remove x: %w", store.ErrNotFound)
		h.cur.mu.Unlock()
		h.say(adminChat, admin, "/remove nope")
		h.replyContaining(adminChat.ID, "no article with id nope")
	})
}

func TestLiteralPrivateAddressesRefusedUnlessAllowed(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.AllowPrivateFetch = false
	h := newHarness(t, harnessOpt{cfg: cfg})
	for _, u := range []string{"http://127.0.0.1/x", "http://localhost:8080/", "http://10.1.2.3/", "http://[::1]/", "http://169.254.169.254/latest"} {
		h.say(faketg.PrivateChat(1000), faketg.User(1000, "en"), "/add "+u)
	}
	h.wait("five refusals", func() bool {
		n := 0
		for _, s := range h.texts(1000) {
			if strings.Contains(s, "private or local network") {
				n++
			}
		}
		return n == 5
	})
	if calls := h.cur.seen(); len(calls) != 0 {
		t.Fatalf("curator called for private addresses: %q", calls)
	}
}

func TestSubscriptionCommandsAndDigests(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	h.say(faketg.PrivateChat(5), faketg.User(5, "vi"), "/subscribe 08:00")
	h.replyContaining(5, "Bot này chưa hỗ trợ điểm tin")

	d := &fakeDigests{now: synthDigest(1, "en", false)}
	h2 := newHarness(t, harnessOpt{digests: d})
	h2.say(faketg.PrivateChat(6), faketg.User(6, "en"), "/subscribe 08:00 Asia/Ho_Chi_Minh")
	h2.replyContaining(6, "subscribe 08:00 Asia/Ho_Chi_Minh for 6 in en")
	h2.say(faketg.PrivateChat(6), faketg.User(6, "en"), "/digest")
	m := h2.replyContaining(6, "Daily digest")
	if !strings.Contains(m.Plain, "1. Story 1 about the talks") || !strings.Contains(m.Plain, "Outlet 1") {
		t.Fatalf("digest = %q", m.Plain)
	}
}

func TestSendDigestMapsTelegramErrors(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	d := synthDigest(1, "vi", false)
	ctx := context.Background()
	if err := h.bot.SendDigest(ctx, 201, d); err != nil {
		t.Fatal(err)
	}
	if m := h.tg.Messages(201); len(m) != 1 || !strings.Contains(m[0].Plain, "Điểm tin hằng ngày") || !strings.Contains(m[0].Plain, "Outlet 1") {
		t.Fatalf("digest message = %+v", m)
	}

	h.tg.Inject(faketg.TooManyRequests("sendMessage", 4))
	err := h.bot.SendDigest(ctx, 202, d)
	var ra *digest.RetryAfterError
	if !errors.As(err, &ra) || ra.After != 4*time.Second {
		t.Fatalf("429: got %v", err)
	}
	if len(h.tg.Messages(202)) != 0 {
		t.Fatal("nothing should be sent on a 429")
	}
	// The chat stays paused: a retry before retry_after does not hit Telegram.
	calls := len(h.tg.Calls("sendMessage"))
	if err := h.bot.SendDigest(ctx, 202, d); !errors.As(err, &ra) {
		t.Fatalf("paused chat: got %v", err)
	}
	if len(h.tg.Calls("sendMessage")) != calls {
		t.Fatal("a paused chat was sent to")
	}

	h.tg.Inject(faketg.Blocked("sendMessage", 203))
	if err := h.bot.SendDigest(ctx, 203, d); !errors.Is(err, digest.ErrBlocked) {
		t.Fatalf("403: got %v", err)
	}
	if err := h.bot.SendDigest(ctx, 203, d); strings.Contains(fmt.Sprint(err), h.tg.Token) {
		t.Fatal("token in error")
	}
}

func freePort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestWebhookChecksSecretAndAnswersOnce(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.WebhookListen = freePort(t)
	cfg.WebhookURL = "https://bot.example.org/tg/hook"
	cfg.WebhookSecret = "s3cret-token"
	h := newHarness(t, harnessOpt{cfg: cfg})
	h.wait("setWebhook", func() bool { return len(h.tg.Calls("setWebhook")) == 1 })
	sw := h.tg.Calls("setWebhook")[0]
	if sw.Params["url"] != cfg.WebhookURL || sw.Params["secret_token"] != "s3cret-token" {
		t.Fatalf("setWebhook params %v", sw.Params)
	}
	if n := len(h.tg.Calls("getUpdates")); n != 0 {
		t.Fatalf("webhook mode polled %d times", n)
	}
	url := "http://" + cfg.WebhookListen + "/tg/hook"
	ctx := context.Background()
	u := h.tg.Text(faketg.PrivateChat(301), faketg.User(301, "en"), "via webhook")
	u.ID = 77

	if code, err := faketg.PostWebhook(ctx, url, "wrong", u); err != nil || code != http.StatusUnauthorized {
		t.Fatalf("wrong secret: %d %v", code, err)
	}
	if code, _ := faketg.PostWebhook(ctx, url, "", u); code != http.StatusUnauthorized {
		t.Fatalf("missing secret: %d", code)
	}
	h.idle()
	if len(h.ans.requests()) != 0 {
		t.Fatal("an update with a wrong secret was handled")
	}
	for range 2 { // Telegram retries; the second delivery must not answer again
		if code, err := faketg.PostWebhook(ctx, url, "s3cret-token", u); err != nil || code != http.StatusOK {
			t.Fatalf("right secret: %d %v", code, err)
		}
	}
	h.finalAnswer(301, 0)
	h.idle()
	if n := len(h.ans.requests()); n != 1 {
		t.Fatalf("answered %d times", n)
	}
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader("{not json"))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", "s3cret-token")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("garbage body: %v %v", resp, err)
	}
	resp.Body.Close()
}

func TestHealthReadinessAndMetrics(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.Listen = freePort(t)
	notReady := errors.New("index loading")
	var ready error
	h := newHarness(t, harnessOpt{cfg: cfg, ready: func(context.Context) error { return ready }})
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + cfg.Listen + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Fatalf("healthz %d", code)
	}
	if code, body := get("/readyz"); code != 200 {
		t.Fatalf("readyz %d %s", code, body)
	}
	ready = notReady
	code, body := get("/readyz")
	var r struct {
		Ready  bool     `json:"ready"`
		Failed []string `json:"failed"`
	}
	if code != 503 || json.Unmarshal([]byte(body), &r) != nil || len(r.Failed) != 1 || r.Failed[0] != "index" {
		t.Fatalf("readyz while not ready: %d %s", code, body)
	}
	ready = nil

	h.say(faketg.PrivateChat(401), faketg.User(401, "en"), "q")
	h.finalAnswer(401, 0)
	h.wait("question counted", func() bool {
		_, m := get("/metrics")
		return strings.Contains(m, `detente_questions_total{outcome="answered"} 1`)
	})
	_, m := get("/metrics")
	for _, want := range []string{`detente_stage_seconds_count{stage="first_output"} 1`, `detente_stage_seconds_bucket{stage="answer",le="+Inf"} 1`,
		`detente_telegram_requests_total{method="sendMessage",result="ok"}`, `detente_updates_total{type="message"} 1`,
		"# TYPE detente_stage_seconds histogram"} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %q:\n%s", want, m)
		}
	}
}

func TestShutdownFinishesAnswersInFlight(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{tgOpts: []faketg.Option{faketg.WithoutDrafts()}})
	started, release := make(chan struct{}), make(chan struct{})
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		close(started)
		<-release // ignores ctx on purpose: a model mid-answer
		return cannedAnswer(ctx, req, onDelta)
	}
	h.say(faketg.PrivateChat(501), faketg.User(501, "en"), "q")
	<-started
	stopped := make(chan error, 1)
	go func() { stopped <- h.stop() }()
	// The model finishes only once the bot has begun to shut down.
	h.wait("shutdown to begin", h.bot.dispatch.draining)
	close(release)
	if err := <-stopped; err != nil {
		t.Fatal(err)
	}
	msgs := h.tg.Messages(501)
	if len(msgs) != 1 || !strings.Contains(msgs[0].ReplyMarkup, "fb:1") {
		t.Fatalf("the answer in flight was not finished: %q", h.texts(501))
	}
	if h.tg.Pending() != 0 {
		t.Fatalf("%d updates left unacknowledged at shutdown", h.tg.Pending())
	}
}

func TestShutdownBoundInterruptsAndTellsQueued(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ShutdownTimeout = 200 * time.Millisecond
	h := newHarness(t, harnessOpt{cfg: cfg, tgOpts: []faketg.Option{faketg.WithoutDrafts()}})
	started := make(chan struct{}, 1)
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		started <- struct{}{}
		onDelta("Partial")
		<-ctx.Done()
		return answer.Answer{}, ctx.Err()
	}
	chat, user := faketg.PrivateChat(502), faketg.User(502, "en")
	h.say(chat, user, "first")
	<-started
	h.say(chat, user, "second, queued behind the first")
	h.wait("second queued", func() bool { return h.tg.Pending() == 0 && h.bot.dispatch.taken.Load() == 2 })
	t0 := time.Now()
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(t0); d > 3*time.Second {
		t.Errorf("stop took %v with a 200ms bound", d)
	}
	all := strings.Join(h.texts(502), "\n")
	if strings.Count(all, "restarting") != 2 {
		t.Fatalf("both the interrupted and the queued question should hear about the restart: %q", all)
	}
}

func TestPollerHonoursRetryAfterAndHidesToken(t *testing.T) {
	t.Parallel()
	tg := faketg.New()
	defer tg.Close()
	tg.Inject(faketg.TooManyRequests("getUpdates", 1))
	tg.Inject(faketg.Dropped("getUpdates"))
	h := newHarness(t, harnessOpt{tg: tg})
	h.say(faketg.PrivateChat(601), faketg.User(601, "en"), "q")
	h.finalAnswer(601, 0)
	polls := tg.Calls("getUpdates")
	var at429 time.Time
	for i, c := range polls {
		if c.Code == 429 {
			at429 = c.At
			if gap := polls[i+1].At.Sub(at429); gap < 950*time.Millisecond {
				t.Errorf("polled again %v after retry_after 1", gap)
			}
		}
	}
	if at429.IsZero() {
		t.Fatal("no 429 seen")
	}
	if !strings.Contains(h.logs.String(), "poll updates") {
		t.Errorf("poll errors not logged")
	}
	// The harness checks at cleanup that the token never reached the logs.
}

func TestBadTokenStopsRun(t *testing.T) {
	t.Parallel()
	tg := faketg.New()
	defer tg.Close()
	st, err := store.Open(context.Background(), t.TempDir()+"/d.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg := testConfig()
	cfg.Token, cfg.APIURL = "42:not-the-token", tg.URL
	b, err := New(cfg, Deps{Answerer: &fakeAnswerer{}, Store: st})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = b.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), "token was rejected") || strings.Contains(err.Error(), "not-the-token") {
		t.Fatalf("Run with a bad token: %v", err)
	}
}

func TestNewValidatesConfig(t *testing.T) {
	t.Parallel()
	st, err := store.Open(context.Background(), t.TempDir()+"/d.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ok := Deps{Answerer: &fakeAnswerer{}, Store: st}
	tests := []struct {
		name string
		cfg  Config
		deps Deps
		want string
	}{
		{"no token", Config{}, ok, "token is empty"},
		{"no answerer", Config{Token: "1:x"}, Deps{Store: st}, "no Answerer"},
		{"no store", Config{Token: "1:x"}, Deps{Answerer: &fakeAnswerer{}}, "no Store"},
		{"bad webhook", Config{Token: "1:x", WebhookURL: "not a url", WebhookListen: ":0"}, ok, "absolute http(s) URL"},
		{"webhook without listen", Config{Token: "1:x", WebhookURL: "https://x.org/h"}, ok, "needs a webhook listen address"},
		{"webhook on the metrics address", Config{Token: "1:x", WebhookURL: "https://x.org/h", Listen: ":8080", WebhookListen: ":8080"}, ok, "must differ"},
		{"bad webhook secret", Config{Token: "1:x", WebhookURL: "https://x.org/h", WebhookListen: ":0", WebhookSecret: "has space"}, ok, "webhook secret must be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg, tt.deps)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
		})
	}
}
