package answer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Defaults for ModelOptions.
const (
	DefaultModel       = "gpt-4o-mini"
	DefaultTemperature = 0.2
	defaultTimeout     = 60 * time.Second
	defaultIdleTimeout = 20 * time.Second
	defaultMaxRetries  = 3
	defaultBackoff     = 500 * time.Millisecond
	maxBackoff         = 8 * time.Second
	// maxRetryAfter caps a server's Retry-After: a user is waiting.
	maxRetryAfter = 30 * time.Second
	// auxTimeout bounds the short, non-streamed calls (rewrite, translate)
	// that run before retrieval: they must not eat the answer's budget.
	auxTimeout = 15 * time.Second
)

// callKind names what a model call is for; each kind has its own output
// bound (maxTokens).
type callKind int

const (
	callAnswer    callKind = iota // a streamed answer
	callDigest                    // a streamed daily digest
	callRewrite                   // a follow-up rewritten as a standalone query
	callTranslate                 // a query translated for cross-language search
)

func (k callKind) String() string {
	return [...]string{"answer", "digest", "rewrite", "translate"}[k]
}

// maxTokens bounds a call's output. A model that never stops (a loop, a
// poisoned passage asking for pages of text) costs at most this, and the
// bot's answer cap (two Telegram messages) is reached before it: about 4
// characters a token in English and 2-3 in Vietnamese and Russian, so
// 1,500 tokens is 3,500-6,000 characters, while a good answer is 600-1,500.
// A digest covers several topics; a rewrite or translation is one line.
var maxTokens = [...]int{callAnswer: 1500, callDigest: 2000, callRewrite: 200, callTranslate: 200}

// limitTokens sets req's output bound, in the field the model accepts:
// OpenAI's reasoning models refuse max_tokens and want
// max_completion_tokens, which OpenAI-compatible servers (llama.cpp, vLLM,
// Ollama) do not all know.
func limitTokens(req *openai.ChatCompletionRequest, kind callKind) {
	req.MaxTokens = maxTokens[kind]
	if errors.Is(openai.NewReasoningValidator().Validate(*req), openai.ErrReasoningModelMaxTokensDeprecated) {
		req.MaxTokens, req.MaxCompletionTokens = 0, maxTokens[kind]
	}
}

// errIdle marks a stream that went silent for longer than IdleTimeout.
var errIdle = errors.New("model stream idle timeout")

// model is the chat-model client: go-openai over one tuned http.Client,
// with what go-openai lacks added around it: deadlines, an idle timeout
// between stream chunks, and retries with backoff that honour Retry-After.
type model struct {
	client *openai.Client
	opt    ModelOptions
	log    *slog.Logger
}

func newModel(opt ModelOptions, log *slog.Logger) *model {
	if opt.Model == "" {
		opt.Model = DefaultModel
	}
	if opt.Timeout <= 0 {
		opt.Timeout = defaultTimeout
	}
	if opt.IdleTimeout <= 0 {
		opt.IdleTimeout = defaultIdleTimeout
	}
	if opt.MaxRetries < 0 {
		opt.MaxRetries = 0
	} else if opt.MaxRetries == 0 {
		opt.MaxRetries = defaultMaxRetries
	}
	if opt.RetryBackoff <= 0 {
		opt.RetryBackoff = defaultBackoff
	}
	cfg := openai.DefaultConfig(opt.APIKey)
	if opt.BaseURL != "" {
		cfg.BaseURL = strings.TrimRight(opt.BaseURL, "/")
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	tr.TLSHandshakeTimeout = 10 * time.Second
	tr.MaxIdleConnsPerHost = 16
	tr.IdleConnTimeout = 90 * time.Second
	// No http.Client.Timeout: it would cut long streams. Every call carries
	// a context deadline instead.
	cfg.HTTPClient = &http.Client{Transport: hintTransport{base: tr}}
	return &model{client: openai.NewClientWithConfig(cfg), opt: opt, log: log}
}

// temperature returns the value to send. go-openai's request struct has
// `json:"temperature,omitempty"`, so a temperature of exactly 0 is dropped
// from the request and the server applies its own default (1.0 at OpenAI):
// the opposite of what 0 asks for. The smallest positive float32 survives
// omitempty and is, for every sampler, indistinguishable from 0.
func (m *model) temperature() float32 {
	if m.opt.Temperature == 0 {
		return math.SmallestNonzeroFloat32
	}
	return m.opt.Temperature
}

// stream runs a streamed chat completion, passing each content delta to
// deliver. deliver returns whether anything became visible to the user;
// once it has, a failure is returned as is (retrying would repeat text the
// user has seen). Before that, 429s, 5xx, timeouts and broken streams are
// retried; reset is called before each retry so the caller can drop what it
// held back from the failed attempt.
func (m *model) stream(ctx context.Context, kind callKind, msgs []openai.ChatCompletionMessage, reset func(), deliver func(string) bool) error {
	ctx, cancel := context.WithTimeout(ctx, m.opt.Timeout)
	defer cancel()
	req := openai.ChatCompletionRequest{Model: m.opt.Model, Messages: msgs, Temperature: m.temperature(), Stream: true}
	limitTokens(&req, kind)
	attempt := 0
	return m.retry(ctx, "chat stream", m.opt.MaxRetries, func(ctx context.Context) (bool, error) {
		if attempt > 0 && reset != nil {
			reset()
		}
		attempt++
		return m.streamOnce(ctx, req, deliver)
	})
}

// streamOnce is one attempt; it reports whether output became visible.
func (m *model) streamOnce(parent context.Context, req openai.ChatCompletionRequest, deliver func(string) bool) (visible bool, err error) {
	ctx, cancel := context.WithCancelCause(parent)
	defer cancel(nil)
	// The idle timer also covers the wait for the response headers and the
	// first token: a server that accepts the request and then says nothing
	// is as stuck as one that stops mid-answer.
	idle := time.AfterFunc(m.opt.IdleTimeout, func() { cancel(errIdle) })
	defer idle.Stop()
	idleErr := func(err error) error {
		if errors.Is(context.Cause(ctx), errIdle) {
			return fmt.Errorf("%w after %s", errIdle, m.opt.IdleTimeout)
		}
		return err
	}
	st, err := m.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return false, idleErr(err)
	}
	defer st.Close()
	for {
		resp, err := st.Recv()
		if errors.Is(err, io.EOF) {
			return visible, nil
		}
		if err != nil {
			return visible, idleErr(err)
		}
		idle.Reset(m.opt.IdleTimeout)
		for _, ch := range resp.Choices {
			if ch.Delta.Content != "" && deliver(ch.Delta.Content) {
				visible = true
			}
		}
	}
}

