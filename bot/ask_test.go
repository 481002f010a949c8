package bot

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/internal/faketg"
	"github.com/detente/detente/store"
)

func TestPrivateQuestionStreamsCitedAnswer(t *testing.T) {
	t.Parallel()
	for _, mode := range []struct {
		name   string
		opts   []faketg.Option
		drafts bool
	}{
		{"drafts", nil, true},
		{"edits", []faketg.Option{faketg.WithoutDrafts()}, false},
	} {
		t.Run(mode.name, func(t *testing.T) {
			h := newHarness(t, harnessOpt{tgOpts: mode.opts, fakeClock: true})
			// A slow stream, so pacing is visible: a word every 15ms of the
			// bot's clock, each after the bot has shown the first text or
			// is waiting out its edit interval.
			h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
				words := strings.SplitAfter("Hai bên nhất trí khôi phục hoạt động đại sứ quán [1]. Đàm phán tiếp tục [2].", " ")
				wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
				defer cancel()
				for i, w := range words {
					onDelta(w)
					h.streamed(wctx, 7, i)
					h.clk.Advance(15 * time.Millisecond)
				}
				return answer.Answer{Text: strings.Join(words, ""), Lang: "vi", Citations: cite, Sources: cite}, nil
			}
			chat, user := faketg.PrivateChat(7), faketg.User(7, "vi")
			h.say(chat, user, "Mỹ và Nga đã thống nhất điều gì ở Riyadh?")
			final := h.finalAnswer(7, 0)

			for _, want := range []string{"khôi phục hoạt động đại sứ quán [1]", "Nguồn",
				"[1] US and Russia agree to restore embassies — Reuters, 18/02/2025\n",
				"[2] Nga – Mỹ đàm phán tại Riyadh — TTXVN, 18/02/2025"} {
				if !strings.Contains(final.Plain, want) {
					t.Errorf("final answer lacks %q:\n%s", want, final.Plain)
				}
			}
			if !strings.Contains(final.Text, `<a href="https://example.org/riyadh?a=1&amp;b=2">`) {
				t.Errorf("source title is not linked (escaped) in HTML: %s", final.Text)
			}
			if final.ParseMode != "HTML" {
				t.Errorf("parse mode %q", final.ParseMode)
			}

			calls := h.tg.Calls("sendChatAction", "sendMessage", "sendMessageDraft", "editMessageText")
			// The first thing shown is text where the answer will stand (the
			// search under way, or, this answer being quick, the answer):
			// no "typing…" awaited first (progress.go).
			if calls[0].Method == "sendChatAction" || calls[0].Params["text"] == "" {
				t.Errorf("first call is %s %q, want text at once", calls[0].Method, calls[0].Params["text"])
			}
			drafts := h.tg.Drafts(7)
			if mode.drafts {
				if len(drafts) < 2 {
					t.Errorf("want a streamed draft, got %d drafts", len(drafts))
				}
				if n := len(h.tg.Calls("editMessageText")); n != 0 {
					t.Errorf("draft mode made %d edits", n)
				}
			} else {
				if len(drafts) != 0 {
					t.Errorf("drafts used although unsupported")
				}
				if final.Edits < 2 {
					t.Errorf("want the answer to appear by several edits, got %d", final.Edits)
				}
			}
			// Pacing: intermediate updates at most one per EditInterval.
			var last time.Time
			for _, c := range h.tg.Calls("sendMessageDraft", "editMessageText") {
				if !last.IsZero() && c.At.Sub(last) < 40*time.Millisecond && c.Params["reply_markup"] == "" {
					t.Errorf("updates %v apart, want >= ~50ms", c.At.Sub(last))
				}
				last = c.At
			}
			// The whole answer is one message (plus nothing else).
			if n := len(h.tg.Messages(7)); n != 1 {
				t.Errorf("chat has %d messages: %q", n, h.texts(7))
			}
			reqs := h.ans.requests()
			if len(reqs) != 1 || reqs[0].HintLang != "vi" || reqs[0].Lang != "" || len(reqs[0].History) != 0 {
				t.Errorf("answerer got %+v", reqs)
			}
		})
	}
}

