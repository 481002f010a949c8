package digest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/store"
)

// TickReport says what one scheduler pass did.
type TickReport struct {
	Leased      bool // false: another process holds the scheduler lease, nothing was done
	InDoubt     int  // pending rows of a previous process marked failed (not resent)
	Due         int  // chats owed a digest at this pass
	Generations int  // digests generated (model or extractive) rather than read from the cache
	Sent        int
	Skipped     int // nothing new, nothing sent
	Failed      int // not delivered today: outcome unknown, partial, or retries exhausted; never resent
	Blocked     int // the chat blocked the bot; subscription deactivated
	Released    int // interrupted before a send that certainly did not happen; due again
	Deferred    int // not attempted: digest generation failed or the pass was stopped
	// NextDue is the earliest time a chat not owed now becomes due (zero:
	// none); Run sleeps until then, or ScanInterval at most.
	NextDue time.Time
}

// errLeaseLost stops a pass whose lease another process took over.
var errLeaseLost = errors.New("digest lease lost to another process")

// job is one chat's digest for one local date.
type job struct {
	sub   store.Subscription
	loc   *time.Location
	date  string
	at    time.Time
	win   window
	key   string
	topic topicFilter
	b     *built
}

// Run delivers due digests until ctx ends, sending through snd. It wakes at
// the next chat's due time (so digests go out on the minute), when a
// command changes a schedule, and at least every ScanInterval; a failed pass
// is logged and retried at the next one. When ctx ends, sends in flight
// finish and are recorded (allow SendTimeout for that), the lease is
// released, and Run returns nil.
func (s *Service) Run(ctx context.Context, snd Sender) error {
	if !s.running.CompareAndSwap(false, true) {
		return errors.New("digest scheduler: already running")
	}
	defer s.running.Store(false)
	defer s.releaseLease(ctx)
	s.log.Info("digest scheduler started", "scan_interval", s.opt.ScanInterval.String(), "workers", s.opt.Workers)
	for {
		rep, err := s.Tick(ctx, snd)
		if err != nil && ctx.Err() == nil {
			s.log.Error("digest pass failed", "err", err)
		}
		if ctx.Err() != nil {
			s.log.Info("digest scheduler stopped")
			return nil
		}
		wait := s.opt.ScanInterval
		if !rep.NextDue.IsZero() {
			wait = max(min(wait, rep.NextDue.Sub(s.clock.Now())), 0)
		}
		select {
		case <-ctx.Done():
			s.log.Info("digest scheduler stopped")
			return nil
		case <-s.wake:
		case <-s.clock.After(wait):
		}
	}
}

// Tick runs one scheduler pass: take or renew the lease, find the chats owed
// a digest now, generate each distinct digest once, and deliver them paced.
// Run calls it every ScanInterval; tests and benchmarks call it directly.
func (s *Service) Tick(ctx context.Context, snd Sender) (TickReport, error) {
	s.tickMu.Lock()
	defer s.tickMu.Unlock()
	var rep TickReport
	ok, err := s.holdLease(ctx, &rep)
	if err != nil || !ok {
		return rep, err
	}
	rep.Leased = true
	started := s.clock.Now()
	jobs, err := s.plan(ctx, started, &rep)
	if err != nil {
		return rep, err
	}
	if len(jobs) > 0 {
		err = s.deliver(ctx, snd, jobs, &rep)
		s.log.Info("digest pass", "due", rep.Due, "sent", rep.Sent, "skipped", rep.Skipped, "failed", rep.Failed,
			"blocked", rep.Blocked, "released", rep.Released, "deferred", rep.Deferred, "generations", rep.Generations,
			"elapsed_ms", s.clock.Now().Sub(started).Milliseconds())
	}
	s.prune(ctx, started)
	return rep, err
}

// holdLease takes the lease at the start of a pass, or renews it. Taking it
// (rather than renewing) means any pending ledger row is an unfinished send
// of a process that stopped: those are in doubt, marked failed, never resent.
func (s *Service) holdLease(ctx context.Context, rep *TickReport) (bool, error) {
	if ok, err := s.renewLease(ctx); ok || err != nil {
		return ok, err
	}
	s.leaseMu.Lock()
	defer s.leaseMu.Unlock()
	now := s.clock.Now()
	got, err := s.st.AcquireDigestLease(ctx, s.owner, now, s.opt.LeaseTTL)
	if err != nil || !got {
		return false, err
	}
	doubt, err := s.st.AbandonPendingDeliveries(ctx, "in doubt: the process stopped during the send; not resent (at most once)", now)
	if err != nil {
		return false, err
	}
	for _, d := range doubt {
		s.log.Warn("digest delivery in doubt, not resent", "chat_id", d.ChatID, "local_date", d.LocalDate,
			"digest_key", d.DigestKey)
	}
	rep.InDoubt = len(doubt)
	s.lease.held, s.lease.renewed = true, now
	return true, nil
}

