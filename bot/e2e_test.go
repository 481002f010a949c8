package bot_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/bot"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/ingest"
	"github.com/detente/detente/internal/fakeopenai"
	"github.com/detente/detente/internal/faketg"
	"github.com/detente/detente/llm"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

// e2e is the real pipeline (store, retrieval with the local embedder,
// ingest with a real fetcher, answer over go-openai) behind the bot, with
// only the remote services faked: Telegram and the model server.
type e2e struct {
	t     *testing.T
	tg    *faketg.Server
	model *fakeopenai.Server
	st    *store.Store
	mu    sync.Mutex
	asked []string // questions the model was asked to answer (last user message)
}

const adminID = 4000

func newE2E(t *testing.T) *e2e {
	t.Helper()
	ctx := context.Background()
	e := &e2e{t: t, tg: faketg.New(), model: fakeopenai.New(t)}
	t.Cleanup(e.tg.Close)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "detente.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e.st = st
	eng, err := retrieval.Open(ctx, st, retrieval.NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	ing := ingest.New(st, eng, corpus.NewFetcher(corpus.FetchOptions{AllowPrivate: true, Timeout: 5 * time.Second}))
	if n, err := ing.SeedIfEmpty(ctx); err != nil || n == 0 {
		t.Fatalf("seed: %d %v", n, err)
	}
	e.model.Respond(e.respond)
	ans := answer.New(eng, answer.Options{Model: answer.ModelOptions{Chat: llm.New(llm.Options{APIKey: "sk-test-key", BaseURL: e.model.URL()}, slog.New(slog.DiscardHandler)), Model: "test-model"}})

	b, err := bot.New(bot.Config{
		Token: e.tg.Token, APIURL: e.tg.URL, Admins: []int64{adminID}, AllowPrivateFetch: true,
		EditInterval: 50 * time.Millisecond, GroupEditInterval: 100 * time.Millisecond,
		PollTimeout: 2 * time.Second, GlobalPerSecond: 1000, RatePerMinute: 600, Burst: 20,
	}, bot.Deps{Answerer: ans, Curator: ing, Store: st})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	errc := make(chan error, 1)
	go func() { errc <- b.Run(runCtx) }()
	t.Cleanup(func() {
		stop()
		if err := <-errc; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	e.wait("bot start", func() bool { return len(e.tg.Calls("setMyCommands")) > 0 })
	return e
}

var numbered = regexp.MustCompile(`(?m)^\[(\d+)\] [^\n]*`)

// respond plays the model: rewrites and translations get a plain answer;
// an answer request cites source [1] in the language the prompt asks for,
// naming the first source's title so tests can see which one it was.
func (e *e2e) respond(r fakeopenai.ChatRequest) fakeopenai.Reply {
	u := r.LastUser()
	switch {
	case strings.HasPrefix(u, "Rewrite the follow-up"):
		return fakeopenai.Text("What did Russia and the United States agree in their talks?")
	case strings.HasPrefix(u, "Translate"):
		return fakeopenai.Text("Nga và Mỹ đàm phán")
	}
	e.mu.Lock()
	e.asked = append(e.asked, u)
	e.mu.Unlock()
	if strings.Contains(r.System()+u, "Vietnamese") || strings.Contains(r.System()+u, "tiếng Việt") {
		return fakeopenai.Text("Hai bên ", "đã nối lại ", "đối thoại ngoại giao [1].")
	}
	return fakeopenai.Text("Both sides ", "resumed diplomatic ", "dialogue [1].")
}

func (e *e2e) wait(what string, cond func() bool) {
	e.t.Helper()
	e.waitFor(20*time.Second, what, cond)
}

func (e *e2e) waitFor(d time.Duration, what string, cond func() bool) {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	if err := e.tg.Wait(ctx, cond); err != nil {
		e.t.Fatalf("waiting for %s: %v", what, err)
	}
}

// answer waits for the n-th finished answer (1-based) in chat.
func (e *e2e) answer(chat int64, n int) faketg.Message {
	e.t.Helper()
	var got faketg.Message
	e.wait(fmt.Sprintf("answer %d in chat %d", n, chat), func() bool {
		k := 0
		for _, m := range e.tg.Messages(chat) {
			if strings.Contains(m.ReplyMarkup, "fb:1") {
				if k++; k == n {
					got = m
					return true
				}
			}
		}
		return false
	})
	return got
}

func (e *e2e) reply(chat int64, substr string) faketg.Message {
	e.t.Helper()
	var got faketg.Message
	e.wait("reply "+substr, func() bool {
		for _, m := range e.tg.Messages(chat) {
			if strings.Contains(m.Plain, substr) {
				got = m
				return true
			}
		}
		return false
	})
	return got
}

func TestEndToEndVietnameseAnswerThenEnglishFollowUp(t *testing.T) {
	t.Parallel()
	e := newE2E(t)
	chat, user := faketg.PrivateChat(501), faketg.User(501, "vi")
	e.tg.Push(e.tg.Text(chat, user, "Nga và Mỹ đã đàm phán những gì để khôi phục quan hệ ngoại giao?"))
	vi := e.answer(501, 1)
	if !strings.HasPrefix(vi.Plain, "Hai bên đã nối lại đối thoại ngoại giao [1].") {
		t.Fatalf("Vietnamese answer = %q", vi.Plain)
	}
	if !strings.Contains(vi.Plain, "Nguồn") || !numbered.MatchString(vi.Plain) {
		t.Fatalf("no verified sources list: %q", vi.Plain)
	}
	t.Logf("vi answer:\n%s", vi.Plain)
	if len(e.tg.Drafts(501)) == 0 {
		t.Errorf("the answer was not streamed")
	}

	// An English follow-up continues the thread: rewritten with history.
	e.tg.Push(e.tg.Text(chat, user, "And what did they agree about embassies?"))
	en := e.answer(501, 2)
	if !strings.HasPrefix(en.Plain, "Both sides resumed diplomatic dialogue [1].") || !strings.Contains(en.Plain, "Sources") {
		t.Fatalf("English follow-up = %q", en.Plain)
	}
	rewrites := 0
	for _, r := range e.model.ChatRequests() {
		if strings.HasPrefix(r.LastUser(), "Rewrite the follow-up") {
			rewrites++
			if !strings.Contains(r.LastUser(), "khôi phục quan hệ ngoại giao") {
				t.Errorf("the rewrite did not see the earlier question: %q", r.LastUser())
			}
		}
	}
	if rewrites != 1 {
		t.Errorf("follow-up rewrites = %d, want 1", rewrites)
	}
	// /sources says what the corpus covers, in the user's language.
	e.tg.Push(e.tg.Text(chat, user, "/sources"))
	cov := e.reply(501, "Kho dữ liệu có 5 bài viết")
	for _, want := range []string{"Theo ngôn ngữ:", "• tiếng Anh: 3", "• tiếng Việt: 2", "Các bài mới nhất:"} {
		if !strings.Contains(cov.Plain, want) {
			t.Errorf("/sources lacks %q:\n%s", want, cov.Plain)
		}
	}
	// The seed articles carry no dates: the list says nothing of dates
	// rather than "không rõ ngày" after every title.
	if strings.Contains(cov.Plain, "không rõ ngày") {
		t.Errorf("/sources repeats the unknown date:\n%s", cov.Plain)
	}
	// /source 1 shows the passage behind citation [1].
	e.tg.Push(e.tg.Text(chat, user, "/source 1"))
	src := e.reply(501, "Nguồn [1]")
	if len(src.Plain) < 80 {
		t.Errorf("/source 1 = %q", src.Plain)
	}
}

func TestEndToEndAdminAddsArticleFromURLAndNextAnswerCitesIt(t *testing.T) {
	t.Parallel()
	e := newE2E(t)
	page := `<!doctype html><html lang="en"><head><title>Arctic shipping deal reached by Washington and Moscow</title>
<meta property="og:site_name" content="Polar Times"><meta property="article:published_time" content="2025-03-10T09:00:00Z"></head>
<body><article><h1>Arctic shipping deal reached by Washington and Moscow</h1>
<p>Negotiators from the United States and Russia agreed on Monday on a joint framework for Arctic shipping lanes and icebreaker escorts, officials said.</p>
<p>The Arctic shipping framework sets up a hotline between the two coast guards and a schedule of icebreaker escorts through the Bering Strait.</p>
<p>Diplomats described the Arctic accord as the first practical cooperation agreement since embassy staffing was restored earlier in the year.</p>
</article></body></html>`
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer site.Close()

	// A non-admin cannot add it: refusal, and the corpus is unchanged.
	before, _ := e.st.CorpusStats(context.Background())
	mallory := faketg.User(502, "en")
	e.tg.Push(e.tg.Text(faketg.PrivateChat(502), mallory, "/add "+site.URL+"/arctic"))
	e.reply(502, "only administrators")
	if after, _ := e.st.CorpusStats(context.Background()); after.Articles != before.Articles {
		t.Fatalf("a non-admin /add changed the corpus: %d -> %d", before.Articles, after.Articles)
	}

	admin := faketg.User(adminID, "en")
	e.tg.Push(e.tg.Text(faketg.PrivateChat(adminID), admin, "/add "+site.URL+"/arctic"))
	preview := e.reply(adminID, "Chunks:")
	for _, want := range []string{"✅ Added", "Title: Arctic shipping deal reached by Washington and Moscow", "Language: English"} {
		if !strings.Contains(preview.Plain, want) {
			t.Errorf("preview lacks %q: %q", want, preview.Plain)
		}
	}
	// The same URL again is a duplicate.
	e.tg.Push(e.tg.Text(faketg.PrivateChat(adminID), admin, "/add "+site.URL+"/arctic"))
	e.reply(adminID, "Already have it")

	asker := faketg.User(503, "en")
	e.tg.Push(e.tg.Text(faketg.PrivateChat(503), asker, "What did Washington and Moscow agree about Arctic shipping and icebreaker escorts?"))
	a := e.answer(503, 1)
	if !strings.Contains(a.Plain, "[1] Arctic shipping deal reached by Washington and Moscow") {
		t.Fatalf("the answer does not cite the new article as [1]: %q", a.Plain)
	}
	if !strings.Contains(a.Text, `href="`+site.URL+`/arctic"`) {
		t.Errorf("the citation does not link the stored URL: %s", a.Text)
	}

	// /articles lists it; /remove removes it and its chunks.
	e.tg.Push(e.tg.Text(faketg.PrivateChat(adminID), admin, "/articles"))
	list := e.reply(adminID, "Articles 1–")
	id := ""
	for _, line := range strings.Split(list.Plain, "\n") {
		if strings.Contains(line, "Arctic shipping") {
			id = strings.TrimPrefix(strings.SplitN(line, " — ", 2)[0], "• ")
		}
	}
	if id == "" {
		t.Fatalf("/articles does not list the new article: %q", list.Plain)
	}
	e.tg.Push(e.tg.Text(faketg.PrivateChat(adminID), admin, "/remove "+id))
	e.reply(adminID, "Removed "+id)
	if after, _ := e.st.CorpusStats(context.Background()); after.Articles != before.Articles {
		t.Errorf("after /remove: %d articles, want %d", after.Articles, before.Articles)
	}
	e.tg.Push(e.tg.Text(faketg.PrivateChat(adminID), admin, "/stats"))
	e.reply(adminID, "Users: ")
}

func TestEndToEndAdminAddsDocument(t *testing.T) {
	t.Parallel()
	e := newE2E(t)
	admin := faketg.User(adminID, "vi")
	doc := "---\nid: tau-pha-bang\ntitle: Nga và Mỹ thảo luận về tàu phá băng\nsource: VnExpress\nlang: vi\npublished: 2025-03-11\n---\n" +
		"Hai nước đã thảo luận về việc hộ tống tàu phá băng qua eo biển Bering.\n\nCác nhà ngoại giao gọi đây là bước hợp tác thực tế."
	e.tg.Push(e.tg.Document(faketg.PrivateChat(adminID), admin, "/add", "tau.md", []byte(doc)))
	p := e.reply(adminID, "Số đoạn:")
	if !strings.Contains(p.Plain, "ID: tau-pha-bang") || !strings.Contains(p.Plain, "Nguồn: VnExpress") || !strings.Contains(p.Plain, "Ngày: 11/03/2025") {
		t.Fatalf("document preview = %q", p.Plain)
	}
}

func TestEndToEndManyUsersAtOnce(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("load")
	}
	e := newE2E(t)
	users := 200
	if raceEnabled {
		users = 25
	}
	for i := range users {
		id := int64(10_000 + i)
		e.tg.Push(e.tg.Text(faketg.PrivateChat(id), faketg.User(id, "en"), fmt.Sprintf("What did the US and Russia discuss in Saudi Arabia? (%d)", i)))
	}
	e.waitFor(3*time.Minute, "every user answered", func() bool {
		for i := range users {
			done := false
			for _, m := range e.tg.Messages(int64(10_000 + i)) {
				done = done || strings.Contains(m.ReplyMarkup, "fb:1")
			}
			if !done {
				return false
			}
		}
		return true
	})
	time.Sleep(200 * time.Millisecond) // anything extra would show up now
	for i := range users {
		n := 0
		for _, m := range e.tg.Messages(int64(10_000 + i)) {
			if strings.Contains(m.ReplyMarkup, "fb:1") {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("user %d got %d answers", i, n)
		}
	}
	e.mu.Lock()
	asked := len(e.asked)
	e.mu.Unlock()
	if asked != users {
		t.Fatalf("the model was asked %d times for %d questions", asked, users)
	}
}
