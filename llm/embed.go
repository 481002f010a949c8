package llm

import (
	"context"
	"errors"
	"fmt"
	"math"

	openai "github.com/sashabaranov/go-openai"
)

// errAttemptTimeout marks one embeddings request that outlived Timeout.
var errAttemptTimeout = errors.New("request timed out")

// Embed returns one vector per input, in input order, from one request
// retried like any call (each attempt under Timeout). The response is
// checked against the request (one vector per input, each index once, one
// dimension, finite and non-zero values): a server that answers something
// else gets an error, not a silently mis-ranked index. Batching and caching
// are the caller's business.
func (c *Client) Embed(ctx context.Context, model string, input []string) ([][]float32, error) {
	var out [][]float32
	err := c.retry(ctx, "embeddings "+model, c.opt.MaxRetries, nil, func(ctx context.Context) (bool, error) {
		actx, cancel := context.WithTimeoutCause(ctx, c.opt.Timeout, errAttemptTimeout)
		defer cancel()
		res, err := c.api.CreateEmbeddings(actx, openai.EmbeddingRequest{Input: input, Model: openai.EmbeddingModel(model)})
		if err != nil {
			if errors.Is(context.Cause(actx), errAttemptTimeout) && ctx.Err() == nil {
				return false, fmt.Errorf("%w after %s", errAttemptTimeout, c.opt.Timeout)
			}
			return false, err
		}
		out, err = order(res, len(input))
		return false, err
	})
	return out, err
}

// order checks res against a request of n inputs and returns its vectors
// in input order.
func order(res openai.EmbeddingResponse, n int) ([][]float32, error) {
	if len(res.Data) != n {
		return nil, &badResponseError{fmt.Sprintf("sent %d texts, got %d embeddings", n, len(res.Data))}
	}
	out := make([][]float32, n)
	dim := 0
	if n > 0 {
		dim = len(res.Data[0].Embedding)
	}
	for _, d := range res.Data {
		switch {
		case d.Index < 0 || d.Index >= n:
			return nil, &badResponseError{fmt.Sprintf("embedding index %d out of range [0,%d)", d.Index, n)}
		case out[d.Index] != nil:
			return nil, &badResponseError{fmt.Sprintf("embedding index %d returned twice", d.Index)}
		case len(d.Embedding) == 0 || len(d.Embedding) != dim:
			return nil, &badResponseError{fmt.Sprintf("embedding %d has %d dimensions, want %d", d.Index, len(d.Embedding), dim)}
		case !usable(d.Embedding):
			return nil, &badResponseError{fmt.Sprintf("embedding %d is zero or not finite", d.Index)}
		}
		out[d.Index] = d.Embedding
	}
	return out, nil
}

// usable reports whether v has a length to normalise by.
func usable(v []float32) bool {
	var sq float64
	for _, x := range v {
		sq += float64(x) * float64(x)
	}
	return sq > 0 && !math.IsInf(sq, 0) && !math.IsNaN(sq)
}
