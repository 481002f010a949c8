package retrieval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// OpenAIOptions configures the OpenAI-compatible embedder.
type OpenAIOptions struct {
	APIKey     string
	BaseURL    string // "" = api.openai.com
	Model      string // e.g. "text-embedding-3-small"
	BatchSize  int    // texts per request, default 128
	MaxRetries int    // on 429/5xx/timeouts, default 4; honours Retry-After
	Timeout    time.Duration
	Cache      EmbeddingCache // optional; *store.Store implements it
	// Logger receives retry warnings and cache failures; nil means
	// slog.Default(). Keys and texts are never logged.
	Logger *slog.Logger
	// HTTPClient is the client requests go through; nil means a plain
	// client (the per-request deadline comes from Timeout, not from it).
	HTTPClient *http.Client
}

// EmbeddingCache caches vectors by model and text hash.
type EmbeddingCache interface {
	CachedEmbeddings(ctx context.Context, model string, hashes []string) (map[string][]float32, error)
	PutEmbeddings(ctx context.Context, model string, vecs map[string][]float32) error
}

// Defaults for OpenAIOptions.
const (
	defaultBatchSize  = 128
	defaultMaxRetries = 4
	defaultTimeout    = 60 * time.Second
	// openAIConcurrency is how many requests run at once: enough to hide one
	// request's latency behind another's, few enough not to trip rate limits
	// on a shared key.
	openAIConcurrency = 2
	// maxRetryAfter: a server asking us to wait longer than this has in
	// effect refused; the caller gets an error saying so instead of a hang.
	maxRetryAfter = 2 * time.Minute
)

// openAIEmbedder embeds through any OpenAI-compatible /v1/embeddings.
type openAIEmbedder struct {
	client  *openai.Client
	opt     OpenAIOptions
	log     *slog.Logger
	secrets []string // redacted from every error message
	// Backoff between retries: base * 2^attempt with jitter, at most
	// maxDelay. Fields (not constants) so tests run in milliseconds.
	baseDelay, maxDelay time.Duration
}

// NewOpenAIEmbedder returns an embedder for any OpenAI-compatible /v1/embeddings.
func NewOpenAIEmbedder(opt OpenAIOptions) Embedder {
	if opt.BatchSize <= 0 {
		opt.BatchSize = defaultBatchSize
	}
	if opt.MaxRetries <= 0 {
		opt.MaxRetries = defaultMaxRetries
	}
	if opt.Timeout <= 0 {
		opt.Timeout = defaultTimeout
	}
	hc := opt.HTTPClient
	if hc == nil {
		hc = &http.Client{}
	}
	cfg := openai.DefaultConfig(opt.APIKey)
	if opt.BaseURL != "" {
		cfg.BaseURL = strings.TrimRight(opt.BaseURL, "/")
	}
	cfg.HTTPClient = retryAfterDoer{hc}
	log := opt.Logger
	if log == nil {
		log = slog.Default()
	}
	e := &openAIEmbedder{
		client:    openai.NewClientWithConfig(cfg),
		opt:       opt,
		log:       log,
		baseDelay: 500 * time.Millisecond,
		maxDelay:  20 * time.Second,
	}
	if opt.APIKey != "" {
		e.secrets = append(e.secrets, opt.APIKey)
	}
	return e
}

// Model is the configured model name.
func (e *openAIEmbedder) Model() string { return e.opt.Model }

// SimilarityFloor is a conservative floor for OpenAI-style embedding models,
// whose unrelated texts still score 0.1-0.3 (they are never orthogonal).
func (e *openAIEmbedder) SimilarityFloor() float64 { return 0.4 }