func TestAnswerHTMLIsEscapedAndFallsBackToPlain(t *testing.T) {
	t.Parallel()
	nasty := `Use <b>care</b> & read "Q&A" <script>x</script> [1].`
	h := newHarness(t, harnessOpt{tgOpts: []faketg.Option{faketg.WithoutDrafts()}})
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		onDelta(nasty)
		return answer.Answer{Text: nasty, Lang: "en", Citations: cite[:1], Sources: cite[:1]}, nil
	}
	h.say(faketg.PrivateChat(8), faketg.User(8, "en"), "What about <tags>?")
	final := h.finalAnswer(8, 0)
	if !strings.HasPrefix(final.Plain, nasty) {
		t.Fatalf("the user must see the text exactly, got %q", final.Plain)
	}

	// Telegram rejecting the markup anyway: the same text goes out as plain text.
	for _, m := range []string{"sendMessage", "editMessageText"} {
		f := faketg.CantParseEntities(m)
		f.ChatID, f.Times = 9, -1
		h.tg.Inject(f)
	}
	h.say(faketg.PrivateChat(9), faketg.User(9, "en"), "again")
	final = h.finalAnswer(9, 0)
	if final.ParseMode != "" || !strings.HasPrefix(final.Plain, nasty) ||
		!strings.Contains(final.Plain, "[1] US and Russia agree to restore embassies — Reuters") {
		t.Fatalf("plain fallback: parse mode %q, text %q", final.ParseMode, final.Plain)
	}
}

func (b *Bot) metricsText() string {
	var sb strings.Builder
	b.metrics.write(&sb, 0)
	return sb.String()
}

func TestLongAnswerIsSplitAtParagraphs(t *testing.T) {
	t.Parallel()
	para := func(c string) string { return strings.TrimSpace(strings.Repeat(c+"lorem ipsum dolor sit amet. ", 70)) } // ~1960 chars
	paras := []string{para("a"), para("b"), para("c")}                                                               // two messages: the most an answer fills
	txt := strings.Join(paras, "\n\n")
	h := newHarness(t, harnessOpt{tgOpts: []faketg.Option{faketg.WithoutDrafts()}, fakeClock: true})
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		for _, p := range paras {
			onDelta(p + "\n\n")
			h.clk.Advance(60 * time.Millisecond)
		}
		return answer.Answer{Text: txt, Lang: "en", Citations: cite, Sources: cite}, nil
	}
	h.say(faketg.PrivateChat(11), faketg.User(11, "en"), "Tell me everything")
	final := h.finalAnswer(11, 0)
	msgs := h.tg.Messages(11)
	if len(msgs) < 2 {
		t.Fatalf("want the answer split over messages, got %d", len(msgs))
	}
	if msgs[len(msgs)-1].ID != final.ID {
		t.Fatalf("the buttons must be on the last part")
	}
	var all []string
	for i, m := range msgs {
		if faketg.MaxMessageLen < len([]rune(m.Plain)) {
			t.Errorf("part %d has %d characters", i, len([]rune(m.Plain)))
		}
		if strings.Contains(m.Plain, "…") {
			t.Errorf("part %d still shows the streaming cursor", i)
		}
		hasSources := strings.Contains(m.Plain, "Sources")
		if hasSources != (i == len(msgs)-1) {
			t.Errorf("sources on part %d of %d", i+1, len(msgs))
		}
		body, _, _ := strings.Cut(m.Plain, "Sources")
		if body = strings.TrimSpace(body); body != "" {
			all = append(all, body)
		}
	}
	if got := strings.Join(all, "\n\n"); got != txt {
		t.Errorf("parts do not join back into the answer at paragraph boundaries")
	}
}

