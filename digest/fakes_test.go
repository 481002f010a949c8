package digest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/store"
)

// fakeClock is a simulated clock: After advances time by d at once, so a
// day of scheduling runs in milliseconds and nothing sleeps. Events
// scheduled with At run when time passes them, with Now reading their time
// (so an article "added at 13:00" gets AddedAt 13:00 from the store).
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	events []clockEvent
	stopAt time.Time
	stop   func()
}

type clockEvent struct {
	at time.Time
	fn func()
}

func newFakeClock(t time.Time) *fakeClock { return &fakeClock{now: t} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.Advance(d)
	ch := make(chan time.Time, 1)
	ch <- c.Now()
	return ch
}

// Advance moves time forward by d, running due events on the way.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	target := c.now.Add(d)
	for len(c.events) > 0 && !c.events[0].at.After(target) {
		ev := c.events[0]
		c.events = c.events[1:]
		if ev.at.After(c.now) {
			c.now = ev.at
		}
		c.mu.Unlock()
		ev.fn()
		c.mu.Lock()
	}
	if target.After(c.now) {
		c.now = target
	}
	var stop func()
	if c.stop != nil && !c.now.Before(c.stopAt) {
		stop, c.stop = c.stop, nil
	}
	c.mu.Unlock()
	if stop != nil {
		stop()
	}
}

// Set jumps to t (forward only; events on the way run).
func (c *fakeClock) Set(t time.Time) {
	if d := t.Sub(c.Now()); d > 0 {
		c.Advance(d)
	}
}

// At runs fn when simulated time reaches t.
func (c *fakeClock) At(t time.Time, fn func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.events = append(c.events, clockEvent{t, fn})
	sort.SliceStable(c.events, func(i, j int) bool { return c.events[i].at.Before(c.events[j].at) })
}

// StopAt calls stop once time reaches t.
func (c *fakeClock) StopAt(t time.Time, stop func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stopAt, c.stop = t, stop
}

// fakeGen stands in for answer.Service.Digest: each article becomes a cited
// line, and every call is counted (a call is a model call in production).
type fakeGen struct {
	mu    sync.Mutex
	calls int
	got   [][]string // article ids per call
	fail  error
}

func (g *fakeGen) Digest(ctx context.Context, arts []corpus.Article, lang string) (answer.Answer, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.fail != nil {
		return answer.Answer{}, g.fail
	}
	g.calls++
	var ids []string
	var lines []string
	var cits []answer.Citation
	for i, a := range arts {
		ids = append(ids, a.ID)
		lines = append(lines, fmt.Sprintf("%s (%s) [%d]", a.Title, lang, i+1))
		cits = append(cits, answer.Citation{N: i + 1, ArticleID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Lang: a.Lang})
	}
	g.got = append(g.got, ids)
	// Not extractive: it stands for a model, whose text the digest shows.
	return answer.Answer{Text: strings.Join(lines, "\n"), Lang: lang, Citations: cits, Sources: cits}, nil
}

func (g *fakeGen) Calls() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.calls
}

// sent is one message a fake sender delivered.
type sent struct {
	at  time.Time
	ans Digest
}

// fakeSender records deliveries per chat. fault, if set, may fail a call
// (n counts every call, from 1) instead of delivering it; after runs after
// a delivery is recorded (to simulate a crash right after Telegram got it).
type fakeSender struct {
	clock Clock
	mu    sync.Mutex
	calls int
	got   map[int64][]sent
	fault func(chat int64, n int) error
	after func(chat int64, n int)
	// attempts records every call's time and outcome, for pacing checks.
	attempts []attempt
}

type attempt struct {
	chat int64
	at   time.Time
	err  error
}

func newFakeSender(c Clock) *fakeSender { return &fakeSender{clock: c, got: map[int64][]sent{}} }

func (f *fakeSender) SendDigest(ctx context.Context, chat int64, d Digest) error {
	if _, ok := ctx.Deadline(); !ok {
		return errors.New("fake sender: send without a deadline")
	}
	f.mu.Lock()
	f.calls++
	n := f.calls
	var err error
	if f.fault != nil {
		err = f.fault(chat, n)
	}
	f.attempts = append(f.attempts, attempt{chat, f.clock.Now(), err})
	if err == nil {
		f.got[chat] = append(f.got[chat], sent{f.clock.Now(), d})
	}
	after := f.after
	f.mu.Unlock()
	if err == nil && after != nil {
		after(chat, n)
	}
	return err
}

