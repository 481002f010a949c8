// Package botload measures the Telegram bot's own overhead: many users ask
// at once through the fake Telegram server (internal/faketg), a fake
// Answerer answers instantly, and the time from each update's arrival at
// the fake server to the first message (or draft) the bot sends back is
// recorded, and to the first one holding answer text (a citation; the
// first may be progress, "searching…"). It also checks that every user got exactly one answer. The bot
// benchmarks (bot/load_test.go) and the benchmark suite use it.
package botload

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/bot"
	"github.com/detente/detente/internal/faketg"
	"github.com/detente/detente/store"
)

// Options configures a run. Zero values are sensible.
type Options struct {
	Users int // concurrent users, one question each (default 1)
	// Answerer answers; nil means Instant.
	Answerer bot.Answerer
	// Config is the bot configuration (token and API URL are filled in).
	// Zero pacing fields get the defaults below, not the production ones,
	// except GlobalPerSecond: 0 lifts the global send budget so the figure
	// is the bot's overhead, not Telegram's 30 messages/second.
	Config bot.Config
	// Drafts streams through sendMessageDraft (private chats); false
	// makes the fake server refuse drafts, so answers stream by edits.
	Drafts bool
	// Timeout bounds the whole run (default 60s).
	Timeout time.Duration
}

// Result is what a run measured.
type Result struct {
	Users int
	// FirstOut holds, per user, update arrival → first message or draft out.
	FirstOut []time.Duration
	P50, P99 time.Duration
	Max      time.Duration
	// AnswerP50 and AnswerP99 are update arrival → first text with a
	// citation "[n]" out (the answer itself, not progress).
	AnswerP50, AnswerP99 time.Duration
	Total                time.Duration // first update in → last answer finished
	Answered             int           // users whose chat ended with exactly one finished answer
	// Calls counts the Bot API calls the bot made into the users' chats,
	// by method (answered ones, errors included: each spent the budget).
	Calls map[string]int
	// CallsPerAnswer is all those calls over the users answered: what
	// one answer costs of the bot-wide send budget.
	CallsPerAnswer float64
}

// String is a one-line summary.
func (r Result) String() string {
	return fmt.Sprintf("users=%d answered=%d first_out p50=%v p99=%v max=%v first_answer p50=%v p99=%v total=%v calls/answer=%.2f %v",
		r.Users, r.Answered, r.P50, r.P99, r.Max, r.AnswerP50, r.AnswerP99, r.Total, r.CallsPerAnswer, r.Calls)
}

// Instant streams a short cited answer with no delay.
type Instant struct{}

// Ask implements bot.Answerer.
func (Instant) Ask(_ context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
	txt := "They agreed to restore embassy staffing [1]."
	if onDelta != nil {
		onDelta(txt)
	}
	c := []answer.Citation{{N: 1, ArticleID: "a1", Title: "Talks", URL: "https://example.org/a1", Source: "Reuters", Lang: "en",
		Published: time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC), Passage: "Delegations met."}}
	return answer.Answer{Text: txt, Lang: "en", Citations: c, Sources: c, Query: req.Question}, nil
}

