package retrieval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"sync"
)

// Embeddings is what the remote embedder needs from an OpenAI-compatible
// server (*llm.Client implements it, with the retries, Retry-After,
// deadlines and key redaction): one request's vectors, in input order.
type Embeddings interface {
	Embed(ctx context.Context, model string, input []string) ([][]float32, error)
}

// OpenAIOptions configures the OpenAI-compatible embedder.
type OpenAIOptions struct {
	Model     string         // e.g. "text-embedding-3-small"
	BatchSize int            // texts per request, default 128
	Cache     EmbeddingCache // optional; *store.Store implements it
}

// EmbeddingCache caches vectors by model and text hash.
type EmbeddingCache interface {
	CachedEmbeddings(ctx context.Context, model string, hashes []string) (map[string][]float32, error)
	PutEmbeddings(ctx context.Context, model string, vecs map[string][]float32) error
}

// Defaults for OpenAIOptions.
const (
	defaultBatchSize = 128
	// openAIConcurrency is how many requests run at once: enough to hide one
	// request's latency behind another's, few enough not to trip rate limits
	// on a shared key.
	openAIConcurrency = 2
)

// openAIEmbedder embeds through any OpenAI-compatible /v1/embeddings.
type openAIEmbedder struct {
	client Embeddings
	opt    OpenAIOptions
	log    *slog.Logger
}

// NewOpenAIEmbedder returns an embedder over client's /v1/embeddings,
// batching, deduplicating and caching. log (required) receives cache
// failures; texts are never logged.
func NewOpenAIEmbedder(client Embeddings, opt OpenAIOptions, log *slog.Logger) Embedder {
	if log == nil {
		panic("retrieval.NewOpenAIEmbedder: nil logger")
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = defaultBatchSize
	}
	return &openAIEmbedder{client: client, opt: opt, log: log}
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

// embedBatch sends one request (retried by the client) and returns the
// vectors in input order, normalised.
func (e *openAIEmbedder) embedBatch(ctx context.Context, in []string) ([][]float32, error) {
	vecs, err := e.client.Embed(ctx, e.opt.Model, in)
	if err != nil {
		return nil, err
	}
	if len(vecs) != len(in) {
		return nil, fmt.Errorf("openai embed %s: %d vectors for %d texts", e.opt.Model, len(vecs), len(in))
	}
	for i, v := range vecs {
		if vecs[i] = normalized(v); vecs[i] == nil {
			return nil, fmt.Errorf("openai embed %s: vector %d is zero or not finite", e.opt.Model, i)
		}
	}
	return vecs, nil
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
