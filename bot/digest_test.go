package bot

import (
	"context"
	"errors"
	"fmt"
	"html"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/corpus"

	"github.com/detente/detente/digest"
	"github.com/detente/detente/internal/faketg"
)

// TestSendDigestSaysWhatCanBeRetried checks the promise SendDigest makes
// the digest scheduler: only an error proving nothing arrived wraps
// digest.ErrNotDelivered (the scheduler resends it); a timeout or dropped
// connection does not; once part 1 of a two-part digest is out, part 2 is
// retried here when that is safe and otherwise reported as a
// *digest.PartialError, and part 1 is never sent twice.
func TestSendDigestSaysWhatCanBeRetried(t *testing.T) {
	t.Parallel()
	long := synthDigest(10, "en", true) // the long form of ten stories fills two messages
	short := synthDigest(1, "en", false)
	slow := faketg.Fault{Method: "sendMessage", Delay: 5 * time.Second, Handle: true}
	pass := faketg.Fault{Method: "sendMessage", Handle: true}
	cases := []struct {
		name     string
		d        digest.Digest
		faults   []faketg.Fault
		retry    bool // wraps digest.ErrNotDelivered
		partial  int  // *digest.PartialError with this many parts sent (0: none)
		messages int
	}{
		{"delivered in two parts", long, nil, false, 0, 2},
		{"5xx: nothing sent", short, []faketg.Fault{faketg.ServerError("sendMessage")}, true, 0, 0},
		{"timeout: outcome unknown", short, []faketg.Fault{slow}, false, 0, 0},
		{"dropped: outcome unknown", short, []faketg.Fault{faketg.Dropped("sendMessage")}, false, 0, 0},
		{"bad request: refused for good", short, []faketg.Fault{{Method: "sendMessage", Code: 400, Description: "Bad Request: chat not found"}}, false, 0, 0},
		{"part 2 5xx is retried here", long, []faketg.Fault{pass, faketg.ServerError("sendMessage")}, false, 0, 2},
		{"part 2 always 5xx", long, []faketg.Fault{pass, {Method: "sendMessage", Times: -1, Code: 500, Description: "Internal Server Error"}}, false, 1, 1},
		{"part 2 dropped", long, []faketg.Fault{pass, faketg.Dropped("sendMessage")}, false, 1, 1},
		{"part 2 timeout", long, []faketg.Fault{pass, slow}, false, 1, 1},
		{"part 2 rate limited", long, []faketg.Fault{pass, faketg.TooManyRequests("sendMessage", 1)}, false, 0, 2},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			cfg := testConfig()
			cfg.CallTimeout = 300 * time.Millisecond
			h := newHarness(t, harnessOpt{cfg: cfg, noStart: true})
			chat := int64(300 + i)
			for _, f := range c.faults {
				f.ChatID = chat
				h.tg.Inject(f)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err := h.bot.SendDigest(ctx, chat, c.d)
			// The scheduler looks for a PartialError first: it is never
			// retried, whatever the error of the part that failed wraps.
			var pe *digest.PartialError
			if retry := errors.Is(err, digest.ErrNotDelivered) && !errors.As(err, &pe); retry != c.retry {
				t.Errorf("error %v: retryable = %v, want %v", err, retry, c.retry)
			}
			switch {
			case c.partial == 0 && errors.As(err, &pe):
				t.Errorf("error %v is partial", err)
			case c.partial > 0 && (!errors.As(err, &pe) || pe.Sent != c.partial || pe.Parts != 2):
				t.Errorf("error %v, want a PartialError after %d of 2 parts", err, c.partial)
			}
			if c.messages == 2 && err != nil {
				t.Errorf("delivered but error %v", err)
			}
			if err != nil && strings.Contains(err.Error(), h.tg.Token) {
				t.Error("token in error")
			}
			msgs := h.tg.Messages(chat)
			if len(msgs) != c.messages {
				t.Fatalf("%d messages, want %d", len(msgs), c.messages)
			}
			if len(msgs) > 0 && !strings.Contains(msgs[0].Plain, "Daily digest") {
				t.Errorf("first message is not part 1: %.80q", msgs[0].Plain)
			}
			if len(msgs) == 2 && !strings.Contains(msgs[1].Plain, "10. Story 10") {
				t.Errorf("second message is not part 2: %.80q", msgs[1].Plain)
			}
		})
	}
}

