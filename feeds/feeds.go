// Package feeds follows news feeds (RSS 2.0, Atom, JSON Feed) into the
// corpus. Each feed is polled on its own jittered schedule with a
// conditional GET; a failing feed backs off; requests to one host are spaced
// by a politeness delay; a poll takes at most a capped number of new items,
// newest first. An item's article comes from the feed's own full content
// when it has enough, else from its page through the guarded fetcher
// (readability). Items pass the feed's topic filter (see Topic) before any
// page is fetched, and are then ingested like any article, so duplicates
// across feeds and with /add are caught by ingest as usual.
//
// The Poller is a small component with Run(ctx). `serve` runs it on the
// holder of the store's FeedsLock (one replica of several on PostgreSQL),
// and the store's ClaimFeed keeps any other poller (`detente feeds poll`
// from cron) from polling the same feed at once.
package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/ingest"
	"github.com/detente/detente/secret"
	"github.com/detente/detente/store"
)

// Errors of Follow, for the bot and the CLI to explain.
var (
	ErrBadURL  = errors.New("not an absolute http(s) URL")
	ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")
)

// Defaults (Options' zero values).
const (
	DefaultInterval  = 30 * time.Minute
	DefaultMaxItems  = 25
	DefaultHostDelay = 2 * time.Second
	defaultJitter    = 0.1
	defaultRetry     = 5 * time.Minute
	defaultMaxBack   = 24 * time.Hour
	defaultWorkers   = 4
	defaultTick      = 30 * time.Second
	defaultFeedBytes = 10 << 20
	defaultMinRunes  = 600
	// minFallbackRunes: a summary this long stands in for a page that
	// could not be fetched; shorter is a headline, not an article.
	minFallbackRunes = 200
	// claimTTL is how long a claimed feed stays away from other pollers;
	// a poll that takes longer (its poller died) is retried after it.
	claimTTL = 15 * time.Minute
	// maxItemAttempts is how often an item whose page failed is retried.
	maxItemAttempts = 3
	// itemTimeout bounds one item: fetching its page, embedding, storing.
	itemTimeout = 90 * time.Second
)

// Adder ingests one article. *ingest.Service implements it.
type Adder interface {
	Add(ctx context.Context, a corpus.Article) (ingest.Result, error)
}

// Fetcher gets pages and feeds. *corpus.Fetcher implements it, with its
// refusal of private addresses.
type Fetcher interface {
	Fetch(ctx context.Context, rawURL string) (corpus.Article, error)
	Do(req *http.Request) (*http.Response, error)
}

// Options tunes a Poller. Zero values are the defaults.
type Options struct {
	Interval  time.Duration // between polls of one feed (DETENTE_FEED_INTERVAL), default 30m, ±10% jitter
	MaxItems  int           // new items taken per poll, default 25
	HostDelay time.Duration // between requests to one host, default 2s; negative: none
	// RetryBase is the first retry delay after a failed poll, doubled per
	// consecutive failure up to MaxBackoff (default 5m, 24h).
	RetryBase  time.Duration
	MaxBackoff time.Duration
	Workers    int           // feeds polled at once, default 4
	Tick       time.Duration // how often Run looks for due feeds, default 30s
	// MinContentRunes: feed content with at least this much text is used
	// as the article; shorter (a teaser) means the page is fetched. Default 600.
	MinContentRunes int
	Timeout         time.Duration // one feed download, default 30s
	Logger          *slog.Logger
	Now             func() time.Time                                 // nil: time.Now
	Sleep           func(ctx context.Context, d time.Duration) error // nil: a timer; tests record the waits
	Rand            func() float64                                   // nil: math/rand/v2
}

