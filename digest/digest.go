// Package digest owns daily digest subscriptions: parsing /subscribe
// arguments, time zones, computing who is due at their local time, the
// delivery ledger (written before a send, completed after it), generating one
// digest per language and window, and paced delivery through a Sender.
//
// # Exactly once
//
// Each chat gets at most one digest per local date: the ledger row (chat,
// local date) is written pending before the send and completed (sent,
// failed) after it, and a date that has a row is never sent again. Telegram
// offers no idempotency key, so a pending row found by a new process (the old
// one died during the send) is in doubt; it is marked failed and not resent
// (at most once), because a second copy is the worse error. A send whose
// outcome is unknown (a timeout, a connection lost mid-request) or that
// stopped after some parts of a long digest is in doubt the same way:
// recorded failed, not resent. Only a send that certainly did not arrive
// (429, Telegram 5xx, connection refused) is retried. Those articles are
// not lost: the window of the next digest starts where the last *delivered*
// one ended. A graceful shutdown leaves nothing in doubt: sends in flight
// finish and are recorded, and a chat still waiting out a 429 is released so
// the next process sends it the same day.
//
// A process that was down at a chat's time catches up later the same local
// day; a local day that passed entirely is skipped, and the next digest
// covers it.
//
// # One sender
//
// Only the holder of a lease in the database sends, so two processes on one
// data directory cannot both deliver. On PostgreSQL, with several replicas,
// the lease is the store's DigestLock, a session advisory lock that `serve`
// takes around Run: it dies with its holder, so another replica takes over
// within seconds, and resolves the pending rows as above. Nothing else
// changes.
package digest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"
	_ "time/tzdata" // IANA zones must resolve in a distroless image without /usr/share/zoneinfo

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

// ErrBlocked is returned by a Sender when the chat blocked/kicked the bot (403):
// the subscription is deactivated.
var ErrBlocked = errors.New("chat unreachable")

// ErrNotDelivered is wrapped by a Sender's error when the send certainly
// did not reach the chat (the connection was refused, Telegram answered
// 5xx): the scheduler retries with backoff. Any other error may hide a
// delivered message (a timeout, a connection lost after the request was
// written), so the digest is recorded failed and not resent.
var ErrNotDelivered = errors.New("not delivered")

// RetryAfterError is returned by a Sender on a 429: wait After, then retry.
// Like ErrNotDelivered it proves nothing was delivered.
type RetryAfterError struct{ After time.Duration }

func (e *RetryAfterError) Error() string { return fmt.Sprintf("retry after %s", e.After) }

// PartialError is returned by a Sender when a digest split into several
// messages stopped after the first Sent of its Parts reached the chat. It
// is never retried, whatever Err wraps (ErrNotDelivered about the part that
// failed, so look for a PartialError first), because a retry would send
// the first parts again; the digest is recorded failed, so the next one
// covers its articles again rather than losing them.
type PartialError struct {
	Sent, Parts int
	Err         error
}

func (e *PartialError) Error() string {
	return fmt.Sprintf("part %d of %d not delivered after %d were: %v", e.Sent+1, e.Parts, e.Sent, e.Err)
}

func (e *PartialError) Unwrap() error { return e.Err }

// Sender delivers a digest to one chat (the bot implements it: one message
// in the short form, as many as it takes in the full one). It owns the
// transport's limits: pacing, per-chat spacing, splitting. Its error says
// what the scheduler may do: nil is delivered; ErrBlocked ends the
// subscription; *RetryAfterError and ErrNotDelivered are retried;
// *PartialError and anything else are recorded failed and never resent
// (at most once). The error's text is logged and kept in the ledger, so it
// must carry no secret (the bot removes its token).
type Sender interface {
	SendDigest(ctx context.Context, chatID int64, d Digest) error
}

// Clock is injected so tests never sleep.
type Clock interface {
	Now() time.Time
	// After behaves like time.After.
	After(d time.Duration) <-chan time.Time
}

