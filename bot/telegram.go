package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// errPaused means an optional call (a streaming edit) was skipped because
// the chat is in a 429 pause or the global send budget is spent; the next
// edit carries the newer text anyway.
var errPaused = errors.New("skipped: chat paused or send budget spent")

// maxTransientRetries bounds retries of an essential call after network
// errors and 5xx answers.
const maxTransientRetries = 3

// sendsOnce reports the methods whose repetition the user would see (a second
// copy of a message). After an error they are retried only if the error
// proves Telegram did not act (nothingSent); edits and settings are
// idempotent and retried after any transient error.
func sendsOnce(method string) bool { return method == "sendMessage" }

// call runs one Bot API call for chat with a deadline, inside the global
// send budget, honouring the chat's 429 pause. essential calls (the final
// text, command replies) wait out pauses and retry transient failures until
// ctx ends (sendMessage only when nothing was sent); optional ones
// (intermediate edits, drafts) are skipped instead of waiting, returning
// errPaused. A 403 (blocked) is never retried.
func (b *Bot) call(ctx context.Context, chat int64, method string, essential bool, fn func(ctx context.Context) error) error {
	for attempt := 0; ; attempt++ {
		if d := b.pauses.remaining(chat); d > 0 {
			if !essential {
				return errPaused
			}
			if err := b.sleep(ctx, d); err != nil {
				return fmt.Errorf("%s: waiting out flood control: %w", method, err)
			}
		}
		if essential {
			if err := b.waitBudget(ctx, b.global); err != nil {
				return fmt.Errorf("%s: %w", method, err)
			}
		} else if b.contended() || !b.allowBudget(b.global) {
			return errPaused
		}
		cctx, cancel := context.WithTimeout(ctx, b.cfg.CallTimeout)
		start := time.Now()
		err := fn(cctx)
		cancel()
		b.metrics.tgCall(method, err)
		b.metrics.observe("telegram", time.Since(start))
		if err == nil {
			b.tgOK.Store(b.now().UnixNano())
			return nil
		}
		err = redact(err, b.cfg.Token)
		var tooMany *tgbot.TooManyRequestsError
		switch {
		case errors.As(err, &tooMany):
			wait := time.Duration(max(tooMany.RetryAfter, 1)) * time.Second
			b.pauses.pause(chat, wait)
			b.log.Warn("telegram flood control", "chat_id", chat, "method", method, "retry_after_s", tooMany.RetryAfter)
			if !essential {
				return errPaused
			}
			continue
		case errors.Is(err, tgbot.ErrorForbidden), errors.Is(err, tgbot.ErrorBadRequest),
			errors.Is(err, tgbot.ErrorUnauthorized), errors.Is(err, tgbot.ErrorNotFound):
			return fmt.Errorf("%s: %w", method, err)
		}
		if !essential || attempt >= maxTransientRetries || ctx.Err() != nil {
			return fmt.Errorf("%s: %w", method, err)
		}
		if sendsOnce(method) && !nothingSent(err) {
			// Telegram may have delivered it: a second copy is worse than
			// none, and the caller logs the failure.
			return fmt.Errorf("%s: outcome unknown, not retried: %w", method, err)
		}
		if b.sleep(ctx, time.Duration(250<<attempt)*time.Millisecond) != nil {
			return fmt.Errorf("%s: %w", method, err)
		}
	}
}

// contended reports whether the send budget cannot spare a call for
// anything but final texts: the tokens in the bucket (negative while
// final texts wait for theirs) do not cover one call for every answer in
// progress. Then optional calls (typing, stream edits and drafts, queue
// places) are skipped, so that under a burst each answer costs about one
// call, its final text, and the last askers are not kept waiting behind
// edits nobody needs: a user who sees "typing…" then the answer has lost
// nothing. When few answers are in progress, the same budget streams them.
func (b *Bot) contended() bool {
	return float64(b.answering.Load()) > b.global.Tokens()
}

// serverError is a 5xx answer from the Bot API (or a proxy in front of
// it). statusTransport turns it into an error before the client library
// sees it, because the library reports it only as text.
type serverError struct {
	code int
	desc string
}

func (e *serverError) Error() string { return fmt.Sprintf("telegram HTTP %d: %s", e.code, e.desc) }

// statusTransport reports 5xx answers as *serverError, so that call can
// tell "Telegram failed to act" (safe to send again) from an unknown outcome.
type statusTransport struct{ base http.RoundTripper }

func (t statusTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(r)
	if err != nil || resp.StatusCode < 500 {
		return resp, err
	}
	desc, _ := io.ReadAll(io.LimitReader(resp.Body, 256))
	_ = resp.Body.Close()
	return nil, &serverError{code: resp.StatusCode, desc: strings.TrimSpace(string(desc))}
}

// nothingSent reports an error proving Telegram did not act on the
// request: the connection was never made, or it answered with a 5xx. After
// a timeout or a connection lost mid-call the request may have been
// carried out, so it proves nothing.
func nothingSent(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var se *serverError
	return errors.As(err, &se)
}

