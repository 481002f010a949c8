package bot_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/detente/detente/internal/fakeopenai"
	"github.com/detente/detente/internal/faketg"
)

// TestSlowModelShowsProgressInTheAnswersMessage: while the model has not
// sent its first token, the message that becomes the answer says the bot
// is searching, then how many passages from how many outlets it found and
// that it is writing; the answer then replaces it in the same message. In
// a private chat (drafts) the progress is the draft bubble. The model
// server holds its reply until the test has seen the progress, so there is
// no timing to guess.
func TestSlowModelShowsProgressInTheAnswersMessage(t *testing.T) {
	t.Parallel()
	e := newE2E(t)
	release := make(chan struct{})
	e.model.Respond(func(r fakeopenai.ChatRequest) fakeopenai.Reply {
		rep := e.respond(r)
		if !strings.HasPrefix(r.LastUser(), "Translate") && !strings.HasPrefix(r.LastUser(), "Rewrite") {
			<-release // the first token is late
		}
		return rep
	})
	found := regexp.MustCompile(`Found — passages: ([1-9]\d*), outlets: ([1-9]\d*)\. ✍️ Writing the answer…`)

	// A group: the answer is one message, edited from progress to answer.
	group := faketg.Group(-700, "diplomats")
	e.tg.Push(e.tg.Text(group, faketg.User(701, "en"), "@detente_test_bot What did Russia and the United States agree in their talks?"))
	var shown []string
	e.wait("progress up to writing", func() bool {
		shown = shown[:0]
		for _, c := range e.tg.Calls("sendMessage", "editMessageText") {
			if c.Int64("chat_id") == -700 && c.Code == 0 {
				shown = append(shown, c.Params["text"])
			}
		}
		return len(shown) > 0 && found.MatchString(shown[len(shown)-1])
	})
	if !strings.Contains(shown[0], "Searching the news") {
		t.Errorf("first text in the chat is %q, want the search under way", shown[0])
	}
	if msgs := e.tg.Messages(-700); len(msgs) != 1 {
		t.Fatalf("progress made %d messages, want the one that becomes the answer", len(msgs))
	}
	progressID := e.tg.Messages(-700)[0].ID

	// Private (drafts): the progress is the draft.
	e.tg.Push(e.tg.Text(faketg.PrivateChat(702), faketg.User(702, "ru"), "О чём договорились Россия и США на переговорах?"))
	e.wait("progress draft in Russian", func() bool {
		d := e.tg.Drafts(702)
		return len(d) > 0 && strings.Contains(d[len(d)-1].Plain, "Пишу ответ")
	})
	if d := e.tg.Drafts(702); !strings.Contains(d[0].Plain, "Ищу в новостях") {
		t.Errorf("first draft is %q, want the search under way", d[0].Plain)
	}

	close(release)
	ans := e.answer(-700, 1)
	if ans.ID != progressID || !strings.Contains(ans.Plain, "resumed diplomatic dialogue [1]") {
		t.Errorf("answer in message %d (progress was %d): %q", ans.ID, progressID, ans.Plain)
	}
	if strings.Contains(ans.Plain, "Writing") || len(e.tg.Messages(-700)) != 1 {
		t.Errorf("progress left in the chat: %+v", e.tg.Messages(-700))
	}
	if a := e.answer(702, 1); strings.Contains(a.Plain, "Пишу") || len(e.tg.Messages(702)) != 1 {
		t.Errorf("private answer: %+v", e.tg.Messages(702))
	}
}