// Run starts a fake Telegram server and a bot over a fresh store in dir,
// makes Users users ask one question each at the same moment, waits for
// every answer, and reports.
func Run(ctx context.Context, dir string, opt Options) (Result, error) {
	if opt.Users <= 0 {
		opt.Users = 1
	}
	if opt.Answerer == nil {
		opt.Answerer = Instant{}
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 60 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()

	var tgOpts []faketg.Option
	if !opt.Drafts {
		tgOpts = append(tgOpts, faketg.WithoutDrafts())
	}
	tg := faketg.New(tgOpts...)
	defer tg.Close()
	st, err := store.Open(ctx, filepath.Join(dir, "botload.db"))
	if err != nil {
		return Result{}, fmt.Errorf("botload: %w", err)
	}
	defer st.Close()

	cfg := opt.Config
	cfg.Token, cfg.APIURL = tg.Token, tg.URL
	if cfg.GlobalPerSecond == 0 {
		cfg.GlobalPerSecond = 1_000_000
	}
	if cfg.MaxConcurrent == 0 {
		cfg.MaxConcurrent = 64
	}
	if cfg.PollTimeout == 0 {
		cfg.PollTimeout = 5 * time.Second
	}
	if cfg.ShutdownTimeout == 0 {
		cfg.ShutdownTimeout = 10 * time.Second
	}
	b, err := bot.New(cfg, bot.Deps{Answerer: opt.Answerer, Store: st, Logger: slog.New(slog.DiscardHandler),
		DetectLang: func(string) string { return "en" }})
	if err != nil {
		return Result{}, fmt.Errorf("botload: %w", err)
	}
	runCtx, stop := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- b.Run(runCtx) }()
	defer func() {
		stop()
		<-errc
	}()
	if err := tg.Wait(ctx, func() bool { return len(tg.Calls("setMyCommands")) > 0 }); err != nil {
		return Result{}, fmt.Errorf("botload: bot did not start: %w", err)
	}

	// Build every update first so that pushing them is one burst.
	ups := make([]*models.Update, opt.Users)
	for i := range ups {
		id := int64(10_000 + i)
		ups[i] = tg.Text(faketg.PrivateChat(id), faketg.User(id, "en"), fmt.Sprintf("question %d about the talks", i))
	}
	start := time.Now()
	in := make(map[int64]time.Time, opt.Users)
	for _, u := range ups {
		in[u.Message.Chat.ID] = time.Now()
		tg.Push(u)
	}
	if err := waitFinished(ctx, tg, slices.Collect(maps.Keys(in))); err != nil {
		return Result{}, err
	}
	res := Result{Users: opt.Users, Total: time.Since(start)}

	res.Calls = map[string]int{}
	total := 0
	for _, c := range tg.Calls("sendMessage", "sendMessageDraft", "editMessageText", "sendChatAction") {
		if _, ok := in[c.Int64("chat_id")]; ok {
			res.Calls[c.Method]++
			total++
		}
	}
	first, firstAnswer := map[int64]time.Time{}, map[int64]time.Time{}
	for _, c := range tg.Calls("sendMessage", "sendMessageDraft", "editMessageText") {
		id := c.Int64("chat_id")
		if _, ok := in[id]; ok && c.Code == 0 {
			if _, seen := first[id]; !seen {
				first[id] = c.At
			}
			if _, seen := firstAnswer[id]; !seen && cited.MatchString(c.Params["text"]) {
				firstAnswer[id] = c.At
			}
		}
	}
	var answerOut []time.Duration
	for id, t0 := range in {
		t1, ok := first[id]
		if !ok {
			return Result{}, errors.New("botload: a chat has an answer but no recorded first call")
		}
		res.FirstOut = append(res.FirstOut, t1.Sub(t0))
		if t2, ok := firstAnswer[id]; ok {
			answerOut = append(answerOut, t2.Sub(t0))
		}
		if n := countFinished(tg.Messages(id)); n == 1 {
			res.Answered++
		}
	}
	res.CallsPerAnswer = float64(total) / float64(max(res.Answered, 1))
	slices.Sort(res.FirstOut)
	res.P50 = percentile(res.FirstOut, 0.50)
	res.P99 = percentile(res.FirstOut, 0.99)
	res.Max = res.FirstOut[len(res.FirstOut)-1]
	slices.Sort(answerOut)
	res.AnswerP50, res.AnswerP99 = percentile(answerOut, 0.50), percentile(answerOut, 0.99)
	if res.Answered != opt.Users {
		return res, fmt.Errorf("botload: %d of %d users got exactly one answer", res.Answered, opt.Users)
	}
	return res, nil
}

// cited matches answer text: it cites a source.
var cited = regexp.MustCompile(`\[\d+\]`)

func finished(msgs []faketg.Message) bool { return countFinished(msgs) > 0 }

