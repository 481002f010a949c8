// Package bot is Detente's Telegram front end: it takes updates (long
// polling or a webhook), answers questions by streaming cited answers into
// paced message edits, keeps conversations for follow-ups, lets admins curate
// the corpus, and delivers digests. It knows nothing of how retrieval or the
// model works: it talks to an Answerer, a Curator and Digests.
//
// go-telegram/bot (imported as tgbot) is used for every Bot API call. Its
// update loop is not: the bot has its own poller and webhook handler, and a
// dispatcher that keeps per-chat order, bounds concurrency, recovers panics
// and drains on shutdown, none of which the library does.
package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
	"golang.org/x/time/rate"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/digest"
	"github.com/detente/detente/ingest"
	"github.com/detente/detente/secret"
	"github.com/detente/detente/store"
)

// Answerer answers one question, streaming the text through onDelta.
// *answer.Service implements it.
type Answerer interface {
	Ask(ctx context.Context, req answer.Request, onDelta func(delta string)) (answer.Answer, error)
}

// Curator changes the corpus. *ingest.Service implements it.
type Curator interface {
	AddURL(ctx context.Context, url string) (ingest.Result, error)
	AddText(ctx context.Context, text string) (ingest.Result, error)
	AddFile(ctx context.Context, name string, data []byte) (ingest.Result, error)
	Remove(ctx context.Context, id string) error
}

// Digests handles subscription commands and on-demand digests.
// *digest.Service implements it.
type Digests interface {
	Command(ctx context.Context, u digest.User, cmd, args string) (string, error)
	Now(ctx context.Context, u digest.User, page int) (digest.Digest, error)
	Page(ctx context.Context, u digest.User, start, end time.Time, page int) (digest.Digest, error)
}

// Store is the slice of the database the bot uses, in the small pieces
// below; *store.Store implements it. The store keeps SQLite's single
// writer and the user cache to itself.
type Store interface {
	Conversations
	Users
	Feedback
	Statistics
	Updates
	Inbox
}

// Updates remembers the highest update the bot began to handle, so an
// update Telegram delivers again after a crash is not answered twice.
type Updates interface {
	HandledUpdate(ctx context.Context) (int64, error)
	MarkUpdateHandled(ctx context.Context, id int64) error
}

// Conversations keeps answered turns, so follow-ups, replies and /source
// survive a restart, and /new's reset point.
type Conversations interface {
	TurnByMessage(ctx context.Context, chatID int64, messageID int) (store.Turn, error)
	LastTurn(ctx context.Context, chatID int64) (store.Turn, error)
	// LastTurnBy is a group member's own latest turn: each asker has a thread.
	LastTurnBy(ctx context.Context, chatID, userID int64) (store.Turn, error)
	Thread(ctx context.Context, threadID, upTo int64, limit int) ([]store.Turn, error)
	ChatResetAt(ctx context.Context, chatID int64) (time.Time, error)
	ResetChat(ctx context.Context, chatID int64) error
	// RecordAnswer stores a question's outcome (and its turn) at once.
	RecordAnswer(ctx context.Context, a store.Answered) (store.Turn, error)
}

// Users keeps who wrote and their /lang choice. TouchUser records a
// message (the store decides how often that costs a write); PeekUser never
// writes.
type Users interface {
	TouchUser(ctx context.Context, userID, chatID int64, langCode string) (store.BotUser, error)
	PeekUser(ctx context.Context, userID, chatID int64, langCode string) (store.BotUser, error)
	// PeekAsker is PeekUser with the chat's last turn and /new time, in
	// one query: what a question reads before its first message out.
	PeekAsker(ctx context.Context, userID, chatID int64, langCode string) (store.Asker, error)
	SetUserLang(ctx context.Context, userID, chatID int64, lang string) error
}

// Feedback keeps 👍/👎 votes.
type Feedback interface {
	PutFeedback(ctx context.Context, f store.Feedback) error
}

// Statistics is what /stats, /list and /readyz read.
type Statistics interface {
	CorpusStats(ctx context.Context) (store.Stats, error)
	Articles(ctx context.Context, offset, limit int) ([]corpus.Article, error)
	BotStatistics(ctx context.Context, since time.Time) (store.BotStats, error)
	Ping(ctx context.Context) error
	// Backend names the database engine, for /readyz.
	Backend() string
}

