package bot

import (
	"context"
	"strings"
	"time"
	"unicode/utf16"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/digest"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/store"
)

// incoming is a message as the bot understands it.
type incoming struct {
	msg     *models.Message
	chat    int64
	from    models.User
	private bool
	cmd     string // command without "/" and "@bot", lower case; "" if none
	args    string // text after the command
	text    string // text or caption, without a leading mention of the bot
	// addressed: in a group, the message is for this bot (mention, reply to
	// one of its messages, or a command without another bot's name).
	addressed  bool
	replyToBot *models.Message
	user       store.BotUser
	// asker, read with user for a question, saves history two lookups.
	asker *store.Asker
}

// parseMessage reads commands, mentions and replies from m. A command
// addressed to another bot ("/help@other_bot") yields ok=false, and so does
// a forwarded command: it was written by someone else, and run as the
// forwarder an admin's forward of "/add <url>" would ingest a stranger's
// page.
func (b *Bot) parseMessage(m *models.Message) (in incoming, ok bool) {
	me := b.me.Load()
	var myName string
	var myID int64
	if me != nil {
		myName, myID = strings.ToLower(me.Username), me.ID
	}
	in = incoming{msg: m, chat: m.Chat.ID, private: m.Chat.Type == models.ChatTypePrivate}
	if m.From != nil {
		in.from = *m.From
	}
	txt, ents := m.Text, m.Entities
	if txt == "" {
		txt, ents = m.Caption, m.CaptionEntities
	}
	in.text = strings.TrimSpace(txt)
	if r := m.ReplyToMessage; r != nil && r.From != nil && myID != 0 && r.From.ID == myID {
		in.replyToBot = r
		in.addressed = true
	}
	for _, e := range ents {
		seg := entityText(txt, e)
		switch e.Type {
		case models.MessageEntityTypeBotCommand:
			if e.Offset != 0 {
				continue
			}
			if m.ForwardOrigin != nil {
				return in, false
			}
			name, target, hasTarget := strings.Cut(strings.TrimPrefix(seg, "/"), "@")
			if hasTarget && !strings.EqualFold(target, myName) {
				return in, false
			}
			in.cmd = strings.ToLower(name)
			in.args = strings.TrimSpace(txt[len(entityPrefix(txt, e)):])
			in.addressed = true
		case models.MessageEntityTypeMention:
			if myName != "" && strings.EqualFold(strings.TrimPrefix(seg, "@"), myName) {
				in.addressed = true
				in.text = strings.TrimSpace(strings.Replace(in.text, seg, "", 1))
			}
		case models.MessageEntityTypeTextMention:
			if e.User != nil && e.User.ID == myID {
				in.addressed = true
			}
		}
	}
	return in, true
}

// entityText is the part of s an entity covers (offsets are UTF-16 units).
func entityText(s string, e models.MessageEntity) string {
	u := utf16.Encode([]rune(s))
	if e.Offset < 0 || e.Length < 0 || e.Offset+e.Length > len(u) {
		return ""
	}
	return string(utf16.Decode(u[e.Offset : e.Offset+e.Length]))
}

// entityPrefix is s up to the end of entity e.
func entityPrefix(s string, e models.MessageEntity) string {
	u := utf16.Encode([]rune(s))
	end := min(e.Offset+e.Length, len(u))
	if end < 0 {
		return ""
	}
	return string(utf16.Decode(u[:end]))
}

// isControl marks updates that must not wait behind the chat's running
// answer: button presses and /cancel.
func (b *Bot) isControl(u *models.Update) bool {
	if u.CallbackQuery != nil {
		return true
	}
	if m := u.Message; m != nil && strings.HasPrefix(m.Text, "/cancel") {
		in, ok := b.parseMessage(m)
		return ok && in.cmd == "cancel"
	}
	return false
}

// served reports whether the bot serves this chat and user
// (DETENTE_ALLOWED_CHATS; admins are always served).
func (b *Bot) served(chat, user int64) bool {
	return len(b.allowed) == 0 || b.allowed[chat] || b.allowed[user] || b.admins[user]
}

// question returns the question in a message, if it is one: any text in a
// private chat; in groups only when addressed (or via /ask).
func (in incoming) question() (string, bool) {
	switch {
	case in.cmd == "ask":
		return in.args, true
	case in.cmd != "":
		return "", false
	case in.msg.Document != nil:
		return "", false
	case in.private || in.addressed:
		return in.text, in.text != "" || in.addressed
	}
	return "", false
}

