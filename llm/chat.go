package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Roles of a chat message.
const (
	RoleSystem    = "system"
	RoleUser      = "user"
	RoleAssistant = "assistant"
)

// Message is one chat message.
type Message struct {
	Role    string
	Content string
}

// ChatRequest is one chat completion.
type ChatRequest struct {
	Model    string
	Messages []Message
	// Temperature is sent as given: 0 means deterministic sampling (see
	// temperature).
	Temperature float32
	// MaxTokens bounds the output (0: the server's default). It is sent in
	// the field the model accepts (see limitTokens).
	MaxTokens int
}

// Deadline causes, named in the errors a caller logs.
var (
	errIdle       = errors.New("model stream idle timeout")
	errFirstToken = errors.New("no first token")
)

// waitKey carries the time a user started waiting for the model's first
// words (see WaitingSince).
type waitKey struct{}

// WaitingSince returns ctx noting that a user has been waiting since t for
// the model's first words. The first-token budget of every call made with
// it then counts from t, not from the call: the short calls that prepare an
// answer (a rewrite, a translation) and the answer's stream share one
// budget, so a server that accepts requests and never answers costs the
// user FirstTokenTimeout in all, not a rewrite's, a translation's and a
// stream's timeouts end to end. An earlier start already in ctx is kept.
func WaitingSince(ctx context.Context, t time.Time) context.Context {
	if prev, ok := ctx.Value(waitKey{}).(time.Time); ok && prev.Before(t) {
		return ctx
	}
	return context.WithValue(ctx, waitKey{}, t)
}

// firstBy is when a call's first token is due: FirstTokenTimeout after the
// user started waiting (WaitingSince), or after now.
func (c *Client) firstBy(ctx context.Context) time.Time {
	start, ok := ctx.Value(waitKey{}).(time.Time)
	if !ok {
		start = time.Now()
	}
	return start.Add(c.opt.FirstTokenTimeout)
}

// ChatStream runs a streamed chat completion, passing each content delta
// to deliver. deliver returns whether anything became visible to the user;
// once it has, a failure is returned as is (retrying would repeat text the
// user has seen). Before that, 429s, 5xx, timeouts and broken streams are
// retried, and reset (if not nil) is called before each retry so the caller
// can drop what it held back from the failed attempt.
//
// Three deadlines bound the call: Timeout the whole of it, IdleTimeout each
// attempt's silences, and FirstTokenTimeout the wait for the first token
// across attempts (counted from WaitingSince when ctx has it), so a server
// that accepts and never answers costs the user that long, not the whole
// Timeout.
func (c *Client) ChatStream(ctx context.Context, req ChatRequest, reset func(), deliver func(string) bool) error {
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	ctx, cancelFirst := context.WithCancelCause(ctx)
	defer cancelFirst(nil)
	firstBy := c.firstBy(ctx)
	first := time.AfterFunc(time.Until(firstBy), func() {
		cancelFirst(fmt.Errorf("%w within %s", errFirstToken, c.opt.FirstTokenTimeout))
	})
	defer first.Stop()
	var gotFirst atomic.Bool
	got := func() {
		if !gotFirst.Swap(true) {
			first.Stop()
		}
	}
	// Until the first token, a retry that would outlast the budget (a long
	// Retry-After) fails now: the user gets the fallback without waiting.
	limit := func() (time.Time, bool) { return firstBy, !gotFirst.Load() }

	r := c.request(req)
	r.Stream = true
	attempt := 0
	return c.retry(ctx, "chat stream", c.opt.MaxRetries, limit, func(ctx context.Context) (bool, error) {
		if attempt > 0 && reset != nil {
			reset()
		}
		attempt++
		return c.streamOnce(ctx, r, got, deliver)
	})
}