// TestDigestSendsKeepTheGlobalPace: the digest scheduler's workers send
// at once, and the bot's one send budget (GlobalPerSecond, shared with
// answers) is the only pacer between them and Telegram. With several
// replicas on one token, each keeps to its share of that budget, so
// together they stay within the bot's.
func TestDigestSendsKeepTheGlobalPace(t *testing.T) {
	t.Parallel()
	for _, replicas := range []int{1, 2} {
		t.Run(fmt.Sprintf("replicas=%d", replicas), func(t *testing.T) {
			t.Parallel()
			cfg := testConfig()
			cfg.GlobalPerSecond = 25
			cfg.Replicas = replicas
			h := newHarness(t, harnessOpt{cfg: cfg, noStart: true, fakeClock: true})
			const n, workers = 80, 8
			chats := make(chan int64, n)
			for c := range int64(n) {
				chats <- 700 + c
			}
			close(chats)
			var (
				wg   sync.WaitGroup
				mu   sync.Mutex
				done int
			)
			for range workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for chat := range chats {
						if err := h.bot.SendDigest(context.Background(), chat, synthDigest(1, "en", false)); err != nil {
							t.Errorf("chat %d: %v", chat, err)
						}
						mu.Lock()
						done++
						mu.Unlock()
					}
				}()
			}
			start := h.clk.Now()
			h.drive("every digest sent", time.Second, func() bool {
				mu.Lock()
				defer mu.Unlock()
				return done == n
			})
			wg.Wait()
			var at []time.Time
			for _, c := range h.tg.Calls("sendMessage") {
				at = append(at, c.At)
			}
			slices.SortFunc(at, func(a, b time.Time) int { return a.Compare(b) })
			if len(at) != n {
				t.Fatalf("%d sends, want %d", len(at), n)
			}
			// This replica's share: a full budget (a burst) plus the rate,
			// in any second.
			share := float64(cfg.GlobalPerSecond) / float64(replicas)
			burst := cfg.GlobalPerSecond / replicas
			limit := burst + int(share)
			for i := 0; i+limit < len(at); i++ {
				if at[i+limit].Sub(at[i]) < time.Second {
					t.Fatalf("%d sends within %v: more than a %.1f/s share", limit+1, at[i+limit].Sub(at[i]), share)
				}
			}
			if took, least := at[n-1].Sub(start), time.Duration(float64(n-burst-1)/share*float64(time.Second)); took < least {
				t.Errorf("%d digests went out in %v: faster than %.1f/s", n, took, share)
			}
		})
	}
}

// synthArticles are n articles of distinct stories from n outlets, each
// with a lead of a few sentences, published on distinct days (article 1 is
// the newest).
func synthArticles(n int) []corpus.Article {
	base := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	arts := make([]corpus.Article, n)
	for i := range arts {
		k := i + 1
		arts[i] = corpus.Article{
			ID: fmt.Sprintf("a%03d", k), Title: fmt.Sprintf("Story %d about the talks", k),
			URL: fmt.Sprintf("https://example.org/news/%d?x=1&y=2", k), Source: fmt.Sprintf("Outlet %d", k), Lang: "en",
			Published: base.Add(-time.Duration(i) * 24 * time.Hour),
			Body: fmt.Sprintf("Diplomats met for the %dth round of talks in Geneva on Tuesday. ", k) +
				strings.Repeat("Both sides said the conversation was useful & frank, and agreed to meet again. ", 6) +
				"\n\nA second paragraph the lead never reaches.",
			AddedAt: base,
		}
	}
	return arts
}