func TestFloodControlPausesChatAndKeepsFinalText(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{tgOpts: []faketg.Option{faketg.WithoutDrafts()}, fakeClock: true})
	answered := make(chan struct{})
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		defer close(answered)
		for i := 0; i < 10; i++ {
			onDelta("word ")
			h.streamed(wctx, 12, i)
			h.clk.Advance(20 * time.Millisecond)
		}
		return answer.Answer{Text: strings.Repeat("word ", 10) + "[1]", Lang: "en", Citations: cite[:1], Sources: cite[:1]}, nil
	}
	// Every edit is refused once with retry_after 1, then the final send too.
	h.tg.Inject(faketg.Fault{Method: "editMessageText", ChatID: 12, Code: 429, RetryAfter: 1, Times: 2,
		Description: "Too Many Requests: retry after 1"})
	h.say(faketg.PrivateChat(12), faketg.User(12, "en"), "q")
	// The Answerer moves the clock while it streams; then the test moves it
	// through the bot's flood-control waits.
	select {
	case <-answered:
	case <-time.After(10 * time.Second):
		t.Fatal("the answer did not finish streaming")
	}
	h.drive("the final answer", 2*time.Second, func() bool {
		for _, m := range h.tg.Messages(12) {
			if strings.Contains(m.ReplyMarkup, "fb:1") {
				return true
			}
		}
		return false
	})
	final := h.finalAnswer(12, 0)
	if !strings.Contains(final.Plain, "word word") || !strings.Contains(final.Plain, "[1] US and Russia") {
		t.Fatalf("final text lost: %q", final.Plain)
	}
	// After the first 429 nothing was sent to the chat for retry_after.
	calls := h.tg.Calls("editMessageText", "sendMessage")
	for i, c := range calls {
		if c.Code == 429 && i+1 < len(calls) {
			if gap := calls[i+1].At.Sub(c.At); gap < 900*time.Millisecond {
				t.Errorf("call %d came %v after a 429 with retry_after 1s", i+1, gap)
			}
			break
		}
	}
	if !strings.Contains(h.bot.metricsText(), `detente_telegram_429_total{method="editMessageText"} 2`) {
		t.Errorf("429s not counted:\n%s", h.bot.metricsText())
	}
}

func TestBlockedChatStopsWithoutRetrying(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{tgOpts: []faketg.Option{faketg.WithoutDrafts()}})
	h.tg.Inject(faketg.Blocked("sendMessage", 13))
	h.say(faketg.PrivateChat(13), faketg.User(13, "en"), "q")
	h.wait("the question to be logged", func() bool {
		st, _ := h.st.BotStatistics(context.Background(), time.Now().Add(-time.Hour))
		return st.Questions == 1
	})
	if n := len(h.tg.Calls("sendMessage")); n > 2 { // HTML try per send, no retry loop
		t.Errorf("%d sendMessage calls to a chat that blocked the bot", n)
	}
}

func TestGroupsAnswerOnlyWhenAddressed(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	group := faketg.Group(-100, "diplomacy")
	alice := faketg.User(21, "en")
	h.say(group, alice, "just chatting about Russia")
	h.say(group, alice, "/help@some_other_bot")
	h.say(group, alice, "@detente_test_bot what did they agree?")
	first := h.finalAnswer(-100, 0)
	if first.ReplyTo == 0 {
		t.Errorf("in groups the answer replies to the question")
	}
	h.say(group, alice, "/ask and the sanctions?")
	h.wait("second answer", func() bool { return len(h.ans.requests()) == 2 })
	reqs := h.ans.requests()
	if reqs[0].Question != "what did they agree?" || reqs[1].Question != "and the sanctions?" {
		t.Fatalf("questions = %q, %q", reqs[0].Question, reqs[1].Question)
	}
	// Replying to the bot's answer is a follow-up of that answer.
	msgs := h.tg.Messages(-100)
	reply := h.tg.ReplyTo(h.tg.Text(group, faketg.User(22, "en"), "why?"), msgs[0])
	h.tg.Push(reply)
	h.wait("follow-up", func() bool { return len(h.ans.requests()) == 3 })
	fu := h.ans.requests()[2]
	if len(fu.History) != 1 || fu.History[0].Question != "what did they agree?" {
		t.Fatalf("follow-up history = %+v", fu.History)
	}
	if len(h.ans.requests()) != 3 {
		t.Fatalf("the bot answered group chatter")
	}
}

