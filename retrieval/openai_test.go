package retrieval

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/detente/detente/llm"
)

const testKey = "sk-test-0123456789abcdefSECRET"

// fakeEmbeddings is an OpenAI-compatible /v1/embeddings server. Vectors come
// from the local embedder (16 dims) scaled by 3, so the client's
// normalisation is observable, and data is returned in reverse order with
// its index, so ordering by index is too. fail, when set, decides per request
// (1-based) whether to answer with an error instead.
type fakeEmbeddings struct {
	t        testing.TB
	requests atomic.Int64
	texts    atomic.Int64
	maxBatch atomic.Int64
	inFlight atomic.Int64
	peak     atomic.Int64
	fail     func(n int64, w http.ResponseWriter) bool
	local    Embedder
	mu       sync.Mutex
	auth     []string
}

func newFakeEmbeddings(t testing.TB) (*fakeEmbeddings, *httptest.Server) {
	f := &fakeEmbeddings{t: t, local: NewLocalEmbedder(16)}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

func (f *fakeEmbeddings) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := f.requests.Add(1)
	cur := f.inFlight.Add(1)
	// Out of flight once the answer is ready, before it is written: a
	// large body reaches the client while the handler still writes it, and
	// the client's next request may arrive before a deferred decrement
	// ran (3 "in flight" seen under load with a limit of 2).
	done := sync.OnceFunc(func() { f.inFlight.Add(-1) })
	defer done()
	for {
		p := f.peak.Load()
		if cur <= p || f.peak.CompareAndSwap(p, cur) {
			break
		}
	}
	f.mu.Lock()
	f.auth = append(f.auth, r.Header.Get("Authorization"))
	f.mu.Unlock()
	if r.Method != http.MethodPost || r.URL.Path != "/v1/embeddings" {
		http.Error(w, `{"error":{"message":"not found","type":"invalid_request_error"}}`, http.StatusNotFound)
		return
	}
	var req struct {
		Input          []string `json:"input"`
		Model          string   `json:"model"`
		EncodingFormat string   `json:"encoding_format"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, `{"error":{"message":"bad json","type":"invalid_request_error"}}`, http.StatusBadRequest)
		return
	}
	if f.fail != nil && f.fail(n, w) {
		return
	}
	f.texts.Add(int64(len(req.Input)))
	for {
		m := f.maxBatch.Load()
		if int64(len(req.Input)) <= m || f.maxBatch.CompareAndSwap(m, int64(len(req.Input))) {
			break
		}
	}
	vecs, err := f.local.Embed(r.Context(), req.Input)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	type item struct {
		Object    string `json:"object"`
		Index     int    `json:"index"`
		Embedding any    `json:"embedding"`
	}
	data := make([]item, 0, len(vecs))
	for i := len(vecs) - 1; i >= 0; i-- {
		scaled := make([]float32, len(vecs[i]))
		for j, x := range vecs[i] {
			scaled[j] = 3 * x
		}
		var emb any = scaled
		if req.EncodingFormat == "base64" {
			var b bytes.Buffer
			binary.Write(&b, binary.LittleEndian, scaled)
			emb = base64.StdEncoding.EncodeToString(b.Bytes())
		}
		data = append(data, item{"embedding", i, emb})
	}
	w.Header().Set("Content-Type", "application/json")
	done()
	json.NewEncoder(w).Encode(map[string]any{
		"object": "list", "data": data, "model": req.Model,
		"usage": map[string]int{"prompt_tokens": len(req.Input), "total_tokens": len(req.Input)},
	})
}

func apiError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"error":{"message":%q,"type":"error","code":null}}`, msg)
}

// memCache is an in-memory EmbeddingCache that counts its traffic.
type memCache struct {
	mu   sync.Mutex
	m    map[string][]float32
	hits int
	puts int
}

func (c *memCache) CachedEmbeddings(_ context.Context, model string, hashes []string) (map[string][]float32, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string][]float32{}
	for _, h := range hashes {
		if v, ok := c.m[model+"/"+h]; ok {
			out[h] = v
			c.hits++
		}
	}
	return out, nil
}

