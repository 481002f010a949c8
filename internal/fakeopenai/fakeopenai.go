// Package fakeopenai is a test-support OpenAI-compatible server on loopback.
// It speaks the real wire protocol of /v1/chat/completions (plain JSON and
// server-sent events) and /v1/embeddings, so code under test uses its real
// HTTP client (go-openai or otherwise) against it, including the failures a
// real model server produces: 429 with Retry-After, 5xx, stalled and
// garbage streams, connections cut mid-stream.
//
// Typical use:
//
//	srv := fakeopenai.New(t)
//	srv.Push(fakeopenai.Reply{Status: 429, RetryAfter: "1"})
//	srv.Push(fakeopenai.Text("Talks resumed [1]."))
//	cfg.BaseURL = srv.URL() // already ends in /v1
//	...
//	reqs := srv.ChatRequests()
//
// Chat replies come from the queue filled by Push, then from the function
// given to Respond, then from the default (one chunk "OK").
package fakeopenai

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
)

// Reply scripts one response of the fake server.
type Reply struct {
	// Chunks are the assistant's content deltas, streamed one SSE event each
	// (or concatenated into one message for a non-streamed request).
	Chunks []string
	// Delay is waited before each chunk (and before a non-streamed reply).
	Delay time.Duration
	// Status, when not 0 or 200, makes the server answer with that HTTP
	// status and an OpenAI-style error body instead of content.
	Status int
	// RetryAfter is sent as the Retry-After header with a failure status
	// (e.g. "2" seconds, or an HTTP date).
	RetryAfter string
	// StallAfter >= 0 with Stall set: after that many chunks the server sends
	// nothing more and holds the connection open until the client gives up.
	Stall      bool
	StallAfter int
	// AbortAfter > 0 cuts the connection (no [DONE], broken chunked body)
	// after that many chunks, like a proxy dropping a stream.
	AbortAfter int
	// Raw, when non-nil, replaces the whole streamed body: each string is
	// written verbatim followed by "\n\n" (e.g. "data: {not json").
	Raw []string
}

// Text is a successful reply streaming chunks in order.
func Text(chunks ...string) Reply { return Reply{Chunks: chunks} }

// Message is one chat message as received.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ChatRequest is a recorded /v1/chat/completions request.
type ChatRequest struct {
	Model    string
	Messages []Message
	Stream   bool
	// Temperature is nil when the request had no "temperature" field.
	Temperature *float64
	MaxTokens   int
	// Authorization is the header as received, so tests can check the key
	// was sent (and compare it, never print it).
	Authorization string
	// Body is the raw request body.
	Body []byte
}

// System returns the content of the first system message, "" if none.
func (r ChatRequest) System() string {
	for _, m := range r.Messages {
		if m.Role == "system" {
			return m.Content
		}
	}
	return ""
}

// LastUser returns the content of the last user message, "" if none.
func (r ChatRequest) LastUser() string {
	for i := len(r.Messages) - 1; i >= 0; i-- {
		if r.Messages[i].Role == "user" {
			return r.Messages[i].Content
		}
	}
	return ""
}

// EmbedRequest is a recorded /v1/embeddings request.
type EmbedRequest struct {
	Model         string
	Input         []string
	Dimensions    int
	Authorization string
}

// Server is the fake. Its methods are safe for concurrent use.
type Server struct {
	srv  *httptest.Server
	done chan struct{} // closed at cleanup: releases stalled handlers

	mu       sync.Mutex
	queue    []Reply
	respond  func(ChatRequest) Reply
	embedQ   []Reply
	embedDim int
	chats    []ChatRequest
	embeds   []EmbedRequest
}

// New starts a fake server that is closed when the test ends.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{done: make(chan struct{}), embedDim: 64}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.chat)
	mux.HandleFunc("POST /v1/embeddings", s.embeddings)
	s.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		close(s.done)
		s.srv.CloseClientConnections()
		s.srv.Close()
	})
	return s
}

// URL is the base URL including the /v1 path (what OPENAI_BASE_URL and
// go-openai's ClientConfig.BaseURL expect).
func (s *Server) URL() string { return s.srv.URL + "/v1" }

