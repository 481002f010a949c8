package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/store"
)

// Inbox is the store's record of updates, shared by every replica on one
// database (see store.InboxUpdate for the protocol). In webhook mode the
// webhook records each update there before answering Telegram, and
// replicas take the updates from it: each is handled once across
// replicas, a chat's updates in order, and an update recorded by a
// replica that stops or dies is handled by another.
type Inbox interface {
	PutUpdate(ctx context.Context, u store.InboxUpdate) (bool, error)
	HasUpdate(ctx context.Context, id int64) (bool, error)
	NextUpdate(ctx context.Context, chatID int64, holder string, lease time.Duration, finished int64) (store.InboxUpdate, bool, error)
	ClaimUpdate(ctx context.Context, id int64, holder string, lease time.Duration) (store.InboxUpdate, bool, error)
	FinishUpdate(ctx context.Context, id int64, holder string) error
	RenewClaims(ctx context.Context, holder string, lease time.Duration) (int64, error)
	ReleaseClaims(ctx context.Context, holder string) error
	OrphanedWork(ctx context.Context, holder string, staleBefore time.Time, limit int) (chats, controls []int64, err error)
	HeldChats(ctx context.Context, holder string) ([]int64, error)
	PruneInbox(ctx context.Context, cutoff time.Time) (int64, error)
}

const (
	// maxAttempts bounds how often an update is begun: one whose handling
	// killed its worker twice is dropped rather than kill every replica.
	maxAttempts = 3
	// inboxKeep is how long a finished update's id is kept to recognise a
	// redelivery (Telegram gives up on an update after a day).
	inboxKeep = 72 * time.Hour
	// sweepBatch bounds the orphaned chats and controls taken per sweep.
	sweepBatch = 64
)

// pump takes this replica's share of the inbox: the chats it was handed
// by its own webhook, and, at each sweep, work nobody holds. Leases,
// sweeps and pruning run on the wall clock: they measure processes, not
// conversations (see Clock).
type pump struct {
	b      *Bot
	inbox  Inbox
	holder string // this replica, in the claims (holderID)
	lease  time.Duration
	sweep  time.Duration

	mu       sync.Mutex
	chats    map[int64]*chatRun // chats a worker of this replica works through
	controls map[int64]bool     // control updates being claimed or run here
	stopping bool
}

// chatRun is one chat's worker; again is set when the chat got more work
// after the worker last looked.
type chatRun struct{ again bool }

func newPump(b *Bot, inbox Inbox, lease, sweep time.Duration) (*pump, error) {
	holder, err := holderID(b.cfg.WebhookListen)
	if err != nil {
		return nil, err
	}
	return &pump{
		b: b, inbox: inbox, holder: holder, lease: lease, sweep: sweep,
		chats: map[int64]*chatRun{}, controls: map[int64]bool{},
	}, nil
}

// holderID names this replica in the claims: its host and webhook
// address. Both stay when it restarts, so a replica restarted after a
// crash takes its own chats back at once rather than when their leases
// run out; two live replicas cannot have both alike (one could not bind
// the address). Without a host name, a random id.
func holderID(listen string) (string, error) {
	if host, err := os.Hostname(); err == nil && host != "" {
		return host + " " + listen, nil
	}
	var buf [8]byte
	if _, err := rand.Read(buf[:]); err != nil {
		return "", fmt.Errorf("inbox holder id: %w", err)
	}
	return hex.EncodeToString(buf[:]), nil
}

// receive records an update that arrived by webhook and starts its
// handling here; it returns an error only when the update could not be
// recorded (the webhook then asks Telegram to deliver it again). Before the
// bot has started it refuses, like intake: Telegram redelivers.
func (p *pump) receive(ctx context.Context, u *models.Update) error {
	if !p.b.dispatch.started() {
		return errNotStarted
	}
	if !p.b.seen.add(u.ID) {
		p.b.metrics.errorf("duplicate_update")
		return nil
	}
	// A redelivery to another replica (Telegram missed our 200) is
	// recognised before judge charges the sender's budget for it again.
	if had, err := p.inbox.HasUpdate(ctx, u.ID); err != nil {
		p.b.seen.forget(u.ID)
		return err
	} else if had {
		p.b.metrics.errorf("duplicate_update")
		return nil
	}
	j, keep := p.b.judge(u)
	if !keep {
		return nil
	}
	payload, err := json.Marshal(u)
	if err != nil {
		p.b.seen.forget(u.ID)
		return fmt.Errorf("record update %d: %w", u.ID, err)
	}
	rec := store.InboxUpdate{
		ID: u.ID, ChatID: chatOf(u), Control: p.b.isControl(u), Payload: payload,
		Limited: j.limited, Tell: j.tell, Command: j.command, Wait: j.wait,
	}
	fresh, err := p.inbox.PutUpdate(ctx, rec)
	if err != nil {
		p.b.seen.forget(u.ID)
		return err
	}
	if !fresh { // delivered before, to this replica or another
		p.b.metrics.errorf("duplicate_update")
		return nil
	}
	if rec.Control {
		p.control(rec.ID)
	} else {
		p.chat(rec.ChatID)
	}
	return nil
}