func TestFollowUpsSurviveRestartAndNewStartsOver(t *testing.T) {
	t.Parallel()
	tg := faketg.New(faketg.WithoutDrafts())
	defer tg.Close()
	h := newHarness(t, harnessOpt{tg: tg})
	chat, user := faketg.PrivateChat(31), faketg.User(31, "en")
	h.say(chat, user, "What did the US and Russia agree?")
	h.finalAnswer(31, 0)
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}

	// A new process on the same database continues the conversation.
	h2 := newHarness(t, harnessOpt{tg: tg, st: h.st})
	h2.say(chat, user, "And what happens next?")
	h2.finalAnswer(31, 1)
	reqs := h2.ans.requests()
	if len(reqs) != 1 || len(reqs[0].History) != 1 || reqs[0].History[0].Question != "What did the US and Russia agree?" ||
		!strings.Contains(reqs[0].History[0].Answer, "restore embassy") {
		t.Fatalf("follow-up after restart: %+v", reqs)
	}
	h2.say(chat, user, "/new")
	h2.replyContaining(31, "New conversation")
	h2.say(chat, user, "Unrelated question")
	h2.wait("third answer", func() bool { return len(h2.ans.requests()) == 2 })
	if hist := h2.ans.requests()[1].History; len(hist) != 0 {
		t.Fatalf("after /new the history must be empty, got %+v", hist)
	}
	// Replying to the very first answer picks up its thread again.
	first := tg.Messages(31)[0]
	tg.Push(tg.ReplyTo(tg.Text(chat, user, "back to this"), first))
	h2.wait("reply follow-up", func() bool { return len(h2.ans.requests()) == 3 })
	if hist := h2.ans.requests()[2].History; len(hist) != 1 || hist[0].Question != "What did the US and Russia agree?" {
		t.Fatalf("reply to the first answer: history %+v", hist)
	}
}

func TestCancelStopsAnswerInProgress(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{tgOpts: []faketg.Option{faketg.WithoutDrafts()}})
	started := make(chan struct{})
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		onDelta("Partial text so far")
		close(started)
		<-ctx.Done()
		return answer.Answer{}, ctx.Err()
	}
	chat, user := faketg.PrivateChat(41), faketg.User(41, "en")
	h.say(chat, user, "long question")
	<-started
	h.say(chat, user, "/cancel")
	m := h.replyContaining(41, "Stopped")
	if !strings.Contains(m.Plain, "Partial text so far") {
		t.Errorf("the partial answer should stay visible: %q", m.Plain)
	}
	h.say(chat, user, "/cancel")
	h.replyContaining(41, "no answer in progress")
}

// answer.Service keeps a partial answer when its stream is cut and returns
// it without an error, with a note that the model stopped. A user who sent
// /cancel must read "Stopped", not that note under feedback buttons.
func TestCancelMidStreamReadsStoppedEvenWhenAnswererReturnsPartial(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{tgOpts: []faketg.Option{faketg.WithoutDrafts()}})
	started := make(chan struct{})
	const note = "[The answer was cut off: the language model stopped responding.]"
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		onDelta("Slow answer part")
		close(started)
		<-ctx.Done()
		onDelta("\n\n" + note)
		return answer.Answer{Text: "Slow answer part\n\n" + note, Lang: "en", Citations: cite, Sources: cite}, nil
	}
	chat, user := faketg.PrivateChat(42), faketg.User(42, "en")
	h.say(chat, user, "slow question")
	<-started
	h.say(chat, user, "/cancel")
	m := h.replyContaining(42, "Stopped")
	if !strings.Contains(m.Plain, "Slow answer part") {
		t.Errorf("the partial answer should stay visible: %q", m.Plain)
	}
	for _, txt := range h.texts(42) {
		if strings.Contains(txt, "cut off") {
			t.Errorf("after /cancel the chat shows the model-failure note: %q", txt)
		}
	}
	for _, msg := range h.tg.Messages(42) {
		if strings.Contains(msg.ReplyMarkup, "fb:1") {
			t.Errorf("a cancelled answer got feedback buttons: %q", msg.Plain)
		}
	}
	if _, err := h.st.LastTurn(context.Background(), 42); err == nil {
		t.Error("a cancelled answer was stored as a turn to follow up on")
	}
}

func TestQuestionsFromOneChatAreNotInterleaved(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	var running, maxRunning atomic.Int32
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		n := running.Add(1)
		defer running.Add(-1)
		for {
			m := maxRunning.Load()
			if n <= m || maxRunning.CompareAndSwap(m, n) {
				break
			}
		}
		// Hold the answer until the bot has taken every question: one
		// running beside it now would show.
		wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if err := h.tg.Wait(wctx, func() bool { return h.tg.Pending() == 0 }); err != nil {
			t.Errorf("questions not taken: %v", err)
		}
		onDelta("answer to " + req.Question)
		return answer.Answer{Text: "answer to " + req.Question, Lang: "en"}, nil
	}
	chat, user := faketg.PrivateChat(51), faketg.User(51, "en")
	for _, q := range []string{"first", "second", "third"} {
		h.say(chat, user, q)
	}
	h.wait("three answers", func() bool {
		n := 0
		for _, s := range h.texts(51) {
			if strings.HasPrefix(s, "answer to") && !strings.Contains(s, "…") {
				n++
			}
		}
		return n == 3
	})
	if maxRunning.Load() != 1 {
		t.Errorf("%d answers ran at once in one chat", maxRunning.Load())
	}
	got := h.texts(51)
	for i, q := range []string{"first", "second", "third"} {
		if got[i] != "answer to "+q {
			t.Errorf("message %d = %q, want the answer to %q", i, got[i], q)
		}
	}
}