// Client returns an HTTP client for the server (plain loopback).
func (s *Server) Client() *http.Client { return s.srv.Client() }

// Push queues chat replies, served in order before Respond or the default.
func (s *Server) Push(r ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queue = append(s.queue, r...)
}

// Respond sets a function choosing the reply to each chat request once the
// Push queue is empty (e.g. by looking at ChatRequest.System()).
func (s *Server) Respond(f func(ChatRequest) Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.respond = f
}

// PushEmbed queues embedding replies; only Status, RetryAfter, Delay and
// Stall apply. With the queue empty embeddings succeed.
func (s *Server) PushEmbed(r ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.embedQ = append(s.embedQ, r...)
}

// SetEmbedDim sets the embedding dimension (default 64) used when a request
// does not ask for one.
func (s *Server) SetEmbedDim(dim int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.embedDim = dim
}

// ChatRequests returns the chat requests received so far, in order.
func (s *Server) ChatRequests() []ChatRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ChatRequest(nil), s.chats...)
}

// EmbedRequests returns the embedding requests received so far, in order
// (failed ones included).
func (s *Server) EmbedRequests() []EmbedRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]EmbedRequest(nil), s.embeds...)
}

// EmbedInputs counts the texts received across all embedding requests.
func (s *Server) EmbedInputs() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.embeds {
		n += len(r.Input)
	}
	return n
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "", "cannot read body")
		return
	}
	var in struct {
		Model       string    `json:"model"`
		Messages    []Message `json:"messages"`
		Stream      bool      `json:"stream"`
		Temperature *float64  `json:"temperature"`
		MaxTokens   int       `json:"max_tokens"`
	}
	if err := json.Unmarshal(body, &in); err != nil {
		writeError(w, http.StatusBadRequest, "", "invalid JSON body: "+err.Error())
		return
	}
	req := ChatRequest{
		Model: in.Model, Messages: in.Messages, Stream: in.Stream,
		Temperature: in.Temperature, MaxTokens: in.MaxTokens,
		Authorization: r.Header.Get("Authorization"), Body: body,
	}
	s.mu.Lock()
	s.chats = append(s.chats, req)
	var rep Reply
	switch {
	case len(s.queue) > 0:
		rep = s.queue[0]
		s.queue = s.queue[1:]
	case s.respond != nil:
		f := s.respond
		s.mu.Unlock()
		rep = f(req)
		s.mu.Lock()
	default:
		rep = Text("OK")
	}
	s.mu.Unlock()

	if rep.Status != 0 && rep.Status != http.StatusOK {
		if !s.wait(r, rep.Delay) {
			return
		}
		writeError(w, rep.Status, rep.RetryAfter, "scripted failure")
		return
	}
	if !in.Stream {
		s.chatJSON(w, r, in.Model, rep)
		return
	}
	s.chatStream(w, r, in.Model, rep)
}

func (s *Server) chatJSON(w http.ResponseWriter, r *http.Request, model string, rep Reply) {
	if !s.wait(r, rep.Delay) {
		return
	}
	if rep.Stall {
		s.stall(r)
		return
	}
	if rep.Raw != nil {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, strings.Join(rep.Raw, "\n"))
		return
	}
	out := map[string]any{
		"id": "chatcmpl-fake", "object": "chat.completion", "created": 1700000000, "model": model,
		"choices": []any{map[string]any{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": strings.Join(rep.Chunks, "")},
			"finish_reason": "stop",
		}},
		"usage": map[string]any{"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(out)
}

func (s *Server) chatStream(w http.ResponseWriter, r *http.Request, model string, rep Reply) {
	fl, _ := w.(http.Flusher)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	flush := func() {
		if fl != nil {
			fl.Flush()
		}
	}
	if rep.Raw != nil {
		for _, line := range rep.Raw {
			if !s.wait(r, rep.Delay) {
				return
			}
			_, _ = io.WriteString(w, line+"\n\n")
			flush()
		}
		return
	}
	event := func(delta map[string]any, finish any) {
		b, _ := json.Marshal(map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1700000000, "model": model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}},
		})
		_, _ = fmt.Fprintf(w, "data: %s\n\n", b)
		flush()
	}
	event(map[string]any{"role": "assistant", "content": ""}, nil)
	for i, c := range rep.Chunks {
		if rep.Stall && i == rep.StallAfter {
			s.stall(r)
			return
		}
		if rep.AbortAfter > 0 && i == rep.AbortAfter {
			// Breaks the chunked body: the client sees an unexpected EOF.
			panic(http.ErrAbortHandler)
		}
		if !s.wait(r, rep.Delay) {
			return
		}
		event(map[string]any{"content": c}, nil)
	}
	if rep.Stall && rep.StallAfter >= len(rep.Chunks) {
		s.stall(r)
		return
	}
	event(map[string]any{}, "stop")
	_, _ = io.WriteString(w, "data: [DONE]\n\n")
	flush()
}