// countFinished counts finished answers: messages carrying the feedback buttons.
func countFinished(msgs []faketg.Message) int {
	n := 0
	for _, m := range msgs {
		if strings.Contains(m.ReplyMarkup, "fb:1") {
			n++
		}
	}
	return n
}

// percentile of sorted durations (nearest rank).
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p+0.5) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// ReplicaOptions configures RunReplicas.
type ReplicaOptions struct {
	// DB is the one database every replica opens: a SQLite file path or a
	// PostgreSQL URL (store.Open's argument). It should be empty.
	DB       string
	Replicas int // serve replicas in webhook mode on DB (default 1)
	Users    int // users asking one question each, all at once (default 200)
	// Answerer answers on every replica; nil means Instant.
	Answerer bot.Answerer
	Timeout  time.Duration // bounds the run (default 2 minutes)
}

// ReplicaResult is what RunReplicas measured.
type ReplicaResult struct {
	Replicas, Users int
	Answered        int           // users whose chat holds exactly one finished answer
	Total           time.Duration // first update posted → last answer finished
	AnswersPerSec   float64       // Answered over Total
	// AnswerP50 and AnswerP99 are update posted → first text with a
	// citation out, per user.
	AnswerP50, AnswerP99 time.Duration
	// Refused counts webhook posts a replica did not accept with 200
	// (each was posted again, to the next replica, as Telegram would).
	Refused int
}

// String is a one-line summary.
func (r ReplicaResult) String() string {
	return fmt.Sprintf("replicas=%d users=%d answered=%d total=%v answers/s=%.1f answer p50=%v p99=%v refused=%d",
		r.Replicas, r.Users, r.Answered, r.Total, r.AnswersPerSec, r.AnswerP50, r.AnswerP99, r.Refused)
}

const replicaSecret = "botload-replica-secret"

