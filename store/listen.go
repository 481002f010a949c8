package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// changesChannel is the PostgreSQL notification channel on which every
// change appended to the sequence is announced (payload: its seq), from
// inside the appending transaction, so the announcement is delivered when,
// and only if, the change commits.
const changesChannel = "detente_changes"

// Listener wakes a follower of the change sequence as soon as another
// process (a replica, a CLI command) commits a change to a PostgreSQL
// store, instead of at its next poll. It holds one connection of its own:
// LISTEN needs a session, and a pooled connection goes back to the pool.
//
// Notifications are only a hint. One sent while the connection was down
// is lost, so each (re)connection wakes the follower once, and the follower
// reads the sequence from its own cursor: whatever was committed in the
// gap is applied then, one change at a time, without a full reload. The
// follower's poll stays as the backstop for a connection that dies
// silently between health checks.
type Listener struct {
	cfg  *pgx.ConnConfig
	opt  ListenOptions
	wake chan struct{}
}

// ListenOptions tunes a Listener. The zero value is what production uses.
type ListenOptions struct {
	// Logger receives connection losses and recoveries; nil discards.
	Logger *slog.Logger
	// Lost, if set, is called on the listener's goroutine each time its
	// connection fails (or cannot be made), before it waits to reconnect:
	// for metrics, and for tests that act while it is down.
	Lost func(err error)
	// Health is how long the connection may stay silent before the
	// listener checks it with a ping (default DefaultListenHealth).
	Health time.Duration
}

// Reconnection backoff: from listenMinBackoff, doubling to listenMaxBackoff,
// each wait drawn in [½, 1]× so replicas that lost the server together do
// not reconnect in lockstep. A connection that lasted listenMaxBackoff
// resets it, so one that flaps right after LISTEN keeps backing off.
const (
	listenMinBackoff = 100 * time.Millisecond
	listenMaxBackoff = 30 * time.Second
	listenDialLimit  = 10 * time.Second // connect and LISTEN; a ping
)

// DefaultListenHealth is how long a listener waits for a notification before
// it pings the server: a connection cut without a TCP reset (a failover, a
// dropped NAT entry) would otherwise look idle for as long as the kernel's
// keepalive takes, about an hour.
const DefaultListenHealth = 30 * time.Second

// NewListener returns a listener for the PostgreSQL database at url; Run
// starts it. It fails only on a URL pgx cannot parse.
func NewListener(url string, opt ListenOptions) (*Listener, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		// pgx's parse errors can quote the URL, password and all.
		return nil, errors.New("change listener: the database URL cannot be parsed")
	}
	if _, ok := cfg.RuntimeParams["application_name"]; !ok {
		// Names the session in pg_stat_activity, for an operator (and tests).
		cfg.RuntimeParams["application_name"] = ListenerApplicationName
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Health <= 0 {
		opt.Health = DefaultListenHealth
	}
	return &Listener{cfg: cfg, opt: opt, wake: make(chan struct{}, 1)}, nil
}

// ListenerApplicationName is the application_name of a listener's session,
// unless the URL sets one.
const ListenerApplicationName = "detente-changes-listener"

// Wake receives when the follower should read the sequence: a change was
// announced, or the listener (re)connected. Wake-ups that arrive while one
// is pending are merged into it: one sync reads every change since the
// cursor, however many were announced.
func (l *Listener) Wake() <-chan struct{} { return l.wake }

func (l *Listener) signal() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Run listens until ctx ends, reconnecting with backoff whenever the
// connection fails, and returns ctx's error. Failures are logged once per
// outage, not once per attempt.
func (l *Listener) Run(ctx context.Context) error {
	backoff := listenMinBackoff
	down := false
	for {
		start := time.Now()
		err := l.session(ctx, func() {
			if down {
				l.opt.Logger.Info("listening for corpus changes again")
				down = false
			}
		})
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if time.Since(start) >= listenMaxBackoff {
			backoff = listenMinBackoff
		}
		if !down {
			l.opt.Logger.Warn("listening for corpus changes failed; reconnecting (changes still arrive by polling)", "err", err)
			down = true
		} else {
			l.opt.Logger.Debug("reconnecting the change listener failed", "err", err)
		}
		if l.opt.Lost != nil {
			l.opt.Lost(err)
		}
		wait := backoff/2 + rand.N(backoff/2+1)
		backoff = min(2*backoff, listenMaxBackoff)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// session makes one connection, LISTENs, wakes the follower (anything
// committed while not listening is now to be read) and then relays
// notifications until the connection fails or ctx ends. up is called once
// LISTEN succeeded.
func (l *Listener) session(ctx context.Context, up func()) error {
	dctx, cancel := context.WithTimeout(ctx, listenDialLimit)
	conn, err := pgx.ConnectConfig(dctx, l.cfg)
	if err != nil {
		cancel()
		return fmt.Errorf("connect: %w", err)
	}
	defer func() {
		// Closing sends Terminate; bounded, and detached from ctx, which
		// may already be done.
		cctx, ccancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer ccancel()
		conn.Close(cctx)
	}()
	_, err = conn.Exec(dctx, "LISTEN "+changesChannel)
	cancel()
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	up()
	l.signal()
	for {
		wctx, cancel := context.WithTimeout(ctx, l.opt.Health)
		_, err := conn.WaitForNotification(wctx)
		cancel()
		switch {
		case err == nil:
			l.signal()
		case ctx.Err() != nil:
			return ctx.Err()
		case pgconn.Timeout(err):
			// Silent for Health: the connection survives a timed-out wait
			// (pgx only sets a read deadline), so ask the server whether it
			// is still there.
			pctx, cancel := context.WithTimeout(ctx, min(l.opt.Health, listenDialLimit))
			err := conn.Ping(pctx)
			cancel()
			if err != nil {
				return fmt.Errorf("health check: %w", err)
			}
		default:
			return fmt.Errorf("wait for notification: %w", err)
		}
	}
}

// ChangeListener returns a listener for the store's change sequence on
// PostgreSQL, on its own connection to the same database; on SQLite, where
// nothing announces changes and followers poll, it returns nil.
func (s *Store) ChangeListener(opt ListenOptions) (*Listener, error) {
	if !s.Postgres() {
		return nil, nil
	}
	return NewListener(s.dsn, opt)
}
