package bot

import (
	"context"
	"errors"
	"fmt"
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

// digestNow handles /digest: today's digest, formatted like an answer.
func (b *Bot) digestNow(ctx context.Context, in incoming, lang string) {
	if b.deps.Digests == nil {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.digest.unavailable"))
		return
	}
	stopTyping := b.keepTyping(ctx, in.chat)
	d, err := b.deps.Digests.Now(ctx, digestUser(in, lang))
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

// SendDigest delivers a digest to a chat, formatted like an answer (text,
// then the sources list, split at 4096 characters). It implements
// digest.Sender: a 429 before anything was sent is *digest.RetryAfterError
// (the scheduler waits and retries); a 403 is digest.ErrBlocked. Once the
// first part is out, later parts wait out flood control themselves, so a
// retry never sends the first part twice.
func (b *Bot) SendDigest(ctx context.Context, chatID int64, d answer.Answer) error {
	parts := renderAnswer(d, prompts.T(d.Lang, "bot.digest.header")).split()
	for i, p := range parts {
		if i > 0 {
			if _, err := b.send(ctx, chatID, p, 0, nil, true); err != nil {
				if isBlocked(err) {
					return fmt.Errorf("send digest to %d: %w", chatID, digest.ErrBlocked)
				}
				return fmt.Errorf("send digest to %d (part %d of %d): %w", chatID, i+1, len(parts), err)
			}
			continue
		}
		if err := b.sendFirstDigestPart(ctx, chatID, p); err != nil {
			return err
		}
	}
	b.metrics.digestSent()
	return nil
}

func (b *Bot) sendFirstDigestPart(ctx context.Context, chatID int64, p text) error {
	if wait := b.pauses.remaining(chatID); wait > 0 {
		return &digest.RetryAfterError{After: wait}
	}
	if err := b.global.wait(ctx); err != nil {
		return fmt.Errorf("send digest to %d: %w", chatID, err)
	}
	try := func(html bool) error {
		cctx, cancel := context.WithTimeout(ctx, b.cfg.CallTimeout)
		defer cancel()
		params := &tgbot.SendMessageParams{ChatID: chatID, Text: p.Plain, LinkPreviewOptions: noPreview}
		if html {
			params.Text, params.ParseMode = p.HTML, models.ParseModeHTML
		}
		_, err := b.api.SendMessage(cctx, params)
		b.metrics.tgCall("sendMessage", err)
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
	}
	return fmt.Errorf("send digest to %d: %w", chatID, err)
}