// RunReplicas is issue 11's deployment in one process: Replicas bots in
// webhook mode, each with its own store handle on DB and its own webhook
// address, behind a round-robin balancer; Users users ask at once (one
// update each, posted concurrently as Telegram does, to the next replica
// when one refuses), and the run ends when every user holds a finished
// answer. The send budget is lifted and the answerer is instant by
// default, so answers/s is what the bots, their claims in the database's
// inbox and the database itself sustain.
func RunReplicas(ctx context.Context, opt ReplicaOptions) (ReplicaResult, error) {
	if opt.Replicas <= 0 {
		opt.Replicas = 1
	}
	if opt.Users <= 0 {
		opt.Users = 200
	}
	if opt.Answerer == nil {
		opt.Answerer = Instant{}
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 2 * time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	tg := faketg.New(faketg.WithoutDrafts())
	defer tg.Close()

	hooks := make([]string, opt.Replicas)
	var running []chan error
	runCtx, stop := context.WithCancel(context.Background())
	defer func() {
		// A keep-alive connection the posts left idle would hold each
		// replica's server shutdown for its full grace period.
		http.DefaultClient.CloseIdleConnections()
		stop()
		for _, done := range running {
			<-done
		}
	}()
	for i := range hooks {
		addr, err := freeLoopback()
		if err != nil {
			return ReplicaResult{}, fmt.Errorf("botload: %w", err)
		}
		st, err := store.Open(ctx, opt.DB)
		if err != nil {
			return ReplicaResult{}, fmt.Errorf("botload: replica %d: %w", i, err)
		}
		b, err := bot.New(bot.Config{
			Token: tg.Token, APIURL: tg.URL,
			WebhookURL: "https://bot.example.org/tg/hook", WebhookSecret: replicaSecret, WebhookListen: addr,
			RatePerMinute: 6000, Burst: 100, GlobalPerSecond: 1_000_000, MaxConcurrent: 64,
			ShutdownTimeout: 10 * time.Second, NoDrafts: true,
		}, bot.Deps{Answerer: opt.Answerer, Store: st, Logger: slog.New(slog.DiscardHandler),
			DetectLang: func(string) string { return "en" }})
		if err != nil {
			st.Close()
			return ReplicaResult{}, fmt.Errorf("botload: replica %d: %w", i, err)
		}
		done := make(chan error, 1)
		go func() {
			err := b.Run(runCtx)
			st.Close()
			done <- err
		}()
		running = append(running, done)
		hooks[i] = "http://" + addr + "/tg/hook"
	}
	// Each replica registers the webhook once it takes updates.
	if err := tg.Wait(ctx, func() bool { return len(tg.Calls("setWebhook")) >= opt.Replicas }); err != nil {
		return ReplicaResult{}, fmt.Errorf("botload: replicas did not start: %w", err)
	}

	ups := make([]*models.Update, opt.Users)
	for i := range ups {
		id := int64(10_000 + i)
		ups[i] = tg.Text(faketg.PrivateChat(id), faketg.User(id, "en"), fmt.Sprintf("question %d about the talks", i))
		ups[i].ID = int64(i + 1)
	}
	in := make([]time.Time, opt.Users)
	refused := make([]int, opt.Users)
	errs := make(chan error, opt.Users)
	start := time.Now()
	for i, u := range ups {
		go func() {
			in[i] = time.Now()
			for try := 0; ; try++ {
				code, err := faketg.PostWebhook(ctx, hooks[(i+try)%len(hooks)], replicaSecret, u)
				if err == nil && code == http.StatusOK {
					errs <- nil
					return
				}
				refused[i]++
				if ctx.Err() != nil {
					errs <- fmt.Errorf("update %d never accepted: %d %v", u.ID, code, err)
					return
				}
			}
		}()
	}
	for range ups {
		if err := <-errs; err != nil {
			return ReplicaResult{}, fmt.Errorf("botload: %w", err)
		}
	}
	chats := make([]int64, len(ups))
	for i, u := range ups {
		chats[i] = u.Message.Chat.ID
	}
	if err := waitFinished(ctx, tg, chats); err != nil {
		return ReplicaResult{}, err
	}
	res := ReplicaResult{Replicas: opt.Replicas, Users: opt.Users, Total: time.Since(start)}
	firstAnswer := map[int64]time.Time{}
	for _, c := range tg.Calls("sendMessage", "editMessageText") {
		id := c.Int64("chat_id")
		if _, seen := firstAnswer[id]; !seen && c.Code == 0 && cited.MatchString(c.Params["text"]) {
			firstAnswer[id] = c.At
		}
	}
	var lat []time.Duration
	for i, u := range ups {
		id := u.Message.Chat.ID
		if t, ok := firstAnswer[id]; ok {
			lat = append(lat, t.Sub(in[i]))
		}
		if countFinished(tg.Messages(id)) == 1 {
			res.Answered++
		}
		res.Refused += refused[i]
	}
	slices.Sort(lat)
	res.AnswerP50, res.AnswerP99 = percentile(lat, 0.50), percentile(lat, 0.99)
	res.AnswersPerSec = float64(res.Answered) / res.Total.Seconds()
	if res.Answered != opt.Users {
		return res, fmt.Errorf("botload: %d of %d users got exactly one answer", res.Answered, opt.Users)
	}
	return res, nil
}

// freeLoopback is a loopback address nobody listens on: the bot listens
// itself and reports no address back, so the port is picked here.
func freeLoopback() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// waitFinished waits until every chat in chats has its answer. It polls
// rather than re-checking on every call the fake serves: the check reads
// all chats and must not slow the bot down.
func waitFinished(ctx context.Context, tg *faketg.Server, chats []int64) error {
	pending := make(map[int64]bool, len(chats))
	for _, id := range chats {
		pending[id] = true
	}
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		for id := range pending {
			if finished(tg.Messages(id)) {
				delete(pending, id)
			}
		}
		if len(pending) == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("botload: %d of %d users not answered: %w", len(pending), len(chats), ctx.Err())
		case <-tick.C:
		}
	}
}
