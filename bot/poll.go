package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/store"
)

// allowedUpdates are the update kinds the bot handles; asking only for
// these keeps Telegram from sending the rest.
var allowedUpdates = []string{"message", "callback_query"}

// apiError is a Bot API error answer, with the same sentinels the
// go-telegram/bot client uses, so callers test errors one way.
type apiError struct {
	code       int
	desc       string
	retryAfter int
}

func (e *apiError) Error() string { return fmt.Sprintf("telegram error %d: %s", e.code, e.desc) }

func (e *apiError) Unwrap() error {
	switch e.code {
	case http.StatusUnauthorized:
		return tgbot.ErrorUnauthorized
	case http.StatusForbidden:
		return tgbot.ErrorForbidden
	case http.StatusNotFound:
		return tgbot.ErrorNotFound
	case http.StatusConflict:
		return tgbot.ErrorConflict
	case http.StatusTooManyRequests:
		return tgbot.ErrorTooManyRequests
	case http.StatusBadRequest:
		return tgbot.ErrorBadRequest
	}
	return nil
}

// poll takes updates by long polling until ctx ends, on the replica that
// holds the polling lock when there are several (Deps.Singleton): Telegram
// serves one getUpdates consumer per token.
func (b *Bot) poll(ctx context.Context) error {
	if b.deps.Singleton == nil {
		return b.pollUpdates(ctx)
	}
	return b.deps.Singleton.Exclusive(ctx, store.PollLock, b.pollTakingOver)
}

// pollUpdates takes updates by long polling until ctx ends. Unlike the library's
// loop it waits out retry_after, stops on a rejected token, and
// acknowledges an update (by the next offset) only once the dispatcher has
// queued it. A graceful shutdown drains the queue (bounded by
// ShutdownTimeout); a crash loses the updates queued but not yet answered
// (at most maxPending), since Telegram has already been told of them at the
// next getUpdates. Acknowledging only up to the oldest unanswered update
// would close that gap at the price of answering some updates twice after a
// crash; we prefer never answering twice.
func (b *Bot) pollUpdates(ctx context.Context) error {
	if err := b.call(ctx, 0, "deleteWebhook", true, func(ctx context.Context) error {
		_, err := b.api.DeleteWebhook(ctx, &tgbot.DeleteWebhookParams{})
		return err
	}); err != nil && ctx.Err() == nil {
		b.log.Warn("delete webhook before polling", "err", err)
	}
	var offset int64
	backoff := time.Duration(0)
	for ctx.Err() == nil {
		if backoff > 0 {
			if b.sleep(ctx, backoff) != nil {
				break
			}
		}
		updates, err := b.getUpdates(ctx, offset, b.cfg.PollTimeout)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			var ae *apiError
			switch {
			case errors.As(err, &ae) && ae.code == http.StatusTooManyRequests:
				b.metrics.tgCall("getUpdates", err)
				backoff = time.Duration(max(ae.retryAfter, 1)) * time.Second
			case errors.Is(err, tgbot.ErrorUnauthorized):
				return fmt.Errorf("poll updates: the bot token was rejected: %w", err)
			case errors.Is(err, tgbot.ErrorConflict):
				// Another process polls with this token, or a webhook is set.
				backoff = 5 * time.Second
			default:
				backoff = min(max(backoff*2, 250*time.Millisecond), 30*time.Second)
			}
			b.log.Warn("poll updates", "err", err, "retry_in", backoff.String())
			continue
		}
		backoff = 0
		b.tgOK.Store(b.now().UnixNano())
		for _, u := range updates {
			if !b.intake(ctx, u) {
				break // not queued: leave it (and the rest) unacknowledged
			}
			offset = u.ID + 1
		}
	}
	b.confirm(offset)
	return ctx.Err()
}

// pollTakingOver polls as the holder of the polling lock. The replica
// that held it before may have handled updates since this one started, so
// the handled mark is read again: Telegram offers those it was not told
// of again, and they must not be answered twice.
func (b *Bot) pollTakingOver(ctx context.Context) error {
	if handled, err := b.deps.Store.HandledUpdate(ctx); err == nil {
		b.handled = max(b.handled, handled)
	} else if ctx.Err() == nil {
		// Not worth stopping for: the dispatcher still drops an update
		// this process saw, and a replayed one is answered late, not lost.
		b.log.Warn("read handled update mark before polling", "err", err)
	}
	return b.pollUpdates(ctx)
}

// confirm acknowledges everything before offset, so a restart does not
// answer those updates again.
func (b *Bot) confirm(offset int64) {
	if offset == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if _, err := b.getUpdatesLimit(ctx, offset, 0, 1); err != nil {
		b.log.Warn("acknowledge updates at shutdown", "err", err)
	}
}

func (b *Bot) getUpdates(ctx context.Context, offset int64, timeout time.Duration) ([]*models.Update, error) {
	return b.getUpdatesLimit(ctx, offset, timeout, 100)
}

// getUpdatesLimit is the raw getUpdates call (JSON body), with a deadline
// a little past the long-poll timeout.
func (b *Bot) getUpdatesLimit(ctx context.Context, offset int64, timeout time.Duration, limit int) ([]*models.Update, error) {
	body, err := json.Marshal(map[string]any{
		"offset": offset, "timeout": int(timeout.Seconds()), "limit": limit, "allowed_updates": allowedUpdates,
	})
	if err != nil {
		return nil, fmt.Errorf("getUpdates: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout+b.cfg.CallTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.cfg.APIURL+"/bot"+b.cfg.Token+"/getUpdates", bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("getUpdates: %w", redact(err, b.cfg.Token))
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := b.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("getUpdates: %w", redact(err, b.cfg.Token))
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("getUpdates: %w", redact(err, b.cfg.Token))
	}
	var r struct {
		OK          bool             `json:"ok"`
		Result      []*models.Update `json:"result"`
		ErrorCode   int              `json:"error_code"`
		Description string           `json:"description"`
		Parameters  struct {
			RetryAfter int `json:"retry_after"`
		} `json:"parameters"`
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("getUpdates: HTTP %d, undecodable answer: %w", resp.StatusCode, err)
	}
	if !r.OK {
		return nil, fmt.Errorf("getUpdates: %w", &apiError{code: r.ErrorCode, desc: r.Description, retryAfter: r.Parameters.RetryAfter})
	}
	return r.Result, nil
}
