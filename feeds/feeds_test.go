package feeds

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/ingest"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

// clock is the poller's time, moved by the test.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

type env struct {
	st    *store.Store
	eng   *retrieval.Engine
	p     *Poller
	clk   *clock
	srv   *httptest.Server
	site  *site
	waits []time.Duration
	mu    sync.Mutex
}

// site is the fake news site: feeds and article pages, counting requests.
type site struct {
	mu       sync.Mutex
	feeds    map[string]func(w http.ResponseWriter, r *http.Request)
	pages    map[string]string
	hits     map[string]int
	pageHits int
	headers  map[string]http.Header // last request headers per path
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.headers[r.URL.Path] = r.Header.Clone()
	h := s.feeds[r.URL.Path]
	page, isPage := s.pages[r.URL.Path]
	if isPage {
		s.pageHits++
	}
	s.mu.Unlock()
	switch {
	case h != nil:
		h(w, r)
	case isPage:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	default:
		http.NotFound(w, r)
	}
}

func (s *site) handle(path string, h func(w http.ResponseWriter, r *http.Request)) {
	s.mu.Lock()
	s.feeds[path] = h
	s.mu.Unlock()
}

func (s *site) count(path string) int { s.mu.Lock(); defer s.mu.Unlock(); return s.hits[path] }

func newEnv(t testing.TB, opt Options) *env {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "detente.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng, err := retrieval.Open(ctx, st, retrieval.NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	e := &env{st: st, eng: eng, clk: &clock{t: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)},
		site: &site{feeds: map[string]func(http.ResponseWriter, *http.Request){}, pages: map[string]string{},
			hits: map[string]int{}, headers: map[string]http.Header{}}}
	e.srv = httptest.NewServer(e.site)
	t.Cleanup(e.srv.Close)
	fetcher := corpus.NewFetcher(corpus.FetchOptions{AllowPrivate: true})
	opt.Now = e.clk.now
	opt.Rand = func() float64 { return 0.5 } // no jitter: schedules are exact
	if opt.HostDelay == 0 {
		opt.HostDelay = -1
	}
	opt.Sleep = func(_ context.Context, d time.Duration) error {
		e.mu.Lock()
		e.waits = append(e.waits, d)
		e.mu.Unlock()
		return nil
	}
	e.p = New(st, ingest.New(st, eng, fetcher), fetcher, opt)
	return e
}

func (e *env) follow(t testing.TB, path, topic string) store.Feed {
	t.Helper()
	f, err := e.p.Follow(context.Background(), e.srv.URL+path, topic, 1)
	if err != nil {
		t.Fatalf("follow %s: %v", path, err)
	}
	return f
}