// Config is the bot's configuration. Zero values mean the documented defaults.
type Config struct {
	Token  string // bot token (required); never logged
	APIURL string // Bot API base URL; "" = https://api.telegram.org

	Admins       []int64 // user ids allowed to curate
	AllowedChats []int64 // when non-empty, only these chat or user ids are served

	WebhookURL    string // set: webhook mode (the update path is this URL's path)
	WebhookSecret string // X-Telegram-Bot-Api-Secret-Token; "" = random per start
	// Listen is the address for /healthz, /readyz and /metrics ("" =
	// none). They tell the world about the bot's load and errors, so it
	// is meant to be private (loopback, a cluster network).
	Listen string
	// WebhookListen is the address Telegram's webhook posts to, in webhook
	// mode (required then). It serves the webhook path and nothing else,
	// so exposing it publicly exposes no metrics; it must differ from
	// Listen.
	WebhookListen string

	// AllowPrivateFetch lets /add fetch loopback, private and link-local
	// addresses. The Curator's fetcher enforces it; the bot checks literal
	// addresses too, to answer at once.
	AllowPrivateFetch bool

	RatePerMinute int // questions per user per minute, default 6
	Burst         int // questions a user may ask at once, default 3
	// Every other update that gets a reply (commands, /cancel, button
	// presses) spends a second budget, so a flood of them cannot make the
	// bot flood back. Admins are not limited.
	CommandsPerMinute int // default 20
	CommandBurst      int // default 10
	MaxConcurrent     int // answers generated at once across all chats, default 4

	// Replicas is how many processes serve this bot token (default 1).
	// Telegram's budget is the bot's, not a process's, so each replica
	// spends an explicit share, GlobalPerSecond/Replicas: together they
	// never exceed it, and a replica down leaves its share unused rather
	// than risking flood control (see README, "Several replicas").
	Replicas int

	EditInterval      time.Duration // between edits in a private chat, default 1s
	GroupEditInterval time.Duration // between edits in a group, default 3s
	GlobalPerSecond   int           // Bot API calls per second across chats, default 25
	FollowUpWindow    time.Duration // a question this soon after an answer follows it up, default 10m
	HistoryTurns      int           // earlier turns sent with a follow-up, default 4
	CallTimeout       time.Duration // deadline of one Bot API call, default 15s
	AnswerTimeout     time.Duration // deadline of one answer, default 3m
	ShutdownTimeout   time.Duration // how long answers in flight may finish, default 25s
	PollTimeout       time.Duration // long-poll duration, default 30s
	NoDrafts          bool          // never use sendMessageDraft (stream by edits only)
	MaxFileBytes      int64         // largest /add document, default corpus.MaxDocumentBytes

	// ClaimLease is how long a replica's claim on a chat (webhook mode)
	// lasts without renewal: a replica that dies holds its chats that
	// long before another takes them over. Default 30s.
	ClaimLease time.Duration
	// SweepInterval is how often a replica looks for updates nobody is
	// handling (webhook mode): left by a replica that stopped, or a
	// /cancel for an answer this replica runs. Default 1s.
	SweepInterval time.Duration
}

func (c *Config) defaults() {
	def := func(p *time.Duration, d time.Duration) {
		if *p <= 0 {
			*p = d
		}
	}
	defInt := func(p *int, d int) {
		if *p <= 0 {
			*p = d
		}
	}
	if c.APIURL == "" {
		c.APIURL = "https://api.telegram.org"
	}
	c.APIURL = strings.TrimRight(c.APIURL, "/")
	defInt(&c.RatePerMinute, 6)
	defInt(&c.Burst, 3)
	defInt(&c.CommandsPerMinute, 20)
	defInt(&c.CommandBurst, 10)
	defInt(&c.MaxConcurrent, 4)
	defInt(&c.GlobalPerSecond, 25)
	defInt(&c.Replicas, 1)
	defInt(&c.HistoryTurns, 4)
	def(&c.EditInterval, time.Second)
	def(&c.GroupEditInterval, 3*time.Second)
	def(&c.FollowUpWindow, 10*time.Minute)
	def(&c.CallTimeout, 15*time.Second)
	def(&c.AnswerTimeout, 3*time.Minute)
	def(&c.ShutdownTimeout, 25*time.Second)
	def(&c.PollTimeout, 30*time.Second)
	def(&c.ClaimLease, 30*time.Second)
	def(&c.SweepInterval, time.Second)
	if c.MaxFileBytes <= 0 {
		c.MaxFileBytes = corpus.MaxDocumentBytes
	}
}