// User identifies who issued a subscription command.
type User struct {
	ChatID   int64
	UserID   int64
	LangCode string // Telegram language_code, e.g. "vi", "en-US"
	Lang     string // the user's effective UI language ("vi", "en")
}

// Generator writes a digest of articles in lang, citing them [n]
// (*answer.Service implements it).
type Generator interface {
	Digest(ctx context.Context, articles []corpus.Article, lang string) (answer.Answer, error)
}

// Options configures a Service. Zero values take the defaults shown.
type Options struct {
	Clock  Clock        // nil: the system clock
	Logger *slog.Logger // nil: slog.Default()

	// SendNothingNew sends a short "nothing new" message when a digest has
	// no articles; by default nothing is sent (and the ledger says skipped).
	SendNothingNew bool

	// Workers is how many sends may be in flight at once (default 8). The
	// Sender paces them (the bot spends its one send budget, shared with
	// answers); the scheduler only holds every send while a
	// *RetryAfterError is waited out.
	Workers int

	MaxAttempts       int           // tries per digest on errors other than 429/403 (default 3)
	Backoff           time.Duration // wait before the first retry, doubled each time (default 2s)
	MaxRateLimitWaits int           // 429s waited out per digest before giving up for the day (default 20)
	SendTimeout       time.Duration // deadline of one send (default 30s)
	GenerateTimeout   time.Duration // deadline of one digest generation (default 3m)

	// ScanInterval is the longest Run sleeps between passes (default 1m).
	// It normally wakes at the next due time; the interval bounds how soon
	// a deferred chat (its digest failed to generate) is retried.
	ScanInterval time.Duration
	LeaseTTL     time.Duration // scheduler lease lifetime, renewed while sending (default 2m)

	// Grid aligns scheduled windows: a window ends at the due time rounded
	// down to it (default 1h). Everyone due in the same hour with the same
	// language and topic then shares one generated digest.
	Grid time.Duration
	// NowGrid aligns /digest windows (default 5m): a burst of /digest
	// commands costs at most one generation per language, topic and 5 minutes.
	NowGrid time.Duration
	// MaxWindow bounds how far back a digest reaches after missed days
	// (default 7 days), so a chat back after a long outage gets a readable
	// digest of the last week instead of everything.
	MaxWindow time.Duration

	// ExpandTopic returns other phrasings of a topic filter (the Vietnamese
	// for "sanctions", other spellings of a name); an article matching any
	// of them matches. nil: retrieval.Expand, the vi<->en lexicon search
	// uses, so "/subscribe sanctions" also keeps "trừng phạt" articles.
	ExpandTopic func(topic string) []string

	// StoryKey names the story an article belongs to, so articles
	// reporting one story are listed once ("" or nil: each article is its
	// own story). Near-duplicate detection plugs in here.
	StoryKey func(corpus.Article) string

	CacheTTL  time.Duration // how long generated digests are kept (default 8 days)
	LedgerTTL time.Duration // how long completed ledger rows are kept (default 90 days)
}