// streamOnce is one attempt; it reports whether output became visible.
// got is called on every token: content, or a reasoning model's thinking,
// which shows the server at work. A chunk with neither (the role, sent by
// many servers as soon as they accept) proves nothing.
func (c *Client) streamOnce(parent context.Context, req openai.ChatCompletionRequest, got func(), deliver func(string) bool) (visible bool, err error) {
	ctx, cancel := context.WithCancelCause(parent)
	defer cancel(nil)
	// The idle timer also covers the wait for the response headers and the
	// first chunk: a server that accepts the request and then says nothing
	// is as stuck as one that stops mid-answer.
	idle := time.AfterFunc(c.opt.IdleTimeout, func() { cancel(fmt.Errorf("%w after %s", errIdle, c.opt.IdleTimeout)) })
	defer idle.Stop()
	because := func(err error) error {
		if cause := context.Cause(ctx); errors.Is(cause, errIdle) {
			return cause
		}
		return err
	}
	st, err := c.api.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return false, because(err)
	}
	defer st.Close()
	for {
		resp, err := st.Recv()
		if errors.Is(err, io.EOF) {
			return visible, nil
		}
		if err != nil {
			return visible, because(err)
		}
		idle.Reset(c.opt.IdleTimeout)
		for _, ch := range resp.Choices {
			if ch.Delta.Content != "" || ch.Delta.ReasoningContent != "" {
				got()
			}
			if ch.Delta.Content != "" && deliver(ch.Delta.Content) {
				visible = true
			}
		}
	}
}

// Chat runs a short non-streamed completion (a rewrite, a translation)
// under its own short deadline with at most one retry: such a call is an
// optimisation, and its caller has a fallback. When a user is waiting
// (WaitingSince), it also ends with the first-token budget: its whole
// reply is its first token.
func (c *Client) Chat(ctx context.Context, req ChatRequest) (string, error) {
	dl, cause := time.Now().Add(min(auxTimeout, c.opt.Timeout)), context.DeadlineExceeded
	if _, waiting := ctx.Value(waitKey{}).(time.Time); waiting {
		if by := c.firstBy(ctx); by.Before(dl) {
			dl, cause = by, fmt.Errorf("%w within %s: %w", errFirstToken, c.opt.FirstTokenTimeout, context.DeadlineExceeded)
		}
	}
	ctx, cancel := context.WithDeadlineCause(ctx, dl, cause)
	defer cancel()
	r := c.request(req)
	var out string
	err := c.retry(ctx, "chat", min(1, c.opt.MaxRetries), nil, func(ctx context.Context) (bool, error) {
		resp, err := c.api.CreateChatCompletion(ctx, r)
		if err != nil {
			return false, err
		}
		if len(resp.Choices) == 0 {
			return false, errors.New("no choices in response")
		}
		out = resp.Choices[0].Message.Content
		return false, nil
	})
	return out, err
}

// request is req in go-openai's terms.
func (c *Client) request(req ChatRequest) openai.ChatCompletionRequest {
	msgs := make([]openai.ChatCompletionMessage, len(req.Messages))
	for i, m := range req.Messages {
		msgs[i] = openai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	r := openai.ChatCompletionRequest{Model: req.Model, Messages: msgs, Temperature: temperature(req.Temperature)}
	limitTokens(&r, req.MaxTokens)
	return r
}

// temperature returns the value to send. go-openai's request struct has
// `json:"temperature,omitempty"`, so a temperature of exactly 0 is dropped
// from the request and the server applies its own default (1.0 at OpenAI):
// the opposite of what 0 asks for. The smallest positive float32 survives
// omitempty and is, for every sampler, indistinguishable from 0.
func temperature(t float32) float32 {
	if t == 0 {
		return math.SmallestNonzeroFloat32
	}
	return t
}

// limitTokens sets req's output bound, in the field the model accepts:
// OpenAI's reasoning models refuse max_tokens and want
// max_completion_tokens, which OpenAI-compatible servers (llama.cpp, vLLM,
// Ollama) do not all know.
func limitTokens(req *openai.ChatCompletionRequest, n int) {
	if n <= 0 {
		return
	}
	req.MaxTokens = n
	if errors.Is(openai.NewReasoningValidator().Validate(*req), openai.ErrReasoningModelMaxTokensDeprecated) {
		req.MaxTokens, req.MaxCompletionTokens = 0, n
	}
}
