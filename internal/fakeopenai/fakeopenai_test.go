package fakeopenai

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math"
	"net/http"
	"strings"
	"testing"
	"time"
)

func post(t *testing.T, ctx context.Context, url, body string) *http.Response {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer sk-test")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// sseContents parses an SSE body into content deltas and reports whether
// the terminating [DONE] arrived.
func sseContents(t *testing.T, r io.Reader) (deltas []string, done bool, err error) {
	t.Helper()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		data, ok := strings.CutPrefix(line, "data: ")
		if !ok {
			t.Fatalf("not an SSE data line: %q", line)
		}
		if data == "[DONE]" {
			return deltas, true, nil
		}
		var ev struct {
			Choices []struct {
				Delta struct{ Content string } `json:"delta"`
			} `json:"choices"`
		}
		if err := json.Unmarshal([]byte(data), &ev); err != nil {
			return deltas, false, err
		}
		if c := ev.Choices[0].Delta.Content; c != "" {
			deltas = append(deltas, c)
		}
	}
	return deltas, false, sc.Err()
}

const streamBody = `{"model":"m","stream":true,"temperature":0.5,"messages":[{"role":"system","content":"rules"},{"role":"user","content":"q"}]}`

func TestChatStreamAndRecording(t *testing.T) {
	srv := New(t)
	srv.Push(Text("Hello ", "[1]", "."))
	resp := post(t, context.Background(), srv.URL()+"/chat/completions", streamBody)
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("status %d, content type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	deltas, done, err := sseContents(t, resp.Body)
	if err != nil || !done {
		t.Fatalf("done=%v err=%v", done, err)
	}
	if got := strings.Join(deltas, "|"); got != "Hello |[1]|." {
		t.Errorf("deltas %q", got)
	}
	reqs := srv.ChatRequests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests recorded", len(reqs))
	}
	r := reqs[0]
	if r.System() != "rules" || r.LastUser() != "q" || !r.Stream || r.Model != "m" {
		t.Errorf("recorded %+v", r)
	}
	if r.Temperature == nil || *r.Temperature != 0.5 {
		t.Errorf("temperature %v", r.Temperature)
	}
	if r.Authorization != "Bearer sk-test" {
		t.Errorf("authorization not recorded")
	}
}

func TestChatTemperatureAbsent(t *testing.T) {
	srv := New(t)
	post(t, context.Background(), srv.URL()+"/chat/completions", `{"model":"m","messages":[]}`)
	if tp := srv.ChatRequests()[0].Temperature; tp != nil {
		t.Errorf("absent temperature recorded as %v", *tp)
	}
}

func TestChatNonStream(t *testing.T) {
	srv := New(t)
	srv.Respond(func(r ChatRequest) Reply { return Text("echo: ", r.LastUser()) })
	resp := post(t, context.Background(), srv.URL()+"/chat/completions", `{"model":"m","messages":[{"role":"user","content":"hi"}]}`)
	var out struct {
		Choices []struct {
			Message Message `json:"message"`
		} `json:"choices"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	if got := out.Choices[0].Message.Content; got != "echo: hi" {
		t.Errorf("content %q", got)
	}
}

func TestChatFailures(t *testing.T) {
	tests := []struct {
		name       string
		rep        Reply
		status     int
		retryAfter string
	}{
		{"rate limited", Reply{Status: 429, RetryAfter: "2"}, 429, "2"},
		{"server error", Reply{Status: 503}, 503, ""},
		{"forbidden", Reply{Status: 403}, 403, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := New(t)
			srv.Push(tt.rep)
			resp := post(t, context.Background(), srv.URL()+"/chat/completions", streamBody)
			if resp.StatusCode != tt.status || resp.Header.Get("Retry-After") != tt.retryAfter {
				t.Fatalf("status %d retry-after %q", resp.StatusCode, resp.Header.Get("Retry-After"))
			}
			var e struct {
				Error struct{ Message, Type string } `json:"error"`
			}
			if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || e.Error.Message == "" {
				t.Errorf("error body not OpenAI-shaped: %v %+v", err, e)
			}
			// The queue is consumed: the next request succeeds.
			if resp := post(t, context.Background(), srv.URL()+"/chat/completions", streamBody); resp.StatusCode != 200 {
				t.Errorf("second request status %d", resp.StatusCode)
			}
		})
	}
}

func TestChatStallHoldsUntilClientGivesUp(t *testing.T) {
	srv := New(t)
	srv.Push(Reply{Chunks: []string{"a", "b"}, Stall: true, StallAfter: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	resp := post(t, ctx, srv.URL()+"/chat/completions", streamBody)
	deltas, done, err := sseContents(t, resp.Body)
	if done || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("done=%v err=%v, want the client deadline", done, err)
	}
	if strings.Join(deltas, "") != "a" {
		t.Errorf("deltas before stall %q", deltas)
	}
}

func TestChatAbortAndGarbage(t *testing.T) {
	srv := New(t)
	srv.Push(Reply{Chunks: []string{"a", "b", "c"}, AbortAfter: 2})
	resp := post(t, context.Background(), srv.URL()+"/chat/completions", streamBody)
	deltas, done, err := sseContents(t, resp.Body)
	if done || err == nil || strings.Join(deltas, "") != "ab" {
		t.Errorf("abort: deltas %q done=%v err=%v", deltas, done, err)
	}

	srv.Push(Reply{Raw: []string{"data: {not json"}})
	resp = post(t, context.Background(), srv.URL()+"/chat/completions", streamBody)
	if _, _, err := sseContents(t, resp.Body); err == nil {
		t.Error("garbage stream parsed without error")
	}
}

func TestEmbeddings(t *testing.T) {
	srv := New(t)
	srv.PushEmbed(Reply{Status: 429, RetryAfter: "1"})
	resp := post(t, context.Background(), srv.URL()+"/embeddings", `{"model":"e","input":["a b"]}`)
	if resp.StatusCode != 429 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	resp = post(t, context.Background(), srv.URL()+"/embeddings", `{"model":"e","input":["Russia talks","russia TALKS!","unrelated words"]}`)
	var out struct {
		Data []struct {
			Index     int       `json:"index"`
			Embedding []float32 `json:"embedding"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	if len(out.Data) != 3 || len(out.Data[0].Embedding) != 64 {
		t.Fatalf("got %d vectors", len(out.Data))
	}
	dot := func(a, b []float32) float64 {
		s := 0.0
		for i := range a {
			s += float64(a[i]) * float64(b[i])
		}
		return s
	}
	if d := dot(out.Data[0].Embedding, out.Data[1].Embedding); math.Abs(d-1) > 1e-5 {
		t.Errorf("same words, different case: cosine %v, want 1", d)
	}
	if d := dot(out.Data[0].Embedding, out.Data[0].Embedding); math.Abs(d-1) > 1e-5 {
		t.Errorf("not normalised: %v", d)
	}
	if got := srv.EmbedInputs(); got != 4 {
		t.Errorf("EmbedInputs = %d, want 4 (failed request counted)", got)
	}
	post(t, context.Background(), srv.URL()+"/embeddings", `{"model":"e","input":"one","dimensions":8}`)
	if reqs := srv.EmbedRequests(); len(reqs) != 3 || reqs[2].Input[0] != "one" || reqs[2].Dimensions != 8 {
		t.Errorf("single-string input not recorded: %+v", reqs)
	}
}