func (o *Options) defaults() {
	if o.Interval <= 0 {
		o.Interval = DefaultInterval
	}
	if o.MaxItems <= 0 {
		o.MaxItems = DefaultMaxItems
	}
	if o.HostDelay == 0 {
		o.HostDelay = DefaultHostDelay
	}
	if o.RetryBase <= 0 {
		o.RetryBase = defaultRetry
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = defaultMaxBack
	}
	if o.Workers <= 0 {
		o.Workers = defaultWorkers
	}
	if o.Tick <= 0 {
		o.Tick = defaultTick
	}
	if o.MinContentRunes <= 0 {
		o.MinContentRunes = defaultMinRunes
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Sleep == nil {
		o.Sleep = sleep
	}
	if o.Rand == nil {
		o.Rand = rand.Float64
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Store is the slice of the database the poller uses: the feeds, their
// polling claims and the items already seen. *store.Store implements it.
type Store interface {
	FeedList
	Polling
}

// FeedList is the list of feeds the admins keep.
type FeedList interface {
	AddFeed(ctx context.Context, f store.Feed) (store.Feed, error)
	Feeds(ctx context.Context) ([]store.Feed, error)
	RemoveFeed(ctx context.Context, id int64) error
	SetFeedPaused(ctx context.Context, id int64, paused bool) error
}

// Polling is what a poll needs: which feeds are due, a claim so one
// process polls each, and the items already seen.
type Polling interface {
	DueFeeds(ctx context.Context, now time.Time) ([]store.Feed, error)
	ClaimFeed(ctx context.Context, f store.Feed, until time.Time) (bool, error)
	FinishFeedPoll(ctx context.Context, id int64, p store.FeedPoll) error
	FeedItems(ctx context.Context, feedID int64, keys []string) (map[string]store.FeedItem, error)
	MarkFeedItem(ctx context.Context, feedID int64, key, state, articleID string) error
}

// Poller follows feeds. Safe for concurrent use.
type Poller struct {
	st    Store
	add   Adder
	fetch Fetcher
	opt   Options
	log   *slog.Logger
	hosts *hostGate
	wake  chan struct{}
	// fresh holds the feed Follow just downloaded (feed id -> downloaded),
	// for the first poll to use instead of asking the site again at once.
	fresh sync.Map
}

// New returns a Poller.
func New(st Store, add Adder, f Fetcher, opt Options) *Poller {
	opt.defaults()
	return &Poller{st: st, add: add, fetch: f, opt: opt, log: opt.Logger,
		hosts: newHostGate(opt.HostDelay, opt.Now, opt.Sleep), wake: make(chan struct{}, 1)}
}

// Follow validates a feed (it must download and parse) and follows it, due
// at once. Errors wrap ErrBadURL, ErrBadTopic, ErrNotFeed,
// store.ErrFeedExists, corpus.ErrBlockedAddress or *corpus.HTTPError.
func (p *Poller) Follow(ctx context.Context, rawURL, topic string, by int64) (store.Feed, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return store.Feed{}, fmt.Errorf("follow %s: %w", logURL(rawURL), ErrBadURL)
	}
	name := logURL(u.String())
	t, err := ParseTopic(topic)
	if err != nil {
		return store.Feed{}, fmt.Errorf("follow %s: %w", name, err)
	}
	res, err := p.download(ctx, store.Feed{URL: u.String()})
	if err != nil {
		return store.Feed{}, fmt.Errorf("follow %s: %w", name, err)
	}
	f, err := p.st.AddFeed(ctx, store.Feed{URL: u.String(), Title: res.feed.Title, Topic: t.String(), AddedBy: by, NextPoll: p.opt.Now()})
	if err != nil {
		return store.Feed{}, fmt.Errorf("follow %s: %w", name, err)
	}
	p.fresh.Store(f.ID, res)
	p.log.Info("feed followed", "feed_id", f.ID, "url", name, "topic", f.Topic, "items", len(res.feed.Items))
	select {
	case p.wake <- struct{}{}:
	default:
	}
	return f, nil
}

// Feeds lists the followed feeds.
func (p *Poller) Feeds(ctx context.Context) ([]store.Feed, error) { return p.st.Feeds(ctx) }

// Unfollow stops following feed id (its articles stay). store.ErrNotFound if absent.
func (p *Poller) Unfollow(ctx context.Context, id int64) error {
	p.fresh.Delete(id)
	return p.st.RemoveFeed(ctx, id)
}

// Pause pauses or resumes feed id. store.ErrNotFound if absent.
func (p *Poller) Pause(ctx context.Context, id int64, paused bool) error {
	return p.st.SetFeedPaused(ctx, id, paused)
}

// Run polls due feeds until ctx ends, looking every Options.Tick and at
// once when a feed is followed.
func (p *Poller) Run(ctx context.Context) error {
	t := time.NewTicker(p.opt.Tick)
	defer t.Stop()
	for {
		if _, err := p.Poll(ctx, false); err != nil && ctx.Err() == nil {
			p.log.Warn("feed poll pass", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-p.wake:
		}
	}
}

// Summary counts what one pass did.
type Summary struct {
	Feeds       int // feeds polled
	NotModified int // answered 304
	Failed      int // feeds whose poll failed
	Added       int // articles added
	Duplicates  int // items already in the corpus
	Filtered    int // items off the feed's topic
	ItemErrors  int // items whose article could not be made or stored
}

// Poll runs one pass over the feeds that are due (all active feeds when
// all is set), Options.Workers at a time, and returns when it is done.
func (p *Poller) Poll(ctx context.Context, all bool) (Summary, error) {
	now := p.opt.Now()
	due, err := p.st.DueFeeds(ctx, now)
	if all {
		due, err = p.st.Feeds(ctx)
	}
	if err != nil {
		return Summary{}, fmt.Errorf("poll feeds: %w", err)
	}
	var (
		mu  sync.Mutex
		sum Summary
		wg  sync.WaitGroup
	)
	sem := make(chan struct{}, p.opt.Workers)
	for _, f := range due {
		if f.Paused {
			continue
		}
		ok, err := p.st.ClaimFeed(ctx, f, now.Add(claimTTL))
		if err != nil {
			return sum, fmt.Errorf("poll feeds: %w", err)
		}
		if !ok {
			continue // another process has it
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return sum, ctx.Err()
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			s := p.pollFeed(ctx, f)
			mu.Lock()
			sum.Feeds++
			sum.NotModified += s.NotModified
			sum.Failed += s.Failed
			sum.Added += s.Added
			sum.Duplicates += s.Duplicates
			sum.Filtered += s.Filtered
			sum.ItemErrors += s.ItemErrors
			mu.Unlock()
		}()
	}
	wg.Wait()
	return sum, ctx.Err()
}

// downloaded is one feed answer: parsed, or not modified.
type downloaded struct {
	feed          *gofeed.Feed // nil when not modified
	etag, lastMod string
}

// download does the conditional GET of f and parses the answer.
func (p *Poller) download(ctx context.Context, f store.Feed) (downloaded, error) {
	ctx, cancel := context.WithTimeout(ctx, p.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL, nil)
	if err != nil {
		return downloaded{}, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1")
	if f.ETag != "" {
		req.Header.Set("If-None-Match", f.ETag)
	}
	if f.LastModified != "" {
		req.Header.Set("If-Modified-Since", f.LastModified)
	}
	if err := p.hosts.wait(ctx, req.URL.Host); err != nil {
		return downloaded{}, err
	}
	resp, err := p.fetch.Do(req)
	if err != nil {
		return downloaded{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return downloaded{}, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return downloaded{}, &corpus.HTTPError{URL: logURL(req.URL.String()), Status: resp.StatusCode}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, defaultFeedBytes+1))
	if err != nil {
		return downloaded{}, fmt.Errorf("read feed: %w", err)
	}
	if len(body) > defaultFeedBytes {
		return downloaded{}, fmt.Errorf("%w: more than %d bytes", corpus.ErrTooLarge, defaultFeedBytes)
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return downloaded{}, fmt.Errorf("%w: %v", ErrNotFeed, err)
	}
	return downloaded{feed: feed, etag: resp.Header.Get("ETag"), lastMod: resp.Header.Get("Last-Modified")}, nil
}

// pollFeed polls one claimed feed and records the outcome.
func (p *Poller) pollFeed(ctx context.Context, f store.Feed) Summary {
	start := p.opt.Now()
	log := p.log.With("feed_id", f.ID, "url", logURL(f.URL))
	var sum Summary
	var res downloaded
	var err error
	if v, ok := p.fresh.LoadAndDelete(f.ID); ok {
		res = v.(downloaded)
	} else {
		res, err = p.download(ctx, f)
	}
	rec := store.FeedPoll{At: start}
	switch {
	case err != nil:
		sum.Failed = 1
		rec.Err = err.Error()
		rec.Next = start.Add(p.backoff(f.Failures + 1))
		log.Warn("feed poll failed", "err", err, "failures", f.Failures+1, "retry_at", rec.Next)
	case res.feed == nil:
		sum.NotModified = 1
		rec.Next = start.Add(p.jitter(p.opt.Interval))
		log.Debug("feed not modified")
	default:
		truncated := p.items(ctx, f, res.feed, &sum, log)
		rec.Title = res.feed.Title
		rec.Added = sum.Added
		rec.Next = start.Add(p.jitter(p.opt.Interval))
		// Keep the old validators while items are left over, so the next
		// poll downloads the feed again and takes them.
		rec.SetValidators = !truncated
		rec.ETag, rec.LastModified = res.etag, res.lastMod
		log.Info("feed polled", "items", len(res.feed.Items), "added", sum.Added, "duplicates", sum.Duplicates,
			"filtered", sum.Filtered, "item_errors", sum.ItemErrors, "truncated", truncated,
			"latency_ms", p.opt.Now().Sub(start).Milliseconds())
	}
	// The outcome is recorded even when ctx ended mid-poll, on a detached,
	// bounded context, so the feed is not left claimed.
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := p.st.FinishFeedPoll(cctx, f.ID, rec); err != nil && !errors.Is(err, store.ErrNotFound) {
		log.Error("record feed poll", "err", err)
	}
	return sum
}

// backoff is the delay after the n-th consecutive failure.
func (p *Poller) backoff(n int) time.Duration {
	d := p.opt.RetryBase
	for i := 1; i < n && d < p.opt.MaxBackoff; i++ {
		d *= 2
	}
	return p.jitter(min(d, p.opt.MaxBackoff))
}

// jitter spreads d by ±10%, so feeds followed together do not stay in step.
func (p *Poller) jitter(d time.Duration) time.Duration {
	return d + time.Duration((p.opt.Rand()*2-1)*defaultJitter*float64(d))
}

// item is one feed entry, keyed.
type item struct {
	key string
	it  *gofeed.Item
}

// items handles the new items of a parsed feed, newest first, at most
// MaxItems; it reports whether some were left for the next poll.
func (p *Poller) items(ctx context.Context, f store.Feed, feed *gofeed.Feed, sum *Summary, log *slog.Logger) bool {
	var all []item
	seen := map[string]bool{}
	for _, it := range feed.Items {
		k := itemKey(it)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		all = append(all, item{k, it})
	}
	// Newest first; undated items keep the feed's order (usually newest first).
	sort.SliceStable(all, func(i, j int) bool { return itemTime(all[i].it).After(itemTime(all[j].it)) })
	keys := make([]string, len(all))
	for i, x := range all {
		keys[i] = x.key
	}
	known, err := p.st.FeedItems(ctx, f.ID, keys)
	if err != nil {
		log.Error("feed items", "err", err)
		sum.ItemErrors++
		return true
	}
	var fresh []item
	for _, x := range all {
		if k, ok := known[x.key]; ok && (k.State != store.ItemFailed || k.Attempts >= maxItemAttempts) {
			continue
		}
		fresh = append(fresh, x)
	}
	truncated := len(fresh) > p.opt.MaxItems
	if truncated {
		fresh = fresh[:p.opt.MaxItems]
	}
	topic, err := ParseTopic(f.Topic)
	if err != nil {
		log.Error("stored topic does not parse; taking every item", "topic", f.Topic, "err", err)
	}
	outlet := outletName(feed, f.URL)
	base, _ := url.Parse(f.URL)
	for _, x := range fresh {
		if l, err := url.Parse(strings.TrimSpace(x.it.Link)); err == nil && base != nil && x.it.Link != "" {
			x.it.Link = base.ResolveReference(l).String() // some feeds give links relative to themselves
		}
		if ctx.Err() != nil {
			return true
		}
		state, id := p.item(ctx, x.it, topic, outlet, log)
		switch state {
		case store.ItemAdded:
			sum.Added++
		case store.ItemDuplicate:
			sum.Duplicates++
		case store.ItemFiltered:
			sum.Filtered++
		default:
			sum.ItemErrors++
		}
		if err := p.st.MarkFeedItem(ctx, f.ID, x.key, state, id); err != nil {
			log.Error("mark feed item", "err", err)
		}
	}
	return truncated
}

// item turns one entry into an article and ingests it.
func (p *Poller) item(ctx context.Context, it *gofeed.Item, topic Topic, outlet string, log *slog.Logger) (state, articleID string) {
	content := it.Content
	if content == "" {
		content = it.Description
	}
	text := htmlText(content)
	if !topic.Match(it.Title + "\n" + htmlText(it.Description) + "\n" + text + "\n" + strings.Join(it.Categories, " ")) {
		return store.ItemFiltered, ""
	}
	ctx, cancel := context.WithTimeout(ctx, itemTimeout)
	defer cancel()
	a, err := p.article(ctx, it, content, text)
	if err != nil {
		log.Warn("feed item", "link", logURL(it.Link), "err", err)
		return store.ItemFailed, ""
	}
	if t := strings.TrimSpace(it.Title); t != "" {
		a.Title = html.UnescapeString(t)
	}
	a.Source = outlet
	if ts := itemTime(it); !ts.IsZero() {
		a.Published = ts
	}
	a.ID = "" // derived again, from the link: an id made from the body alone would change with each edit
	res, err := p.add.Add(ctx, a)
	if err != nil {
		log.Warn("feed item ingest", "link", logURL(it.Link), "err", err)
		return store.ItemFailed, ""
	}
	if res.Outcome == store.Duplicate {
		return store.ItemDuplicate, res.Article.ID
	}
	return store.ItemAdded, res.Article.ID
}

// article is the item's full text: the feed's content when it is long
// enough to be the article, else the linked page, extracted.
func (p *Poller) article(ctx context.Context, it *gofeed.Item, content, text string) (corpus.Article, error) {
	link := strings.TrimSpace(it.Link)
	if utf8.RuneCountInString(text) >= p.opt.MinContentRunes || link == "" {
		a, err := corpus.Parse("item.html", []byte("<html><body><article>"+content+"</article></body></html>"))
		if err != nil {
			return corpus.Article{}, err
		}
		if link != "" && checkLink(link) {
			a.URL = link
		}
		return a, nil
	}
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return corpus.Article{}, fmt.Errorf("item link %q: %w", logURL(link), ErrBadURL)
	}
	if err := p.hosts.wait(ctx, u.Host); err != nil {
		return corpus.Article{}, err
	}
	a, err := p.fetch.Fetch(ctx, link)
	if err != nil && ctx.Err() == nil && utf8.RuneCountInString(text) >= minFallbackRunes {
		// A page that cannot be had (paywall, outage, a site that refuses
		// bots) still leaves the feed's own summary, linked to it: a short
		// article is better than none when the summary says something.
		fa, ferr := corpus.Parse("item.html", []byte("<html><body><article>"+content+"</article></body></html>"))
		if ferr == nil {
			fa.URL = link
			return fa, nil
		}
	}
	return a, err
}

func checkLink(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// logURL is a URL for logs and errors: scheme, host and path. Private
// feeds often carry an access token in the query or the user info.
func logURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return secret.RedactURL(raw)
	}
	return u.Scheme + "://" + u.Host + u.EscapedPath()
}

// itemKey identifies an item across polls: its guid, else its link, else its title.
func itemKey(it *gofeed.Item) string {
	for _, k := range []string{it.GUID, it.Link, it.Title} {
		if k = strings.TrimSpace(k); k != "" {
			if len(k) > 500 {
				k = k[:500]
			}
			return k
		}
	}
	return ""
}

func itemTime(it *gofeed.Item) time.Time {
	if it.PublishedParsed != nil {
		return *it.PublishedParsed
	}
	if it.UpdatedParsed != nil {
		return *it.UpdatedParsed
	}
	return time.Time{}
}

// outletName is the feed's title, else its site's host name.
func outletName(feed *gofeed.Feed, feedURL string) string {
	if t := strings.TrimSpace(html.UnescapeString(feed.Title)); t != "" {
		return t
	}
	link := feed.Link
	if link == "" {
		link = feedURL
	}
	if u, err := url.Parse(link); err == nil {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}

// htmlText is the text of an HTML fragment (or of plain text), for the
// topic filter and for measuring whether feed content is a whole article.
func htmlText(s string) string {
	if !strings.ContainsRune(s, '<') {
		return html.UnescapeString(s)
	}
	var sb strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			if skip == 0 {
				sb.Write(z.Text())
				sb.WriteByte(' ')
			}
		case html.StartTagToken:
			if n, _ := z.TagName(); string(n) == "script" || string(n) == "style" {
				skip++
			}
		case html.EndTagToken:
			if n, _ := z.TagName(); (string(n) == "script" || string(n) == "style") && skip > 0 {
				skip--
			}
		}
	}
}

// hostGate spaces requests to one host by a delay: a feed and the pages it
// links usually live on one site, and a poll must not hammer it.
type hostGate struct {
	delay time.Duration
	now   func() time.Time
	sleep func(context.Context, time.Duration) error
	mu    sync.Mutex
	hosts map[string]*hostSlot
}

type hostSlot struct {
	mu   sync.Mutex
	last time.Time
}

func newHostGate(delay time.Duration, now func() time.Time, sleep func(context.Context, time.Duration) error) *hostGate {
	return &hostGate{delay: delay, now: now, sleep: sleep, hosts: map[string]*hostSlot{}}
}

// wait returns when a request to host may start.
func (g *hostGate) wait(ctx context.Context, host string) error {
	if g.delay <= 0 {
		return nil
	}
	host = strings.ToLower(host)
	g.mu.Lock()
	s := g.hosts[host]
	if s == nil {
		s = &hostSlot{}
		g.hosts[host] = s
	}
	g.mu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.last.IsZero() {
		if d := s.last.Add(g.delay).Sub(g.now()); d > 0 {
			if err := g.sleep(ctx, d); err != nil {
				return err
			}
		}
	}
	s.last = g.now()
	return nil
}
