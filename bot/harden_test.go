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