// synthDigest is the digest of synthArticles(n).
func synthDigest(n int, lang string, full bool) digest.Digest {
	return digest.Digest{Lang: lang, Title: "Mon 10 Mar 2025", Stories: digest.Stories(synthArticles(n), nil), Full: full, Page: 1}
}

// TestDigestOfThreeHundredArticlesIsOneMessage is what a subscriber gets
// after a big import: the scheduled digest is one message within
// Telegram's limit that ends "and N more — /digest all 2", /digest all N
// pages through every story exactly once, each article's link appears
// once, and DigestText (what the CLI prints) is the text Telegram shows.
func TestDigestOfThreeHundredArticlesIsOneMessage(t *testing.T) {
	t.Parallel()
	const n = 300
	d := synthDigest(n, "en", false)
	h := newHarness(t, harnessOpt{digests: &fakeDigests{now: d}})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	const chat = 401
	if err := h.bot.SendDigest(ctx, chat, d); err != nil {
		t.Fatal(err)
	}
	msgs := h.tg.Messages(chat)
	if len(msgs) != 1 {
		t.Fatalf("the digest took %d messages, want 1", len(msgs))
	}
	first := msgs[0]
	if l := visibleLen(first.Plain); l > 4096 {
		t.Errorf("message is %d characters, over Telegram's 4096", l)
	}
	if !strings.Contains(first.Plain, fmt.Sprintf("and %d more — /digest all 2", n-digestTopStories)) {
		t.Errorf("no \"and N more\" line:\n%s", first.Plain)
	}
	if cli, ok := DigestText(d); !ok || len(cli) != 1 || cli[0] != first.Plain {
		t.Errorf("the CLI text differs from Telegram's:\nCLI: %q\nTelegram: %q", cli, first.Plain)
	}

	// Page through everything as a reader would, following "/digest all N".
	seen := map[string]int{}
	count := func(m faketg.Message) {
		for _, a := range synthArticles(n) {
			// The link is the citation: one per story, none repeated in a
			// sources footer.
			seen[a.ID] += strings.Count(m.Text, `href="`+html.EscapeString(a.URL)+`"`)
		}
	}
	count(first)
	for page := 2; ; page++ {
		h.say(faketg.PrivateChat(chat), faketg.User(chat, "en"), fmt.Sprintf("/digest all %d", page))
		var m faketg.Message
		h.wait("page reply", func() bool {
			ms := h.tg.Messages(chat)
			if len(ms) < page {
				return false
			}
			m = ms[page-1]
			return true
		})
		if l := visibleLen(m.Plain); l > 4096 {
			t.Errorf("page %d is %d characters", page, l)
		}
		if !strings.Contains(m.Plain, fmt.Sprintf("page %d of", page)) {
			t.Errorf("page %d does not say which page it is: %.120q", page, m.Plain)
		}
		count(m)
		if !strings.Contains(m.Plain, "/digest all") {
			break
		}
		if page > n {
			t.Fatal("pagination does not end")
		}
	}
	for _, a := range synthArticles(n) {
		if seen[a.ID] != 1 {
			t.Errorf("article %s cited %d times across the pages, want once", a.ID, seen[a.ID])
		}
	}

	h.say(faketg.PrivateChat(chat), faketg.User(chat, "en"), "/digest all 999")
	h.replyContaining(chat, "send /digest all N with N from 1 to")
}

// TestDigestFullFormListsEverySourceOnce: the long form splits between
// stories, cites each article once, and carries no second sources list.
func TestDigestFullFormListsEverySourceOnce(t *testing.T) {
	t.Parallel()
	d := synthDigest(40, "vi", true)
	parts, _ := renderDigest(d)
	if len(parts) < 2 {
		t.Fatalf("the long form of 40 stories is %d message(s)", len(parts))
	}
	all := ""
	for i, p := range parts {
		if visibleLen(p.Plain) > 4096 {
			t.Errorf("part %d is %d characters", i+1, visibleLen(p.Plain))
		}
		if plain, err := faketg.CheckHTML(p.HTML); err != nil || plain != p.Plain {
			t.Errorf("part %d: Telegram shows %q, the CLI prints %q (err %v)", i+1, plain, p.Plain, err)
		}
		all += p.HTML
	}
	for _, a := range synthArticles(40) {
		if c := strings.Count(all, html.EscapeString(a.URL)); c != 1 {
			t.Errorf("%s linked %d times", a.ID, c)
		}
	}
	if strings.Contains(all, "Nguồn") {
		t.Error("the long form repeats the sources in a footer")
	}
}

