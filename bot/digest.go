package bot

import (
	"context"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/digest"
	"github.com/detente/detente/prompts"
)

// subscription passes /subscribe, /unsubscribe, /timezone and
// /subscription to the digest service.
func (b *Bot) subscription(ctx context.Context, in incoming, lang string) {
	if b.deps.Digests == nil {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.digest.unavailable"))
		return
	}
	msg, err := b.deps.Digests.Command(ctx, digestUser(in, lang), in.cmd, in.args)
	if err != nil {
		b.log.Error("digest command", "chat_id", in.chat, "command", in.cmd, "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	b.reply(ctx, in.chat, 0, msg)
}

// digestCooldown is how long after a /digest the same chat waits for the
// next: a digest covers the day, so a second one a minute later says
// nothing new, while each may cost a model call.
const digestCooldown = 2 * time.Minute

// digestCooldowns remembers, per chat, when /digest may run again.
type digestCooldowns struct {
	mu    sync.Mutex
	until map[int64]time.Time
	told  map[int64]bool // the chat was told to wait during this cooldown
	// shared, when set, keeps the cooldowns in the database (a bucket of
	// one per cooldown), for replicas (see shareBudgets).
	shared *sharedBudget
}

// take reports whether chat may have a digest at now (starting its
// cooldown) and, if not, the wait and whether to say so (once per
// cooldown, so repeated /digest does not get repeated replies).
func (c *digestCooldowns) take(chat int64, now time.Time) (ok bool, wait time.Duration, tell bool) {
	if c.shared != nil {
		return c.shared.take(chat, now)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.until == nil {
		c.until, c.told = map[int64]time.Time{}, map[int64]bool{}
	}
	if t, busy := c.until[chat]; busy && now.Before(t) {
		tell = !c.told[chat]
		c.told[chat] = true
		return false, t.Sub(now), tell
	}
	for id, t := range c.until { // keep only the chats still cooling down
		if !now.Before(t) {
			delete(c.until, id)
			delete(c.told, id)
		}
	}
	c.until[chat] = now.Add(digestCooldown)
	return true, 0, false
}

// digestNow handles /digest (the chat's own size) and /digest all [N]
// (page N of every story, one message each).
// It may cost a model call, so it spends the sender's question budget (at
// intake), waits for the model gate like a question, and a chat has one
// per digestCooldown.
func (b *Bot) digestNow(ctx context.Context, in incoming, lang string) {
	if b.deps.Digests == nil {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.digest.unavailable"))
		return
	}
	page, ok := digestPage(in.args)
	if !ok {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.digest.bad_page", strings.TrimSpace(in.args), 1))
		return
	}
	// Only the chat's own digest may cost a model call (a full-size
	// summary); "/digest all N" pages list stories and cost none.
	release := func() {}
	if page == 0 {
		if ok, wait, tell := b.digestCool.take(in.chat, b.now()); !ok {
			if tell {
				b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.digest.cooldown", int(wait.Seconds())+1))
			}
			return
		}
	}
	stopTyping := b.keepTyping(ctx, in.chat)
	if page == 0 {
		r, err := b.gate.acquire(ctx, nil)
		if err != nil {
			stopTyping()
			b.log.Warn("digest now: wait for the model gate", "chat_id", in.chat, "err", err)
			return
		}
		release = r
	}
	d, err := b.deps.Digests.Now(ctx, digestUser(in, lang), page)
	release()
	stopTyping()
	if err != nil {
		b.log.Error("digest now", "chat_id", in.chat, "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	if d.Lang == "" {
		d.Lang = lang
	}
	parts, pages := renderDigest(d)
	if parts == nil {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(d.Lang, "bot.digest.bad_page", strings.TrimSpace(in.args), pages))
		return
	}
	for i, p := range parts {
		var markup models.ReplyMarkup
		if i == len(parts)-1 {
			markup = digestPager(d, pages)
		}
		if _, err := b.send(ctx, in.chat, p, 0, markup, true); err != nil {
			b.log.Warn("send digest", "chat_id", in.chat, "err", err)
			return
		}
	}
}

// digestPager is the ‹ › buttons under a page of the short form. Each
// carries the digest's window, so a press pages through the very stories
// the message counted, even a day later. nil: a single page, the long form
// (it has no pages) or no window (nothing to ask the service for).
func digestPager(d digest.Digest, pages int) models.ReplyMarkup {
	if d.Full || pages <= 1 || d.Start.IsZero() || d.End.IsZero() {
		return nil
	}
	page := max(d.Page, 1)
	var row []models.InlineKeyboardButton
	button := func(label string, to int) models.InlineKeyboardButton {
		return models.InlineKeyboardButton{Text: label,
			CallbackData: fmt.Sprintf("%s%d:%d:%d", digestCallback, to, d.Start.Unix(), d.End.Unix())}
	}
	if page > 1 {
		row = append(row, button(prompts.T(d.Lang, "bot.digest.prev"), page-1))
	}
	if page < pages {
		row = append(row, button(prompts.T(d.Lang, "bot.digest.next"), page+1))
	}
	return &models.InlineKeyboardMarkup{InlineKeyboard: [][]models.InlineKeyboardButton{row}}
}

// digestCallback prefixes a page button's data: "dg:PAGE:START:END", the
// window in Unix seconds (27 bytes of Telegram's 64).
const digestCallback = "dg:"

// parseDigestCallback reads a page button's data.
func parseDigestCallback(data string) (page int, start, end time.Time, ok bool) {
	f := strings.Split(strings.TrimPrefix(data, digestCallback), ":")
	if len(f) != 3 {
		return 0, time.Time{}, time.Time{}, false
	}
	var n [3]int64
	for i, s := range f {
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v < 0 {
			return 0, time.Time{}, time.Time{}, false
		}
		n[i] = v
	}
	if n[0] < 1 || n[0] > 1<<20 || n[1] > n[2] {
		return 0, time.Time{}, time.Time{}, false
	}
	return int(n[0]), time.Unix(n[1], 0).UTC(), time.Unix(n[2], 0).UTC(), true
}

// digestPageCallback turns the page a ‹ › button asks for into that page,
// edited into the message in place so paging does not fill the chat.
func (b *Bot) digestPageCallback(ctx context.Context, q *models.CallbackQuery, chat int64, lang string, answerCB func(string)) {
	m := q.Message.Message
	page, start, end, ok := parseDigestCallback(q.Data)
	if m == nil || !ok || b.deps.Digests == nil {
		answerCB(prompts.T(lang, "bot.digest.gone"))
		return
	}
	u := digest.User{ChatID: chat, UserID: q.From.ID, LangCode: q.From.LanguageCode, Lang: lang}
	d, err := b.deps.Digests.Page(ctx, u, start, end, page)
	if err != nil {
		b.log.Error("digest page", "chat_id", chat, "err", err)
		answerCB(prompts.T(lang, "bot.error"))
		return
	}
	if d.Lang == "" {
		d.Lang = lang
	}
	parts, pages := renderDigest(d)
	if len(parts) != 1 {
		answerCB(prompts.T(lang, "bot.digest.gone"))
		return
	}
	answerCB("")
	if err := b.edit(ctx, chat, m.ID, parts[0], digestPager(d, pages), true); err != nil {
		b.log.Warn("digest page edit", "chat_id", chat, "err", err)
	}
}

// digestPage reads /digest's arguments: "" is the chat's own size (0),
// "all" page 1 of every story, "all N" page N.
func digestPage(args string) (int, bool) {
	f := strings.Fields(strings.ToLower(args))
	switch {
	case len(f) == 0:
		return 0, true
	case f[0] != "all" || len(f) > 2:
		return 0, false
	case len(f) == 1:
		return 1, true
	}
	n, err := strconv.Atoi(f[1])
	return n, err == nil && n >= 1
}

// DigestText is a digest as a subscriber reads it, one string per Telegram
// message (what the user sees: the HTML's visible text). The CLI prints it,
// so `detente digest` shows exactly what a subscriber gets. ok is false
// when d.Page is past the last page.
func DigestText(d digest.Digest) (msgs []string, ok bool) {
	parts, _ := renderDigest(d)
	for _, p := range parts {
		msgs = append(msgs, p.Plain)
	}
	return msgs, parts != nil
}

// Digest layout. The first page is "the top stories": ten lines read on a
// phone without scrolling far; later pages, browsed on purpose, take as
// many as one message holds, up to a count that keeps them skimmable.
const (
	digestTopStories  = 10
	digestPageStories = 25
	digestTitleRunes  = 120 // headlines scraped from pages can run to a paragraph
	digestAlsoOutlets = 5   // "also reported by" names; a wire story can be on fifty sites
)

// renderDigest renders d as the messages a subscriber gets: the short form
// is one message (a page of story lines and "and N more"), the long form
// every story with its lead, split between stories. Each story's citation
// is its own line, so sources appear exactly once. pages is how many pages
// the short form has; parts is nil when d.Page is past the last one.
func renderDigest(d digest.Digest) (parts []text, pages int) {
	lang := d.Lang
	head := prompts.T(lang, "bot.digest.header")
	header := block{html: "<b>" + html.EscapeString(head) + "</b>", plain: head}
	title := func(extra string) block {
		t := strings.TrimSpace(strings.Join(nonEmpty(d.Title, extra), " · "))
		return block{html: html.EscapeString(t), plain: t, sep: "\n"}
	}
	if d.Note != "" || len(d.Stories) == 0 {
		r := rendering{body: []block{header, {html: html.EscapeString(d.Note), plain: d.Note, sep: "\n\n"}}}
		return r.split(), 1
	}
	if d.Full {
		r := rendering{body: []block{header, title("")}, uncapped: true}
		if d.Summary != "" {
			r.body = append(r.body, paragraphs(d.Summary)...)
		}
		for i, s := range d.Stories {
			bl := storyLine(s, i+1, lang, digest.LeadRunes(true), "\n")
			bl.sep = "\n\n"
			r.body = append(r.body, bl)
		}
		return r.split(), 1
	}
	bounds := paginate(d, header, title)
	page := max(d.Page, 1)
	if page > len(bounds) {
		return nil, len(bounds)
	}
	return []text{bounds[page-1]}, len(bounds)
}

// paginate packs the story lines into pages of one message each, in
// order, so the pages list every story exactly once. A page takes lines
// while they fit with the "and N more" line the page then needs.
func paginate(d digest.Digest, header block, title func(string) block) []text {
	lang := d.Lang
	lines := make([]block, len(d.Stories))
	for i, s := range d.Stories {
		lines[i] = storyLine(s, i+1, lang, digest.LeadRunes(false), " — ")
	}
	// Page numbers appear on pages after the first, so the number of
	// pages must be known before their text: pack once without it to
	// count them (the label is short and only on later pages, where
	// the limit binds on the count, not the size).
	var starts []int
	for i := 0; i < len(lines); {
		limit := digestPageStories
		if len(starts) == 0 {
			limit = digestTopStories
		}
		starts = append(starts, i)
		n := 0
		size := visibleLen(header.plain) + 1 + visibleLen(title("").plain) + len(" · page 999 of 999")
		for i < len(lines) && n < limit {
			more := len(lines) - i - 1
			next := size + 1 + visibleLen(lines[i].plain)
			if more > 0 {
				next += 1 + visibleLen(prompts.T(lang, "bot.digest.more", more, len(starts)+1))
			}
			if n > 0 && next > maxMessage {
				break
			}
			size += 1 + visibleLen(lines[i].plain)
			n++
			i++
		}
	}
	out := make([]text, len(starts))
	for p, start := range starts {
		end := len(lines)
		if p+1 < len(starts) {
			end = starts[p+1]
		}
		extra := ""
		if p > 0 {
			extra = prompts.T(lang, "bot.digest.page", p+1, len(starts))
		}
		bs := []block{header, title(extra)}
		for i, l := range lines[start:end] {
			if i == 0 {
				l.sep = "\n\n"
			}
			bs = append(bs, l)
		}
		if more := len(lines) - end; more > 0 {
			m := prompts.T(lang, "bot.digest.more", more, p+2)
			bs = append(bs, block{html: "<i>" + html.EscapeString(m) + "</i>", plain: m, sep: "\n\n"})
		}
		out[p] = join(bs)
	}
	return out
}

// storyLine is one story: its number, the cited headline linked to the
// article, the lead, and who reported it. The short form joins them on one
// line (sep " — "), the long form puts the lead under the headline.
func storyLine(s digest.Story, n int, lang string, leadRunes int, sep string) block {
	c := s.Articles[0]
	headline := strings.TrimSpace(c.Title)
	if headline == "" {
		headline = c.ArticleID
	}
	headline = digest.Lead(headline, digestTitleRunes)
	link := html.EscapeString(headline)
	if safeURL(c.URL) {
		link = `<a href="` + html.EscapeString(c.URL) + `">` + link + `</a>`
	}
	num := fmt.Sprintf("%d. ", n)
	hb := []string{"<b>" + num + "</b>" + link}
	pb := []string{num + headline}
	if lead := digest.Lead(s.Lead, leadRunes); lead != "" {
		hb = append(hb, html.EscapeString(lead))
		pb = append(pb, lead)
	}
	h, p := strings.Join(hb, sep), strings.Join(pb, sep)
	if meta := storyMeta(s, lang); meta != "" {
		h += " " + html.EscapeString("("+meta+")")
		p += " (" + meta + ")"
	}
	return block{html: h, plain: p, sep: "\n"}
}

// storyMeta is "Outlet, date" of the cited article and, when others
// reported the story too, "also Outlet2, Outlet3".
func storyMeta(s digest.Story, lang string) string {
	c := s.Articles[0]
	meta := joinMeta(c.Source, c.Published, lang)
	var others []string
	seen := map[string]bool{strings.ToLower(c.Source): true}
	for _, o := range s.Articles[1:] {
		name := strings.TrimSpace(o.Source)
		if name == "" || seen[strings.ToLower(name)] {
			continue
		}
		seen[strings.ToLower(name)] = true
		if len(others) == digestAlsoOutlets {
			others = append(others, "…")
			break
		}
		others = append(others, name)
	}
	if len(others) > 0 {
		also := prompts.T(lang, "bot.digest.also", strings.Join(others, ", "))
		meta = strings.Join(nonEmpty(meta, also), "; ")
	}
	return meta
}

// nonEmpty drops empty strings.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// maxDigestPartTries bounds the sends of a later digest part after errors
// proving it was not delivered (Telegram 5xx, connection refused).
const maxDigestPartTries = 3

// SendDigest delivers a digest to a chat: one message in the short form,
// the long form split between stories at 4096 characters. It implements
// digest.Sender, whose scheduler retries only what certainly did not
// arrive: before anything is out, a 429 is *digest.RetryAfterError and a
// 5xx or refused connection wraps digest.ErrNotDelivered; a timeout or a
// connection lost mid-call wraps neither (Telegram may have delivered it).
// A 403 is digest.ErrBlocked. Once the first part is out, later parts wait
// out flood control and retry certain failures here, and a part that still
// fails ends in *digest.PartialError, which the scheduler never retries, so
// the first part is never sent twice. Every part spends the bot's one send
// budget (Config.GlobalPerSecond, shared with answers): the scheduler's
// workers send at once and the bot is their only pacer. Errors never carry
// the token.
func (b *Bot) SendDigest(ctx context.Context, chatID int64, d digest.Digest) error {
	if d.Lang == "" {
		d.Lang = "en"
	}
	d.Page = 1 // a scheduled digest starts at the top; /digest all pages on
	parts, pages := renderDigest(d)
	var pager models.ReplyMarkup
	if len(parts) == 1 {
		pager = digestPager(d, pages)
	}
	for i, p := range parts {
		if i == 0 {
			if err := b.sendDigestPart(ctx, chatID, p, pager); err != nil {
				return err
			}
			continue
		}
		if err := b.resumeDigest(ctx, chatID, p); err != nil {
			return &digest.PartialError{Sent: i, Parts: len(parts), Err: err}
		}
	}
	b.metrics.digestSent()
	return nil
}

// resumeDigest sends a later part of a digest whose first part is out. It
// waits out 429s and retries sends that certainly failed itself, within
// ctx, because the scheduler can only retry the whole digest.
func (b *Bot) resumeDigest(ctx context.Context, chatID int64, p text) error {
	for tries := 1; ; {
		err := b.sendDigestPart(ctx, chatID, p, nil)
		var (
			ra   *digest.RetryAfterError
			wait time.Duration
		)
		switch {
		case err == nil:
			return nil
		case errors.As(err, &ra):
			wait = ra.After
		case errors.Is(err, digest.ErrNotDelivered) && tries < maxDigestPartTries:
			wait = time.Duration(250<<(tries-1)) * time.Millisecond
			tries++
		default:
			return err
		}
		if b.sleep(ctx, wait) != nil {
			return err
		}
	}
}

// sendDigestPart makes one attempt at sending p (and its plain-text
// fallback when Telegram rejects the markup) and reports the outcome in
// digest.Sender's terms. It waits for nothing but the global send budget:
// a paused chat is a *digest.RetryAfterError, for the caller to wait out.
func (b *Bot) sendDigestPart(ctx context.Context, chatID int64, p text, markup models.ReplyMarkup) error {
	if wait := b.pauses.remaining(chatID); wait > 0 {
		return &digest.RetryAfterError{After: wait}
	}
	if err := b.waitBudget(ctx, b.global); err != nil {
		return fmt.Errorf("send digest to %d: %w: %w", chatID, digest.ErrNotDelivered, err)
	}
	try := func(html bool) error {
		cctx, cancel := context.WithTimeout(ctx, b.cfg.CallTimeout)
		defer cancel()
		params := &tgbot.SendMessageParams{ChatID: chatID, Text: p.Plain, LinkPreviewOptions: noPreview, ReplyMarkup: markup}
		if html {
			params.Text, params.ParseMode = p.HTML, models.ParseModeHTML
		}
		start := time.Now()
		_, err := b.api.SendMessage(cctx, params)
		b.metrics.tgCall("sendMessage", err)
		b.metrics.observe("telegram", time.Since(start))
		return redact(err, b.cfg.Token)
	}
	err := try(true)
	if isParseError(err) {
		b.metrics.errorf("html_rejected")
		err = try(false)
	}
	var tooMany *tgbot.TooManyRequestsError
	switch {
	case err == nil:
		b.tgOK.Store(b.now().UnixNano())
		return nil
	case errors.As(err, &tooMany):
		after := time.Duration(max(tooMany.RetryAfter, 1)) * time.Second
		b.pauses.pause(chatID, after)
		return &digest.RetryAfterError{After: after}
	case isBlocked(err):
		return fmt.Errorf("send digest to %d: %w: %w", chatID, digest.ErrBlocked, err)
	case nothingSent(err):
		return fmt.Errorf("send digest to %d: %w: %w", chatID, digest.ErrNotDelivered, err)
	case errors.Is(err, tgbot.ErrorBadRequest), errors.Is(err, tgbot.ErrorUnauthorized), errors.Is(err, tgbot.ErrorNotFound):
		// Refused, so not delivered, but sending it again would be refused again.
		return fmt.Errorf("send digest to %d: %w", chatID, err)
	}
	return fmt.Errorf("send digest to %d: outcome unknown: %w", chatID, err)
}