// Deps are the bot's collaborators. Answerer and Store are required.
type Deps struct {
	Answerer Answerer
	Curator  Curator // nil: /add and /remove say curation is unavailable
	Store    Store
	Digests  Digests   // nil: subscription commands say digests are unavailable
	Feeds    FeedAdmin // nil: /feeds says feeds are unavailable
	Logger   *slog.Logger
	// Ready reports whether the rest of the process is ready (index loaded);
	// /readyz calls it. nil means ready.
	Ready func(context.Context) error
	// DetectLang names the language of a question for the bot's own texts
	// (queue notices, errors); nil means corpus.DetectLang.
	DetectLang func(string) string
	// Clock is the bot's time; nil means the system clock.
	Clock Clock
	// Singleton runs long polling only on the replica holding its lock
	// (Telegram serves one getUpdates consumer per token); nil: this
	// process polls unconditionally.
	Singleton Singleton
}

// Singleton runs fn only while this process holds the named lock, standing
// by until then and again after losing it; it returns when ctx ends, or
// with fn's result when fn ends by itself.
type Singleton interface {
	Exclusive(ctx context.Context, name string, fn func(ctx context.Context) error) error
}

// Bot is a running Telegram bot. Create it with New, then Run it.
type Bot struct {
	cfg     Config
	deps    Deps
	log     *slog.Logger
	api     *tgbot.Bot
	http    *http.Client // for polling and file downloads
	metrics *metrics
	admins  map[int64]bool
	allowed map[int64]bool

	me      atomic.Pointer[models.User]
	drafts  atomic.Bool // sendMessageDraft works (until it fails)
	secret  string
	limits  *userLimits // questions
	replies *userLimits // commands and button presses
	// groupAdmins caches getChatMember for group-state commands.
	groupAdmins groupAdmins
	digestCool  digestCooldowns
	clock       Clock
	now         func() time.Time
	gate        *gate
	global      *rate.Limiter // Bot API calls across chats
	budgetMu    sync.Mutex    // see reserveBudget
	pauses      *chatPauses
	dispatch    *dispatcher
	seen        *recentIDs
	active      sync.Map // chat id -> *activeAnswer
	tgOK        atomic.Int64
	// probeMu guards the last /readyz probe of Telegram (see
	// telegramReachable).
	probeMu    sync.Mutex
	probeAt    time.Time
	probeErr   error
	draftSeq   atomic.Int64
	detectLang func(string) string
	// answering counts answers between question and final text: each
	// still needs a call of the send budget (see contended).
	answering atomic.Int64

	// handled is the highest update_id a previous run began to handle
	// (store.HandledUpdate, read at Run): such updates are skipped.
	handled int64

	// inbox takes updates through the store in webhook mode (nil when
	// long polling), so that replicas share them.
	inbox *pump
}

