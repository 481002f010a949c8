// Package answer turns a question into a cited answer: language detection,
// follow-up rewriting, retrieval, the prompt, the model call (go-openai,
// streamed, retried, with deadlines), verification of every [n] citation, and
// the extractive fallback when there is no model. It also writes digests.
package answer

// CONTRACT STUBS: the answer helper replaces these and deletes this file.

import (
	"context"
	"errors"
	"time"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
)

// Sentinel errors for bad questions; callers show prompts.T(lang, ...) texts.
var (
	ErrEmptyQuestion = errors.New("empty question")
	ErrTooLong       = errors.New("question too long") // > MaxQuestionRunes
)

// MaxQuestionRunes bounds a question.
const MaxQuestionRunes = 2000

// Searcher is what answer needs from retrieval (*retrieval.Engine implements it).
type Searcher interface {
	Search(ctx context.Context, q retrieval.Query) ([]retrieval.Hit, error)
}

// ModelOptions configures the OpenAI-compatible chat model. Empty APIKey and
// BaseURL: no model (extractive answers).
type ModelOptions struct {
	APIKey      string
	BaseURL     string
	Model       string        // default "gpt-4o-mini"
	Temperature float32       // default 0.2; exactly 0 is sent as 0 (go-openai drops it otherwise)
	Timeout     time.Duration // whole-call deadline, default 60s
	IdleTimeout time.Duration // max gap between stream chunks, default 20s
	MaxRetries  int           // 429/5xx/timeouts before the first token, default 3
}

// Options configures a Service.
type Options struct {
	Model ModelOptions
	K     int // passages per question, default 6
}

// Service answers questions. Safe for concurrent use.
type Service struct{}

// New returns a Service over s. With no model configured answers are extractive.
func New(s Searcher, opt Options) *Service { panic("not implemented") }

// HasModel reports whether a chat model is configured.
func (s *Service) HasModel() bool { panic("not implemented") }

// Turn is one previous exchange in a conversation, oldest first.
type Turn struct {
	Question string
	Answer   string
}

// Request is one question.
type Request struct {
	Question string
	Lang     string // forced answer language; "" = detect from the question
	HintLang string // tie-breaker when detection is unsure (e.g. Telegram language_code)
	History  []Turn // for follow-ups; rewritten into a standalone query
	K        int    // 0 = Options.K
}

// Citation is one source the answer cites, numbered as in the text.
type Citation struct {
	N         int
	ArticleID string
	Title     string
	URL       string // from the store, never from model output
	Source    string
	Lang      string
	Published time.Time
	Passage   string // the passage given to the model as source [N]
}

// Answer is a finished answer.
type Answer struct {
	Text       string     // verified: every [n] refers to a Citation; no sources list inside
	Lang       string     // language of the answer
	Citations  []Citation // only the cited sources, ordered by N
	Sources    []Citation // every source given to the model, numbered (for /source N)
	Query      string     // the standalone query actually searched
	NoSources  bool       // nothing relevant retrieved; Text says so (no model call)
	Extractive bool       // built without a model (none configured, or it failed)
	Model      string     // model name when one answered
}

// Ask answers req. onDelta, if non-nil, receives the answer text as it is
// generated, already cleaned of invalid citation markers; concatenated deltas
// equal the final Answer.Text (unless the model failed mid-stream and the
// extractive fallback replaced it — then Answer.Text is authoritative).
func (s *Service) Ask(ctx context.Context, req Request, onDelta func(delta string)) (Answer, error) {
	panic("not implemented")
}

// Digest summarises articles (the new ones since a subscriber's last digest)
// in lang, citing them [n] like an answer. No model: titles, outlets, dates,
// links and lead sentences framed in lang. Zero articles: NoSources.
func (s *Service) Digest(ctx context.Context, articles []corpus.Article, lang string) (Answer, error) {
	panic("not implemented")
}