func (c *memCache) PutEmbeddings(_ context.Context, model string, vecs map[string][]float32) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string][]float32{}
	}
	for h, v := range vecs {
		c.m[model+"/"+h] = v
		c.puts++
	}
	return nil
}

// testOpenAI returns an embedder against srv with millisecond backoff and a
// log buffer (to check nothing secret is logged).
// lopt's APIKey and BaseURL are set here; its other fields (retries, the
// per-request timeout) are the test's.
func testOpenAI(t testing.TB, srv *httptest.Server, opt OpenAIOptions, lopt ...llm.Options) (*openAIEmbedder, *bytes.Buffer) {
	var logs bytes.Buffer
	if opt.Model == "" {
		opt.Model = "text-embedding-3-small"
	}
	var lo llm.Options
	if len(lopt) > 0 {
		lo = lopt[0]
	}
	lo.APIKey, lo.BaseURL, lo.RetryBackoff = testKey, srv.URL+"/v1", time.Millisecond
	log := slog.New(slog.NewTextHandler(&logs, nil))
	e := NewOpenAIEmbedder(llm.New(lo, log), opt, log).(*openAIEmbedder)
	return e, &logs
}

func texts(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("passage %d about talks between Moscow and Washington, round %d", i, i%7)
	}
	return out
}

func checkVectors(t *testing.T, in []string, got [][]float32) {
	t.Helper()
	if len(got) != len(in) {
		t.Fatalf("got %d vectors for %d texts", len(got), len(in))
	}
	want, _ := NewLocalEmbedder(16).Embed(context.Background(), in)
	for i := range in {
		if len(got[i]) != 16 {
			t.Fatalf("vector %d has %d dims, want 16", i, len(got[i]))
		}
		// Unit length and the direction of text i (not of another text).
		if c := cosine(got[i], want[i]); math.Abs(c-1) > 1e-5 {
			t.Fatalf("vector %d: cosine with its own text %.6f, want 1 (wrong order or not normalised)", i, c)
		}
	}
}

