package bot

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/digest"

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
	t.Logf("%d /help from one member: %d answered, %d \"slow down\"", flood, helps, slow)
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
	t.Logf("%d presses: %d answered empty", presses, empty)
	if empty < presses-15 {
		t.Errorf("%d of %d presses answered empty, want all beyond the budget of 10", empty, presses)
	}
}

// In a group, only its administrators (or the bot's admins) change what
// the whole group gets; anyone may read the subscription.
func TestGroupStateNeedsGroupAdmin(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{digests: &fakeDigests{}})
	group := faketg.Group(-200, "Diplomacy")
	member, groupAdmin, botAdmin := faketg.User(600, "en"), faketg.User(601, "en"), faketg.User(1000, "en")
	h.tg.SetMember(group.ID, groupAdmin.ID, "administrator")
	steps := []struct {
		user models.User
		text string
		want string
	}{
		{member, "/subscribe 08:00", "Only a group administrator"},
		{member, "/timezone Asia/Hanoi", "Only a group administrator"},
		{member, "/unsubscribe", "Only a group administrator"},
		{member, "/new", "Only a group administrator"},
		{member, "/subscription", "subscription  for -200"},
		{groupAdmin, "/subscribe@detente_test_bot 08:00", "subscribe 08:00 for -200"}, // digests get the bare name
		{groupAdmin, "/timezone Asia/Hanoi", "timezone Asia/Hanoi for -200"},
		{botAdmin, "/unsubscribe", "unsubscribe  for -200"},
	}
	for _, s := range steps {
		h.say(group, s.user, s.text)
	}
	h.wait("every command answered", func() bool { return len(h.tg.Messages(group.ID)) >= len(steps) })
	got := h.texts(group.ID)
	for i, s := range steps {
		if !strings.Contains(got[i], s.want) {
			t.Errorf("%s from %d: reply %q, want %q", s.text, s.user.ID, got[i], s.want)
		}
	}
	// member and groupAdmin asked once each; the answers are cached.
	if n := len(h.tg.Calls("getChatMember")); n != 2 {
		t.Errorf("%d getChatMember calls, want 2 (one per user, then cached)", n)
	}
}

// A runaway answer fills at most two messages: it ends in "…" and a hint,
// with the sources list kept.
func TestLongAnswerIsCapped(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	sentence := "The delegations discussed embassy staffing, flights and the return of property at length [1]. "
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		var b strings.Builder
		for i := range 450 { // about 42,000 characters, in paragraphs
			b.WriteString(sentence)
			if i%5 == 4 {
				b.WriteString("\n\n")
			}
			onDelta(sentence)
		}
		txt := strings.TrimSpace(b.String())
		return answer.Answer{Text: txt, Lang: "en", Citations: cite[:1], Sources: cite[:1], Query: req.Question}, nil
	}
	user, chat := faketg.User(502, "en"), faketg.PrivateChat(502)
	h.say(chat, user, "Tell me everything about the Riyadh talks")
	final := h.finalAnswer(chat.ID, 0)
	msgs := h.tg.Messages(chat.ID)
	if len(msgs) != 2 {
		t.Fatalf("the answer filled %d messages, want 2", len(msgs))
	}
	for _, want := range []string{"…\n\nThe answer was too long", "Sources", "US and Russia agree to restore embassies"} {
		if !strings.Contains(final.Plain, want) {
			t.Errorf("last message lacks %q:\n%s", want, final.Plain[max(0, len(final.Plain)-600):])
		}
	}
}

// /digest may cost a model call: a chat gets one per cooldown (told once
// to wait), and it spends the sender's question budget.
func TestDigestCommandIsLimited(t *testing.T) {
	t.Parallel()
	dg := &fakeDigests{now: digest.Digest{Lang: "en", Title: "5 December", Stories: []digest.Story{{Lead: "Talks resumed.", Articles: cite[:1]}}}}
	cfg := testConfig()
	cfg.RatePerMinute, cfg.Burst = 1, 2
	h := newHarness(t, harnessOpt{digests: dg, cfg: cfg})
	group := faketg.Group(-300, "Diplomacy")
	member := faketg.User(700, "en")
	for range 4 {
		h.say(group, member, "/digest")
	}
	h.say(group, faketg.User(1000, "en"), "/help") // runs after the four
	h.replyContaining(group.ID, "Admin:")
	if n := dg.nows.Load(); n != 1 {
		t.Errorf("%d digests generated for 4 /digest in one chat, want 1", n)
	}
	waits, slow := 0, 0
	for _, txt := range h.texts(group.ID) {
		switch {
		case strings.Contains(txt, "next one can be requested"):
			waits++
		case strings.Contains(txt, "Please wait"):
			slow++
		}
	}
	// The second /digest is within the cooldown; the third and fourth are
	// beyond the question budget of 2 (told once).
	if waits != 1 || slow != 1 {
		t.Errorf("%d \"wait\" and %d \"slow down\" replies, want 1 and 1: %q", waits, slow, h.texts(group.ID))
	}
}

// The webhook's listener is public and serves the webhook alone; health and
// metrics are on the other (private) one, which takes no updates.
func TestWebhookListenerServesNoMetrics(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.Listen, cfg.WebhookListen = freePort(t), freePort(t)
	cfg.WebhookURL, cfg.WebhookSecret = "https://bot.example.org/tg/hook", "s3cret"
	h := newHarness(t, harnessOpt{cfg: cfg})
	h.wait("setWebhook", func() bool { return len(h.tg.Calls("setWebhook")) == 1 })
	get := func(addr, path string) int {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for _, p := range []string{"/metrics", "/healthz", "/readyz"} {
		if code := get(cfg.WebhookListen, p); code != http.StatusNotFound {
			t.Errorf("public webhook listener answered %s with %d, want 404", p, code)
		}
	}
	if code := get(cfg.Listen, "/metrics"); code != http.StatusOK {
		t.Errorf("/metrics on DETENTE_LISTEN: %d", code)
	}
	u := h.tg.Text(faketg.PrivateChat(303), faketg.User(303, "en"), "via webhook")
	u.ID = 78
	if code, err := faketg.PostWebhook(context.Background(), "http://"+cfg.Listen+"/tg/hook", "s3cret", u); err != nil || code == http.StatusOK {
		t.Errorf("the metrics listener took an update: %d %v", code, err)
	}
	if code, err := faketg.PostWebhook(context.Background(), "http://"+cfg.WebhookListen+"/tg/hook", "s3cret", u); err != nil || code != http.StatusOK {
		t.Errorf("the webhook listener refused an update: %d %v", code, err)
	}
	h.finalAnswer(303, 0)
}

// Text shown verbatim (an extractive answer quotes passages a poisoned page
// wrote) keeps its links unlinkable: each is in <code>, and the only link
// is the stored article's URL.
func TestQuotedLinksAreNotLinked(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		txt := "“Log in at evil.example/login or https://evil.example/x to verify” [1]."
		onDelta(txt)
		return answer.Answer{Text: txt, Lang: "en", Extractive: true, Citations: cite[:1], Sources: cite[:1]}, nil
	}
	h.say(faketg.PrivateChat(503), faketg.User(503, "en"), "How do I verify?")
	final := h.finalAnswer(503, 0)
	for _, want := range []string{"<code>evil.example/login</code>", "<code>https://evil.example/x</code>"} {
		if !strings.Contains(final.Text, want) {
			t.Errorf("answer HTML lacks %q:\n%s", want, final.Text)
		}
	}
	if n := strings.Count(final.Text, "<a "); n != 1 {
		t.Errorf("%d links in the answer, want only the source's", n)
	}
}