func (o Options) withDefaults() Options {
	if o.Clock == nil {
		o.Clock = systemClock{}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.ExpandTopic == nil {
		o.ExpandTopic = retrieval.Expand
	}
	setDur := func(d *time.Duration, def time.Duration) {
		if *d <= 0 {
			*d = def
		}
	}
	if o.Workers <= 0 {
		o.Workers = 8
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 3
	}
	if o.MaxRateLimitWaits <= 0 {
		o.MaxRateLimitWaits = 20
	}
	setDur(&o.Backoff, 2*time.Second)
	setDur(&o.SendTimeout, 30*time.Second)
	setDur(&o.GenerateTimeout, 3*time.Minute)
	setDur(&o.ScanInterval, time.Minute)
	setDur(&o.LeaseTTL, 2*time.Minute)
	setDur(&o.Grid, time.Hour)
	setDur(&o.NowGrid, 5*time.Minute)
	setDur(&o.MaxWindow, 7*24*time.Hour)
	setDur(&o.CacheTTL, 8*24*time.Hour)
	setDur(&o.LedgerTTL, 90*24*time.Hour)
	if o.LeaseTTL < 2*o.ScanInterval {
		// The lease must outlive the gap between two ticks or it lapses
		// between them and a second process could take over.
		o.LeaseTTL = 2 * o.ScanInterval
	}
	return o
}

type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// Store is the slice of the database the digest uses, in the pieces
// below; *store.Store implements it.
type Store interface {
	Subscriptions
	Ledger
	Lease
	DigestCache
	// ArticlesAddedSince lists the articles (with bodies) added in
	// [since, until), oldest first.
	ArticlesAddedSince(ctx context.Context, since, until time.Time) ([]corpus.Article, error)
}

// Subscriptions keeps who gets a digest, when and how.
type Subscriptions interface {
	Subscription(ctx context.Context, chatID int64) (store.Subscription, error)
	PutSubscription(ctx context.Context, sub store.Subscription) error
	SetSubscriptionActive(ctx context.Context, chatID int64, active bool, at time.Time) error
	ActiveSubscriptions(ctx context.Context) ([]store.Subscription, error)
}

// Ledger is the delivery ledger behind exactly-once (see the package
// comment): a row is begun before a send and finished after it.
type Ledger interface {
	BeginDelivery(ctx context.Context, d store.Delivery) (bool, error)
	SkipDelivery(ctx context.Context, d store.Delivery) (bool, error)
	FinishDelivery(ctx context.Context, chatID int64, localDate string, res store.DeliveryResult) error
	ReleaseDelivery(ctx context.Context, chatID int64, localDate string) error
	AbandonPendingDeliveries(ctx context.Context, reason string, at time.Time) ([]store.Delivery, error)
}

// Lease makes one process the sender.
type Lease interface {
	AcquireDigestLease(ctx context.Context, owner string, now time.Time, ttl time.Duration) (bool, error)
	ReleaseDigestLease(ctx context.Context, owner string) error
}

// DigestCache keeps generated digests for everyone due with the same
// language, topic and window.
type DigestCache interface {
	CachedDigestByKey(ctx context.Context, key string) (store.CachedDigest, error)
	PutCachedDigest(ctx context.Context, d store.CachedDigest) error
	PruneDigestData(ctx context.Context, cacheBefore time.Time, ledgerBefore string) (cache, ledger int64, err error)
}

// Service handles subscription commands and runs the scheduler. Safe for
// concurrent use; Run may be running once at a time.
type Service struct {
	st    Store
	gen   Generator
	opt   Options
	clock Clock
	log   *slog.Logger
	owner string // this process's lease owner id

	hold   *hold
	flight flight

	locMu sync.Mutex
	locs  map[string]*time.Location

	wake      chan struct{} // a command changed a schedule: Run re-plans now
	running   atomic.Bool
	tickMu    sync.Mutex // one Tick at a time
	lastPrune time.Time  // guarded by tickMu

	leaseMu sync.Mutex
	lease   struct {
		held    bool
		renewed time.Time
	}
}

// New returns a Service over st. gen writes the digests (with or without a
// model); opt may be zero.
func New(st Store, gen Generator, opt Options) *Service {
	opt = opt.withDefaults()
	s := &Service{
		st: st, gen: gen, opt: opt, clock: opt.Clock, log: opt.Logger,
		owner: leaseOwner(),
		locs:  map[string]*time.Location{},
		wake:  make(chan struct{}, 1),
	}
	s.hold = &hold{clock: opt.Clock}
	s.flight.calls = map[string]*flightCall{}
	return s
}

// leaseOwner names this process in the lease (host and pid for operators,
// random bytes so two Services in one process differ).
func leaseOwner() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b))
}