func (f *fakeSender) messages(chat int64) []sent {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]sent(nil), f.got[chat]...)
}

func (f *fakeSender) total() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, m := range f.got {
		n += len(m)
	}
	return n
}

// env is a Service over a real SQLite store in a temp dir, a simulated
// clock, a counting generator and a recording sender.
type env struct {
	t    testing.TB
	path string
	clk  *fakeClock
	st   *store.Store
	gen  *fakeGen
	snd  *fakeSender
	svc  *Service
	opt  Options
	// generator replaces gen when set (the real answer.Service in the
	// end-to-end tests).
	generator Generator
}

func quietLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

func newEnv(t testing.TB, start time.Time, opt Options) *env {
	t.Helper()
	return newEnvWith(t, start, opt, nil)
}

// newEnvWith is newEnv with another generator (nil: the counting fake).
func newEnvWith(t testing.TB, start time.Time, opt Options, gen Generator) *env {
	t.Helper()
	e := &env{t: t, path: filepath.Join(t.TempDir(), "detente.db"), clk: newFakeClock(start), gen: &fakeGen{}, generator: gen}
	e.snd = newFakeSender(e.clk)
	opt.Clock = e.clk
	if opt.ScanInterval == 0 {
		// Run wakes at due times anyway; a long interval keeps multi-day
		// simulations to a few passes an hour (SQLite is slow under -race).
		opt.ScanInterval = time.Hour
	}
	if opt.Logger == nil {
		opt.Logger = quietLogger()
	}
	e.opt = opt
	e.open()
	return e
}

// open (re)opens the store and builds a new Service on it: a restart.
func (e *env) open() {
	e.t.Helper()
	st, err := store.OpenWith(context.Background(), e.path, store.Options{Now: e.clk.Now})
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { st.Close() })
	e.st = st
	var g Generator = e.gen
	if e.generator != nil {
		g = e.generator
	}
	e.svc = New(st, g, e.opt)
}

// addArticle stores an article now (AddedAt = the simulated now).
func (e *env) addArticle(id, title, body string) {
	e.t.Helper()
	a := corpus.Article{ID: id, Title: title, Source: "TASS", Lang: "en", Body: body, Hash: corpus.BodyHash(body + id),
		URL: "https://example.com/" + id}
	if _, err := e.st.PutArticle(context.Background(), a, nil, nil, ""); err != nil {
		e.t.Fatal(err)
	}
}

// articleAt schedules addArticle at t.
func (e *env) articleAt(t time.Time, id, title, body string) {
	e.clk.At(t, func() { e.addArticle(id, title, body) })
}

// command runs a digest command and fails the test on an error.
func (e *env) command(u User, cmd, args string) string {
	e.t.Helper()
	reply, err := e.svc.Command(context.Background(), u, cmd, args)
	if err != nil {
		e.t.Fatalf("/%s %s: %v", cmd, args, err)
	}
	return reply
}

// run runs the scheduler until simulated time reaches until and returns
// once Run has returned.
func (e *env) run(until time.Time) {
	e.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	e.clk.StopAt(until, cancel)
	if err := e.svc.Run(ctx, e.snd); err != nil {
		e.t.Fatal(err)
	}
}

// cited lists the article ids a delivered digest cites, sorted.
func cited(d Digest) []string {
	var ids []string
	for _, s := range d.Stories {
		for _, c := range s.Articles {
			ids = append(ids, c.ArticleID)
		}
	}
	sort.Strings(ids)
	return ids
}

// textOf is a digest's text as the old single-text form read: the title,
// then the summary; or the note when there is nothing new.
func textOf(d Digest) string {
	if d.Note != "" {
		return d.Note
	}
	return d.Title + "\n\n" + d.Summary
}

func user(chat int64, lang string) User {
	return User{ChatID: chat, UserID: chat, LangCode: lang, Lang: lang}
}

func articleFor(title, body string) corpus.Article { return corpus.Article{Title: title, Body: body} }