// isParseError reports Telegram refusing our markup.
func isParseError(err error) bool {
	return errors.Is(err, tgbot.ErrorBadRequest) && strings.Contains(err.Error(), "can't parse entities")
}

// isNotModified reports an edit that changed nothing (not a failure).
func isNotModified(err error) bool {
	return errors.Is(err, tgbot.ErrorBadRequest) && strings.Contains(err.Error(), "message is not modified")
}

// isBlocked reports a chat that blocked or removed the bot.
func isBlocked(err error) bool { return errors.Is(err, tgbot.ErrorForbidden) }

// text is a message in both renderings: HTML (preferred) and plain (sent
// when Telegram rejects the markup).
type text struct {
	HTML  string
	Plain string
}

var noPreview = &models.LinkPreviewOptions{IsDisabled: tgbot.True()}

// send sends t to chat (as a reply to replyTo when non-zero) and returns the
// message id. If Telegram cannot parse the HTML, the plain text goes out.
func (b *Bot) send(ctx context.Context, chat int64, t text, replyTo int, markup models.ReplyMarkup, essential bool) (int, error) {
	var id int
	do := func(html bool) error {
		return b.call(ctx, chat, "sendMessage", essential, func(ctx context.Context) error {
			p := &tgbot.SendMessageParams{ChatID: chat, Text: t.Plain, LinkPreviewOptions: noPreview, ReplyMarkup: markup}
			if html {
				p.Text, p.ParseMode = t.HTML, models.ParseModeHTML
			}
			if replyTo != 0 {
				p.ReplyParameters = &models.ReplyParameters{MessageID: replyTo, AllowSendingWithoutReply: true}
			}
			m, err := b.api.SendMessage(ctx, p)
			if err == nil {
				id = m.ID
			}
			return err
		})
	}
	err := do(t.HTML != "")
	if err != nil && t.HTML != "" && isParseError(err) {
		b.log.Warn("telegram rejected HTML; sending plain text", "chat_id", chat, "err", err)
		b.metrics.errorf("html_rejected")
		err = do(false)
	}
	return id, err
}

// edit replaces the text (and buttons) of message id in chat, with the
// same plain-text fallback. An edit that changes nothing is a success.
func (b *Bot) edit(ctx context.Context, chat int64, id int, t text, markup models.ReplyMarkup, essential bool) error {
	do := func(html bool) error {
		return b.call(ctx, chat, "editMessageText", essential, func(ctx context.Context) error {
			p := &tgbot.EditMessageTextParams{ChatID: chat, MessageID: id, Text: t.Plain, LinkPreviewOptions: noPreview, ReplyMarkup: markup}
			if html {
				p.Text, p.ParseMode = t.HTML, models.ParseModeHTML
			}
			_, err := b.api.EditMessageText(ctx, p)
			return err
		})
	}
	err := do(t.HTML != "")
	if err != nil && t.HTML != "" && isParseError(err) {
		b.log.Warn("telegram rejected HTML; editing with plain text", "chat_id", chat, "err", err)
		b.metrics.errorf("html_rejected")
		err = do(false)
	}
	if isNotModified(err) {
		return nil
	}
	return err
}

// draft streams t into a private chat's draft bubble (Bot API 9.5). If the
// server refuses the method itself, drafts are turned off for this process
// and edits take over.
func (b *Bot) draft(ctx context.Context, chat int64, draftID int64, t text) error {
	err := b.call(ctx, chat, "sendMessageDraft", false, func(ctx context.Context) error {
		_, err := b.api.SendMessageDraft(ctx, &tgbot.SendMessageDraftParams{
			ChatID: chat, DraftID: strconv.FormatInt(draftID, 10), Text: t.HTML, ParseMode: models.ParseModeHTML,
		})
		return err
	})
	// Not found (an older or self-hosted Bot API server) or any other
	// refusal of the method itself; a markup refusal is about this text only.
	unsupported := errors.Is(err, tgbot.ErrorNotFound) || (errors.Is(err, tgbot.ErrorBadRequest) && !isParseError(err))
	if unsupported && ctx.Err() == nil {
		if b.drafts.CompareAndSwap(true, false) {
			b.log.Warn("sendMessageDraft unavailable; streaming by edits", "err", err)
		}
	}
	return err
}

// typing shows "typing…" in chat. It is cosmetic: never essential.
func (b *Bot) typing(ctx context.Context, chat int64) {
	_ = b.call(ctx, chat, "sendChatAction", false, func(ctx context.Context) error {
		_, err := b.api.SendChatAction(ctx, &tgbot.SendChatActionParams{ChatID: chat, Action: models.ChatActionTyping})
		return err
	})
}

// reply sends a plain-text command reply (essential, with the HTML escaped).
func (b *Bot) reply(ctx context.Context, chat int64, replyTo int, s string) {
	if _, err := b.send(ctx, chat, plainText(s), replyTo, nil, true); err != nil {
		b.log.Warn("reply failed", "chat_id", chat, "err", err)
	}
}

// finalTimeout bounds how long the final text of an answer keeps being
// retried (through 429 pauses and transient errors) before it is given up.
const finalTimeout = 2 * time.Minute
