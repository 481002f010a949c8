package bot

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/detente/detente/internal/faketg"
)

// lossyProxy sits between the bot and the fake Bot API. The first `lose`
// sendMessage calls reach Telegram (the message is delivered) but the
// answer never comes back: the connection is closed (hangup) or held until
// the client gives up (stall), as when a network drops mid-call.
func lossyProxy(t *testing.T, upstream string, lose int32, stall bool) *httptest.Server {
	t.Helper()
	var lost atomic.Int32
	p := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		req, _ := http.NewRequestWithContext(context.WithoutCancel(r.Context()), r.Method, upstream+r.URL.Path, bytes.NewReader(body))
		req.Header = r.Header.Clone()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		if strings.HasSuffix(r.URL.Path, "/sendMessage") && lost.Add(1) <= lose {
			if stall {
				<-r.Context().Done()
				return
			}
			if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
				_ = conn.Close()
			}
			return
		}
		for k, v := range resp.Header {
			w.Header()[k] = v
		}
		w.WriteHeader(resp.StatusCode)
		_, _ = io.Copy(w, resp.Body)
	}))
	t.Cleanup(p.Close)
	return p
}

// TestSendIsNotRepeatedWhenItsOutcomeIsUnknown: a message whose call timed
// out or lost its connection may already be in the chat, so it is not sent
// again; a 5xx proves nothing was sent, so it is.
func TestSendIsNotRepeatedWhenItsOutcomeIsUnknown(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		stall     bool
		fault     *faketg.Fault // injected at the fake instead of losing the answer
		wantFails bool          // the bot logs that the reply failed
	}{
		{name: "connection closed after delivery", wantFails: true},
		{name: "timeout after delivery", stall: true, wantFails: true},
		{name: "server error", fault: &faketg.Fault{Method: "sendMessage", Code: 502, Description: "Bad Gateway"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, harnessOpt{noStart: true})
			cfg := testConfig()
			cfg.CallTimeout = 300 * time.Millisecond
			cfg.Token, cfg.APIURL = h.tg.Token, h.tg.URL
			if tt.fault != nil {
				h.tg.Inject(*tt.fault)
			} else {
				cfg.APIURL = lossyProxy(t, h.tg.URL, 1, tt.stall).URL
			}
			b, err := New(cfg, Deps{Answerer: h.ans, Store: h.st, DetectLang: detectForTests,
				Logger: slog.New(slog.NewTextHandler(h.logs, nil))})
			if err != nil {
				t.Fatal(err)
			}
			h.bot = b
			h.start()
			h.say(faketg.PrivateChat(801), faketg.User(801, "en"), "/start")
			if tt.wantFails {
				h.wait("the failed reply to be logged", func() bool {
					return strings.Contains(h.logs.String(), "reply failed") || len(h.tg.Messages(801)) > 1
				})
			} else {
				h.wait("the reply", func() bool { return len(h.tg.Messages(801)) > 0 })
			}
			// Shutting down ends every retry still waiting.
			if err := h.stop(); err != nil {
				t.Fatal(err)
			}
			if n := len(h.tg.Messages(801)); n != 1 {
				t.Fatalf("the user got %d copies of the reply, want 1: %q", n, h.texts(801))
			}
		})
	}
}

// TestNothingSent classifies real network errors: only a refused dial
// proves the request never left.
func TestNothingSent(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedAddr := ln.Addr().String()
	ln.Close()
	hangup := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
			_ = conn.Close()
		}
	}))
	defer hangup.Close()
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.ReadAll(r.Body) // the server notices the client leaving only once the body is read
		<-r.Context().Done()
	}))
	defer slow.Close()

	tests := []struct {
		name string
		url  string
		want bool
	}{
		{"dial refused", "http://" + closedAddr + "/", true},
		{"connection closed", hangup.URL, false},
		{"timeout", slow.URL, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
			defer cancel()
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, tt.url, strings.NewReader("x"))
			resp, err := http.DefaultClient.Do(req)
			if err == nil {
				resp.Body.Close()
				t.Fatal("no error")
			}
			if got := nothingSent(err); got != tt.want {
				t.Fatalf("nothingSent(%v) = %v, want %v", err, got, tt.want)
			}
		})
	}
	if !nothingSent(&serverError{code: 500}) || nothingSent(errors.New("other")) {
		t.Fatal("a 5xx proves nothing was sent; an unknown error does not")
	}
}