// renewLease extends a lease this Service holds once a third of it has
// passed; it never takes a lease it does not hold (that is holdLease's job,
// between passes, because taking over resolves pending rows). Workers call
// it before each send so a long broadcast cannot outlive its lease.
func (s *Service) renewLease(ctx context.Context) (bool, error) {
	s.leaseMu.Lock()
	defer s.leaseMu.Unlock()
	if !s.lease.held {
		return false, nil
	}
	now := s.clock.Now()
	if now.Sub(s.lease.renewed) < s.opt.LeaseTTL/3 {
		return true, nil
	}
	got, err := s.st.AcquireDigestLease(ctx, s.owner, now, s.opt.LeaseTTL)
	if err != nil {
		return false, err
	}
	if !got {
		s.lease.held = false
		s.log.Warn("digest lease lost to another process; stopping this pass")
		return false, nil
	}
	s.lease.renewed = now
	return true, nil
}

func (s *Service) releaseLease(ctx context.Context) {
	s.leaseMu.Lock()
	defer s.leaseMu.Unlock()
	if !s.lease.held {
		return
	}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := s.st.ReleaseDigestLease(rctx, s.owner); err != nil {
		s.log.Warn("digest lease not released; the next process waits for it to expire", "err", err)
	}
	s.lease.held = false
}

// plan finds the chats owed a digest at now and builds each distinct digest
// once. Chats whose digest cannot be built are deferred to the next pass.
func (s *Service) plan(ctx context.Context, now time.Time, rep *TickReport) ([]*job, error) {
	subs, err := s.st.ActiveSubscriptions(ctx)
	if err != nil {
		return nil, err
	}
	var jobs []*job
	for _, sub := range subs {
		loc, err := s.location(sub.TZ)
		if err != nil {
			s.log.Error("digest subscription has a bad time zone; skipped", "chat_id", sub.ChatID, "err", err)
			continue
		}
		date, at, ok := owed(sub, now, loc)
		if !ok {
			if next := nextDelivery(sub, now, loc); rep.NextDue.IsZero() || next.Before(rep.NextDue) {
				rep.NextDue = next
			}
			continue
		}
		j := &job{sub: sub, loc: loc, date: date, at: at, win: s.scheduledWindow(sub, at),
			topic: newTopicFilter(sub.Topic, s.opt.ExpandTopic)}
		j.key = digestKey(sub.Lang, j.win, j.topic.key)
		jobs = append(jobs, j)
	}
	rep.Due = len(jobs)
	sort.Slice(jobs, func(a, b int) bool {
		if !jobs[a].at.Equal(jobs[b].at) {
			return jobs[a].at.Before(jobs[b].at)
		}
		return jobs[a].sub.ChatID < jobs[b].sub.ChatID
	})

	// One article query per window and one digest per key, however many
	// chats share them.
	arts := map[window][]corpus.Article{}
	src := func(ctx context.Context, w window) ([]corpus.Article, error) {
		if a, ok := arts[w]; ok {
			return a, nil
		}
		a, err := s.storeArticles(ctx, w)
		if err == nil {
			arts[w] = a
		}
		return a, err
	}
	// A summary is written only for digests that a full-form subscriber reads.
	summary := map[string]bool{}
	for _, j := range jobs {
		summary[j.key] = summary[j.key] || j.sub.Full
	}
	digests := map[string]*built{}
	failed := map[string]bool{}
	ready := jobs[:0]
	for _, j := range jobs {
		if failed[j.key] {
			rep.Deferred++
			continue
		}
		b, ok := digests[j.key]
		if !ok {
			v, err := s.digestFor(ctx, j.sub.Lang, j.win, j.topic, src, summary[j.key])
			if err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				s.log.Error("digest not generated; its subscribers wait for the next pass", "digest_key", j.key, "err", err)
				failed[j.key] = true
				rep.Deferred++
				continue
			}
			if v.generated {
				rep.Generations++
			}
			b = &v
			digests[j.key] = b
		}
		j.b = b
		ready = append(ready, j)
	}
	return ready, nil
}

