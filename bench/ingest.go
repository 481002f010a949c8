package bench

import (
	"context"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/detente/detente/ingest"
	"github.com/detente/detente/internal/fakeopenai"
	"github.com/detente/detente/llm"
	"github.com/detente/detente/retrieval"
)

// IngestResult is what ingest costs.
type IngestResult struct {
	LocalDim         int     `json:"local_dim"`
	LocalChunks      int     `json:"local_chunks"`
	LocalPerSec      float64 `json:"local_chunks_per_sec"`    // local embedder alone
	PipelineChunks   int     `json:"pipeline_chunks"`         // chunks ingest.Service.Add produced
	PipelinePerSec   float64 `json:"pipeline_chunks_per_sec"` // parse, chunk, embed, store, index
	OpenAIChunks     int     `json:"openai_chunks"`
	OpenAIRequests   int     `json:"openai_requests"` // embedding HTTP requests for OpenAIChunks
	OpenAIDelayMS    int     `json:"openai_delay_ms"` // simulated latency per request
	OpenAISeconds    float64 `json:"openai_seconds"`  // wall time at that latency
	OpenAIPer1000Req float64 `json:"openai_requests_per_1000"`
}

// LocalEmbedRate embeds texts with the built-in local embedder in batches
// of 256 (what ingest hands it for a large article) and returns chunks/s.
func LocalEmbedRate(ctx context.Context, texts []string, dim int) (float64, error) {
	emb := retrieval.NewLocalEmbedder(dim)
	start := time.Now()
	for i := 0; i < len(texts); i += 256 {
		if _, err := emb.Embed(ctx, texts[i:min(i+256, len(texts))]); err != nil {
			return 0, fmt.Errorf("local embed: %w", err)
		}
	}
	return float64(len(texts)) / time.Since(start).Seconds(), nil
}

// PipelineRate ingests every article of c through ingest.Service.Add (the
// path of `detente ingest`) into a new store in dir with the local embedder,
// and returns the chunks it produced and chunks/s.
func PipelineRate(ctx context.Context, dir string, c *Corpus, dim int) (int, float64, error) {
	st, eng, err := OpenEngine(ctx, dir, retrieval.NewLocalEmbedder(dim))
	if err != nil {
		return 0, 0, err
	}
	defer st.Close()
	svc := ingest.New(st, eng, nil)
	chunks := 0
	start := time.Now()
	for _, a := range c.Articles {
		art := a.Article
		art.Hash = "" // ingest finalises it, as it would a parsed file
		r, err := svc.Add(ctx, art)
		if err != nil {
			return 0, 0, fmt.Errorf("ingest %s: %w", art.ID, err)
		}
		chunks += r.Chunks
	}
	return chunks, float64(chunks) / time.Since(start).Seconds(), nil
}

// OpenAIEmbedCost embeds texts with the OpenAI-compatible embedder against
// the loopback fake server answering each request after delay, and returns
// the number of HTTP requests and the wall time. tb owns the fake server.
func OpenAIEmbedCost(ctx context.Context, tb testing.TB, texts []string, delay time.Duration) (int, time.Duration, error) {
	srv := fakeopenai.New(tb)
	srv.SetEmbedDim(1536)
	replies := make([]fakeopenai.Reply, len(texts)+1) // at most one request per text
	for i := range replies {
		replies[i] = fakeopenai.Reply{Delay: delay}
	}
	srv.PushEmbed(replies...)
	log := slog.New(slog.DiscardHandler)
	client := llm.New(llm.Options{APIKey: "sk-bench-not-a-key", BaseURL: srv.URL(), Timeout: time.Minute}, log)
	emb := retrieval.NewOpenAIEmbedder(client, retrieval.OpenAIOptions{Model: "text-embedding-3-small"}, log)
	start := time.Now()
	vecs, err := emb.Embed(ctx, texts)
	if err != nil {
		return 0, 0, fmt.Errorf("openai embed: %w", err)
	}
	wall := time.Since(start)
	if len(vecs) != len(texts) {
		return 0, 0, fmt.Errorf("openai embed: %d vectors for %d texts", len(vecs), len(texts))
	}
	return len(srv.EmbedRequests()), wall, nil
}
