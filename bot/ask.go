package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/store"
)

// typingEvery renews "typing…", which Telegram shows for about 5 seconds.
const typingEvery = 4500 * time.Millisecond

// activeAnswer is the answer in progress in a chat, for /cancel.
type activeAnswer struct {
	cancel    context.CancelFunc
	asker     int64 // who asked: in a group only they (or an admin) may /cancel
	mu        sync.Mutex
	cancelled bool
}

func (a *activeAnswer) stop() {
	a.mu.Lock()
	a.cancelled = true
	a.mu.Unlock()
	a.cancel()
}

func (a *activeAnswer) wasCancelled() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.cancelled
}

// sourceRecord is how a source given to the model is kept with a turn, for
// /source N after a restart. JSON names are part of the stored format.
type sourceRecord struct {
	N         int       `json:"n"`
	ArticleID string    `json:"article_id"`
	Title     string    `json:"title"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`
	Lang      string    `json:"lang,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Passage   string    `json:"passage"`
	// Also are the story's other reports (answer.Citation.Also), which
	// /source N lists with the passage.
	Also []answer.Outlet `json:"also,omitempty"`
}

// ask answers one question: typing at once, a place in line if the model
// is busy, the answer streamed into paced edits (or drafts), then the
// final text with its sources and feedback buttons, stored as a turn.
func (b *Bot) ask(ctx context.Context, j *job, in incoming, question string) {
	lang := b.uiLang(in, question)
	if strings.TrimSpace(question) == "" {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.ask_empty"))
		return
	}
	actx, cancel := context.WithTimeout(b.dispatch.answerCtx(), b.cfg.AnswerTimeout)
	defer cancel()
	aa := &activeAnswer{cancel: cancel, asker: in.from.ID}
	b.active.Store(in.chat, aa)
	defer b.active.CompareAndDelete(in.chat, aa)
	b.metrics.inflight.Add(1)
	defer b.metrics.inflight.Add(-1)
	b.answering.Add(1)
	answering := true
	doneAnswering := func() {
		if answering {
			answering = false
			b.answering.Add(-1)
		}
	}
	defer doneAnswering()

	stopTyping := b.keepTyping(actx, in.chat)
	defer stopTyping()

	st := b.newStream(ctx, j, in, lang)
	defer st.stopLoop()
	st.progress(prompts.T(lang, "bot.progress_searching"))
	threadID, history := b.history(ctx, in, question)

	queuedAt := time.Now()
	release, err := b.gate.acquire(actx, st.queued)
	b.metrics.observe("queue", time.Since(queuedAt))
	var ans answer.Answer
	if err == nil {
		modelStart := time.Now()
		req := answer.Request{Question: question, Lang: in.user.Lang, HintLang: in.from.LanguageCode, History: history,
			OnFound: func(f answer.Found) {
				if !aa.wasCancelled() {
					st.progress(foundText(lang, f))
				}
			}}
		// After /cancel the Answerer may still deliver text (its note that
		// the model stopped mid-answer): the user asked to stop, so what
		// they see ends where they stopped it.
		onDelta := func(d string) {
			if !aa.wasCancelled() {
				st.delta(d)
			}
		}
		ans, err = b.safeAsk(actx, req, onDelta)
		release()
		b.metrics.observe("answer", time.Since(modelStart))
	}
	st.stopLoop()
	stopTyping()
	b.active.CompareAndDelete(in.chat, aa) // from here /cancel has nothing to stop

	fctx, fcancel := context.WithTimeout(ctx, finalTimeout)
	defer fcancel()
	outcome := "answered"
	var turn *store.Turn
	switch {
	case aa.wasCancelled():
		// Checked first: an Answerer may return a partial answer without an
		// error when its context is cancelled mid-stream, and that must read
		// as stopped, not as a finished answer the model broke off.
		outcome = "cancelled"
		st.final(fctx, st.stoppedRendering(prompts.T(lang, "bot.cancelled")), lang, false)
	case err == nil:
		if ans.NoSources {
			outcome = "no_sources"
		}
		if ans.Lang == "" {
			ans.Lang = lang
		}
		ids := st.final(fctx, renderAnswer(ans, ""), ans.Lang, true)
		turn = b.turnFor(in, threadID, question, ans, ids)
	case b.dispatch.answerCtx().Err() != nil:
		outcome = "failed"
		st.final(fctx, st.stoppedRendering(prompts.T(lang, "bot.shutting_down")), lang, false)
	case errors.Is(err, context.DeadlineExceeded):
		outcome = "failed"
		st.final(fctx, st.stoppedRendering(prompts.T(lang, "bot.timeout")), lang, false)
	case errors.Is(err, answer.ErrTooLong), errors.Is(err, answer.ErrEmptyQuestion):
		// The user's input, not a fault: the reply says what to change, and
		// the operator's error log stays for things they must fix.
		outcome = "failed"
		b.log.Info("question refused", "chat_id", in.chat, "user_id", in.from.ID, "reason", err.Error())
		st.final(fctx, rendering{body: paragraphs(userError(err, lang))}, lang, false)
	default:
		outcome = "failed"
		b.log.Error("answer failed", "chat_id", in.chat, "user_id", in.from.ID, "err", err)
		st.final(fctx, rendering{body: paragraphs(userError(err, lang))}, lang, false)
	}
	doneAnswering()
	latency := time.Since(j.at)
	b.metrics.question(outcome)
	b.metrics.observe("total", latency)
	_, err = b.deps.Store.RecordAnswer(ctx, store.Answered{LangCode: in.from.LanguageCode, Turn: turn,
		Log: store.QuestionLog{ChatID: in.chat, UserID: in.from.ID, Lang: ans.Lang, Outcome: outcome, Latency: latency}})
	if err != nil {
		b.log.Error("record answer", "chat_id", in.chat, "err", err)
	}
	b.log.Info("question", "chat_id", in.chat, "user_id", in.from.ID, "outcome", outcome, "lang", ans.Lang,
		"latency_ms", latency.Milliseconds(), "citations", len(ans.Citations), "follow_up", threadID != 0)
}

// safeAsk calls the Answerer, turning a panic into an error so the user
// still gets a reply and the chat's stream is closed.
func (b *Bot) safeAsk(ctx context.Context, req answer.Request, onDelta func(string)) (a answer.Answer, err error) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("answerer panic", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = fmt.Errorf("answerer panic: %v", r)
		}
	}()
	return b.deps.Answerer.Ask(ctx, req, onDelta)
}

// userError is the localised sentence for an answer error.
func userError(err error, lang string) string {
	switch {
	case errors.Is(err, answer.ErrEmptyQuestion):
		return prompts.T(lang, "err.empty_question")
	case errors.Is(err, answer.ErrTooLong):
		return prompts.T(lang, "err.too_long")
	}
	return prompts.T(lang, "bot.error")
}

// keepTyping shows "typing…" from typingEvery on, until the returned stop
// is called (or ctx ends). Until then the progress message (progress.go)
// shows that the bot is at work: a first "typing…", awaited, held every
// question's first text back by a round trip to Telegram.
func (b *Bot) keepTyping(ctx context.Context, chat int64) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for b.sleep(ctx, typingEvery) == nil {
			b.typing(ctx, chat)
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			cancel()
			<-done
		})
	}
}

// history finds the conversation a question continues. A reply to any
// of the bot's answers continues that answer's thread (from that answer
// on, so an older answer can be taken up again). A message that replies to
// nothing continues the asker's latest thread in the chat (in a group each
// asker has their own: the next message is often someone else's) only
// when it was answered within the follow-up window, not reset by /new,
// and the message reads as a follow-up of it; a question with its own
// subject starts a new thread.
func (b *Bot) history(ctx context.Context, in incoming, question string) (int64, []answer.Turn) {
	var base store.Turn
	var err error
	replied := in.replyToBot != nil
	switch {
	case replied:
		base, err = b.deps.Store.TurnByMessage(ctx, in.chat, in.replyToBot.ID)
	case in.private:
		base, err = b.lastTurn(ctx, in)
	default:
		base, err = b.deps.Store.LastTurnBy(ctx, in.chat, in.from.ID)
	}
	if err == nil && !replied {
		if b.now().Sub(base.CreatedAt) > b.cfg.FollowUpWindow {
			return 0, nil
		}
		reset, rerr := b.resetAt(ctx, in)
		if rerr != nil || !base.CreatedAt.After(reset) {
			return 0, nil
		}
	}
	if err != nil {
		if !errors.Is(err, store.ErrNotFound) {
			b.log.Warn("load conversation", "chat_id", in.chat, "err", err)
		}
		return 0, nil
	}
	turns, err := b.deps.Store.Thread(ctx, base.ThreadID, base.ID, b.cfg.HistoryTurns)
	if err != nil {
		b.log.Warn("load conversation", "chat_id", in.chat, "err", err)
		return 0, nil
	}
	out := make([]answer.Turn, 0, len(turns))
	for _, t := range turns {
		out = append(out, answer.Turn{Question: t.Question, Answer: t.Answer, Articles: t.ArticleIDs})
	}
	if !replied && !answer.ReadsAsFollowUp(question, out) {
		return 0, nil
	}
	return base.ThreadID, out
}

// lastTurn is the chat's newest turn, as read with the asker if it was.
func (b *Bot) lastTurn(ctx context.Context, in incoming) (store.Turn, error) {
	switch {
	case in.asker == nil:
		return b.deps.Store.LastTurn(ctx, in.chat)
	case in.asker.Last == nil:
		return store.Turn{}, store.ErrNotFound
	}
	return *in.asker.Last, nil
}

// resetAt is the chat's /new time, as read with the asker if it was.
func (b *Bot) resetAt(ctx context.Context, in incoming) (time.Time, error) {
	if in.asker != nil {
		return in.asker.ResetAt, nil
	}
	return b.deps.Store.ChatResetAt(ctx, in.chat)
}

// turnFor is the turn to store for an answer that reached the chat in
// msgIDs (nil when nothing did: there is nothing to follow up on).
func (b *Bot) turnFor(in incoming, threadID int64, question string, ans answer.Answer, msgIDs []int) *store.Turn {
	if len(msgIDs) == 0 {
		return nil
	}
	recs := make([]sourceRecord, 0, len(ans.Sources))
	for _, c := range ans.Sources {
		recs = append(recs, sourceRecord{N: c.N, ArticleID: c.ArticleID, Title: c.Title, URL: c.URL, Source: c.Source,
			Lang: c.Lang, Published: c.Published, Passage: c.Passage, Also: c.Also})
	}
	src, err := json.Marshal(recs)
	if err != nil {
		b.log.Error("encode sources", "err", err)
		src = nil
	}
	var ids []string
	for _, c := range ans.Citations {
		ids = append(ids, c.ArticleID)
	}
	return &store.Turn{ThreadID: threadID, ChatID: in.chat, UserID: in.from.ID, Question: question, Answer: ans.Text,
		Lang: ans.Lang, ArticleIDs: ids, Sources: src, MessageIDs: msgIDs}
}

// stream puts a growing answer into the chat: a draft bubble in private
// chats where the Bot API has sendMessageDraft, else a message edited at
// most once per interval, continued in new messages past 4096 characters.
type stream struct {
	b        *Bot
	ctx      context.Context
	j        *job
	chat     int64
	private  bool
	replyTo  int // in groups the answer replies to the question
	lang     string
	interval time.Duration

	textMu sync.Mutex
	buf    strings.Builder
	status string // progress shown until buf has text (progress.go)
	gen    int    // bumped by every delta and status

	wake     chan struct{}
	done     chan struct{}
	loopDone chan struct{}
	stopOnce sync.Once

	sendMu    sync.Mutex // serialises Telegram calls and the fields below
	msgs      []int
	shown     []string // plain text shown in each message
	drafted   bool     // a draft was shown
	draftID   int64
	flushed   int // gen last put on screen
	lastEdit  time.Time
	firstSent bool
}

func (b *Bot) newStream(ctx context.Context, j *job, in incoming, lang string) *stream {
	s := &stream{b: b, ctx: ctx, j: j, chat: in.chat, private: in.private, lang: lang, interval: b.cfg.EditInterval,
		wake: make(chan struct{}, 1), done: make(chan struct{}), loopDone: make(chan struct{}),
		draftID: b.draftSeq.Add(1)}
	if !in.private {
		s.interval = b.cfg.GroupEditInterval
		s.replyTo = in.msg.ID
	}
	go s.loop()
	return s
}

// delta receives generated text (from the Answerer's goroutine).
func (s *stream) delta(d string) {
	if d == "" {
		return
	}
	s.textMu.Lock()
	s.buf.WriteString(d)
	s.gen++
	s.textMu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *stream) snapshot() (string, int) {
	s.textMu.Lock()
	defer s.textMu.Unlock()
	return s.buf.String(), s.gen
}

// loop flushes new text at most once per interval; the first text goes
// out at once.
func (s *stream) loop() {
	defer close(s.loopDone)
	for {
		select {
		case <-s.done:
			return
		case <-s.wake:
		}
		s.sendMu.Lock()
		wait := s.lastEdit.Add(s.interval).Sub(s.b.now())
		s.sendMu.Unlock()
		if wait > 0 {
			select {
			case <-s.done:
				return
			case <-s.b.clock.After(wait):
			}
		}
		s.flush()
	}
}

func (s *stream) stopLoop() {
	s.stopOnce.Do(func() { close(s.done) })
	<-s.loopDone
}

// flush shows the text so far (optional calls: skipped under flood control).
func (s *stream) flush() {
	txt, gen, answering := s.visible()
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	if gen == s.flushed || strings.TrimSpace(txt) == "" {
		return
	}
	parts := partial(txt)
	// The interval runs from the end of this update, so Telegram never sees
	// two updates closer together than it, however slow a call was.
	defer func() { s.lastEdit = s.b.now() }()
	if len(s.msgs) == 0 && s.private && s.b.drafts.Load() {
		// Drafts show the part being written; finished parts are sent by final.
		if err := s.b.draft(s.ctx, s.chat, s.draftID, parts[len(parts)-1]); err == nil {
			s.drafted = s.drafted || answering
			s.flushed = gen
			s.markFirst()
			return
		}
		if s.b.drafts.Load() {
			return // paused: try again next time
		}
	}
	if s.drafted {
		return // drafts stopped working mid-answer; final sends the text
	}
	if s.put(parts, false, nil) {
		s.flushed = gen
	}
}

// put makes the chat's messages show parts: edits where the text changed,
// sends for new parts. markup goes on the last part. It reports whether
// every part is now shown.
func (s *stream) put(parts []text, essential bool, markup models.ReplyMarkup) bool {
	for i, p := range parts {
		var mk models.ReplyMarkup
		if i == len(parts)-1 {
			mk = markup
		}
		if i < len(s.msgs) {
			if s.shown[i] == p.Plain && mk == nil {
				continue
			}
			if err := s.b.edit(s.ctx, s.chat, s.msgs[i], p, mk, essential); err != nil {
				s.logErr("edit", err)
				return false
			}
			s.shown[i] = p.Plain
			continue
		}
		replyTo := 0
		if i == 0 {
			replyTo = s.replyTo
		}
		id, err := s.b.send(s.ctx, s.chat, p, replyTo, mk, essential)
		if err != nil {
			s.logErr("send", err)
			return false
		}
		s.msgs = append(s.msgs, id)
		s.shown = append(s.shown, p.Plain)
		s.markFirst()
	}
	return true
}

func (s *stream) logErr(op string, err error) {
	if errors.Is(err, errPaused) {
		return
	}
	s.b.log.Warn("stream "+op, "chat_id", s.chat, "err", err)
}

// markFirst records the bot's overhead from update to first visible output.
func (s *stream) markFirst() {
	if !s.firstSent {
		s.firstSent = true
		s.b.metrics.observe("first_output", time.Since(s.j.at))
	}
}

// queued tells the user their place in line (called by the gate).
func (s *stream) queued(pos int) {
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	msg := plainText(prompts.T(s.lang, "bot.queue_position", pos))
	// The place in line is the progress state now: if it cannot be shown
	// at once, the loop shows it after the interval.
	s.setStatus(msg.Plain)
	_, gen, _ := s.visible()
	if len(s.msgs) == 0 {
		// Under a burst the place in line waits with the rest: the final
		// text comes sooner if it does not (see contended).
		if s.put([]text{msg}, !s.b.contended(), nil) {
			s.flushed = gen
		}
		s.lastEdit = s.b.now()
		return
	}
	if s.b.now().Sub(s.lastEdit) >= s.interval && s.put([]text{msg}, false, nil) {
		s.flushed = gen
		s.lastEdit = s.b.now()
		return
	}
	s.wakeLoop()
}

// stoppedRendering is the text so far (if any) with a closing note.
func (s *stream) stoppedRendering(note string) rendering {
	txt, _ := s.snapshot()
	r := rendering{body: paragraphs(txt)}
	r.body = append(r.body, block{html: "<i>" + html.EscapeString(note) + "</i>", plain: note, sep: "\n\n"})
	return r
}

// final puts the finished rendering in the chat, retrying through flood
// control until ctx ends, and returns the ids of the messages holding it.
func (s *stream) final(ctx context.Context, r rendering, lang string, buttons bool) []int {
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	s.ctx = ctx
	parts := r.split()
	if len(parts) == 0 {
		parts = []text{plainText(prompts.T(lang, "bot.error"))}
	}
	var markup models.ReplyMarkup
	if buttons {
		markup = feedbackButtons(lang)
	}
	if !s.put(parts, true, markup) {
		s.b.metrics.errorf("final_lost")
		s.b.log.Error("final answer not delivered", "chat_id", s.chat)
	}
	return append([]int(nil), s.msgs...)
}