func TestRateLimitSaysSlowDownOnce(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.RatePerMinute, cfg.Burst = 1, 2
	h := newHarness(t, harnessOpt{cfg: cfg})
	chat, user := faketg.PrivateChat(61), faketg.User(61, "vi")
	for _, q := range []string{"câu một", "câu hai", "câu ba", "câu bốn"} {
		h.say(chat, user, q)
	}
	h.replyContaining(61, "Bạn hỏi nhanh hơn")
	h.wait("two answers", func() bool { return len(h.ans.requests()) == 2 })
	h.idle()
	n := 0
	for _, s := range h.texts(61) {
		if strings.Contains(s, "Bạn hỏi nhanh hơn") {
			n++
		}
	}
	if n != 1 || len(h.ans.requests()) != 2 {
		t.Fatalf("slow-down replies %d (want 1), answers %d (want 2): %q", n, len(h.ans.requests()), h.texts(61))
	}
	// Another user is not affected.
	h.say(faketg.PrivateChat(62), faketg.User(62, "en"), "hello?")
	h.finalAnswer(62, 0)
}

func TestModelQueueTellsPlaceInLine(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.MaxConcurrent = 1
	h := newHarness(t, harnessOpt{cfg: cfg, tgOpts: []faketg.Option{faketg.WithoutDrafts()}})
	release := make(chan struct{})
	var once sync.Once
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		if req.Question == "blocker" {
			<-release
		}
		return cannedAnswer(ctx, req, onDelta)
	}
	h.say(faketg.PrivateChat(71), faketg.User(71, "en"), "blocker")
	h.wait("first answer running", func() bool { return len(h.ans.requests()) == 1 })
	h.say(faketg.PrivateChat(72), faketg.User(72, "en"), "second")
	queued := h.replyContaining(72, "number 1 in line")
	once.Do(func() { close(release) })
	final := h.finalAnswer(72, 0)
	if final.ID != queued.ID {
		t.Errorf("the queue notice should turn into the answer")
	}
	if !strings.Contains(final.Plain, "restore embassy") {
		t.Errorf("final = %q", final.Plain)
	}
}

func TestAnswerErrorsAreLocalisedAndPanicsRecovered(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		switch req.Question {
		case "bùm":
			panic("model exploded")
		case "lỗi":
			return answer.Answer{}, errors.New("upstream 500 with secret details")
		}
		return answer.Answer{}, answer.ErrTooLong
	}
	h.say(faketg.PrivateChat(81), faketg.User(81, "vi"), "bùm")
	h.say(faketg.PrivateChat(81), faketg.User(81, "vi"), "lỗi")
	h.say(faketg.PrivateChat(81), faketg.User(81, "vi"), "quá dài")
	h.replyContaining(81, "Câu hỏi quá dài")
	texts := strings.Join(h.texts(81), "\n")
	if strings.Contains(texts, "secret details") || strings.Contains(texts, "panic") {
		t.Errorf("internal error reached the chat: %q", texts)
	}
	if strings.Count(texts, "đã có lỗi") != 2 {
		t.Errorf("want a localised error for the panicked and the failed answer: %q", texts)
	}
	if !strings.Contains(h.logs.String(), "model exploded") {
		t.Errorf("panic not logged")
	}
	// A question that is too long is the user's to fix, not an operator
	// alert: it is not logged at error level.
	for _, line := range strings.Split(h.logs.String(), "\n") {
		if strings.Contains(line, "level=ERROR") && strings.Contains(line, "too long") {
			t.Errorf("a too-long question logged as an error: %s", line)
		}
	}
	h.wait("questions logged", func() bool {
		st, _ := h.st.BotStatistics(context.Background(), time.Now().Add(-time.Hour))
		return st.FailedOrNone == 3
	})
}

