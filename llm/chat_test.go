package llm

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/internal/fakeopenai"
)

const testKey = "sk-test-secret-0123456789"

func newTestClient(t *testing.T, srv *fakeopenai.Server, opt Options) (*Client, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	opt.APIKey, opt.BaseURL = testKey, srv.URL()
	if opt.RetryBackoff == 0 {
		opt.RetryBackoff = time.Millisecond
	}
	return New(opt, slog.New(slog.NewTextHandler(&logs, nil))), &logs
}

func streamText(ctx context.Context, c *Client) (string, error) {
	var b strings.Builder
	err := c.ChatStream(ctx, ChatRequest{Model: "m", Messages: []Message{{Role: RoleUser, Content: "hi"}}}, b.Reset,
		func(s string) bool { b.WriteString(s); return true })
	return b.String(), err
}

// A server that accepts requests and never answers costs the user the
// first-token budget, not the whole call's Timeout (issue 10, finding 5:
// 75 s of silence). Each attempt's own wait (IdleTimeout) is longer here,
// so without the budget four attempts would take four seconds.
func TestChatStreamFirstTokenTimeout(t *testing.T) {
	srv := fakeopenai.New(t)
	for range 5 {
		srv.Push(fakeopenai.Reply{Chunks: []string{"x"}, Stall: true})
	}
	c, logs := newTestClient(t, srv, Options{Timeout: 30 * time.Second, IdleTimeout: time.Second,
		FirstTokenTimeout: 300 * time.Millisecond, MaxRetries: 3})
	start := time.Now()
	_, err := streamText(context.Background(), c)
	el := time.Since(start)
	if err == nil || !errors.Is(err, errFirstToken) {
		t.Fatalf("err = %v, want the first-token timeout", err)
	}
	if !strings.Contains(err.Error(), "no first token within 300ms") {
		t.Errorf("error %q does not say what timed out", err)
	}
	if el < 300*time.Millisecond || el > 2*time.Second {
		t.Errorf("gave up after %s, want about 300ms", el)
	}
	if n := len(srv.ChatRequests()); n != 1 {
		t.Errorf("%d requests, want 1 (the budget ran out during the first)", n)
	}
	if strings.Contains(logs.String(), testKey) {
		t.Errorf("key logged: %s", logs)
	}
}

// The budget covers only the wait for the first token: a slow stream that
// started in time runs to its end.
func TestChatStreamFirstTokenBudgetEndsAtFirstToken(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Push(fakeopenai.Reply{Chunks: []string{"one ", "two ", "three ", "four"}, Delay: 100 * time.Millisecond})
	c, _ := newTestClient(t, srv, Options{FirstTokenTimeout: 250 * time.Millisecond, IdleTimeout: time.Second})
	got, err := streamText(context.Background(), c)
	if err != nil || got != "one two three four" {
		t.Fatalf("got %q, %v", got, err)
	}
}

// Within the budget, a stalled attempt is retried.
func TestChatStreamRetriesAStallWithinTheBudget(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Push(fakeopenai.Reply{Chunks: []string{"x"}, Stall: true}, fakeopenai.Text("answer"))
	c, logs := newTestClient(t, srv, Options{IdleTimeout: 200 * time.Millisecond, FirstTokenTimeout: 5 * time.Second})
	got, err := streamText(context.Background(), c)
	if err != nil || got != "answer" {
		t.Fatalf("got %q, %v", got, err)
	}
	if !strings.Contains(logs.String(), "idle timeout") {
		t.Errorf("retry not logged with its cause: %s", logs)
	}
}

// A 401 that echoes the key: not retried, the key in no error and no log,
// and the error tells the operator what to check.
func TestChatRefusedKey(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Push(fakeopenai.Reply{Status: 401})
	c, logs := newTestClient(t, srv, Options{})
	_, err := c.Chat(context.Background(), ChatRequest{Model: "m", Messages: []Message{{Role: RoleUser, Content: "hi"}}})
	if err == nil || !strings.Contains(err.Error(), "OPENAI_API_KEY") || StatusOf(err) != 401 {
		t.Fatalf("err = %v, want a refused key", err)
	}
	if strings.Contains(err.Error()+logs.String(), testKey) {
		t.Errorf("key leaked: %v %s", err, logs)
	}
	if n := len(srv.ChatRequests()); n != 1 {
		t.Errorf("%d requests, a refused key is not retried", n)
	}
}

// A Retry-After longer than what is left of the first-token budget is not
// waited out: the caller falls back at once.
func TestChatStreamRetryAfterBeyondTheBudgetFailsAtOnce(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Push(fakeopenai.Reply{Status: 429, RetryAfter: "5"}, fakeopenai.Text("late"))
	c, _ := newTestClient(t, srv, Options{FirstTokenTimeout: 3 * time.Second})
	start := time.Now()
	_, err := streamText(context.Background(), c)
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("failed after %s, want at once", el)
	}
	if !errors.Is(err, context.DeadlineExceeded) || StatusOf(err) != 429 || !strings.Contains(err.Error(), "exceeds the deadline") {
		t.Errorf("err = %v, want a 429 whose wait exceeds the budget", err)
	}
}

// Calls made for a user who has been waiting share the budget: a
// translation that starts when it is spent does not start a new wait.
func TestChatSharesTheWaitingBudget(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Push(fakeopenai.Reply{Stall: true})
	c, _ := newTestClient(t, srv, Options{FirstTokenTimeout: 200 * time.Millisecond})
	ctx := WaitingSince(context.Background(), time.Now().Add(-150*time.Millisecond))
	start := time.Now()
	_, err := c.Chat(ctx, ChatRequest{Model: "m", Messages: []Message{{Role: RoleUser, Content: "translate"}}})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the shared budget's deadline", err)
	}
	if el := time.Since(start); el > time.Second {
		t.Errorf("waited %s; 50ms of the budget were left", el)
	}
}

// A reasoning model's thinking ends the first-token wait: the server is at
// work, though nothing is shown yet.
func TestChatStreamReasoningCountsAsFirstToken(t *testing.T) {
	srv := fakeopenai.New(t)
	think := `data: {"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"reasoning_content":"hmm"}}]}`
	raw := []string{think}
	for range 5 {
		raw = append(raw, think)
	}
	raw = append(raw, `data: {"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"done"}}]}`, "data: [DONE]")
	// Seven chunks 150ms apart: the answer starts after the budget.
	srv.Push(fakeopenai.Reply{Raw: raw, Delay: 150 * time.Millisecond})
	c, _ := newTestClient(t, srv, Options{FirstTokenTimeout: 500 * time.Millisecond, MaxRetries: -1})
	got, err := streamText(context.Background(), c)
	if err != nil || got != "done" {
		t.Fatalf("got %q, %v", got, err)
	}
}