func TestOpenAIEmbedBatching(t *testing.T) {
	f, srv := newFakeEmbeddings(t)
	e, _ := testOpenAI(t, srv, OpenAIOptions{BatchSize: 100})
	in := texts(1000)
	got, err := e.Embed(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	checkVectors(t, in, got)
	if n := f.requests.Load(); n > 10 {
		t.Errorf("%d requests for 1,000 texts, want at most 10", n)
	}
	if m := f.maxBatch.Load(); m > 100 {
		t.Errorf("a request carried %d texts, BatchSize is 100", m)
	}
	if p := f.peak.Load(); p > openAIConcurrency {
		t.Errorf("%d requests in flight at once, want at most %d", p, openAIConcurrency)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, a := range f.auth {
		if a != "Bearer "+testKey {
			t.Fatalf("Authorization header %q, want the bearer key", a)
		}
	}
}

func TestOpenAIEmbedDuplicatesSentOnce(t *testing.T) {
	f, srv := newFakeEmbeddings(t)
	e, _ := testOpenAI(t, srv, OpenAIOptions{})
	in := []string{"a b c", "d e f", "a b c", "a b c"}
	got, err := e.Embed(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	checkVectors(t, in, got)
	if n := f.texts.Load(); n != 2 {
		t.Errorf("server embedded %d texts, want 2 distinct", n)
	}
}

func TestOpenAIEmbedRetries(t *testing.T) {
	tests := []struct {
		name      string
		fail      func(n int64, w http.ResponseWriter) bool
		wantReqs  int64
		minElapse time.Duration
	}{
		{"429 with Retry-After then success", func(n int64, w http.ResponseWriter) bool {
			if n == 1 {
				w.Header().Set("Retry-After", "1")
				apiError(w, http.StatusTooManyRequests, "Rate limit reached")
				return true
			}
			return false
		}, 2, time.Second},
		{"429 with retry-after-ms then success", func(n int64, w http.ResponseWriter) bool {
			if n <= 2 {
				w.Header().Set("Retry-After-Ms", "150")
				apiError(w, http.StatusTooManyRequests, "Rate limit reached")
				return true
			}
			return false
		}, 3, 300 * time.Millisecond},
		{"500 then success", func(n int64, w http.ResponseWriter) bool {
			if n == 1 {
				apiError(w, http.StatusInternalServerError, "The server had an error")
				return true
			}
			return false
		}, 2, 0},
		{"502 HTML body then success", func(n int64, w http.ResponseWriter) bool {
			if n == 1 {
				w.WriteHeader(http.StatusBadGateway)
				io.WriteString(w, "<html>bad gateway</html>")
				return true
			}
			return false
		}, 2, 0},
		{"dropped connection then success", func(n int64, w http.ResponseWriter) bool {
			if n == 1 {
				hj, _ := w.(http.Hijacker)
				conn, _, _ := hj.Hijack()
				conn.Close()
				return true
			}
			return false
		}, 2, 0},
		{"slow response times out then success", func(n int64, w http.ResponseWriter) bool {
			if n == 1 {
				time.Sleep(400 * time.Millisecond)
			}
			return false
		}, 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, srv := newFakeEmbeddings(t)
			f.fail = tt.fail
			e, logs := testOpenAI(t, srv, OpenAIOptions{}, llm.Options{Timeout: 200 * time.Millisecond, MaxRetries: 4})
			in := texts(3)
			start := time.Now()
			got, err := e.Embed(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			checkVectors(t, in, got)
			if n := f.requests.Load(); n != tt.wantReqs {
				t.Errorf("%d requests, want %d", n, tt.wantReqs)
			}
			if el := time.Since(start); el < tt.minElapse {
				t.Errorf("retried after %v, server asked for at least %v", el, tt.minElapse)
			}
			if strings.Contains(logs.String(), testKey) {
				t.Errorf("log contains the API key: %s", logs)
			}
			if !strings.Contains(logs.String(), "retrying") {
				t.Errorf("no retry warning logged: %q", logs)
			}
		})
	}
}

func TestOpenAIEmbedPermanentErrors(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		msg     string
		want    string
		retries bool
	}{
		{"401 bad key", 401, "Incorrect API key provided: " + testKey + ". You can find your API key at ...", "refused the API key (HTTP 401)", false},
		{"401 masked key", 401, "Incorrect API key provided: sk-test*********************CRET.", "OPENAI_API_KEY", false},
		{"403", 403, "forbidden", "HTTP 403", false},
		{"404 model", 404, "The model `nope` does not exist", "not found (HTTP 404)", false},
		{"400 too long", 400, "This model's maximum context length is 8192 tokens", "HTTP 400", false},
		{"503 forever", 503, "overloaded", "giving up after 3 attempts", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, srv := newFakeEmbeddings(t)
			f.fail = func(int64, http.ResponseWriter) bool { return false }
			f.fail = func(_ int64, w http.ResponseWriter) bool { apiError(w, tt.status, tt.msg); return true }
			cache := &memCache{}
			e, logs := testOpenAI(t, srv, OpenAIOptions{Cache: cache}, llm.Options{MaxRetries: 2})
			_, err := e.Embed(context.Background(), texts(5))
			if err == nil {
				t.Fatal("Embed succeeded against a failing server")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			for _, secret := range []string{testKey, "sk-test*"} {
				if strings.Contains(err.Error(), secret) || strings.Contains(logs.String(), secret) {
					t.Errorf("secret %q leaked: err=%q logs=%q", secret, err, logs)
				}
			}
			wantReqs := int64(1)
			if tt.retries {
				wantReqs = 3
			}
			if n := f.requests.Load(); n != wantReqs {
				t.Errorf("%d requests, want %d", n, wantReqs)
			}
			if cache.puts != 0 {
				t.Errorf("failed request wrote %d cache entries", cache.puts)
			}
		})
	}
}

func TestOpenAIEmbedMalformedResponses(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
	}{
		{"too few", `{"object":"list","data":[{"object":"embedding","index":0,"embedding":[1,0]}]}`, "sent 2 texts, got 1"},
		{"duplicate index", `{"object":"list","data":[{"index":0,"embedding":[1,0]},{"index":0,"embedding":[0,1]}]}`, "returned twice"},
		{"index out of range", `{"object":"list","data":[{"index":0,"embedding":[1,0]},{"index":5,"embedding":[0,1]}]}`, "out of range"},
		{"ragged", `{"object":"list","data":[{"index":0,"embedding":[1,0]},{"index":1,"embedding":[0,1,0]}]}`, "dimensions"},
		{"zero vector", `{"object":"list","data":[{"index":0,"embedding":[0,0]},{"index":1,"embedding":[0,1]}]}`, "zero"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, srv := newFakeEmbeddings(t)
			f.fail = func(_ int64, w http.ResponseWriter) bool {
				w.Header().Set("Content-Type", "application/json")
				io.WriteString(w, tt.body)
				return true
			}
			e, _ := testOpenAI(t, srv, OpenAIOptions{})
			_, err := e.Embed(context.Background(), []string{"one", "two"})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one saying %q", err, tt.want)
			}
			if n := f.requests.Load(); n != 1 {
				t.Errorf("%d requests: a malformed response must not be retried", n)
			}
		})
	}
}