func TestSourceAndFeedback(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	chat, user := faketg.PrivateChat(91), faketg.User(91, "en")
	h.say(chat, user, "/source 1")
	h.replyContaining(91, "no answer to take sources from")
	h.say(chat, user, "What was agreed?")
	final := h.finalAnswer(91, 0)
	h.say(chat, user, "/source 2")
	src := h.replyContaining(91, "Source [2]")
	if !strings.Contains(src.Plain, "Hai bên nhất trí khôi phục") || !strings.Contains(src.Plain, "TTXVN") {
		t.Errorf("/source 2 = %q", src.Plain)
	}
	h.say(chat, user, "/source 7")
	h.replyContaining(91, "has no source [7]")

	h.tg.Push(h.tg.Callback(user, final, "fb:-1"))
	h.wait("callback answered", func() bool { return len(h.tg.Calls("answerCallbackQuery")) == 1 })
	if c := h.tg.Calls("answerCallbackQuery")[0]; !strings.Contains(c.Params["text"], "Thanks") {
		t.Errorf("callback answer %q", c.Params["text"])
	}
	turn := h.turnOf(91, final.ID)
	fb, _ := h.st.FeedbackFor(context.Background(), turn.ID)
	if len(fb) != 1 || fb[0].Vote != -1 || fb[0].Question != "What was agreed?" || len(fb[0].ArticleIDs) != 2 {
		t.Fatalf("stored feedback = %+v", fb)
	}
}

func TestLangAndLocalisedCommands(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	chat, user := faketg.PrivateChat(101), faketg.User(101, "vi")
	h.say(chat, user, "/start")
	h.replyContaining(101, "Xin chào")
	h.say(chat, user, "/lang en")
	h.replyContaining(101, "answer in English")
	h.say(chat, user, "Mỹ và Nga?")
	h.finalAnswer(101, 0)
	if r := h.ans.requests(); r[0].Lang != "en" {
		t.Errorf("/lang en must force English, request %+v", r[0])
	}
	h.say(chat, user, "/lang xx")
	h.replyContaining(101, "Usage: /lang")
	u, _ := h.st.TouchUser(context.Background(), 101, 101, "")
	if u.Lang != "en" {
		t.Errorf("a bad /lang changed the setting to %q", u.Lang)
	}
	h.say(chat, user, "/lang ru")
	h.replyContaining(101, "отвечать по-русски")
	n := len(h.tg.Messages(101))
	h.say(chat, user, "Что известно о санкциях?")
	h.finalAnswer(101, n)
	if r := h.ans.requests(); r[1].Lang != "ru" {
		t.Errorf("/lang ru must force Russian, request %+v", r[1])
	}
	h.say(chat, user, "/lang de")
	h.replyContaining(101, "Использование: /lang")
	// setMyCommands: a default list and one per UI language.
	langs := map[string]bool{}
	for _, c := range h.tg.Calls("setMyCommands") {
		if c.Params["scope"] == "" {
			langs[c.Params["language_code"]] = true
		}
		if c.Params["language_code"] == "vi" && !strings.Contains(c.Params["commands"], "Bắt đầu cuộc trò chuyện mới") {
			t.Errorf("vi command list not localised: %s", c.Params["commands"])
		}
		if c.Params["language_code"] == "ru" && !strings.Contains(c.Params["commands"], "Начать новый разговор") {
			t.Errorf("ru command list not localised: %s", c.Params["commands"])
		}
	}
	if !langs[""] || !langs["vi"] || !langs["en"] || !langs["ru"] {
		t.Errorf("command lists registered for %v", langs)
	}
}

func TestAllowedChats(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.AllowedChats = []int64{111}
	h := newHarness(t, harnessOpt{cfg: cfg})
	h.say(faketg.PrivateChat(112), faketg.User(112, "en"), "let me in")
	h.replyContaining(112, "not available in this chat")
	h.say(faketg.PrivateChat(111), faketg.User(111, "en"), "I am allowed")
	h.finalAnswer(111, 0)
	if n := len(h.ans.requests()); n != 1 {
		t.Fatalf("answered %d questions, want only the allowed one", n)
	}
}