// New validates the configuration and builds a Bot. It makes no network calls.
func New(cfg Config, deps Deps) (*Bot, error) {
	cfg.defaults()
	if strings.TrimSpace(cfg.Token) == "" {
		return nil, errors.New("new bot: the Telegram bot token is empty (set TELEGRAM_BOT_TOKEN)")
	}
	if deps.Answerer == nil {
		return nil, errors.New("new bot: no Answerer")
	}
	if deps.Store == nil {
		return nil, errors.New("new bot: no Store")
	}
	if _, err := url.ParseRequestURI(cfg.APIURL); err != nil {
		return nil, fmt.Errorf("new bot: bad Bot API URL %q: %w", cfg.APIURL, err)
	}
	if cfg.WebhookURL != "" {
		u, err := url.Parse(cfg.WebhookURL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return nil, fmt.Errorf("new bot: webhook URL %q must be an absolute http(s) URL", cfg.WebhookURL)
		}
		if cfg.WebhookListen == "" {
			return nil, errors.New("new bot: webhook mode needs a webhook listen address (DETENTE_WEBHOOK_LISTEN) to receive updates")
		}
		if cfg.WebhookListen == cfg.Listen {
			return nil, errors.New("new bot: the webhook listen address must differ from the health and metrics one (DETENTE_LISTEN): the webhook is public, metrics are not")
		}
	}
	if !validSecret(cfg.WebhookSecret) {
		return nil, errors.New("new bot: the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)")
	}
	if deps.Logger == nil {
		deps.Logger = slog.New(slog.DiscardHandler)
	}
	if deps.DetectLang == nil {
		deps.DetectLang = corpus.DetectLang
	}
	if deps.Clock == nil {
		deps.Clock = systemClock{}
	}
	b := &Bot{
		cfg:        cfg,
		deps:       deps,
		log:        deps.Logger,
		metrics:    newMetrics(),
		admins:     idSet(cfg.Admins),
		allowed:    idSet(cfg.AllowedChats),
		secret:     cfg.WebhookSecret,
		limits:     newUserLimits(cfg.RatePerMinute, cfg.Burst),
		replies:    newUserLimits(cfg.CommandsPerMinute, cfg.CommandBurst),
		clock:      deps.Clock,
		now:        deps.Clock.Now,
		gate:       newGate(cfg.MaxConcurrent),
		global:     rate.NewLimiter(cfg.sendShare()),
		pauses:     newChatPauses(deps.Clock.Now),
		seen:       newRecentIDs(100_000),
		detectLang: deps.DetectLang,
	}
	if b.secret == "" {
		var buf [24]byte
		if _, err := rand.Read(buf[:]); err != nil {
			return nil, fmt.Errorf("new bot: webhook secret: %w", err)
		}
		b.secret = hex.EncodeToString(buf[:])
	}
	b.drafts.Store(!cfg.NoDrafts)
	// One transport for every outbound call; per-call deadlines come from
	// contexts. The client timeout is a backstop above the long poll.
	// DefaultTransport keeps 2 idle connections per host, so a burst of
	// concurrent Bot API calls dialled a new connection for nearly every call
	// (about 455 dials for 600 calls at 200 users; p99 20-30% higher).
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 100
	// A burst of 200 answers dialled up to 200 connections at once; a
	// request waiting for one of 16 costs less than a dial (CPU per burst
	// 0.85-0.92x in interleaved runs, more with TLS to api.telegram.org), and
	// 16 connections carry far more than Telegram's 30 messages a second.
	tr.MaxConnsPerHost = 16
	b.http = &http.Client{Timeout: cfg.PollTimeout + cfg.CallTimeout, Transport: statusTransport{tr}}
	api, err := tgbot.New(cfg.Token,
		tgbot.WithServerURL(cfg.APIURL),
		tgbot.WithSkipGetMe(),
		tgbot.WithHTTPClient(cfg.PollTimeout, b.http),
		tgbot.WithErrorsHandler(func(err error) {
			b.log.Warn("telegram client", "err", redact(err, cfg.Token))
		}),
		tgbot.WithDefaultHandler(func(context.Context, *tgbot.Bot, *models.Update) {}),
	)
	if err != nil {
		return nil, fmt.Errorf("new bot: %w", redact(err, cfg.Token))
	}
	b.api = api
	b.dispatch = newDispatcher(b.handleUpdate, b.isControl, b.panicked, b.log)
	b.dispatch.onFull = func(*job) { b.metrics.errorf("chat_queue_full") }
	b.shareBudgets(deps.Store)
	if cfg.WebhookURL != "" {
		if b.inbox, err = newPump(b, deps.Store, cfg.ClaimLease, cfg.SweepInterval); err != nil {
			return nil, fmt.Errorf("new bot: %w", err)
		}
	}
	return b, nil
}

// sendShare is this replica's part of the bot-wide send budget: the rate
// and the burst, each divided among the replicas (a burst of at least one
// call, or nothing could be sent).
func (c Config) sendShare() (rate.Limit, int) {
	return rate.Limit(float64(c.GlobalPerSecond) / float64(c.Replicas)), max(1, c.GlobalPerSecond/c.Replicas)
}