// intake is the first look at an update: duplicates are dropped, and a
// question's rate limit is decided now, at arrival, not when its turn
// comes. It returns false if the update could not be queued (the caller
// must not acknowledge it).
func (b *Bot) intake(ctx context.Context, u *models.Update) bool {
	if u.ID <= b.handled { // answered before a restart: acknowledge, skip
		b.metrics.errorf("replayed_update")
		return true
	}
	if !b.seen.add(u.ID) {
		b.metrics.errorf("duplicate_update")
		return true
	}
	j, keep := b.judge(u)
	if !keep {
		return true
	}
	if err := b.dispatch.enqueue(ctx, j); err != nil {
		b.seen.forget(u.ID)
		return false
	}
	return true
}

// judge decides the sender's budget for an update as it arrives; keep is
// false for an update over budget whose sender was already told, which
// needs nothing more.
func (b *Bot) judge(u *models.Update) (j *job, keep bool) {
	j = &job{u: u, at: time.Now()}
	b.metrics.update(u)
	now := b.now()
	switch {
	case u.Message != nil && u.Message.From != nil && !u.Message.From.IsBot:
		in, ok := b.parseMessage(u.Message)
		if !ok || (!in.private && !in.addressed) {
			break // no reply: nothing to budget
		}
		if _, isQ := in.question(); isQ && b.served(in.chat, in.from.ID) {
			ok, wait, tell := b.limits.take(in.from.ID, now)
			j.limited, j.wait, j.tell = !ok, wait, tell
		} else if in.cmd == "digest" && b.served(in.chat, in.from.ID) {
			// A digest may cost a model call like a question: it spends
			// the question budget, refused like a command.
			ok, wait, tell := b.limits.take(in.from.ID, now)
			j.limited, j.wait, j.tell, j.command = !ok, wait, tell, true
		} else if !b.admins[in.from.ID] {
			ok, wait, tell := b.replies.take(in.from.ID, now)
			j.limited, j.wait, j.tell, j.command = !ok, wait, tell, true
		}
	case u.CallbackQuery != nil && !b.admins[u.CallbackQuery.From.ID]:
		ok, _, _ := b.replies.take(u.CallbackQuery.From.ID, now)
		j.limited, j.command = !ok, true
	}
	if j.limited && !j.tell && u.Message != nil {
		// Over budget and already told: nothing to do, so it takes no
		// place in the chat's queue.
		if j.command {
			b.metrics.errorf("rate_limited_command")
		} else {
			b.metrics.question("rate_limited")
		}
		return j, false
	}
	return j, true
}

// handleUpdate runs in the chat's order.
func (b *Bot) handleUpdate(ctx context.Context, j *job) {
	// Recorded before anything reaches the chat, so a crash between the
	// answer and Telegram's acknowledgement cannot answer it twice. (An
	// update from the inbox has its own record there.)
	if b.inbox == nil {
		if err := b.deps.Store.MarkUpdateHandled(ctx, j.u.ID); err != nil {
			b.log.Warn("record handled update", "update_id", j.u.ID, "err", err)
		}
	}
	switch {
	case j.u.Message != nil:
		b.handleMessage(ctx, j)
	case j.u.CallbackQuery != nil && j.limited:
		// Telegram shows a spinner until a press is answered: answer it,
		// empty, and do nothing else.
		q := j.u.CallbackQuery
		b.metrics.errorf("rate_limited_press")
		_ = b.call(ctx, q.From.ID, "answerCallbackQuery", false, func(ctx context.Context) error {
			_, err := b.api.AnswerCallbackQuery(ctx, &tgbot.AnswerCallbackQueryParams{CallbackQueryID: q.ID})
			return err
		})
	case j.u.CallbackQuery != nil:
		b.handleCallback(ctx, j.u.CallbackQuery)
	}
}

