package bot

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/detente/detente/internal/faketg"
)

// TestWebhookRefusesUpdatesUntilStarted: the webhook listens before the
// bot knows its own name (getMe) and before answers have their shutdown
// bound, so updates arriving then get a 503 (Telegram redelivers them)
// instead of being handled half-configured.
func TestWebhookRefusesUpdatesUntilStarted(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.WebhookListen = freePort(t)
	cfg.WebhookURL = "https://bot.example.org/hook-5ecret-path"
	cfg.WebhookSecret = "s3cret"
	h := newHarness(t, harnessOpt{cfg: cfg, noStart: true})
	h.tg.Inject(faketg.Fault{Method: "getMe", Code: 500, Description: "Internal Server Error", Times: -1})
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- h.bot.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-errc; err != nil {
			t.Errorf("Run: %v", err)
		}
	}()

	url := "http://" + cfg.WebhookListen + "/hook-5ecret-path"
	u := h.tg.Text(faketg.PrivateChat(901), faketg.User(901, "en"), "early question")
	u.ID = 91
	var code int
	h.wait("the webhook to listen", func() bool {
		var err error
		code, err = faketg.PostWebhook(ctx, url, "s3cret", u)
		return err == nil
	})
	if code != http.StatusServiceUnavailable {
		t.Fatalf("an update before the bot started got %d, want 503", code)
	}
	h.tg.ClearFaults()
	h.wait("setWebhook", func() bool { return len(h.tg.Calls("setWebhook")) == 1 })
	if code, err := faketg.PostWebhook(ctx, url, "s3cret", u); err != nil || code != http.StatusOK {
		t.Fatalf("the redelivered update got %d %v, want 200", code, err)
	}
	h.finalAnswer(901, 0)
	if n := len(h.ans.requests()); n != 1 {
		t.Fatalf("answered %d times, want 1", n)
	}
	if strings.Contains(h.logs.String(), "5ecret") {
		t.Fatalf("the webhook's secret path reached the log:\n%s", h.logs.String())
	}
}

// TestReadyzNamesFailedChecksOnly: /readyz says which checks failed but not
// why (error texts name paths and hosts; the log has them), and while
// Telegram looks stale repeated hits ask it once, not once each.
func TestReadyzNamesFailedChecksOnly(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{noStart: true,
		ready: func(context.Context) error { return errors.New("open /var/lib/detente/index: permission denied") }})
	h.tg.Inject(faketg.Fault{Method: "getMe", Code: 502, Description: "Bad Gateway from 10.0.0.7", Times: -1})
	srv := httptest.NewServer(h.bot.Handler())
	defer srv.Close()
	for i := range 3 {
		resp, err := http.Get(srv.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var r struct {
			Ready  bool     `json:"ready"`
			Failed []string `json:"failed"`
		}
		if resp.StatusCode != http.StatusServiceUnavailable || json.Unmarshal(body, &r) != nil ||
			strings.Join(r.Failed, ",") != "index,telegram" {
			t.Fatalf("hit %d: %d %s, want 503 failing index and telegram", i, resp.StatusCode, body)
		}
		for _, leak := range []string{"/var/lib", "10.0.0.7", "permission"} {
			if strings.Contains(string(body), leak) {
				t.Fatalf("/readyz shows %q to anyone: %s", leak, body)
			}
		}
	}
	if n := len(h.tg.Calls("getMe")); n != 1 {
		t.Fatalf("3 /readyz hits asked Telegram %d times, want 1", n)
	}
	if !strings.Contains(h.logs.String(), "permission denied") {
		t.Fatalf("the reason is not in the log:\n%s", h.logs.String())
	}
}