func idSet(ids []int64) map[int64]bool {
	m := make(map[int64]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// Handler returns the bot's operations handler: /healthz, /readyz and
// /metrics. Run serves it on Config.Listen (the webhook has its own
// listener); it is exposed so tests and embedding programs can mount it
// elsewhere.
func (b *Bot) Handler() http.Handler { return b.opsMux() }

// Run serves until ctx ends: it checks the token (getMe), registers the
// command lists, then takes updates by long polling, or through the webhook
// when Config.WebhookURL is set. When ctx ends it stops taking updates, lets
// answers in flight finish for up to Config.ShutdownTimeout, and returns.
// The caller closes the store afterwards.
func (b *Bot) Run(ctx context.Context) error {
	handled, err := b.deps.Store.HandledUpdate(ctx)
	if err != nil {
		return fmt.Errorf("run bot: %w", err)
	}
	b.handled = handled
	var srv, hookSrv *http.Server
	srvErr := make(chan error, 2)
	if b.cfg.Listen != "" {
		var err error
		srv, err = b.listen(b.cfg.Listen, b.opsMux(), srvErr)
		if err != nil {
			return err
		}
	}
	if b.cfg.WebhookURL != "" {
		var err error
		hookSrv, err = b.listen(b.cfg.WebhookListen, b.webhookMux(), srvErr)
		if err != nil {
			b.shutdownServer(srv)
			return err
		}
	}

	if err := b.hello(ctx); err != nil {
		b.shutdownServer(hookSrv)
		b.shutdownServer(srv)
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	b.registerCommands(ctx)

	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()
	b.dispatch.start(workCtx)

	var intakeErr error
	if b.inbox != nil {
		tendCtx, stopTend := context.WithCancel(workCtx)
		tended := make(chan struct{})
		go func() {
			defer close(tended)
			b.inbox.tend(tendCtx)
		}()
		defer func() {
			stopTend()
			<-tended
			// After the drain: what this replica still holds (updates
			// it did not begin) goes to another replica at once.
			b.inbox.release()
		}()
		intakeErr = b.runWebhook(ctx, srvErr)
		b.inbox.stop()
	} else {
		intakeErr = b.poll(ctx)
	}

	b.log.Info("stopping: draining answers in flight", "timeout", b.cfg.ShutdownTimeout.String())
	left := b.dispatch.drain(b.cfg.ShutdownTimeout, func(j *job) { b.tellRestarting(workCtx, j) })
	if left > 0 {
		// Answers were cancelled; give them a moment to say so, then
		// cancel everything.
		b.log.Warn("shutdown bound reached; answers interrupted", "interrupted", left)
		if !b.dispatch.wait(shutdownGrace) {
			stopWork()
			b.dispatch.wait(shutdownGrace)
		}
	}
	stopWork()
	b.shutdownServer(hookSrv)
	b.shutdownServer(srv)
	if ctx.Err() != nil && errors.Is(intakeErr, context.Canceled) {
		intakeErr = nil
	}
	return intakeErr
}

// shutdownGrace is how long interrupted answers get to tell their chats,
// after the shutdown bound, before their calls are cancelled too.
const shutdownGrace = 5 * time.Second

// hello calls getMe until it succeeds or ctx ends: the bot needs its own
// username to notice mentions in groups, and a bad token should stop
// `serve` with a clear error rather than loop.
func (b *Bot) hello(ctx context.Context) error {
	backoff := 500 * time.Millisecond
	for {
		cctx, cancel := context.WithTimeout(ctx, b.cfg.CallTimeout)
		me, err := b.api.GetMe(cctx)
		cancel()
		b.metrics.tgCall("getMe", err)
		if err == nil {
			b.me.Store(me)
			b.tgOK.Store(b.now().UnixNano())
			b.log.Info("telegram bot ready", "bot_username", me.Username, "bot_id", me.ID)
			return nil
		}
		if errors.Is(err, tgbot.ErrorUnauthorized) || errors.Is(err, tgbot.ErrorNotFound) {
			return fmt.Errorf("telegram getMe: the bot token was rejected: %w", redact(err, b.cfg.Token))
		}
		b.log.Warn("telegram unreachable; retrying", "err", redact(err, b.cfg.Token), "retry_in", backoff.String())
		if err := b.sleep(ctx, backoff); err != nil {
			return err
		}
		backoff = min(backoff*2, 30*time.Second)
	}
}

// redact hides the bot token, which the Bot API puts in every URL, keeping
// errors.Is/As working (see package secret).
func redact(err error, token string) error { return secret.RedactError(err, token) }

// validSecret applies Telegram's rule for secret_token ("" = generate one).
func validSecret(s string) bool {
	if len(s) > 256 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}
