package llm

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/detente/detente/secret"
)

// retry runs f until it succeeds, fails for good, makes output visible (a
// stream whose text a user has seen must not be repeated), or maxRetries
// retries are spent. Waits honour the server's Retry-After, else back off
// exponentially with jitter; a wait that would end after ctx's deadline, or
// after limit's (the first-token budget) while it is set, fails at once
// instead of being waited out. Every error returned is an *Error.
func (c *Client) retry(ctx context.Context, op string, maxRetries int, limit func() (time.Time, bool), f func(context.Context) (visible bool, err error)) error {
	for attempt := 1; ; attempt++ {
		hint := &retryHint{}
		visible, err := f(context.WithValue(ctx, hintKey{}, hint))
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return c.fail(op, attempt, withCause(ctx, err))
		}
		if visible || !retryable(err) {
			return c.fail(op, attempt, err)
		}
		if attempt > maxRetries {
			return c.fail(op, attempt, fmt.Errorf("giving up after %d attempts: %w", attempt, err))
		}
		wait, fromServer := hint.get()
		if fromServer {
			if wait > maxRetryAfter {
				return c.fail(op, attempt, fmt.Errorf("server asks to retry after %s: %w", wait.Round(time.Second), err))
			}
			// A little jitter: many clients were told the same moment.
			wait += rand.N(wait/10 + 1)
		} else {
			wait = min(c.opt.RetryBackoff<<min(attempt-1, 16), maxBackoff)
			wait = wait/2 + rand.N(wait/2+1)
		}
		dl, ok := ctx.Deadline()
		if limit != nil {
			if l, set := limit(); set && (!ok || l.Before(dl)) {
				dl, ok = l, true
			}
		}
		if ok && time.Until(dl) < wait {
			return c.fail(op, attempt, fmt.Errorf("retry in %s exceeds the deadline: %w: %w", wait.Round(time.Millisecond), context.DeadlineExceeded, err))
		}
		c.log.Warn("model call failed, retrying", "op", op, "attempt", attempt,
			"status", statusOf(err), "wait_ms", wait.Milliseconds(), "err", c.redact(err).Error())
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return c.fail(op, attempt, withCause(ctx, err))
		case <-t.C:
		}
	}
}

// withCause is err naming why ctx ended (the caller's cancel, a deadline,
// the first-token budget) unless it already does, as net/http's errors do.
func withCause(ctx context.Context, err error) error {
	if cause := context.Cause(ctx); !errors.Is(err, cause) {
		return fmt.Errorf("%w (%w)", cause, err)
	}
	return err
}

// fail builds the *Error a caller gets: the operation, a hint an operator
// can act on for the statuses that need one, and no secret in the text.
func (c *Client) fail(op string, attempts int, err error) error {
	s := statusOf(err)
	var msg string
	switch s {
	case 0:
		msg = fmt.Sprintf("%s: %v", op, err)
	case http.StatusUnauthorized, http.StatusForbidden:
		msg = fmt.Sprintf("%s: the server refused the API key (HTTP %d): check OPENAI_API_KEY: %v", op, s, err)
	case http.StatusNotFound:
		msg = fmt.Sprintf("%s: model or endpoint not found (HTTP 404): check the model name and OPENAI_BASE_URL: %v", op, err)
	default:
		msg = fmt.Sprintf("%s: HTTP %d: %v", op, s, err)
	}
	return &Error{Op: op, Attempts: attempts, Status: s, msg: secret.Redact(msg, c.secrets...), err: err}
}

// redact is err with the client's secrets removed from its text.
func (c *Client) redact(err error) error { return secret.RedactError(err, c.secrets...) }

// statusOf returns the HTTP status of a go-openai error, 0 if none.
func statusOf(err error) int {
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return reqErr.HTTPStatusCode
	}
	return 0
}

// badResponseError is a response that parsed but does not answer the
// request: asking again gets the same answer.
type badResponseError struct{ msg string }

func (e *badResponseError) Error() string { return "malformed response: " + e.msg }

// retryable reports whether another attempt may succeed: rate limits,
// server errors, timeouts and broken or garbled streams, but not a request
// the server rejected (401, 403, 400, an unknown model...) nor a response
// that parsed and is wrong.
func retryable(err error) bool {
	if s := statusOf(err); s != 0 {
		return s == http.StatusTooManyRequests || s == http.StatusRequestTimeout || s >= 500
	}
	var bad *badResponseError
	if errors.As(err, &bad) {
		return false
	}
	for _, e := range []error{
		openai.ErrChatCompletionInvalidModel, openai.ErrReasoningModelMaxTokensDeprecated,
		openai.ErrReasoningModelLimitationsOther, openai.ErrReasoningSamplingUnsupported,
		openai.ErrReasoningEffortUnsupported, openai.ErrReasoningModelLimitationsLogprobs,
	} {
		if errors.Is(err, e) {
			return false
		}
	}
	return true
}

// hintKey carries a *retryHint in a request's context so the HTTP doer can
// hand the Retry-After header back: go-openai's errors do not expose
// response headers.
type hintKey struct{}

type retryHint struct {
	mu    sync.Mutex
	after time.Duration
	ok    bool
}

func (h *retryHint) set(d time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.after, h.ok = d, true
}

func (h *retryHint) get() (time.Duration, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.after, h.ok
}

// hintDoer records Retry-After (or OpenAI's retry-after-ms) from failed
// responses into the request's retryHint.
type hintDoer struct{ c *http.Client }

func (d hintDoer) Do(r *http.Request) (*http.Response, error) {
	resp, err := d.c.Do(r)
	if err != nil || (resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500) {
		return resp, err
	}
	if h, ok := r.Context().Value(hintKey{}).(*retryHint); ok {
		if d, ok := parseRetryAfter(resp.Header, time.Now()); ok {
			h.set(d)
		}
	}
	return resp, nil
}

// parseRetryAfter reads retry-after-ms or Retry-After (delay-seconds or an
// HTTP date; a date in the past is 0). A delay too long to represent is a
// day: retry refuses anything beyond maxRetryAfter anyway.
func parseRetryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	if d, ok := delay(h.Get("Retry-After-Ms"), float64(time.Millisecond)); ok {
		return d, true
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if _, err := strconv.ParseFloat(v, 64); err == nil {
		return delay(v, float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// delay parses a non-negative, finite number of units.
func delay(v string, unit float64) (time.Duration, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsNaN(f) || f < 0 {
		return 0, false
	}
	if f*unit > float64(24*time.Hour) { // also +Inf
		return 24 * time.Hour, true
	}
	return time.Duration(f * unit), true
}