func TestOpenAIEmbedCache(t *testing.T) {
	f, srv := newFakeEmbeddings(t)
	cache := &memCache{}
	e, _ := testOpenAI(t, srv, OpenAIOptions{BatchSize: 16, Cache: cache})
	in := texts(100)
	first, err := e.Embed(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	reqs := f.requests.Load()
	if cache.puts != 100 {
		t.Fatalf("cache received %d vectors, want 100", cache.puts)
	}

	// A second embedder (a re-index after restart) pays nothing.
	e2, _ := testOpenAI(t, srv, OpenAIOptions{BatchSize: 16, Cache: cache})
	second, err := e2.Embed(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if n := f.requests.Load(); n != reqs {
		t.Errorf("second run made %d requests, want 0", n-reqs)
	}
	for i := range first {
		if cosine(first[i], second[i]) < 0.99999 {
			t.Fatalf("cached vector %d differs from the fresh one", i)
		}
	}

	// Only new texts are sent; the cache is per model.
	in2 := append(in[:50:50], "a brand new passage")
	if _, err := e2.Embed(context.Background(), in2); err != nil {
		t.Fatal(err)
	}
	if got := f.texts.Load(); got != 101 {
		t.Errorf("server embedded %d texts in total, want 101", got)
	}
	e3, _ := testOpenAI(t, srv, OpenAIOptions{Model: "other-model", Cache: cache})
	if _, err := e3.Embed(context.Background(), in[:3]); err != nil {
		t.Fatal(err)
	}
	if got := f.texts.Load(); got != 104 {
		t.Errorf("another model reused cached vectors: server embedded %d texts, want 104", got)
	}
}

func TestOpenAIEmbedCancel(t *testing.T) {
	f, srv := newFakeEmbeddings(t)
	f.fail = func(_ int64, w http.ResponseWriter) bool {
		w.Header().Set("Retry-After", "30")
		apiError(w, http.StatusTooManyRequests, "slow down")
		return true
	}
	e, _ := testOpenAI(t, srv, OpenAIOptions{})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := e.Embed(ctx, texts(2))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the caller's deadline", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("Embed took %v after its context expired", el)
	}
}

func TestOpenAIEmbedNoModel(t *testing.T) {
	log := slog.New(slog.DiscardHandler)
	e := NewOpenAIEmbedder(llm.New(llm.Options{APIKey: testKey}, log), OpenAIOptions{}, log)
	if _, err := e.Embed(context.Background(), []string{"x"}); err == nil || !strings.Contains(err.Error(), "no embedding model") {
		t.Fatalf("err = %v, want a missing-model error", err)
	}
}