func (b *Bot) handleMessage(ctx context.Context, j *job) {
	m := j.u.Message
	if m.From == nil || m.From.IsBot {
		return
	}
	in, ok := b.parseMessage(m)
	if !ok {
		return
	}
	if !in.private && !in.addressed {
		return // group chatter not meant for the bot
	}
	if j.limited && j.command {
		// Over the command budget: one "slow down" per spell, then silence.
		if j.tell {
			secs := int(j.wait.Seconds()) + 1
			b.reply(ctx, in.chat, in.msg.ID, prompts.T(baseLang(in.from.LanguageCode), "bot.slow_down", secs))
		}
		b.metrics.errorf("rate_limited_command")
		return
	}
	if !b.served(in.chat, in.from.ID) {
		if in.private {
			b.reply(ctx, in.chat, 0, prompts.T(in.from.LanguageCode, "bot.not_allowed"))
		}
		return
	}
	q, isQ := in.question()
	var user store.BotUser
	var err error
	if isQ {
		var a store.Asker
		if a, err = b.deps.Store.PeekAsker(ctx, in.from.ID, in.chat, in.from.LanguageCode); err == nil {
			user, in.asker = a.User, &a
		}
	} else {
		user, err = b.deps.Store.TouchUser(ctx, in.from.ID, in.chat, in.from.LanguageCode)
	}
	if err != nil {
		b.log.Error("load user", "user_id", in.from.ID, "err", err)
		user = store.BotUser{UserID: in.from.ID, LangCode: in.from.LanguageCode}
	}
	in.user = user
	if isQ {
		if j.limited {
			if j.tell {
				secs := int(j.wait.Seconds()) + 1
				b.reply(ctx, in.chat, in.msg.ID, prompts.T(b.uiLang(in, q), "bot.slow_down", secs))
			}
			b.metrics.question("rate_limited")
			return
		}
		b.ask(ctx, j, in, q)
		return
	}
	b.command(ctx, in)
}

// uiLang picks the language of the bot's own texts: the /lang choice, else
// the language of the message (when it says enough), else Telegram's
// language_code, else English.
func (b *Bot) uiLang(in incoming, s string) string {
	if in.user.Lang != "" {
		return in.user.Lang
	}
	if s != "" {
		if l := b.detectLang(s); l != "" {
			return l
		}
	}
	if in.from.LanguageCode != "" {
		return baseLang(in.from.LanguageCode)
	}
	if in.user.LangCode != "" {
		return baseLang(in.user.LangCode)
	}
	return "en"
}

// cmdLang is the language for replies to commands (no question text).
func (b *Bot) cmdLang(in incoming) string { return b.uiLang(in, "") }

func baseLang(code string) string {
	code = strings.ToLower(code)
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	return code
}

func (b *Bot) command(ctx context.Context, in incoming) {
	lang := b.cmdLang(in)
	if b.refuseGroupChange(ctx, in, lang) {
		return
	}
	switch in.cmd {
	case "start":
		b.reply(ctx, in.chat, 0, prompts.T(lang, "bot.start"))
	case "help":
		msg := prompts.T(lang, "bot.help")
		if b.admins[in.from.ID] {
			msg += "\n\n" + prompts.T(lang, "bot.help.admin")
		}
		b.reply(ctx, in.chat, 0, msg)
	case "new":
		if err := b.deps.Store.ResetChat(ctx, in.chat); err != nil {
			b.log.Error("reset chat", "chat_id", in.chat, "err", err)
			b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
			return
		}
		b.reply(ctx, in.chat, 0, prompts.T(lang, "bot.new_conversation"))
	case "cancel":
		b.cancel(ctx, in, lang)
	case "lang":
		b.setLang(ctx, in)
	case "sources":
		b.sources(ctx, in, lang)
	case "source":
		b.source(ctx, in, lang)
	case "add":
		b.add(ctx, in, lang)
	case "remove":
		b.remove(ctx, in, lang)
	case "articles":
		b.articles(ctx, in, lang)
	case "feeds":
		b.feedsCmd(ctx, in, lang)
	case "stats":
		b.stats(ctx, in, lang)
	case "subscribe", "unsubscribe", "timezone", "subscription":
		b.subscription(ctx, in, lang)
	case "digest":
		b.digestNow(ctx, in, lang)
	case "":
		// A document without /add, or a sticker, photo, voice note… with no
		// text. In a private chat the user is waiting for something: say
		// what the bot can read instead of staying silent.
		switch {
		case !in.private:
		case in.msg.Document != nil:
			b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.add.usage"))
		case in.text == "":
			b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.text_only"))
		}
	default:
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.unknown_command"))
	}
}

// cancel stops the answer in progress in this chat (/cancel).
func (b *Bot) cancel(ctx context.Context, in incoming, lang string) {
	if v, ok := b.active.Load(in.chat); ok {
		aa := v.(*activeAnswer)
		if !in.private && aa.asker != in.from.ID && !b.admins[in.from.ID] {
			// In a group one member must not stop another's answer.
			b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.cancel.not_yours"))
			return
		}
		aa.stop()
		return // the answer itself says it stopped
	}
	b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.nothing_to_cancel"))
}

