package bot

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/digest"
	"github.com/detente/detente/prompts"
)

// subscription passes /subscribe, /unsubscribe, /timezone and
// /subscription to the digest service.
func (b *Bot) subscription(ctx context.Context, in incoming, lang string) {
	if b.deps.Digests == nil {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.digest.unavailable"))
		return
	}
	msg, err := b.deps.Digests.Command(ctx, digestUser(in, lang), in.cmd, in.args)
	if err != nil {
		b.log.Error("digest command", "chat_id", in.chat, "command", in.cmd, "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	b.reply(ctx, in.chat, 0, msg)
}

// digestCooldown is how long after a /digest the same chat waits for the
// next: a digest covers the day, so a second one a minute later says
// nothing new, while each may cost a model call.
const digestCooldown = 2 * time.Minute

// digestCooldowns remembers, per chat, when /digest may run again.
type digestCooldowns struct {
	mu    sync.Mutex
	until map[int64]time.Time
	told  map[int64]bool // the chat was told to wait during this cooldown
}

// take reports whether chat may have a digest at now (starting its
// cooldown) and, if not, the wait and whether to say so (once per
// cooldown, so repeated /digest does not get repeated replies).
func (c *digestCooldowns) take(chat int64, now time.Time) (ok bool, wait time.Duration, tell bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.until == nil {
		c.until, c.told = map[int64]time.Time{}, map[int64]bool{}
	}
	if t, busy := c.until[chat]; busy && now.Before(t) {
		tell = !c.told[chat]
		c.told[chat] = true
		return false, t.Sub(now), tell
	}
	for id, t := range c.until { // keep only the chats still cooling down
		if !now.Before(t) {
			delete(c.until, id)
			delete(c.told, id)
		}
	}
	c.until[chat] = now.Add(digestCooldown)
	return true, 0, false
}

// digestNow handles /digest: today's digest, formatted like an answer. It
// may cost a model call, so it spends the sender's question budget (at
// intake), waits for the model gate like a question, and a chat has one
// per digestCooldown.
func (b *Bot) digestNow(ctx context.Context, in incoming, lang string) {
	if b.deps.Digests == nil {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.digest.unavailable"))
		return
	}
	if ok, wait, tell := b.digestCool.take(in.chat, b.now()); !ok {
		if tell {
			b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.digest.cooldown", int(wait.Seconds())+1))
		}
		return
	}
	stopTyping := b.keepTyping(ctx, in.chat)
	release, err := b.gate.acquire(ctx, nil)
	if err != nil {
		stopTyping()
		b.log.Warn("digest now: wait for the model gate", "chat_id", in.chat, "err", err)
		return
	}
	d, err := b.deps.Digests.Now(ctx, digestUser(in, lang))
	release()
	stopTyping()
	if err != nil {
		b.log.Error("digest now", "chat_id", in.chat, "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	if d.Lang == "" {
		d.Lang = lang
	}
	for _, p := range renderAnswer(d, prompts.T(d.Lang, "bot.digest.header")).split() {
		if _, err := b.send(ctx, in.chat, p, 0, nil, true); err != nil {
			b.log.Warn("send digest", "chat_id", in.chat, "err", err)
			return
		}
	}
}

// maxDigestPartTries bounds the sends of a later digest part after errors
// proving it was not delivered (Telegram 5xx, connection refused).
const maxDigestPartTries = 3

// SendDigest delivers a digest to a chat, formatted like an answer (text,
// then the sources list, split at 4096 characters). It implements
// digest.Sender, whose scheduler retries only what certainly did not
// arrive: before anything is out, a 429 is *digest.RetryAfterError and a
// 5xx or refused connection wraps digest.ErrNotDelivered; a timeout or a
// connection lost mid-call wraps neither (Telegram may have delivered it).
// A 403 is digest.ErrBlocked. Once the first part is out, later parts wait
// out flood control and retry certain failures here, and a part that still
// fails ends in *digest.PartialError, which the scheduler never retries, so
// the first part is never sent twice.
func (b *Bot) SendDigest(ctx context.Context, chatID int64, d answer.Answer) error {
	parts := renderAnswer(d, prompts.T(d.Lang, "bot.digest.header")).split()
	for i, p := range parts {
		if i == 0 {
			if err := b.sendDigestPart(ctx, chatID, p); err != nil {
				return err
			}
			continue
		}
		if err := b.resumeDigest(ctx, chatID, p); err != nil {
			return &digest.PartialError{Sent: i, Parts: len(parts), Err: err}
		}
	}
	b.metrics.digestSent()
	return nil
}

// resumeDigest sends a later part of a digest whose first part is out. It
// waits out 429s and retries sends that certainly failed itself, within
// ctx, because the scheduler can only retry the whole digest.
func (b *Bot) resumeDigest(ctx context.Context, chatID int64, p text) error {
	for tries := 1; ; {
		err := b.sendDigestPart(ctx, chatID, p)
		var (
			ra   *digest.RetryAfterError
			wait time.Duration
		)
		switch {
		case err == nil:
			return nil
		case errors.As(err, &ra):
			wait = ra.After
		case errors.Is(err, digest.ErrNotDelivered) && tries < maxDigestPartTries:
			wait = time.Duration(250<<(tries-1)) * time.Millisecond
			tries++
		default:
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
	}
}

// sendDigestPart makes one attempt at sending p (and its plain-text
// fallback when Telegram rejects the markup) and reports the outcome in
// digest.Sender's terms. It waits for nothing but the global send budget:
// a paused chat is a *digest.RetryAfterError, for the caller to wait out.
func (b *Bot) sendDigestPart(ctx context.Context, chatID int64, p text) error {
	if wait := b.pauses.remaining(chatID); wait > 0 {
		return &digest.RetryAfterError{After: wait}
	}
	if err := b.global.Wait(ctx); err != nil {
		return fmt.Errorf("send digest to %d: %w: %w", chatID, digest.ErrNotDelivered, err)
	}
	try := func(html bool) error {
		cctx, cancel := context.WithTimeout(ctx, b.cfg.CallTimeout)
		defer cancel()
		params := &tgbot.SendMessageParams{ChatID: chatID, Text: p.Plain, LinkPreviewOptions: noPreview}
		if html {
			params.Text, params.ParseMode = p.HTML, models.ParseModeHTML
		}
		start := time.Now()
		_, err := b.api.SendMessage(cctx, params)
		b.metrics.tgCall("sendMessage", err)
		b.metrics.observe("telegram", time.Since(start))
		return redact(err, b.cfg.Token)
	}
	err := try(true)
	if isParseError(err) {
		b.metrics.errorf("html_rejected")
		err = try(false)
	}
	var tooMany *tgbot.TooManyRequestsError
	switch {
	case err == nil:
		b.tgOK.Store(time.Now().UnixNano())
		return nil
	case errors.As(err, &tooMany):
		after := time.Duration(max(tooMany.RetryAfter, 1)) * time.Second
		b.pauses.pause(chatID, after)
		return &digest.RetryAfterError{After: after}
	case isBlocked(err):
		return fmt.Errorf("send digest to %d: %w: %w", chatID, digest.ErrBlocked, err)
	case nothingSent(err):
		return fmt.Errorf("send digest to %d: %w: %w", chatID, digest.ErrNotDelivered, err)
	case errors.Is(err, tgbot.ErrorBadRequest), errors.Is(err, tgbot.ErrorUnauthorized), errors.Is(err, tgbot.ErrorNotFound):
		// Refused, so not delivered, but sending it again would be refused again.
		return fmt.Errorf("send digest to %d: %w", chatID, err)
	}
	return fmt.Errorf("send digest to %d: outcome unknown: %w", chatID, err)
}
