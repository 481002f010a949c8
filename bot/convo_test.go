package bot

import (
	"testing"

	"github.com/detente/detente/internal/faketg"
)

// In a private chat a message that replies to nothing continues the last
// answer only when it reads as a follow-up; a question with a subject of
// its own starts a new conversation (issue 12).
func TestNonReplyContinuesOnlyAFollowUp(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	chat, user := faketg.PrivateChat(61), faketg.User(61, "en")
	h.say(chat, user, "Who leads the Russian delegation in Istanbul?")
	h.finalAnswer(61, 0)
	h.say(chat, user, "When did Biden and Putin meet in Geneva?")
	h.wait("second answer", func() bool { return len(h.ans.requests()) == 2 })
	if hist := h.ans.requests()[1].History; len(hist) != 0 {
		t.Errorf("a question with its own subject continued the last answer: %+v", hist)
	}
	h.finalAnswer(61, 1)
	h.say(chat, user, "And the American one?")
	h.wait("third answer", func() bool { return len(h.ans.requests()) == 3 })
	hist := h.ans.requests()[2].History
	if len(hist) != 1 || hist[0].Question != "When did Biden and Putin meet in Geneva?" || len(hist[0].Articles) == 0 {
		t.Errorf("a follow-up must continue the last thread with its cited articles: %+v", hist)
	}
}

// In a group each asker has their own thread: a follow-up that replies to
// nothing continues its asker's last question, not the last one in the
// chat (issue 12).
func TestGroupFollowUpContinuesItsAskersThread(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	group := faketg.Group(-600, "diplomacy")
	alice, bob := faketg.User(71, "en"), faketg.User(72, "en")
	h.say(group, alice, "/ask Who leads the Russian delegation in Istanbul?")
	h.finalAnswer(-600, 0)
	h.say(group, bob, "/ask What sanctions did the EU adopt against Gazprom?")
	h.finalAnswer(-600, 1)
	h.say(group, alice, "/ask And the American one?")
	h.wait("alice's follow-up", func() bool { return len(h.ans.requests()) == 3 })
	hist := h.ans.requests()[2].History
	if len(hist) != 1 || hist[0].Question != "Who leads the Russian delegation in Istanbul?" {
		t.Errorf("alice's follow-up history = %+v, want her own question", hist)
	}
}