// chat makes sure a worker of this replica tries the chat.
func (p *pump) chat(chat int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopping {
		return
	}
	if r := p.chats[chat]; r != nil {
		r.again = true
		return
	}
	p.chats[chat] = &chatRun{}
	p.b.dispatch.wg.Add(1) // the shutdown drain waits for chat workers too
	go p.work(chat)
}

// work claims the chat and handles its updates one at a time, oldest
// first, until it has none (the last step gives the chat back) or another
// replica holds it. Each step marks the update before done, so one update
// costs one transaction.
func (p *pump) work(chat int64) {
	defer p.b.dispatch.wg.Done()
	ctx := context.WithoutCancel(p.b.dispatch.answerCtx())
	var finished int64
	for {
		if p.isStopping() {
			// The chat's claim goes with the rest (release).
			p.finish(ctx, finished)
			p.done(chat)
			return
		}
		rec, ok, err := p.inbox.NextUpdate(ctx, chat, p.holder, p.lease, finished)
		if err != nil {
			if errors.Is(err, store.ErrClaimLost) {
				p.b.metrics.errorf("inbox_claim_lost")
			}
			p.b.log.Warn("inbox: next update", "chat_id", chat, "err", err)
			p.finish(ctx, finished)
			p.done(chat)
			return
		}
		finished = 0
		if !ok {
			// Given back, or held by another replica. An update this
			// replica recorded since set again: look once more.
			p.mu.Lock()
			r := p.chats[chat]
			again := r.again && !p.stopping
			r.again = false
			if !again {
				delete(p.chats, chat)
				p.mu.Unlock()
				return
			}
			p.mu.Unlock()
			continue
		}
		if j := p.job(ctx, rec); j != nil {
			p.b.dispatch.runHere(j)
		}
		finished = rec.ID
	}
}

// finish marks update id done on its own (0: nothing to do).
func (p *pump) finish(ctx context.Context, id int64) {
	if id == 0 {
		return
	}
	// Detached and bounded: an answer cut by the shutdown bound still
	// records that it ran, so it is not run again.
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := p.inbox.FinishUpdate(fctx, id, p.holder); err != nil {
		p.b.log.Warn("inbox: finish update", "update_id", id, "err", err)
	}
}

func (p *pump) done(chat int64) {
	p.mu.Lock()
	delete(p.chats, chat)
	p.mu.Unlock()
}

func (p *pump) isStopping() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stopping
}

// control claims a control update and runs it beside the chat's queue,
// without waiting.
func (p *pump) control(id int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopping || p.controls[id] {
		return
	}
	p.controls[id] = true
	p.b.dispatch.wg.Add(1) // the shutdown drain waits for it
	go func() {
		defer p.b.dispatch.wg.Done()
		p.runControl(id)
	}()
}

func (p *pump) runControl(id int64) {
	release := func() {
		p.mu.Lock()
		delete(p.controls, id)
		p.mu.Unlock()
	}
	ctx := context.WithoutCancel(p.b.dispatch.answerCtx())
	rec, ok, err := p.inbox.ClaimUpdate(ctx, id, p.holder, p.lease)
	if err != nil {
		p.b.log.Warn("inbox: claim control update", "update_id", id, "err", err)
	}
	if !ok {
		release() // another replica's, or its chat's holder will take it
		return
	}
	j := p.job(ctx, rec)
	if j == nil {
		p.finish(ctx, id)
		release()
		return
	}
	finish := j.done
	j.done = func() { finish(); release() }
	if err := p.b.dispatch.enqueue(ctx, j); err != nil {
		// Stopping: the claim runs out and another replica takes it.
		release()
	}
}