// deliver sends the jobs through a few workers (the Sender paces them). A
// store failure stops the pass (the database is gone; sending on without a
// ledger would break exactly-once).
func (s *Service) deliver(ctx context.Context, snd Sender, jobs []*job, rep *TickReport) error {
	tctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	var (
		mu    sync.Mutex
		queue = make(chan *job)
		wg    sync.WaitGroup
	)
	count := func(f func(*TickReport)) {
		mu.Lock()
		f(rep)
		mu.Unlock()
	}
	for range min(s.opt.Workers, len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range queue {
				if err := s.deliverOne(tctx, snd, j, count); err != nil {
					stop(err)
				}
			}
		}()
	}
	sent := 0
dispatch:
	for _, j := range jobs {
		select {
		case queue <- j:
			sent++
		case <-tctx.Done():
			break dispatch
		}
	}
	close(queue)
	wg.Wait()
	rep.Deferred += len(jobs) - sent
	if cause := context.Cause(tctx); cause != nil && ctx.Err() == nil {
		return fmt.Errorf("digest delivery stopped: %w", cause)
	}
	return nil
}

// deliverOne takes one chat's digest through the ledger: pending row, send,
// completed row. It returns an error only when the store failed.
func (s *Service) deliverOne(ctx context.Context, snd Sender, j *job, count func(func(*TickReport))) error {
	row := store.Delivery{ChatID: j.sub.ChatID, LocalDate: j.date, DigestKey: j.key,
		WindowStart: j.win.start, WindowEnd: j.win.end}
	if j.b.empty && !s.opt.SendNothingNew {
		row.CreatedAt = s.clock.Now()
		ok, err := s.st.SkipDelivery(ctx, row)
		if err != nil {
			return err
		}
		if ok {
			count(func(r *TickReport) { r.Skipped++ })
		}
		return nil
	}
	msg := nothingNew(j.sub.Lang)
	if !j.b.empty {
		msg = makeDigest(*j.b, j.sub.Lang, j.at.In(j.loc), j.topic, j.sub.Full, j.win)
	}

	log := s.log.With("chat_id", j.sub.ChatID, "local_date", j.date)
	begun := false
	attempts, waits := 0, 0
	// interrupted ends a delivery stopped by shutdown. The loop only comes
	// round again after a send that certainly did not deliver (429,
	// ErrNotDelivered), so a begun row is released: the chat is due again
	// today, and the next process sends it.
	interrupted := func() error {
		if !begun {
			count(func(r *TickReport) { r.Deferred++ })
			return nil
		}
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		count(func(r *TickReport) { r.Released++ })
		return s.st.ReleaseDelivery(fctx, j.sub.ChatID, j.date)
	}
	for {
		if err := s.hold.wait(ctx); err != nil || ctx.Err() != nil {
			return interrupted() // no new send once shutdown has begun
		}
		if ok, err := s.renewLease(ctx); err != nil || !ok {
			if ierr := interrupted(); ierr != nil {
				return ierr
			}
			if err == nil {
				err = errLeaseLost
			}
			return err
		}
		if !begun {
			row.CreatedAt = s.clock.Now()
			ok, err := s.st.BeginDelivery(ctx, row)
			if err != nil && ctx.Err() != nil {
				return interrupted() // the transaction was rolled back: nothing sent, nothing written
			}
			if err != nil {
				return err
			}
			if !ok {
				return nil // the date is already in the ledger
			}
			begun = true
		}
		attempts++
		// The send does not inherit cancellation: a shutdown must not cut a
		// message off mid-request, leaving its fate unknown.
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opt.SendTimeout)
		err := snd.SendDigest(sctx, j.sub.ChatID, msg)
		cancel()
		var (
			ra      *RetryAfterError
			partial *PartialError
		)
		switch {
		case err == nil:
			count(func(r *TickReport) { r.Sent++ })
			return s.finish(ctx, j, store.DeliveryResult{State: store.DeliverySent, Attempts: attempts})
		case errors.Is(err, ErrBlocked):
			log.Info("digest chat unreachable; subscription deactivated")
			count(func(r *TickReport) { r.Blocked++ })
			return s.finish(ctx, j, store.DeliveryResult{State: store.DeliveryFailed, Attempts: attempts,
				Error: "chat unreachable (blocked, kicked or deleted); unsubscribed", Deactivate: true})
		case errors.As(err, &partial):
			// Checked before the retryable cases: whatever stopped the later
			// parts, a retry would send the first ones again.
			msgErr := err.Error()
			log.Error("digest partially delivered; the rest is not resent, the next digest covers its articles",
				"parts_sent", partial.Sent, "parts", partial.Parts, "err", msgErr)
			count(func(r *TickReport) { r.Failed++ })
			return s.finish(ctx, j, store.DeliveryResult{State: store.DeliveryFailed, Attempts: attempts,
				Error: "partially delivered, not resent: " + msgErr})
		case errors.As(err, &ra):
			attempts-- // Telegram refused before delivering: not a try
			waits++
			if waits > s.opt.MaxRateLimitWaits {
				log.Error("digest given up for today: rate limited too often", "rate_limit_waits", waits-1)
				count(func(r *TickReport) { r.Failed++ })
				return s.finish(ctx, j, store.DeliveryResult{State: store.DeliveryFailed, Attempts: attempts,
					Error: "rate limited too often"})
			}
			log.Warn("digest send rate limited; pausing all sends", "retry_after_ms", ra.After.Milliseconds())
			s.hold.pause(ra.After)
		case errors.Is(err, ErrNotDelivered):
			msgErr := err.Error()
			if attempts >= s.opt.MaxAttempts {
				log.Error("digest given up for today", "attempts", attempts, "err", msgErr)
				count(func(r *TickReport) { r.Failed++ })
				return s.finish(ctx, j, store.DeliveryResult{State: store.DeliveryFailed, Attempts: attempts, Error: msgErr})
			}
			backoff := min(s.opt.Backoff<<(attempts-1), time.Minute)
			log.Warn("digest not delivered; retrying", "attempts", attempts, "backoff_ms", backoff.Milliseconds(), "err", msgErr)
			select {
			case <-ctx.Done():
				return interrupted()
			case <-s.clock.After(backoff):
			}
		default:
			// A timeout or a connection lost after the request was written:
			// Telegram may have delivered it and offers no idempotency key,
			// so a second copy is the risk a retry would take. (Or a refusal
			// that a retry would meet again.)
			msgErr := err.Error()
			log.Error("digest send failed or its outcome is unknown; not resent (at most once)", "attempts", attempts, "err", msgErr)
			count(func(r *TickReport) { r.Failed++ })
			return s.finish(ctx, j, store.DeliveryResult{State: store.DeliveryFailed, Attempts: attempts,
				Error: "not resent: " + msgErr})
		}
	}
}