func (b *Bot) setLang(ctx context.Context, in incoming) {
	arg := strings.ToLower(strings.TrimSpace(in.args))
	var lang, reply string
	switch {
	case arg == "auto":
		lang, reply = "", "bot.lang.auto"
	case prompts.Supported(arg) && !strings.ContainsAny(arg, "-_"):
		lang, reply = arg, "bot.lang.set"
	default:
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(b.cmdLang(in), "bot.lang.usage"))
		return
	}
	err := b.deps.Store.SetUserLang(ctx, in.from.ID, in.chat, lang)
	if err != nil {
		b.log.Error("set language", "user_id", in.from.ID, "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(b.cmdLang(in), "bot.error"))
		return
	}
	in.user.Lang = lang
	b.reply(ctx, in.chat, 0, prompts.T(b.cmdLang(in), reply))
}

// handleCallback handles 👍/👎 presses and a digest's page buttons.
func (b *Bot) handleCallback(ctx context.Context, q *models.CallbackQuery) {
	lang := baseLang(q.From.LanguageCode)
	chat := q.From.ID
	if m := q.Message.Message; m != nil {
		chat = m.Chat.ID
	}
	if !b.served(chat, q.From.ID) {
		return
	}
	// peek, not touch: a vote is no reason to write the user, and in a group
	// the message's chat, not the voter's own id, is where they talk to us.
	if u, err := b.deps.Store.PeekUser(ctx, q.From.ID, chat, q.From.LanguageCode); err == nil && u.Lang != "" {
		lang = u.Lang
	}
	answerCB := func(s string) {
		_ = b.call(ctx, q.From.ID, "answerCallbackQuery", true, func(ctx context.Context) error {
			_, err := b.api.AnswerCallbackQuery(ctx, &tgbot.AnswerCallbackQueryParams{CallbackQueryID: q.ID, Text: s})
			return err
		})
	}
	if strings.HasPrefix(q.Data, digestCallback) {
		b.digestPageCallback(ctx, q, chat, lang, answerCB)
		return
	}
	vote := 0
	switch q.Data {
	case "fb:1":
		vote = 1
	case "fb:-1":
		vote = -1
	default:
		answerCB("")
		return
	}
	m := q.Message.Message
	if m == nil {
		answerCB(prompts.T(lang, "bot.feedback.gone"))
		return
	}
	turn, err := b.deps.Store.TurnByMessage(ctx, m.Chat.ID, m.ID)
	if err == nil {
		err = b.deps.Store.PutFeedback(ctx, store.Feedback{TurnID: turn.ID, UserID: q.From.ID, ChatID: m.Chat.ID, Vote: vote})
	}
	if err != nil {
		b.log.Warn("feedback", "chat_id", m.Chat.ID, "message_id", m.ID, "err", err)
		answerCB(prompts.T(lang, "bot.feedback.gone"))
		return
	}
	b.metrics.feedback(vote)
	if vote > 0 {
		answerCB(prompts.T(lang, "bot.feedback.up"))
	} else {
		answerCB(prompts.T(lang, "bot.feedback.down"))
	}
}

// digestUser identifies the sender for the digest service.
func digestUser(in incoming, lang string) digest.User {
	return digest.User{ChatID: in.chat, UserID: in.from.ID, LangCode: in.from.LanguageCode, Lang: lang}
}

// tellRestarting answers an update that was queued when shutdown ran out
// of time, so its sender is not left waiting for nothing.
func (b *Bot) tellRestarting(ctx context.Context, j *job) {
	m := j.u.Message
	if m == nil || m.From == nil {
		return
	}
	in, ok := b.parseMessage(m)
	if !ok || (!in.private && !in.addressed) || !b.served(in.chat, in.from.ID) {
		return
	}
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), b.cfg.CallTimeout)
	defer cancel()
	b.reply(cctx, in.chat, m.ID, prompts.T(baseLang(in.from.LanguageCode), "bot.shutting_down"))
}

// panicked tells a chat whose update crashed its handler that something
// went wrong (the details are in the log).
func (b *Bot) panicked(j *job) {
	m := j.u.Message
	if m == nil || m.From == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), b.cfg.CallTimeout)
	defer cancel()
	b.reply(ctx, m.Chat.ID, m.ID, prompts.T(baseLang(m.From.LanguageCode), "bot.error"))
}
