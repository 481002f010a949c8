package secret

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	tests := []struct {
		name, in string
		secrets  []string
		want     string
	}{
		{"given key", "bad key abc123secret here", []string{"abc123secret"}, "bad key [redacted] here"},
		{"bot token", "Post https://api.telegram.org/bot123456:AAH-tok/getMe", []string{"123456:AAH-tok"}, "Post https://api.telegram.org/bot[redacted]/getMe"},
		{"key we were not told", "Incorrect API key provided: sk-proj-abcdef123456.", nil, "Incorrect API key provided: [redacted]."},
		{"OpenAI's masked echo", "Incorrect API key provided: sk-test*********************CRET.", nil, "Incorrect API key provided: [redacted]."},
		{"empty secret ignored", "nothing here", []string{""}, "nothing here"},
		{"words that only look alike", "risk-free desk-top", nil, "risk-free desk-top"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Redact(tt.in, tt.secrets...); got != tt.want {
				t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// The text loses the secret; errors.Is and errors.As still see the cause.
func TestRedactErrorKeepsTheChain(t *testing.T) {
	inner := fmt.Errorf("server said: bad key sk-abc-0123456789: %w", io.ErrUnexpectedEOF)
	err := RedactError(inner, "sk-abc-0123456789")
	if strings.Contains(err.Error(), "sk-abc") || !strings.Contains(err.Error(), "server said: bad key [redacted]") {
		t.Errorf("RedactError: %q", err)
	}
	if !errors.Is(err, io.ErrUnexpectedEOF) || !errors.Is(err, inner) {
		t.Errorf("chain lost: %v", err)
	}
	if RedactError(io.EOF, "sk-abc-0123456789") != io.EOF {
		t.Error("an error without a secret must pass unchanged")
	}
	if RedactError(nil, "x") != nil {
		t.Error("nil must stay nil")
	}
}

func TestRedactURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://user:pw-secret@feeds.example.com/rss": "https://user:xxxxx@feeds.example.com/rss",
		"https://example.com/a?b=c":                    "https://example.com/a?b=c",
		"http://[::1":                                  "(unparseable URL)",
	} {
		if got := RedactURL(in); got != want {
			t.Errorf("RedactURL(%q) = %q, want %q", in, got, want)
		}
	}
}
