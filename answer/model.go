package answer

import (
	"context"

	"github.com/detente/detente/llm"
)

// Defaults for ModelOptions.
const (
	DefaultModel       = "gpt-4o-mini"
	DefaultTemperature = 0.2
)

// Chat is what answer needs from the model server (*llm.Client implements
// it, with the retries, Retry-After and deadlines).
type Chat interface {
	// ChatStream streams a completion into deliver (see llm.Client.ChatStream).
	ChatStream(ctx context.Context, req llm.ChatRequest, reset func(), deliver func(string) bool) error
	// Chat runs a short non-streamed completion.
	Chat(ctx context.Context, req llm.ChatRequest) (string, error)
}

// callKind names what a model call is for; each kind has its own output
// bound (maxTokens).
type callKind int

const (
	callAnswer    callKind = iota // a streamed answer
	callDigest                    // a streamed daily digest
	callRewrite                   // a follow-up rewritten as a standalone query
	callTranslate                 // a query translated for cross-language search
)

func (k callKind) String() string {
	return [...]string{"answer", "digest", "rewrite", "translate"}[k]
}

// maxTokens bounds a call's output. A model that never stops (a loop, a
// poisoned passage asking for pages of text) costs at most this, and the
// bot's answer cap (two Telegram messages) is reached before it: about 4
// characters a token in English and 2-3 in Vietnamese and Russian, so
// 1,500 tokens is 3,500-6,000 characters, while a good answer is 600-1,500.
// A digest covers several topics; a rewrite or translation is one line.
var maxTokens = [...]int{callAnswer: 1500, callDigest: 2000, callRewrite: 200, callTranslate: 200}

// model is the configured chat model: the server, the model's name and
// its sampling, and the output bound of each kind of call.
type model struct {
	chat Chat
	opt  ModelOptions
}

func newModel(opt ModelOptions) *model {
	if opt.Model == "" {
		opt.Model = DefaultModel
	}
	return &model{chat: opt.Chat, opt: opt}
}

func (m *model) request(kind callKind, msgs []llm.Message) llm.ChatRequest {
	return llm.ChatRequest{Model: m.opt.Model, Messages: msgs, Temperature: m.opt.Temperature, MaxTokens: maxTokens[kind]}
}

// stream streams an answer or a digest (see llm.Client.ChatStream).
func (m *model) stream(ctx context.Context, kind callKind, msgs []llm.Message, reset func(), deliver func(string) bool) error {
	return m.chat.ChatStream(ctx, m.request(kind, msgs), reset, deliver)
}

// complete runs a rewrite or a translation.
func (m *model) complete(ctx context.Context, kind callKind, msgs []llm.Message) (string, error) {
	return m.chat.Chat(ctx, m.request(kind, msgs))
}
