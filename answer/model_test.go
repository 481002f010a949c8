package answer

import (
	"errors"
	"fmt"
	"io"
	"net/http"
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
		{"capped", http.Header{"Retry-After": {"3600"}}, maxRetryAfter, true},
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

func TestRedact(t *testing.T) {
	m := &model{opt: ModelOptions{APIKey: "sk-abc"}}
	inner := errors.New("server said: bad key sk-abc")
	err := m.redact(inner)
	if err.Error() != "server said: bad key [redacted]" || !errors.Is(err, inner) {
		t.Errorf("redact: %q", err)
	}
	if m.redact(io.EOF) != io.EOF {
		t.Error("errors without the key must pass unchanged")
	}
}