func TestTurnsStoredWithSources(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	h.say(faketg.PrivateChat(121), faketg.User(121, "en"), "q")
	final := h.finalAnswer(121, 0)
	turn := h.turnOf(121, final.ID)
	if turn.Question != "q" || !strings.Contains(string(turn.Sources), `"passage":"Delegations met in Riyadh`) {
		t.Fatalf("turn = %+v", turn)
	}
	if _, err := h.st.TurnByMessage(context.Background(), 121, final.ID+100); !errors.Is(err, store.ErrNotFound) {
		t.Fatal("unexpected turn")
	}
}

// The model is given more sources than it cites, and the answer lists only
// the cited ones. /source N for a number not shown must name the numbers
// the reader can see, not "1 to <how many the model was given>"; a source
// without a date shows no "date unknown".
func TestSourceNumbersAreTheOnesTheAnswerShows(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	given := append(append([]answer.Citation(nil), cite...),
		answer.Citation{N: 3, ArticleID: "undated", Title: "Undated brief", Source: "", Lang: "en", Passage: "An undated passage."},
		answer.Citation{N: 4, ArticleID: "other", Title: "Other", Lang: "en", Passage: "Not cited."})
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		txt := "Embassies reopen [1]. A brief without a date [3]."
		if strings.Contains(req.Question, "nothing") {
			txt = "The sources do not cover this."
			onDelta(txt)
			return answer.Answer{Text: txt, Lang: "en", Sources: given}, nil
		}
		onDelta(txt)
		return answer.Answer{Text: txt, Lang: "en", Citations: []answer.Citation{given[0], given[2]}, Sources: given}, nil
	}
	chat, user := faketg.PrivateChat(93), faketg.User(93, "en")
	h.say(chat, user, "What was agreed?")
	final := h.finalAnswer(93, 0)
	if strings.Contains(final.Plain, "date unknown") || !strings.Contains(final.Plain, "[3] Undated brief\n") && !strings.HasSuffix(final.Plain, "[3] Undated brief") {
		t.Errorf("an undated source line should end at its title:\n%s", final.Plain)
	}
	h.say(chat, user, "/source 3")
	src := h.replyContaining(93, "Source [3]")
	if strings.Contains(src.Plain, "date unknown") || !strings.Contains(src.Plain, "Undated brief\n\nAn undated passage.") {
		t.Errorf("/source 3 = %q", src.Plain)
	}
	h.say(chat, user, "/source 9")
	miss := h.replyContaining(93, "has no source [9]")
	if !strings.Contains(miss.Plain, "[1], [3]") {
		t.Errorf("/source 9 should name the cited sources [1], [3]: %q", miss.Plain)
	}
	if strings.Contains(miss.Plain, "1 to 4") {
		t.Errorf("/source 9 counts sources the answer does not show: %q", miss.Plain)
	}
	h.say(chat, user, "nothing about it?")
	h.finalAnswer(93, len(h.tg.Messages(93)))
	h.say(chat, user, "/source 9")
	h.replyContaining(93, "cites no sources")
}

// A sticker, photo or voice note in a private chat gets a hint that the bot
// reads text, not silence; in a group, media not meant for the bot stays
// unanswered. /help names every subscription command the replies mention.
func TestNonTextMessagesGetAHintInPrivateChats(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	for _, tt := range []struct {
		name string
		set  func(m *models.Message)
	}{
		{"sticker", func(m *models.Message) { m.Sticker = &models.Sticker{FileID: "s1", Emoji: "👍"} }},
		{"photo", func(m *models.Message) { m.Photo = []models.PhotoSize{{FileID: "p1", Width: 1, Height: 1}} }},
		{"voice", func(m *models.Message) { m.Voice = &models.Voice{FileID: "v1", Duration: 2} }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range []struct {
				user models.User
				want string
			}{
				{faketg.User(95, "en"), "I can only read text"},
				{faketg.User(96, "vi"), "Tôi chỉ đọc được văn bản"},
			} {
				n := len(h.tg.Messages(c.user.ID))
				u := h.tg.Text(faketg.PrivateChat(c.user.ID), c.user, "")
				tt.set(u.Message)
				h.tg.Push(u)
				h.wait("the hint", func() bool {
					msgs := h.tg.Messages(c.user.ID)
					return len(msgs) > n && strings.Contains(msgs[n].Plain, c.want)
				})
			}
		})
	}
	group := faketg.Group(-95, "newsroom")
	u := h.tg.Text(group, faketg.User(97, "en"), "")
	u.Message.Sticker = &models.Sticker{FileID: "s2", Emoji: "👍"}
	h.tg.Push(u)
	h.say(group, faketg.User(97, "en"), "/help")
	help := h.replyContaining(-95, "How to use me")
	if got := h.texts(-95); len(got) != 1 {
		t.Errorf("a sticker in a group was answered: %q", got)
	}
	for _, cmd := range []string{"/subscription", "/timezone"} {
		if !strings.Contains(help.Plain, cmd) {
			t.Errorf("/help does not mention %s, which the digest replies refer to:\n%s", cmd, help.Plain)
		}
	}
}