func (e *env) poll(t testing.TB) Summary {
	t.Helper()
	s, err := e.p.Poll(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (e *env) feed(t testing.TB, id int64) store.Feed {
	t.Helper()
	f, err := e.st.Feed(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// story is an article body about US–Russia diplomacy, distinct per n and
// long enough to be an article.
func story(n int, word string) string {
	return fmt.Sprintf(`Russian and United States diplomats met in Geneva for round %[1]d of talks on strategic stability, the %[2]s track.
Officials from Moscow and Washington said the %[2]s discussions covered arms control, embassy staffing and prisoner exchanges.
The delegations agreed to meet again after consulting their capitals about the %[2]s proposals tabled in round %[1]d.
A spokesperson for the Russian foreign ministry called round %[1]d constructive but warned that sanctions remained an obstacle.
The State Department said the United States would keep pressing for verifiable limits, and that the %[2]s talks would resume.
Analysts noted that round %[1]d was the longest meeting of the two sides in several years, lasting nearly nine hours.`, n, word)
}

func para(s string) string { return "<p>" + strings.ReplaceAll(s, "\n", "</p><p>") + "</p>" }

func rssFeed(title string, items ...string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>` +
		title + `</title><link>https://news.example/</link><description>d</description>` + strings.Join(items, "") + `</channel></rss>`
}

func rssItem(guid, link, title, date, desc, content string) string {
	s := `<item><guid>` + guid + `</guid><link>` + link + `</link><title>` + title + `</title><pubDate>` + date + `</pubDate><description><![CDATA[` + desc + `]]></description>`
	if content != "" {
		s += `<content:encoded><![CDATA[` + content + `]]></content:encoded>`
	}
	return s + `</item>`
}

// page is an article page wrapped in a site's boilerplate.
func page(title, body string) string {
	return `<!doctype html><html><head><title>` + title + ` | The Daily Example</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Subscribe to our newsletter today</a></nav>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Celebrity chef opens a bakery</a></li><li><a href="/y">Ten tips for summer gardens</a></li></ul></aside>
<article><h1>` + title + `</h1>` + para(body) + `</article>
<footer>Cookie policy. Copyright 2026 The Daily Example. All rights reserved.</footer></body></html>`
}

func (e *env) search(t testing.TB, q string) []retrieval.Hit {
	t.Helper()
	hits, err := e.eng.Search(context.Background(), retrieval.Query{Text: q, K: 5})
	if err != nil {
		t.Fatal(err)
	}
	return hits
}

func TestPollRSSAtomAndJSONFeedsThenConditionalGET(t *testing.T) {
	e := newEnv(t, Options{})
	ctx := context.Background()

	// RSS with full content and an ETag.
	rss := rssFeed("Example Wire",
		rssItem("w-1", e.srv.URL+"/wire/1", "Geneva round one ends", "Mon, 02 Mar 2026 06:00:00 GMT", "Short teaser.", para(story(1, "kiwi"))))
	e.site.handle("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"r1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"r1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss)
	})
	// Atom with teasers only: the page is fetched and its boilerplate dropped.
	e.site.pages["/atom/2"] = page("Embassy staffing deal", story(2, "mango"))
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title><id>urn:a</id><updated>2026-03-01T10:00:00Z</updated>
<entry><title>Embassy staffing deal</title><id>urn:a:2</id><link href="` + e.srv.URL + `/atom/2"/><published>2026-03-01T10:00:00Z</published><updated>2026-03-01T10:00:00Z</updated><summary>Diplomats agree on staffing.</summary></entry></feed>`
	const lastMod = "Sun, 01 Mar 2026 10:00:00 GMT"
	e.site.handle("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", lastMod)
		fmt.Fprint(w, atom)
	})
	// JSON Feed with content_html.
	e.site.handle("/feed.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/feed+json")
		w.Header().Set("ETag", `"j1"`)
		if r.Header.Get("If-None-Match") == `"j1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprintf(w, `{"version":"https://jsonfeed.org/version/1.1","title":"JSON Times","items":[{"id":"j-3","url":"%s/json/3","title":"Prisoner exchange talks","date_published":"2026-02-28T09:00:00Z","content_html":%q}]}`,
			e.srv.URL, para(story(3, "papaya")))
	})

	fr := e.follow(t, "/rss.xml", "")
	fa := e.follow(t, "/atom.xml", "")
	fj := e.follow(t, "/feed.json", "")
	sum := e.poll(t)
	if sum.Feeds != 3 || sum.Added != 3 || sum.Failed != 0 {
		t.Fatalf("first poll: %+v, want 3 feeds and 3 articles", sum)
	}
	for _, c := range []struct {
		word, outlet, title, date string
	}{
		{"kiwi", "Example Wire", "Geneva round one ends", "2026-03-02"},
		{"mango", "Atom Daily", "Embassy staffing deal", "2026-03-01"},
		{"papaya", "JSON Times", "Prisoner exchange talks", "2026-02-28"},
	} {
		hits := e.search(t, c.word+" talks")
		if len(hits) == 0 || !strings.Contains(hits[0].Text, c.word) {
			t.Fatalf("%s: not searchable: %+v", c.word, hits)
		}
		h := hits[0]
		if h.Source != c.outlet || h.Title != c.title || h.Published.Format("2006-01-02") != c.date || h.Lang != "en" {
			t.Errorf("%s: source %q title %q date %s lang %q; want %q %q %s en", c.word, h.Source, h.Title, h.Published.Format("2006-01-02"), h.Lang, c.outlet, c.title, c.date)
		}
		a, err := e.st.Article(ctx, h.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		for _, junk := range []string{"newsletter", "Cookie policy", "Celebrity chef", "Short teaser"} {
			if strings.Contains(a.Body, junk) {
				t.Errorf("%s: body keeps boilerplate %q", c.word, junk)
			}
		}
	}
	if n := e.site.count("/wire/1") + e.site.count("/json/3"); n != 0 {
		t.Errorf("pages with full feed content were fetched %d times", n)
	}
	if n := e.site.count("/atom/2"); n != 1 {
		t.Errorf("the teaser's page was fetched %d times, want 1", n)
	}
	for _, f := range []store.Feed{fr, fa, fj} {
		got := e.feed(t, f.ID)
		if got.ItemsAdded != 1 || got.LastSuccess.IsZero() || got.LastError != "" {
			t.Errorf("feed %d after poll: %+v", f.ID, got)
		}
		if want := e.clk.now().Add(DefaultInterval); !got.NextPoll.Equal(want) {
			t.Errorf("feed %d next poll %v, want %v", f.ID, got.NextPoll, want)
		}
	}

	// Nothing is due before the interval; after it, every feed answers 304.
	if s := e.poll(t); s.Feeds != 0 {
		t.Fatalf("a poll before the interval polled %d feeds", s.Feeds)
	}
	e.clk.add(DefaultInterval)
	sum = e.poll(t)
	if sum.Feeds != 3 || sum.NotModified != 3 || sum.Added != 0 {
		t.Fatalf("second poll: %+v, want three 304s", sum)
	}
	if got := e.site.headers["/atom.xml"].Get("If-Modified-Since"); got != lastMod {
		t.Errorf("atom poll sent If-Modified-Since %q", got)
	}
	if n := e.site.count("/atom/2"); n != 1 {
		t.Errorf("the page was fetched again: %d", n)
	}
}

func TestBrokenFeedBacksOffAndRecovers(t *testing.T) {
	e := newEnv(t, Options{})
	ok := rssFeed("Flaky", rssItem("f-1", e.srv.URL+"/f/1", "Round four", "Mon, 02 Mar 2026 06:00:00 GMT", "", para(story(4, "quince"))))
	var mode string = "ok"
	var mu sync.Mutex
	e.site.handle("/flaky.xml", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		m := mode
		mu.Unlock()
		switch m {
		case "500":
			http.Error(w, "boom", http.StatusInternalServerError)
		case "garbage":
			fmt.Fprint(w, "<rss><channel><title>oops</ti")
		default:
			fmt.Fprint(w, ok)
		}
	})
	set := func(m string) { mu.Lock(); mode = m; mu.Unlock() }
	f := e.follow(t, "/flaky.xml", "")
	if s := e.poll(t); s.Added != 1 {
		t.Fatalf("first poll: %+v", s)
	}
	set("500")
	e.clk.add(DefaultInterval)
	start := e.clk.now()
	if s := e.poll(t); s.Failed != 1 {
		t.Fatalf("poll of a 500: %+v", s)
	}
	got := e.feed(t, f.ID)
	if !strings.Contains(got.LastError, "HTTP 500") || got.Failures != 1 || !got.NextPoll.Equal(start.Add(defaultRetry)) {
		t.Fatalf("after a 500: error %q failures %d next %v", got.LastError, got.Failures, got.NextPoll.Sub(start))
	}
	set("garbage")
	e.clk.add(defaultRetry)
	e.poll(t)
	got = e.feed(t, f.ID)
	if !strings.Contains(got.LastError, "not an RSS, Atom or JSON feed") || got.Failures != 2 ||
		!got.NextPoll.Equal(e.clk.now().Add(2*defaultRetry)) {
		t.Fatalf("after garbage: error %q failures %d next in %v", got.LastError, got.Failures, got.NextPoll.Sub(e.clk.now()))
	}
	if strings.Contains(got.LastError, "\n") {
		t.Errorf("last error is more than one line: %q", got.LastError)
	}
	set("ok")
	e.clk.add(2 * defaultRetry)
	if s := e.poll(t); s.Feeds != 1 || s.Failed != 0 || s.Added != 0 {
		t.Fatalf("recovered poll: %+v, want a success that adds nothing new", s)
	}
	got = e.feed(t, f.ID)
	if got.Failures != 0 || got.LastError != "" || !got.NextPoll.Equal(e.clk.now().Add(DefaultInterval)) {
		t.Fatalf("after recovery: %+v", got)
	}

	// A feed that is broken from the start is refused, and nothing is followed.
	e.site.handle("/garbage.xml", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<html><body>not a feed") })
	if _, err := e.p.Follow(context.Background(), e.srv.URL+"/garbage.xml", "", 1); !errors.Is(err, ErrNotFeed) {
		t.Fatalf("follow of a page that is no feed: %v", err)
	}
	if fs, _ := e.p.Feeds(context.Background()); len(fs) != 1 {
		t.Fatalf("%d feeds followed, want 1", len(fs))
	}
}

func TestBigFeedIsTakenAFewItemsPerPollNewestFirst(t *testing.T) {
	e := newEnv(t, Options{MaxItems: 10})
	var items []string
	base := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for i := range 1000 {
		date := base.Add(-time.Duration(i) * time.Hour).Format(time.RFC1123Z)
		items = append(items, rssItem(fmt.Sprintf("big-%d", i), fmt.Sprintf("%s/big/%d", e.srv.URL, i),
			fmt.Sprintf("Round %d", i), date, "", para(story(1000+i, fmt.Sprintf("w%dx", i)))))
	}
	// Oldest first in the file: the poller must sort.
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	body := rssFeed("Archive", items...)
	e.site.handle("/big.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"big"`)
		if r.Header.Get("If-None-Match") == `"big"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, body)
	})
	f := e.follow(t, "/big.xml", "")
	if s := e.poll(t); s.Added != 10 {
		t.Fatalf("first poll added %d, want the cap of 10", s.Added)
	}
	if hits := e.search(t, "w0x"); len(hits) == 0 || !strings.Contains(hits[0].Text, "w0x") {
		t.Fatal("the newest item was not among the first taken")
	}
	if got := e.feed(t, f.ID); got.ETag != "" {
		t.Fatalf("validators stored while items are left: %q", got.ETag)
	}
	e.clk.add(DefaultInterval)
	if s := e.poll(t); s.Added != 10 || s.NotModified != 0 {
		t.Fatalf("second poll: %+v, want the next 10", s)
	}
	if n := e.eng.Count(); n == 0 {
		t.Fatal("nothing indexed")
	}
	st, _ := e.st.CorpusStats(context.Background())
	if st.Articles != 20 {
		t.Fatalf("%d articles, want 20", st.Articles)
	}
}

func TestDuplicatesAcrossFeedsAndTopicFilter(t *testing.T) {
	e := newEnv(t, Options{HostDelay: time.Second})
	shared := para(story(7, "lychee"))
	e.site.pages["/world/cake"] = page("Cake", "A bakery in Lyon won a prize for its apricot tart.")
	e.site.pages["/world/talks"] = page("Talks resume", story(8, "durian"))
	e.site.handle("/a.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, rssFeed("Wire A", rssItem("a-7", e.srv.URL+"/s/7", "Talks", "Mon, 02 Mar 2026 06:00:00 GMT", "", shared)))
	})
	e.site.handle("/b.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, rssFeed("Wire B", rssItem("b-7", e.srv.URL+"/s/7", "Talks (B)", "Mon, 02 Mar 2026 07:00:00 GMT", "", shared)))
	})
	e.site.handle("/world.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, rssFeed("World", rssItem("c", e.srv.URL+"/world/cake", "Lyon bakery wins prize", "", "A tart.", ""),
			rssItem("t", e.srv.URL+"/world/talks", "Moscow and Washington resume talks", "", "Diplomats from Russia and the US meet.", "")))
	})
	e.follow(t, "/a.xml", "")
	e.follow(t, "/b.xml", "")
	fw := e.follow(t, "/world.xml", BuiltinTopic)
	s := e.poll(t)
	if s.Added != 2 || s.Duplicates != 1 || s.Filtered != 1 {
		t.Fatalf("poll: %+v, want 2 added (shared story, talks), 1 duplicate, 1 filtered", s)
	}
	if n := e.site.count("/world/cake"); n != 0 {
		t.Errorf("an off-topic item's page was fetched %d times", n)
	}
	if got := e.feed(t, fw.ID); got.Topic != BuiltinTopic || got.ItemsAdded != 1 {
		t.Errorf("world feed: %+v", got)
	}
	// Every request went to one host; each after the first waited the delay.
	e.mu.Lock()
	waits := append([]time.Duration(nil), e.waits...)
	e.mu.Unlock()
	if len(waits) < 3 {
		t.Fatalf("politeness waits %v: want one per request after the first to the host", waits)
	}
	for _, w := range waits {
		if w <= 0 || w > time.Second {
			t.Fatalf("politeness wait %v out of (0, 1s]", w)
		}
	}
}

func TestPrivateAddressesRefusedUnlessAllowed(t *testing.T) {
	e := newEnv(t, Options{})
	e.site.handle("/x.xml", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, rssFeed("X")) })
	guarded := corpus.NewFetcher(corpus.FetchOptions{})
	p := New(e.st, ingest.New(e.st, e.eng, guarded), guarded, Options{})
	_, err := p.Follow(context.Background(), e.srv.URL+"/x.xml", "", 1)
	if !errors.Is(err, corpus.ErrBlockedAddress) {
		t.Fatalf("follow of a loopback feed: %v, want ErrBlockedAddress", err)
	}
	if e.site.count("/x.xml") != 0 {
		t.Fatal("the loopback server was reached")
	}
	if _, err := p.Follow(context.Background(), "ftp://example.com/feed", "", 1); !errors.Is(err, ErrBadURL) {
		t.Fatalf("ftp URL: %v", err)
	}
	if _, err := p.Follow(context.Background(), e.srv.URL+"/x.xml", strings.Repeat("w ", 30), 1); !errors.Is(err, ErrBadTopic) {
		t.Fatalf("30 topic words: %v", err)
	}
	if _, err := e.p.Follow(context.Background(), e.srv.URL+"/x.xml", "", 1); err != nil {
		t.Fatalf("allowed follow: %v", err)
	}
	if _, err := e.p.Follow(context.Background(), e.srv.URL+"/x.xml", "", 1); !errors.Is(err, store.ErrFeedExists) {
		t.Fatalf("second follow: %v", err)
	}
}

// A page that cannot be fetched leaves the feed's summary when it says
// enough; a headline alone is retried a few times, then given up.
func TestUnreachablePageFallsBackToTheSummary(t *testing.T) {
	e := newEnv(t, Options{})
	long := strings.Join(strings.Split(story(9, "fig"), "\n")[:3], " ")
	e.site.handle("/s.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, rssFeed("Summaries",
			rssItem("s-1", e.srv.URL+"/gone/1", "Fig talks", "Mon, 02 Mar 2026 06:00:00 GMT", "<p>"+long+"</p>", ""),
			rssItem("s-2", e.srv.URL+"/gone/2", "Headline only", "Mon, 02 Mar 2026 05:00:00 GMT", "Russia and the US talk.", "")))
	})
	e.follow(t, "/s.xml", "")
	s := e.poll(t)
	if s.Added != 1 || s.ItemErrors != 1 {
		t.Fatalf("poll: %+v, want the long summary added and the headline failed", s)
	}
	hits := e.search(t, "fig track talks")
	if len(hits) == 0 || !strings.HasSuffix(hits[0].URL, "/gone/1") {
		t.Fatalf("the summary is not searchable under its link: %+v", hits)
	}
	for range maxItemAttempts + 1 {
		e.clk.add(DefaultInterval)
		e.poll(t)
	}
	if n := e.site.count("/gone/2"); n != maxItemAttempts {
		t.Fatalf("the headline's page was tried %d times, want %d", n, maxItemAttempts)
	}
}

// A private feed's access token (in its query) never reaches the log, even
// when the feed fails.
func TestFeedTokenNeverLogged(t *testing.T) {
	var logs strings.Builder
	var mu sync.Mutex
	e := newEnv(t, Options{Logger: slog.New(slog.NewTextHandler(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return logs.Write(p)
	}), &slog.HandlerOptions{Level: slog.LevelDebug}))})
	var fail atomic.Bool
	e.site.handle("/private.xml", func(w http.ResponseWriter, r *http.Request) {
		if fail.Load() {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		fmt.Fprint(w, rssFeed("Private", rssItem("p", "relative/1", "Relative link", "", "<p>"+story(11, "plum")+"</p>", "")))
	})
	e.follow(t, "/private.xml?token=s3cr3t-tok", "")
	e.poll(t)
	fail.Store(true)
	e.clk.add(DefaultInterval)
	e.poll(t)
	mu.Lock()
	defer mu.Unlock()
	if strings.Contains(logs.String(), "s3cr3t-tok") {
		t.Fatalf("the feed's token is in the log:\n%s", logs.String())
	}
	if hits := e.search(t, "plum talks"); len(hits) == 0 || hits[0].URL != e.srv.URL+"/relative/1" {
		t.Fatalf("a relative item link was not resolved against the feed: %+v", hits)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