// TextHash is the embedding-cache key of a text: hex sha256 of its bytes.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Embed embeds texts in order: cached vectors first, the rest in batches of
// BatchSize, two requests at a time, each retried on 429, 5xx, timeouts and
// connection errors. New vectors are cached batch by batch, so an interrupted
// run keeps what it paid for.
func (e *openAIEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if e.opt.Model == "" {
		return nil, errors.New("openai embed: no embedding model configured")
	}
	if len(texts) == 0 {
		return nil, nil
	}
	hashes := make([]string, len(texts))
	byHash := map[string]int{} // first index of each distinct text
	var distinct []string      // hashes of distinct texts, in order
	for i, t := range texts {
		h := TextHash(t)
		hashes[i] = h
		if _, ok := byHash[h]; !ok {
			byHash[h] = i
			distinct = append(distinct, h)
		}
	}

	got := map[string][]float32{}
	if e.opt.Cache != nil {
		cached, err := e.opt.Cache.CachedEmbeddings(ctx, e.opt.Model, distinct)
		if err != nil {
			// The cache saves money, it is not needed for correctness.
			e.log.Warn("embedding cache read failed", "model", e.opt.Model, "err", err)
		}
		for h, v := range cached {
			if len(v) > 0 {
				got[h] = v
			}
		}
	}
	var missing []string
	for _, h := range distinct {
		if _, ok := got[h]; !ok {
			missing = append(missing, h)
		}
	}
	if len(missing) > 0 {
		fresh, err := e.embedMissing(ctx, missing, byHash, texts)
		if err != nil {
			return nil, err
		}
		for h, v := range fresh {
			got[h] = v
		}
	}

	out := make([][]float32, len(texts))
	dim := 0
	for i, h := range hashes {
		v := got[h]
		if dim == 0 {
			dim = len(v)
		}
		if len(v) != dim {
			return nil, fmt.Errorf("openai embed %s: vectors of different lengths (%d and %d); clear the embedding cache if the model changed", e.opt.Model, dim, len(v))
		}
		if out[i] = normalized(v); out[i] == nil {
			return nil, fmt.Errorf("openai embed %s: cached vector of text %d is zero or not finite", e.opt.Model, i)
		}
	}
	return out, nil
}