// A vote in a group is stored, and it does not rewrite where the voter talks
// to the bot (the group) with their own user id.
func TestGroupFeedbackKeepsTheUsersChat(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	group, user := faketg.Group(-7001, "desk"), faketg.User(93, "en")
	h.say(group, user, "/ask What was agreed?")
	final := h.finalAnswer(-7001, 0)
	// The turn is stored just after the buttons appear; a person's tap
	// comes later than that.
	turn := h.turnOf(-7001, final.ID)
	h.tg.Push(h.tg.Callback(user, final, "fb:1"))
	h.wait("callback answered", func() bool { return len(h.tg.Calls("answerCallbackQuery")) == 1 })
	if fb, _ := h.st.FeedbackFor(context.Background(), turn.ID); len(fb) != 1 || fb[0].Vote != 1 {
		t.Fatalf("stored feedback = %+v", fb)
	}
	u, err := h.st.BotUserByID(context.Background(), 93)
	if err != nil || u.ChatID != -7001 {
		t.Fatalf("voter's chat = %d (%v), want the group -7001", u.ChatID, err)
	}
}

// In a group one member's /cancel must not stop another member's answer.
func TestGroupCancelOnlyByAsker(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{tgOpts: []faketg.Option{faketg.WithoutDrafts()}})
	started := make(chan struct{})
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		onDelta("Partial text so far")
		close(started)
		<-ctx.Done()
		return answer.Answer{}, ctx.Err()
	}
	group := faketg.Group(-7002, "desk")
	asker, other := faketg.User(94, "en"), faketg.User(95, "en")
	h.say(group, asker, "/ask long question")
	<-started
	h.say(group, other, "/cancel")
	h.replyContaining(-7002, "Only the person who asked")
	h.say(group, asker, "/cancel")
	h.replyContaining(-7002, "Stopped")
}

// /source N for a long passage with a long title still fits one Telegram
// message (4096 UTF-16 units, where a flag emoji counts 4), cut at a word
// with "…", instead of a 400 that leaves the user with nothing.
func TestSourceOfLongPassageFitsOneMessage(t *testing.T) {
	t.Parallel()
	h := newHarness(t, harnessOpt{})
	long := []answer.Citation{{N: 1, ArticleID: "long", Title: strings.Repeat("Tiêu đề rất dài về quan hệ Nga – Mỹ ", 12),
		URL: "https://example.vn/" + strings.Repeat("duong-dan-", 40), Source: "TTXVN", Lang: "vi", Published: pub1,
		Passage: "Hai bên nhất trí khôi phục hoạt động. " + strings.Repeat("Nga 🇷🇺 Mỹ 🇺🇸 ", 400)}}
	h.ans.fn = func(ctx context.Context, req answer.Request, onDelta func(string)) (answer.Answer, error) {
		return answer.Answer{Text: "Đã nhất trí [1].", Lang: "vi", Citations: long, Sources: long}, nil
	}
	chat, user := faketg.PrivateChat(96), faketg.User(96, "vi")
	h.say(chat, user, "Hai bên nhất trí gì?")
	h.finalAnswer(96, 0)
	h.say(chat, user, "/source 1")
	m := h.replyContaining(96, "Hai bên nhất trí khôi phục")
	if n := visibleLen(m.Plain); n > 4096 {
		t.Fatalf("/source message is %d UTF-16 units, over Telegram's 4096", n)
	}
	if !strings.HasSuffix(strings.TrimSpace(m.Plain), "…") {
		t.Errorf("a cut passage must end with …: %q", m.Plain[len(m.Plain)-40:])
	}
}
