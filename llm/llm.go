// Package llm is the one home of the OpenAI-compatible model server: the
// only package that imports go-openai. It owns one client setup (one tuned
// HTTP client for chat and embeddings), one retry path that honours
// Retry-After, every deadline of a model call (the whole call, the wait for
// a stream's first token, the silence between chunks), and the redaction of
// the API key from every error it returns or logs, with the error chain
// kept for errors.Is.
//
// Callers declare the one or two methods they use (answer: Chat and
// ChatStream; retrieval: Embed) and test against internal/fakeopenai.
package llm

import (
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Defaults for Options.
const (
	DefaultTimeout           = 60 * time.Second
	DefaultFirstTokenTimeout = 20 * time.Second
	DefaultIdleTimeout       = 20 * time.Second
	DefaultMaxRetries        = 3
	DefaultRetryBackoff      = 500 * time.Millisecond
	// maxBackoff bounds the exponential backoff when the server names no
	// wait: long enough for a bulk re-index to ride out a rate limit.
	maxBackoff = 20 * time.Second
	// maxRetryAfter: a server asking us to wait longer than this has in
	// effect refused; the caller gets an error saying so instead of a hang.
	maxRetryAfter = 2 * time.Minute
	// auxTimeout bounds the short, non-streamed calls (a follow-up rewrite,
	// a query translation) that run before retrieval: they must not eat the
	// answer's budget.
	auxTimeout = 15 * time.Second
)

// Options configures a Client. An empty BaseURL is api.openai.com.
type Options struct {
	APIKey  string
	BaseURL string // includes the /v1 path
	// Timeout bounds one chat call including its retries, and one
	// embeddings request (a bulk embedding is many requests). Default 60s.
	Timeout time.Duration
	// FirstTokenTimeout bounds the wait, across retries, for a stream's
	// first token: a server that accepts a request and says nothing must
	// not keep a user in silence for the whole Timeout. Default 20s.
	FirstTokenTimeout time.Duration
	// IdleTimeout bounds each attempt's wait for its first chunk and every
	// gap between chunks after it. Default 20s.
	IdleTimeout time.Duration
	// MaxRetries bounds retries on 429, 5xx, timeouts and broken
	// responses: 0 = DefaultMaxRetries, negative = none. A non-streamed
	// chat call retries at most once: its caller has a fallback.
	MaxRetries int
	// RetryBackoff is the first wait when the server names none; it
	// doubles per retry, with jitter. Default 500ms.
	RetryBackoff time.Duration
	// HTTPClient carries the requests; nil is a client tuned for one model
	// server. It should have no Timeout: that would cut long streams (every
	// call carries a context deadline instead).
	HTTPClient *http.Client
}

// Client talks to one OpenAI-compatible server. Safe for concurrent use.
type Client struct {
	api     *openai.Client
	opt     Options
	log     *slog.Logger
	secrets []string // removed from every error and log line
}

// New returns a client for the server opt names. log is required: retries
// are worth a line in the operator's log, in the operator's format.
func New(opt Options, log *slog.Logger) *Client {
	if log == nil {
		panic("llm.New: nil logger")
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.FirstTokenTimeout <= 0 {
		opt.FirstTokenTimeout = DefaultFirstTokenTimeout
	}
	if opt.IdleTimeout <= 0 {
		opt.IdleTimeout = DefaultIdleTimeout
	}
	if opt.MaxRetries < 0 {
		opt.MaxRetries = 0
	} else if opt.MaxRetries == 0 {
		opt.MaxRetries = DefaultMaxRetries
	}
	if opt.RetryBackoff <= 0 {
		opt.RetryBackoff = DefaultRetryBackoff
	}
	cfg := openai.DefaultConfig(opt.APIKey)
	if opt.BaseURL != "" {
		cfg.BaseURL = strings.TrimRight(opt.BaseURL, "/")
	}
	hc := opt.HTTPClient
	if hc == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.DialContext = (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext
		tr.TLSHandshakeTimeout = 10 * time.Second
		tr.MaxIdleConnsPerHost = 16
		tr.IdleConnTimeout = 90 * time.Second
		hc = &http.Client{Transport: tr}
	}
	cfg.HTTPClient = hintDoer{hc}
	c := &Client{api: openai.NewClientWithConfig(cfg), opt: opt, log: log}
	c.secrets = append(c.secrets, opt.APIKey)
	if u, err := url.Parse(opt.BaseURL); err == nil && u.User != nil {
		// A key in the base URL's user info would be echoed in transport
		// errors ("Post http://user:key@host/...").
		if p, ok := u.User.Password(); ok {
			c.secrets = append(c.secrets, p)
		}
	}
	return c
}

// Error is a failed call as the operator needs it: which operation, after
// how many attempts, the HTTP status if the server answered, and the cause
// with every secret removed from its text. It unwraps to the cause, so
// errors.Is(err, context.DeadlineExceeded) and the like work.
type Error struct {
	Op       string // "chat stream", "chat", "embeddings <model>"
	Attempts int
	Status   int // 0: no HTTP answer (timeout, refused, broken stream)
	msg      string
	err      error
}

func (e *Error) Error() string { return e.msg }
func (e *Error) Unwrap() error { return e.err }

// StatusOf returns the HTTP status of a model call's error, 0 if the
// server gave none.
func StatusOf(err error) int {
	var e *Error
	if errors.As(err, &e) && e.Status != 0 {
		return e.Status
	}
	return statusOf(err)
}