func (s *Server) embeddings(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Model      string          `json:"model"`
		Input      json.RawMessage `json:"input"`
		Dimensions int             `json:"dimensions"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, "", "invalid JSON body: "+err.Error())
		return
	}
	var inputs []string
	if err := json.Unmarshal(in.Input, &inputs); err != nil {
		var one string
		if err := json.Unmarshal(in.Input, &one); err != nil {
			writeError(w, http.StatusBadRequest, "", "input must be a string or an array of strings")
			return
		}
		inputs = []string{one}
	}
	s.mu.Lock()
	s.embeds = append(s.embeds, EmbedRequest{Model: in.Model, Input: inputs, Dimensions: in.Dimensions, Authorization: r.Header.Get("Authorization")})
	var rep Reply
	if len(s.embedQ) > 0 {
		rep = s.embedQ[0]
		s.embedQ = s.embedQ[1:]
	}
	dim := s.embedDim
	s.mu.Unlock()
	if in.Dimensions > 0 {
		dim = in.Dimensions
	}
	if !s.wait(r, rep.Delay) {
		return
	}
	if rep.Stall {
		s.stall(r)
		return
	}
	if rep.Status != 0 && rep.Status != http.StatusOK {
		writeError(w, rep.Status, rep.RetryAfter, "scripted failure")
		return
	}
	data := make([]any, len(inputs))
	tokens := 0
	for i, text := range inputs {
		data[i] = map[string]any{"object": "embedding", "index": i, "embedding": Vector(text, dim)}
		tokens += len(strings.Fields(text))
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"object": "list", "data": data, "model": in.Model,
		"usage": map[string]any{"prompt_tokens": tokens, "total_tokens": tokens},
	})
}

// Vector is the deterministic embedding the fake returns for text: hashed
// lowercase words into dim buckets, L2-normalised. Texts sharing words get a
// positive cosine similarity, so retrieval tests behave sensibly.
func Vector(text string, dim int) []float32 {
	v := make([]float32, dim)
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	if len(words) == 0 {
		words = []string{text}
	}
	for _, w := range words {
		h := sha256.Sum256([]byte(w))
		i := binary.BigEndian.Uint32(h[:4]) % uint32(dim)
		sign := float32(1)
		if h[4]&1 == 1 {
			sign = -1
		}
		v[i] += sign
	}
	var norm float64
	for _, x := range v {
		norm += float64(x) * float64(x)
	}
	if norm == 0 {
		v[0] = 1
		return v
	}
	n := float32(math.Sqrt(norm))
	for i := range v {
		v[i] /= n
	}
	return v
}

// wait sleeps d unless the client goes away or the server shuts down; it
// reports whether to carry on.
func (s *Server) wait(r *http.Request, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	case <-s.done:
		return false
	}
}

// stall holds the request until the client disconnects or the test ends.
func (s *Server) stall(r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-s.done:
	}
}

func writeError(w http.ResponseWriter, status int, retryAfter, msg string) {
	typ := "server_error"
	switch {
	case status == http.StatusTooManyRequests:
		typ = "rate_limit_error"
	case status >= 400 && status < 500:
		typ = "invalid_request_error"
	}
	if retryAfter != "" {
		w.Header().Set("Retry-After", retryAfter)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": nil},
	})
}
