package bot

import (
	"strings"
	"testing"

	"github.com/detente/detente/internal/faketg"
)

// TestRestartSkipsUpdatesAlreadyHandled: a bot that answered an update and
// then died before Telegram saw it acknowledged gets the update again after
// the restart. It must not answer a second time; newer updates are answered.
func TestRestartSkipsUpdatesAlreadyHandled(t *testing.T) {
	t.Parallel()
	tg := faketg.New(faketg.WithoutDrafts())
	defer tg.Close()
	h := newHarness(t, harnessOpt{tg: tg})
	chat, user := faketg.PrivateChat(77), faketg.User(77, "en")
	first := h.say(chat, user, "What did the US and Russia agree?")
	h.finalAnswer(77, 0)
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}

	// Telegram redelivers the answered update (it was never acknowledged),
	// then the user asks something new.
	tg.Push(first)
	h2 := newHarness(t, harnessOpt{tg: tg, st: h.st})
	h2.say(chat, user, "And what happens next?")
	// The chat's updates are handled in order: once the new question
	// reaches the model, the redelivered one has been dealt with.
	h2.wait("the new question to be answered", func() bool {
		for _, r := range h2.ans.requests() {
			if r.Question == "And what happens next?" {
				return true
			}
		}
		return false
	})
	if err := h2.stop(); err != nil {
		t.Fatal(err)
	}
	for _, r := range h2.ans.requests() {
		if strings.Contains(r.Question, "What did the US and Russia agree") {
			t.Fatalf("the restarted bot answered an update it had already answered: %+v", h2.ans.requests())
		}
	}
	if n := len(h2.ans.requests()); n != 1 {
		t.Fatalf("the restarted bot generated %d answers, want 1 (the new question)", n)
	}
}