// finish completes the ledger row even when ctx was cancelled meanwhile:
// the outcome of a send that happened must be recorded.
func (s *Service) finish(ctx context.Context, j *job, res store.DeliveryResult) error {
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	res.At = s.clock.Now()
	return s.st.FinishDelivery(fctx, j.sub.ChatID, j.date, res)
}

// prune drops old cached digests and ledger rows, at most hourly.
func (s *Service) prune(ctx context.Context, now time.Time) {
	if now.Sub(s.lastPrune) < time.Hour {
		return
	}
	s.lastPrune = now
	c, l, err := s.st.PruneDigestData(ctx, now.Add(-s.opt.CacheTTL), now.Add(-s.opt.LedgerTTL).UTC().Format(dateLayout))
	if err != nil {
		s.log.Warn("digest prune failed", "err", err)
		return
	}
	if c+l > 0 {
		s.log.Info("digest data pruned", "cached_digests", c, "ledger_rows", l)
	}
}

// hold stops every send until a *RetryAfterError has been waited out: the
// receiver said it is overloaded, and the next chat's send would be refused
// the same way.
type hold struct {
	clock Clock
	mu    sync.Mutex
	until time.Time
}

func (h *hold) wait(ctx context.Context) error {
	for {
		h.mu.Lock()
		d := h.until.Sub(h.clock.Now())
		h.mu.Unlock()
		if d <= 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-h.clock.After(d):
		}
	}
}

// pause holds every send for d.
func (h *hold) pause(d time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if t := h.clock.Now().Add(d); t.After(h.until) {
		h.until = t
	}
}