// embedMissing requests the vectors of the missing hashes, batch by batch.
func (e *openAIEmbedder) embedMissing(ctx context.Context, missing []string, byHash map[string]int, texts []string) (map[string][]float32, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var (
		mu       sync.Mutex
		fresh    = make(map[string][]float32, len(missing))
		firstErr error
		wg       sync.WaitGroup
		sem      = make(chan struct{}, openAIConcurrency)
	)
	for lo := 0; lo < len(missing); lo += e.opt.BatchSize {
		batch := missing[lo:min(lo+e.opt.BatchSize, len(missing))]
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		wg.Go(func() {
			defer func() { <-sem }()
			in := make([]string, len(batch))
			for i, h := range batch {
				in[i] = texts[byHash[h]]
			}
			vecs, err := e.embedBatch(ctx, in)
			if err != nil {
				mu.Lock()
				if firstErr == nil {
					firstErr = err
					cancel(err)
				}
				mu.Unlock()
				return
			}
			put := make(map[string][]float32, len(batch))
			for i, h := range batch {
				put[h] = vecs[i]
			}
			if e.opt.Cache != nil {
				if err := e.opt.Cache.PutEmbeddings(ctx, e.opt.Model, put); err != nil {
					e.log.Warn("embedding cache write failed", "model", e.opt.Model, "err", err)
				}
			}
			mu.Lock()
			for h, v := range put {
				fresh[h] = v
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := context.Cause(ctx); err != nil {
		return nil, fmt.Errorf("openai embed %s: %w", e.opt.Model, err)
	}
	return fresh, nil
}

// embedBatch sends one request, retrying transient failures, and returns the
// vectors in input order.
func (e *openAIEmbedder) embedBatch(ctx context.Context, in []string) ([][]float32, error) {
	var lastErr error
	for attempt := 0; ; attempt++ {
		vecs, retryAfter, err := e.request(ctx, in)
		if err == nil {
			return vecs, nil
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("openai embed %s: %w", e.opt.Model, context.Cause(ctx))
		}
		if !retryable(err) {
			return nil, e.describe(err)
		}
		lastErr = err
		if attempt >= e.opt.MaxRetries {
			return nil, fmt.Errorf("openai embed %s: giving up after %d attempts: %w", e.opt.Model, attempt+1, e.describe(lastErr))
		}
		delay := e.backoff(attempt)
		if retryAfter > 0 {
			if retryAfter > maxRetryAfter {
				return nil, fmt.Errorf("openai embed %s: server asks to retry after %s: %w", e.opt.Model, retryAfter.Round(time.Second), e.describe(err))
			}
			delay = retryAfter + time.Duration(rand.Int64N(int64(retryAfter)/10+1))
		}
		e.log.Warn("embeddings request failed, retrying",
			"model", e.opt.Model, "attempt", attempt+1, "status", statusOf(err), "delay_ms", delay.Milliseconds(), "err", e.describe(err))
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("openai embed %s: %w", e.opt.Model, context.Cause(ctx))
		case <-t.C:
		}
	}
}

// request makes one attempt under its own deadline. retryAfter is what the
// server asked for (0 if nothing).
func (e *openAIEmbedder) request(ctx context.Context, in []string) (vecs [][]float32, retryAfter time.Duration, err error) {
	ctx, cancel := context.WithTimeoutCause(ctx, e.opt.Timeout, errAttemptTimeout)
	defer cancel()
	ctx = context.WithValue(ctx, retryAfterKey{}, &retryAfter)
	res, err := e.client.CreateEmbeddings(ctx, openai.EmbeddingRequest{
		Input: in,
		Model: openai.EmbeddingModel(e.opt.Model),
	})
	if err != nil {
		if errors.Is(context.Cause(ctx), errAttemptTimeout) {
			err = errAttemptTimeout
		}
		return nil, retryAfter, err
	}
	vecs, err = e.order(res, len(in))
	return vecs, 0, err
}

// order checks the response against the request (one vector per input, each
// index once, one dimension, finite values) and returns vectors in input order.
func (e *openAIEmbedder) order(res openai.EmbeddingResponse, n int) ([][]float32, error) {
	if len(res.Data) != n {
		return nil, &badResponseError{fmt.Sprintf("sent %d texts, got %d embeddings", n, len(res.Data))}
	}
	out := make([][]float32, n)
	dim := len(res.Data[0].Embedding)
	for _, d := range res.Data {
		switch {
		case d.Index < 0 || d.Index >= n:
			return nil, &badResponseError{fmt.Sprintf("embedding index %d out of range [0,%d)", d.Index, n)}
		case out[d.Index] != nil:
			return nil, &badResponseError{fmt.Sprintf("embedding index %d returned twice", d.Index)}
		case len(d.Embedding) == 0 || len(d.Embedding) != dim:
			return nil, &badResponseError{fmt.Sprintf("embedding %d has %d dimensions, want %d", d.Index, len(d.Embedding), dim)}
		}
		v := normalized(d.Embedding)
		if v == nil {
			return nil, &badResponseError{fmt.Sprintf("embedding %d is zero or not finite", d.Index)}
		}
		out[d.Index] = v
	}
	return out, nil
}

// normalized returns v scaled to unit length (v itself if it already is), or
// nil if v is zero or has a non-finite component.
func normalized(v []float32) []float32 {
	var sq float64
	for _, x := range v {
		sq += float64(x) * float64(x)
	}
	n := math.Sqrt(sq)
	if n == 0 || math.IsNaN(n) || math.IsInf(n, 0) {
		return nil
	}
	if math.Abs(n-1) < 1e-7 {
		return v
	}
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(float64(x) / n)
	}
	return out
}

func (e *openAIEmbedder) backoff(attempt int) time.Duration {
	d := e.baseDelay << min(attempt, 16)
	if d <= 0 || d > e.maxDelay {
		d = e.maxDelay
	}
	// Full jitter in [d/2, d]: two workers failing together do not retry in lockstep.
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

var errAttemptTimeout = errors.New("request timed out")

// badResponseError is a response that parsed but does not answer the request.
type badResponseError struct{ msg string }

func (e *badResponseError) Error() string { return "malformed embeddings response: " + e.msg }

// statusOf returns the HTTP status of a go-openai error, 0 if none.
func statusOf(err error) int {
	var ae *openai.APIError
	if errors.As(err, &ae) {
		return ae.HTTPStatusCode
	}
	var re *openai.RequestError
	if errors.As(err, &re) {
		return re.HTTPStatusCode
	}
	return 0
}

// retryable: rate limits, server errors, timeouts and transport failures
// are worth another try; other client errors (bad key, unknown model, input
// too long) and malformed responses will fail the same way again.
func retryable(err error) bool {
	var bad *badResponseError
	if errors.As(err, &bad) {
		return false
	}
	switch s := statusOf(err); {
	case s == 0:
		return true // timeout, refused or reset connection, truncated body
	case s == http.StatusTooManyRequests, s == http.StatusRequestTimeout, s >= 500:
		return true
	}
	return false
}

// describe turns an error into one an operator can act on, with every
// secret removed (servers echo keys back in 401 messages).
func (e *openAIEmbedder) describe(err error) error {
	msg := err.Error()
	var ae *openai.APIError
	var re *openai.RequestError
	switch {
	case errors.As(err, &ae):
		msg = ae.Message
	case errors.As(err, &re):
		msg = strings.TrimSpace(string(re.Body))
		if len(msg) > 300 {
			msg = msg[:300] + "…"
		}
	}
	msg = e.redact(msg)
	switch s := statusOf(err); s {
	case 0:
		return fmt.Errorf("openai embed %s: %s", e.opt.Model, msg)
	case http.StatusUnauthorized, http.StatusForbidden:
		return fmt.Errorf("openai embed %s: the server refused the API key (HTTP %d): check OPENAI_API_KEY: %s", e.opt.Model, s, msg)
	case http.StatusNotFound:
		return fmt.Errorf("openai embed %s: model or endpoint not found (HTTP 404): check DETENTE_EMBED_MODEL and OPENAI_BASE_URL: %s", e.opt.Model, msg)
	default:
		return fmt.Errorf("openai embed %s: HTTP %d: %s", e.opt.Model, s, msg)
	}
}

// keyLike matches API-key-shaped tokens, including the partly masked form
// OpenAI puts in 401 messages ("sk-abc1*****wxyz").
var keyLike = regexp.MustCompile(`\b(sk|pk|key)-[A-Za-z0-9_*\-]{6,}`)

func (e *openAIEmbedder) redact(s string) string {
	for _, k := range e.secrets {
		s = strings.ReplaceAll(s, k, "[redacted]")
	}
	return keyLike.ReplaceAllString(s, "[redacted]")
}

// retryAfterKey carries a *time.Duration through the request context:
// go-openai drops response headers on errors, so the doer records the
// server's Retry-After there before go-openai sees the response.
type retryAfterKey struct{}

type retryAfterDoer struct{ c *http.Client }

func (d retryAfterDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.c.Do(req)
	if resp != nil {
		if p, ok := req.Context().Value(retryAfterKey{}).(*time.Duration); ok {
			*p = parseRetryAfter(resp.Header, time.Now())
		}
	}
	return resp, err
}

// parseRetryAfter reads OpenAI's retry-after-ms, then the standard
// Retry-After (seconds or an HTTP date). 0 when absent or unparseable.
func parseRetryAfter(h http.Header, now time.Time) time.Duration {
	if v := h.Get("Retry-After-Ms"); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms > 0 {
			return time.Duration(ms * float64(time.Millisecond))
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		if s > 0 {
			return time.Duration(s * float64(time.Second))
		}
		return 0
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