// job turns a begun record into a job; nil when it is not to be handled
// (it counts as handled). A control update's job marks it done when it
// ends; a chat's update is marked done by its worker's next step.
func (p *pump) job(ctx context.Context, rec store.InboxUpdate) *job {
	var u models.Update
	if err := json.Unmarshal(rec.Payload, &u); err != nil || u.ID != rec.ID {
		p.b.log.Error("inbox: unreadable update dropped", "update_id", rec.ID, "err", err)
		return nil
	}
	if rec.Attempts > maxAttempts {
		p.b.metrics.errorf("inbox_update_abandoned")
		p.b.log.Error("inbox: update dropped after its handling stopped its worker repeatedly",
			"update_id", rec.ID, "chat_id", rec.ChatID, "attempts", rec.Attempts-1)
		return nil
	}
	if rec.Attempts > 1 {
		// Its worker stopped mid-way (a crash): the sender saw at most a
		// part of the reply, so handling it again is the lesser harm.
		p.b.metrics.errorf("inbox_update_resumed")
		p.b.log.Warn("inbox: resuming an update whose worker stopped", "update_id", rec.ID, "chat_id", rec.ChatID, "attempt", rec.Attempts)
	}
	// Latency counts from arrival, the wait in the inbox included.
	j := &job{u: &u, at: rec.ReceivedAt, limited: rec.Limited, tell: rec.Tell, command: rec.Command, wait: rec.Wait}
	if rec.Control {
		j.done = func() { p.finish(ctx, rec.ID) }
	}
	return j
}

// tend renews this replica's leases, sweeps for orphaned work and prunes
// old records until ctx ends.
func (p *pump) tend(ctx context.Context) {
	sweep := time.NewTicker(p.sweep)
	defer sweep.Stop()
	renewEvery := p.lease / 3
	lastRenew, lastPrune := time.Now(), time.Time{}
	// Work left by a previous run: chats it still claims (it crashed),
	// then what nobody holds.
	if held, err := p.inbox.HeldChats(ctx, p.holder); err != nil {
		p.b.log.Warn("inbox: chats held before a restart", "err", err)
	} else {
		for _, c := range held {
			p.chat(c)
		}
	}
	p.sweepOnce(ctx)
	for {
		select {
		case <-ctx.Done():
			return
		case <-sweep.C:
		}
		if time.Since(lastRenew) >= renewEvery {
			if _, err := p.inbox.RenewClaims(ctx, p.holder, p.lease); err != nil && ctx.Err() == nil {
				p.b.log.Warn("inbox: renew claims", "err", err)
			} else {
				lastRenew = time.Now()
			}
		}
		p.sweepOnce(ctx)
		if time.Since(lastPrune) >= time.Hour {
			if n, err := p.inbox.PruneInbox(ctx, time.Now().Add(-inboxKeep)); err != nil && ctx.Err() == nil {
				p.b.log.Warn("inbox: prune", "err", err)
			} else if n > 0 {
				p.b.log.Info("inbox: pruned finished updates", "rows", n)
			}
			lastPrune = time.Now()
		}
	}
}

func (p *pump) sweepOnce(ctx context.Context) {
	if p.isStopping() {
		return
	}
	// An update gets one sweep's time to be taken by the replica that
	// received it before another takes it.
	chats, controls, err := p.inbox.OrphanedWork(ctx, p.holder, time.Now().Add(-p.sweep), sweepBatch)
	if err != nil {
		if ctx.Err() == nil {
			p.b.log.Warn("inbox: sweep", "err", err)
		}
		return
	}
	for _, c := range chats {
		p.chat(c)
	}
	for _, id := range controls {
		p.control(id)
	}
}

// stop ends the taking of work: chat workers finish the update they are
// on and stop; Run waits for them (drain), then release gives their chats
// back.
func (p *pump) stop() {
	p.mu.Lock()
	p.stopping = true
	p.mu.Unlock()
}

// release gives back every chat this replica still holds, so another
// replica takes them at once rather than when their leases run out.
func (p *pump) release() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := p.inbox.ReleaseClaims(ctx, p.holder); err != nil {
		p.b.log.Warn("inbox: release claims", "err", err)
	}
}
