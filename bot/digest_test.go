package bot

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/digest"
	"github.com/detente/detente/internal/faketg"
)

// TestSendDigestSaysWhatCanBeRetried checks the promise SendDigest makes
// the digest scheduler: only an error proving nothing arrived wraps
// digest.ErrNotDelivered (the scheduler resends it); a timeout or dropped
// connection does not; once part 1 of a two-part digest is out, part 2 is
// retried here when that is safe and otherwise reported as a
// *digest.PartialError, and part 1 is never sent twice.
func TestSendDigestSaysWhatCanBeRetried(t *testing.T) {
	t.Parallel()
	para := strings.Repeat("Lavrov and Rubio talked for hours. ", 75)
	long := answer.Answer{Text: "News [1].\n\n" + para + "\n\n" + para, Lang: "en", Citations: cite[:1]}
	short := answer.Answer{Text: "News [1].", Lang: "en", Citations: cite[:1]}
	slow := faketg.Fault{Method: "sendMessage", Delay: 5 * time.Second, Handle: true}
	pass := faketg.Fault{Method: "sendMessage", Handle: true}
	cases := []struct {
		name     string
		d        answer.Answer
		faults   []faketg.Fault
		retry    bool // wraps digest.ErrNotDelivered
		partial  int  // *digest.PartialError with this many parts sent (0: none)
		messages int
	}{
		{"delivered in two parts", long, nil, false, 0, 2},
		{"5xx: nothing sent", short, []faketg.Fault{faketg.ServerError("sendMessage")}, true, 0, 0},
		{"timeout: outcome unknown", short, []faketg.Fault{slow}, false, 0, 0},
		{"dropped: outcome unknown", short, []faketg.Fault{faketg.Dropped("sendMessage")}, false, 0, 0},
		{"bad request: refused for good", short, []faketg.Fault{{Method: "sendMessage", Code: 400, Description: "Bad Request: chat not found"}}, false, 0, 0},
		{"part 2 5xx is retried here", long, []faketg.Fault{pass, faketg.ServerError("sendMessage")}, false, 0, 2},
		{"part 2 always 5xx", long, []faketg.Fault{pass, {Method: "sendMessage", Times: -1, Code: 500, Description: "Internal Server Error"}}, false, 1, 1},
		{"part 2 dropped", long, []faketg.Fault{pass, faketg.Dropped("sendMessage")}, false, 1, 1},
		{"part 2 timeout", long, []faketg.Fault{pass, slow}, false, 1, 1},
		{"part 2 rate limited", long, []faketg.Fault{pass, faketg.TooManyRequests("sendMessage", 1)}, false, 0, 2},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			cfg := testConfig()
			cfg.CallTimeout = 300 * time.Millisecond
			h := newHarness(t, harnessOpt{cfg: cfg, noStart: true})
			chat := int64(300 + i)
			for _, f := range c.faults {
				f.ChatID = chat
				h.tg.Inject(f)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err := h.bot.SendDigest(ctx, chat, c.d)
			// The scheduler looks for a PartialError first: it is never
			// retried, whatever the error of the part that failed wraps.
			var pe *digest.PartialError
			if retry := errors.Is(err, digest.ErrNotDelivered) && !errors.As(err, &pe); retry != c.retry {
				t.Errorf("error %v: retryable = %v, want %v", err, retry, c.retry)
			}
			switch {
			case c.partial == 0 && errors.As(err, &pe):
				t.Errorf("error %v is partial", err)
			case c.partial > 0 && (!errors.As(err, &pe) || pe.Sent != c.partial || pe.Parts != 2):
				t.Errorf("error %v, want a PartialError after %d of 2 parts", err, c.partial)
			}
			if c.messages == 2 && err != nil {
				t.Errorf("delivered but error %v", err)
			}
			if err != nil && strings.Contains(err.Error(), h.tg.Token) {
				t.Error("token in error")
			}
			msgs := h.tg.Messages(chat)
			if len(msgs) != c.messages {
				t.Fatalf("%d messages, want %d", len(msgs), c.messages)
			}
			if len(msgs) > 0 && !strings.Contains(msgs[0].Plain, "Daily digest") {
				t.Errorf("first message is not part 1: %.80q", msgs[0].Plain)
			}
			if len(msgs) == 2 && !strings.Contains(msgs[1].Plain, "Sources") {
				t.Errorf("second message is not part 2: %.80q", msgs[1].Plain)
			}
		})
	}
}
