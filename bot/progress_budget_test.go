package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/internal/faketg"
)

// TestProgressCostsNoCallWhenTheBudgetIsSpent: with Telegram's global send
// budget spent, progress is skipped rather than waited for: two questions
// in groups (no drafts), waiting on a slow model at one message a second, get at most one
// progress message between them, and each then gets its answer in one
// message, with no call beyond those.
func TestProgressCostsNoCallWhenTheBudgetIsSpent(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.GlobalPerSecond = 1
	h := newHarness(t, harnessOpt{cfg: cfg, tgOpts: []faketg.Option{faketg.WithoutDrafts()}, fakeClock: true})
	release := make(chan struct{})
	waiting := make(chan struct{}, 2)
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		req.OnFound(answer.Found{Passages: 6, Outlets: 3})
		waiting <- struct{}{}
		<-release // the model's first token is late
		onDelta("They agreed [1].")
		return answer.Answer{Text: "They agreed [1].", Lang: "en", Citations: cite[:1], Sources: cite[:1]}, nil
	}
	// Groups: no drafts, so progress would be messages and edits.
	chats := []int64{-21, -22}
	calls := func() int {
		n := 0
		for _, c := range h.tg.Calls("sendMessage", "editMessageText", "sendMessageDraft") {
			if id := c.Int64("chat_id"); id == chats[0] || id == chats[1] {
				n++
			}
		}
		return n
	}
	// Starting up spends the budget (setMyCommands waits for it).
	h.drive("polling", 30*time.Second, func() bool { return len(h.tg.Calls("getUpdates")) > 0 })
	for _, id := range chats {
		h.say(faketg.Group(id, "g"), faketg.User(-id, "en"), "@detente_test_bot What did they agree?")
	}
	for range chats {
		select {
		case <-waiting:
		case <-time.After(10 * time.Second): // a guard, not a wait for timing
			t.Fatal("the questions did not reach the model")
		}
	}
	if n := calls(); n > 1 {
		t.Errorf("%d progress calls with one message of budget", n)
	}
	close(release)
	h.drive("both answers", 10*time.Second, func() bool {
		for _, id := range chats {
			if len(h.tg.Messages(id)) != 1 || !strings.Contains(h.tg.Messages(id)[0].ReplyMarkup, "fb:1") {
				return false
			}
		}
		return true
	})
	for _, id := range chats {
		if m := h.tg.Messages(id)[0]; !strings.Contains(m.Plain, "They agreed [1]") {
			t.Errorf("chat %d: %q", id, m.Plain)
		}
	}
	if n := calls(); n > 3 {
		t.Errorf("%d calls for two answers and at most one progress message", n)
	}
}
