package bot

import (
	"strings"
	"testing"

	"github.com/detente/detente/internal/faketg"
)

// A command in a forwarded message was written by someone else: it must
// not run as the forwarder, even an admin.
func TestForwardedCommandIgnored(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	admin, chat := faketg.User(1000, "en"), faketg.PrivateChat(1000)
	stranger := faketg.User(777, "en")
	h.tg.Push(faketg.Forwarded(h.tg.Text(chat, admin, "/add https://evil.example/a"), stranger))
	h.tg.Push(faketg.Forwarded(h.tg.Text(chat, admin, "/subscribe talks"), stranger))
	h.say(chat, admin, "/help")
	h.replyContaining(chat.ID, "/ask")
	if calls := h.cur.seen(); len(calls) != 0 {
		t.Errorf("forwarded /add reached the curator: %v", calls)
	}
	for _, txt := range h.texts(chat.ID) {
		if strings.Contains(txt, "evil.example") || strings.Contains(txt, "Added") {
			t.Errorf("forwarded command answered: %q", txt)
		}
	}
	if n := len(h.texts(chat.ID)); n != 1 {
		t.Errorf("got %d replies, want only the one to /help: %q", n, h.texts(chat.ID))
	}
}

// A member flooding a group with commands gets a bounded number of replies
// and one "slow down", not one reply each; an admin is not limited.
func TestCommandFloodIsLimited(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	group := faketg.Group(-100, "Diplomacy")
	member, admin := faketg.User(500, "en"), faketg.User(1000, "en")
	const flood = 60
	for range flood {
		h.say(group, member, "/help")
	}
	// The admin's /help runs after the member's in the chat's order.
	h.say(group, admin, "/help")
	h.replyContaining(group.ID, "Admin:")
	helps, slow := 0, 0
	for _, txt := range h.texts(group.ID) {
		switch {
		case strings.Contains(txt, "Admin:"):
		case strings.Contains(txt, "How to use me"):
			helps++
		case strings.Contains(txt, "Please wait"):
			slow++
		}
	}
	// The budget is 10 at once and one more every 3 s.
	if helps < 5 || helps > 15 {
		t.Errorf("%d of %d /help answered, want about the budget of 10", helps, flood)
	}
	if slow != 1 {
		t.Errorf("%d \"slow down\" replies, want one per spell", slow)
	}
}

// Button presses beyond the budget are answered empty (Telegram stops the
// spinner) and change nothing.
func TestButtonFloodIsLimited(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	user, chat := faketg.User(501, "en"), faketg.PrivateChat(501)
	h.say(chat, user, "What did they agree in Riyadh?")
	final := h.finalAnswer(chat.ID, 0)
	const presses = 40
	for range presses {
		h.tg.Push(h.tg.Callback(user, final, "fb:1"))
	}
	h.wait("every press answered", func() bool { return len(h.tg.Calls("answerCallbackQuery")) >= presses })
	empty := 0
	for _, c := range h.tg.Calls("answerCallbackQuery") {
		if c.Params["text"] == "" {
			empty++
		}
	}
	if empty < presses-15 {
		t.Errorf("%d of %d presses answered empty, want all beyond the budget of 10", empty, presses)
	}
}