// complete runs a short non-streamed completion (rewrite, translate) with
// its own deadline and at most one retry: it is an optimisation, and the
// caller has a fallback.
func (m *model) complete(ctx context.Context, kind callKind, msgs []openai.ChatCompletionMessage) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, min(auxTimeout, m.opt.Timeout))
	defer cancel()
	req := openai.ChatCompletionRequest{Model: m.opt.Model, Messages: msgs, Temperature: m.temperature()}
	limitTokens(&req, kind)
	var out string
	err := m.retry(ctx, "chat", min(1, m.opt.MaxRetries), func(ctx context.Context) (bool, error) {
		resp, err := m.client.CreateChatCompletion(ctx, req)
		if err != nil {
			return false, err
		}
		if len(resp.Choices) == 0 {
			return false, errors.New("no choices in response")
		}
		out = resp.Choices[0].Message.Content
		return false, nil
	})
	return out, err
}

// retry runs op until it succeeds, fails for good, makes output visible, or
// maxRetries retries are spent. Waits honour Retry-After when the server
// sent one, else back off exponentially with jitter.
func (m *model) retry(ctx context.Context, op string, maxRetries int, f func(context.Context) (bool, error)) error {
	for attempt := 0; ; attempt++ {
		hint := &retryHint{}
		visible, err := f(context.WithValue(ctx, hintKey{}, hint))
		if err == nil {
			return nil
		}
		err = m.redact(err)
		if visible || ctx.Err() != nil || !retryable(err) || attempt >= maxRetries {
			return fmt.Errorf("%s (attempt %d): %w", op, attempt+1, err)
		}
		wait, fromServer := hint.get()
		if !fromServer {
			wait = m.opt.RetryBackoff << attempt
			wait = min(wait, maxBackoff)
			wait = wait/2 + rand.N(wait/2+1) // jitter: many clients, one rate limit
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return fmt.Errorf("%s (attempt %d, retry in %s exceeds the deadline): %w", op, attempt+1, wait, err)
		}
		m.log.Warn("model call failed, retrying", "op", op, "attempt", attempt+1,
			"status", statusOf(err), "wait_ms", wait.Milliseconds(), "err", err.Error())
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%s (attempt %d): %w", op, attempt+1, err)
		case <-t.C:
		}
	}
}

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

// retryable reports whether another attempt may succeed: rate limits,
// server errors, timeouts and broken or garbled streams, but not a request
// the server rejected (401, 403, 400, an unknown model...).
func retryable(err error) bool {
	if s := statusOf(err); s != 0 {
		return s == http.StatusTooManyRequests || s == http.StatusRequestTimeout || s >= 500
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

// redact removes the API key from an error's text, in case a server or
// proxy echoes it back; the key must never reach a log or a caller.
func (m *model) redact(err error) error {
	if m.opt.APIKey == "" || !strings.Contains(err.Error(), m.opt.APIKey) {
		return err
	}
	return redactedError{err: err, key: m.opt.APIKey}
}

type redactedError struct {
	err error
	key string
}

func (e redactedError) Error() string { return strings.ReplaceAll(e.err.Error(), e.key, "[redacted]") }
func (e redactedError) Unwrap() error { return e.err }

// hintKey carries a *retryHint in a request's context so the transport can
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

// hintTransport records Retry-After (or OpenAI's retry-after-ms) from
// failed responses into the request's retryHint.
type hintTransport struct{ base http.RoundTripper }

func (t hintTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(r)
	if err != nil || (resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500) {
		return resp, err
	}
	h, ok := r.Context().Value(hintKey{}).(*retryHint)
	if !ok {
		return resp, nil
	}
	if d, ok := parseRetryAfter(resp.Header, time.Now()); ok {
		h.set(d)
	}
	return resp, nil
}

// parseRetryAfter reads retry-after-ms or Retry-After (delay-seconds or an
// HTTP date), capped at maxRetryAfter.
func parseRetryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	var d time.Duration
	if ms, err := strconv.ParseFloat(h.Get("Retry-After-Ms"), 64); err == nil && ms >= 0 {
		d = time.Duration(ms * float64(time.Millisecond))
	} else if v := strings.TrimSpace(h.Get("Retry-After")); v == "" {
		return 0, false
	} else if secs, err := strconv.ParseFloat(v, 64); err == nil && secs >= 0 {
		d = time.Duration(secs * float64(time.Second))
	} else if t, err := http.ParseTime(v); err == nil {
		d = max(t.Sub(now), 0)
	} else {
		return 0, false
	}
	return min(d, maxRetryAfter), true
}
