package llm

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		header http.Header
		want   time.Duration
		ok     bool
	}{
		{"seconds", http.Header{"Retry-After": {"2"}}, 2 * time.Second, true},
		{"fractional", http.Header{"Retry-After": {"0.5"}}, 500 * time.Millisecond, true},
		{"milliseconds header wins", http.Header{"Retry-After": {"2"}, "Retry-After-Ms": {"150"}}, 150 * time.Millisecond, true},
		{"http date", http.Header{"Retry-After": {now.Add(5 * time.Second).Format(http.TimeFormat)}}, 5 * time.Second, true},
		{"date in the past", http.Header{"Retry-After": {now.Add(-time.Hour).Format(http.TimeFormat)}}, 0, true},
		{"long waits are the caller's to refuse", http.Header{"Retry-After": {"3600"}}, time.Hour, true},
		{"absent", http.Header{}, 0, false},
		{"garbage", http.Header{"Retry-After": {"soon"}}, 0, false},
		{"negative", http.Header{"Retry-After": {"-3"}}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseRetryAfter(tt.header, now)
			if got != tt.want || ok != tt.ok {
				t.Errorf("got %s, %v; want %s, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestRetryable(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"429", &openai.APIError{HTTPStatusCode: 429}, true},
		{"500", fmt.Errorf("x: %w", &openai.APIError{HTTPStatusCode: 500}), true},
		{"503 without JSON body", &openai.RequestError{HTTPStatusCode: 503}, true},
		{"401", &openai.APIError{HTTPStatusCode: 401}, false},
		{"403", &openai.RequestError{HTTPStatusCode: 403}, false},
		{"400", &openai.APIError{HTTPStatusCode: 400}, false},
		{"idle", errIdle, true},
		{"cut stream", io.ErrUnexpectedEOF, true},
		{"bad model params", openai.ErrReasoningModelMaxTokensDeprecated, false},
	}
	for _, tt := range tests {
		if got := retryable(tt.err); got != tt.want {
			t.Errorf("%s: retryable = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A key the server echoes back never reaches an error's text, while
// errors.Is still sees the cause.
func TestFailRedactsAndKeepsTheChain(t *testing.T) {
	c := New(Options{APIKey: "sk-abc-0123456789", BaseURL: "http://u:pw-secret@host/v1"}, slog.New(slog.DiscardHandler))
	inner := fmt.Errorf("server said: bad key sk-abc-0123456789 at http://u:pw-secret@host: %w", io.ErrUnexpectedEOF)
	err := c.fail("chat", 1, inner)
	if strings.Contains(err.Error(), "sk-abc") || strings.Contains(err.Error(), "pw-secret") {
		t.Errorf("secret in %q", err)
	}
	if !errors.Is(err, io.ErrUnexpectedEOF) || !errors.Is(err, inner) {
		t.Errorf("chain lost: %v", err)
	}
	var e *Error
	if !errors.As(err, &e) || e.Op != "chat" || e.Attempts != 1 {
		t.Errorf("want an *Error for op chat, got %#v", err)
	}
}

// OpenAI's reasoning models refuse max_tokens: they get the same bound as
// max_completion_tokens instead of an error.
func TestLimitTokensForReasoningModels(t *testing.T) {
	req := openai.ChatCompletionRequest{Model: "o3-mini"}
	limitTokens(&req, 1500)
	if req.MaxTokens != 0 || req.MaxCompletionTokens != 1500 {
		t.Errorf("o3-mini: max_tokens %d, max_completion_tokens %d", req.MaxTokens, req.MaxCompletionTokens)
	}
	req = openai.ChatCompletionRequest{Model: "qwen2.5-7b-instruct"}
	limitTokens(&req, 200)
	if req.MaxTokens != 200 || req.MaxCompletionTokens != 0 {
		t.Errorf("qwen: max_tokens %d, max_completion_tokens %d", req.MaxTokens, req.MaxCompletionTokens)
	}
}

// Retry-After comes from the server: whatever it says, the wait is never
// negative (NaN, Inf and 1e400 once made it so), and a header we cannot
// read is not a wait.
func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range [][2]string{{"", "2"}, {"150", ""}, {"", "Wed, 21 Oct 2015 07:28:00 GMT"}, {"NaN", "Inf"}, {"-1", "-3"}, {"1e308", "1e400"}} {
		f.Add(s[0], s[1])
	}
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, ms, after string) {
		h := http.Header{}
		if ms != "" {
			h.Set("Retry-After-Ms", ms)
		}
		if after != "" {
			h.Set("Retry-After", after)
		}
		d, ok := parseRetryAfter(h, now)
		if d < 0 || (!ok && d != 0) {
			t.Errorf("parseRetryAfter(ms=%q, after=%q) = %s, %v", ms, after, d, ok)
		}
	})
}
