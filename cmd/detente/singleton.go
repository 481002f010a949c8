package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/detente/detente/store"
)

// defaultStandbyRetry is how often a replica that does not hold a
// singleton's lock tries to take it. With the holder's session gone at
// once when it is killed (and within about 20 s when its host vanishes,
// through the keepalives store.TryLock sets), a standby takes over within
// this much more: well inside the 30 s the issue allows.
const defaultStandbyRetry = 5 * time.Second

// singletons runs the work only one replica may do at a time (the digest
// scheduler, the feed poller, long polling) on the holder of a store lock.
// On SQLite the lock is always this process's, so the work simply runs.
type singletons struct {
	st    *store.Store
	log   *slog.Logger
	retry time.Duration // between tries while another replica holds the lock
}

// Exclusive runs fn while this process holds the named lock, waiting its
// turn as a standby until then. When the lock is lost (the database
// session died) fn's context is cancelled and, once fn returns, Exclusive
// stands by again. It returns nil when ctx ends, and fn's result when fn
// ends by itself while the lock is held.
func (s singletons) Exclusive(ctx context.Context, name string, fn func(ctx context.Context) error) error {
	log := s.log.With("singleton", name)
	retry := s.retry
	if retry <= 0 {
		retry = defaultStandbyRetry
	}
	standing := false
	// One warning per outage, not one per retry (the change listener's rule).
	failing := false
	for {
		lock, ok, err := s.st.TryLock(ctx, name)
		if err == nil && failing {
			log.Info("singleton lock reachable again")
			failing = false
		}
		switch {
		case ctx.Err() != nil:
			if ok {
				s.release(lock, log)
			}
			return nil
		case err != nil && !failing:
			log.Warn("singleton lock unavailable; retrying", "err", err, "retry_every", retry.String())
			failing = true
		case err != nil:
			log.Debug("singleton lock still unavailable", "err", err)
		case !ok:
			if !standing {
				log.Info("another replica holds the singleton; standing by", "retry_every", retry.String())
				standing = true
			}
		default:
			log.Info("singleton acquired; running it here")
			standing = false
			lost, err := s.hold(ctx, lock, fn)
			s.release(lock, log)
			if ctx.Err() != nil {
				return nil
			}
			if !lost {
				return err
			}
			// Not at once: a replica whose session just died is the one to
			// doubt, so a standby gets the first chance.
			log.Warn("singleton lock lost (database session ended); stopped, standing by")
		}
		t := time.NewTimer(retry)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// hold runs fn until it returns, cancelling it when lock is lost.
func (s singletons) hold(ctx context.Context, lock *store.Lock, fn func(context.Context) error) (lost bool, err error) {
	rctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	watch := make(chan struct{})
	go func() {
		defer close(watch)
		select {
		case <-lock.Lost():
			cancel(errLockLost)
		case <-rctx.Done():
		}
	}()
	err = fn(rctx)
	cancel(nil)
	<-watch
	return errors.Is(context.Cause(rctx), errLockLost), err
}

var errLockLost = errors.New("singleton lock lost")

func (s singletons) release(lock *store.Lock, log *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := lock.Release(ctx); err != nil {
		log.Warn("singleton lock not released; it ends with the session", "err", err)
	}
}

// maxReplicas bounds DETENTE_REPLICAS: beyond it each replica's share of
// Telegram's 25-30 messages a second is under one a second.
const maxReplicas = 25

// parseReplicas reads DETENTE_REPLICAS ("" = 1).
func parseReplicas(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxReplicas {
		return 0, fmt.Errorf("DETENTE_REPLICAS: %q is not a number of serve processes from 1 to %d", s, maxReplicas)
	}
	return n, nil
}