// TestDigestPageButtons: the one-message digest carries a "next" button
// holding its window; pressing it edits the message into page 2 with
// "previous" and "next", and "previous" brings page 1 back. A forged
// button changes nothing.
func TestDigestPageButtons(t *testing.T) {
	t.Parallel()
	d := synthDigest(60, "en", false)
	d.Start, d.End = time.Date(2025, 3, 9, 8, 0, 0, 0, time.UTC), time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC)
	h := newHarness(t, harnessOpt{digests: &fakeDigests{now: d}})
	const chat = 402
	if err := h.bot.SendDigest(context.Background(), chat, d); err != nil {
		t.Fatal(err)
	}
	data := func(page int) string { return fmt.Sprintf("dg:%d:%d:%d", page, d.Start.Unix(), d.End.Unix()) }
	msg := h.tg.Messages(chat)[0]
	if !strings.Contains(msg.ReplyMarkup, data(2)) || strings.Contains(msg.ReplyMarkup, data(0)) {
		t.Fatalf("page 1 buttons: %s", msg.ReplyMarkup)
	}
	user := faketg.User(chat, "en")
	press := func(data string, edits int) faketg.Message {
		t.Helper()
		h.tg.Push(h.tg.Callback(user, h.tg.Messages(chat)[0], data))
		var m faketg.Message
		h.wait("the page edit", func() bool {
			m = h.tg.Messages(chat)[0]
			return m.Edits >= edits
		})
		return m
	}
	m := press(data(2), 1)
	if !strings.Contains(m.Plain, "page 2 of") || !strings.Contains(m.Plain, "11. Story 11") ||
		!strings.Contains(m.ReplyMarkup, data(1)) || !strings.Contains(m.ReplyMarkup, data(3)) {
		t.Errorf("after next: %.200q %s", m.Plain, m.ReplyMarkup)
	}
	if m = press(data(1), 2); m.Plain != msg.Plain {
		t.Errorf("previous did not bring page 1 back: %.200q", m.Plain)
	}
	h.tg.Push(h.tg.Callback(user, m, "dg:0:1:2"))
	h.wait("the forged press answered", func() bool { return len(h.tg.Calls("answerCallbackQuery")) >= 3 })
	if got := h.tg.Messages(chat)[0]; got.Edits != 2 || len(h.tg.Messages(chat)) != 1 {
		t.Errorf("a forged button changed the chat: %d edits, %d messages", got.Edits, len(h.tg.Messages(chat)))
	}
}

// FuzzParseDigestCallback: a page button's data comes from the client, so
// anything must parse without a panic, and what parses is a page of a real
// window that writes back to the same data.
func FuzzParseDigestCallback(f *testing.F) {
	for _, s := range []string{"dg:2:1741500000:1741586400", "dg:0:1:2", "dg:1:5:4", "dg:x", "dg:1:-1:2", "dg:99999999999999999999:1:2", "fb:1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		page, start, end, ok := parseDigestCallback(data)
		if !ok {
			return
		}
		if page < 1 || end.Before(start) {
			t.Fatalf("%q parsed to page %d, %v..%v", data, page, start, end)
		}
		again := fmt.Sprintf("%s%d:%d:%d", digestCallback, page, start.Unix(), end.Unix())
		if p2, s2, e2, ok2 := parseDigestCallback(again); !ok2 || p2 != page || !s2.Equal(start) || !e2.Equal(end) {
			t.Fatalf("%q does not round-trip through %q", data, again)
		}
	})
}
