package bot

import (
	"fmt"
	"html"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/prompts"
)

// maxMessage is Telegram's limit on a message's visible text, counted in
// UTF-16 code units after entity parsing; a little is kept in reserve for
// the streaming cursor.
const maxMessage = 4096 - 8

// cursor marks a message that is still being written.
const cursor = " …"

// visibleLen counts text the way Telegram limits it (UTF-16 code units).
func visibleLen(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// escapeText escapes s for HTML parse mode and puts every link-like token
// in it (answer.LinkSpans) in <code>, where Telegram links nothing: text
// shown verbatim (an extractive answer quotes article passages, which a
// poisoned page fills) must not become a link. The only links shown are
// the stored articles' URLs.
func escapeText(s string) string {
	spans := answer.LinkSpans(s)
	if len(spans) == 0 {
		return html.EscapeString(s)
	}
	var b strings.Builder
	prev := 0
	for _, sp := range spans {
		b.WriteString(html.EscapeString(s[prev:sp[0]]))
		b.WriteString("<code>" + html.EscapeString(s[sp[0]:sp[1]]) + "</code>")
		prev = sp[1]
	}
	b.WriteString(html.EscapeString(s[prev:]))
	return b.String()
}

// plainText is a message without markup, escaped for HTML parse mode.
func plainText(s string) text { return text{HTML: html.EscapeString(s), Plain: s} }

// block is an indivisible-if-possible piece of a message: a paragraph, a
// header, one source line.
type block struct {
	html, plain string
	sep         string // joins this block to the previous one
}

// maxAnswerParts bounds the messages one answer or digest fills. The
// model's output is bounded in tokens too, but a chat is read on a phone:
// more than two screens of answer is a wall, and its end says so.
const maxAnswerParts = 2

// rendering is a whole answer (or digest) ready to be split into messages.
type rendering struct {
	body    []block // the answer's paragraphs (and any header)
	sources []block // the sources list, kept on the last message
	// hint is said after a body cut to fit maxAnswerParts ("" = nothing).
	hint string
	// uncapped lifts maxAnswerParts: the full-form digest is as long as
	// the stories of its window (bounded by the window, not by a model)
	// and is what its subscriber chose.
	uncapped bool
}

// renderAnswer renders a's text and, if it cites any, the verified sources
// list: title (linked), outlet and date, then the "as of" line. header, if
// non-empty, is put in bold above the text. The answer text is escaped;
// nothing from it becomes markup.
func renderAnswer(a answer.Answer, header string) rendering {
	lang := a.Lang
	var r rendering
	if header != "" {
		r.body = append(r.body, block{html: "<b>" + html.EscapeString(header) + "</b>", plain: header})
	}
	r.body = append(r.body, paragraphs(a.Text)...)
	r.hint = prompts.T(lang, "bot.answer.cut")
	if len(a.Citations) > 0 {
		h := prompts.T(lang, "bot.sources.header")
		r.sources = append(r.sources, block{html: "<b>" + html.EscapeString(h) + "</b>", plain: h, sep: "\n\n"})
		for _, c := range a.Citations {
			r.sources = append(r.sources, sourceLine(c, lang))
		}
		// How old the newest evidence is, and which sources are undated.
		asOf := answer.AsOfLine(lang, a.Citations)
		r.sources = append(r.sources, block{html: "<i>" + html.EscapeString(asOf) + "</i>", plain: asOf, sep: "\n"})
	}
	return r
}

// paragraphs splits text at blank lines into escaped blocks.
func paragraphs(s string) []block {
	var out []block
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		p = strings.Trim(p, "\n ")
		if p == "" {
			continue
		}
		out = append(out, block{html: escapeText(p), plain: p, sep: "\n\n"})
	}
	return out
}

// sourceLine is "[n] Title — Outlet, date" with the title linked to the
// article's stored URL (never one from model output).
func sourceLine(c answer.Citation, lang string) block {
	title := strings.TrimSpace(c.Title)
	if title == "" {
		title = c.ArticleID
	}
	tail := ""
	if meta := joinMeta(c.Source, c.Published, lang); meta != "" {
		tail = " — " + meta
	}
	plain := fmt.Sprintf("[%d] %s%s", c.N, title, tail)
	link := escapeText(title)
	if safeURL(c.URL) {
		link = `<a href="` + html.EscapeString(c.URL) + `">` + html.EscapeString(title) + `</a>`
		plain += " " + c.URL
	}
	h := fmt.Sprintf("[%d] %s%s", c.N, link, html.EscapeString(tail))
	if ah, ap := alsoReported(c.Also, lang); ah != "" {
		h, plain = h+"; "+ah, plain+"; "+ap
	}
	return block{html: h, plain: plain, sep: "\n"}
}

// safeURL admits only absolute http(s) links into an href.
func safeURL(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// joinMeta is "Outlet, date" for a source line, leaving out what is not
// known: many articles carry no publication date, and "date unknown" after
// every source reads as noise (and, after a title in another language, as
// a mix of languages) without telling the reader anything they can use.
func joinMeta(outlet string, published time.Time, lang string) string {
	var meta []string
	if outlet = strings.TrimSpace(outlet); outlet != "" {
		meta = append(meta, outlet)
	}
	if !published.IsZero() {
		meta = append(meta, formatDate(published, lang))
	}
	return strings.Join(meta, ", ")
}

// formatDate formats a publication date in the UI language's style.
func formatDate(t time.Time, lang string) string {
	if t.IsZero() {
		return prompts.T(lang, "bot.unknown_date")
	}
	return prompts.FormatDate(lang, "fmt.date", t)
}

// split packs r into at most maxAnswerParts Telegram-sized messages at
// paragraph boundaries (then sentences, then words, only when one
// paragraph alone is too long), with the sources list on the last message.
// A body too long for that is cut at a sentence or word, ends in "…", and
// is followed by the hint.
func (r rendering) split() []text {
	parts := r.pack()
	if len(parts) <= maxAnswerParts || r.uncapped {
		return parts
	}
	budget := maxAnswerParts*maxMessage - visibleLen(r.hint) - 8
	for _, bl := range r.sources {
		budget -= visibleLen(bl.sep) + visibleLen(bl.plain)
	}
	// Packing at paragraph boundaries leaves gaps, so a budget in
	// characters may still need three messages: shrink until it fits.
	for len(parts) > maxAnswerParts && budget > 0 {
		parts = r.cut(budget).pack()
		budget = budget * 9 / 10
	}
	return parts
}

// cut keeps about budget characters of r's body, ending in "…", then the
// hint in italics.
func (r rendering) cut(budget int) rendering {
	var body []block
	used := 0
	for _, bl := range r.body {
		n := visibleLen(bl.plain)
		if len(body) > 0 {
			n += visibleLen(bl.sep)
		}
		if used+n <= budget {
			body = append(body, bl)
			used += n
			continue
		}
		room := budget - used - visibleLen(bl.sep)
		if room > 40 { // less is not worth a fragment
			piece := strings.TrimRightFunc(bl.plain[:cutPoint(bl.plain, room)], unicode.IsSpace)
			body = append(body, block{html: escapeText(piece), plain: piece, sep: bl.sep})
		}
		break
	}
	if len(body) > 0 {
		last := &body[len(body)-1]
		last.plain += "…"
		last.html += "…"
	}
	if r.hint != "" {
		body = append(body, block{html: "<i>" + html.EscapeString(r.hint) + "</i>", plain: r.hint, sep: "\n\n"})
	}
	return rendering{body: body, sources: r.sources}
}

// pack splits r into Telegram-sized messages, as many as it takes.
func (r rendering) pack() []text {
	var parts []text
	var cur []block
	curLen := 0
	flush := func() {
		if len(cur) > 0 {
			parts = append(parts, join(cur))
			cur, curLen = nil, 0
		}
	}
	add := func(bl block) {
		for _, piece := range fit(bl, maxMessage) {
			n := visibleLen(piece.plain)
			if len(cur) > 0 {
				n += visibleLen(piece.sep)
			}
			if curLen+n > maxMessage {
				flush()
				n = visibleLen(piece.plain)
			}
			cur = append(cur, piece)
			curLen += n
		}
	}
	for _, bl := range r.body {
		add(bl)
	}
	if len(r.sources) > 0 {
		srcLen := 0
		for _, bl := range r.sources {
			srcLen += visibleLen(bl.sep) + visibleLen(bl.plain)
		}
		// Keep the sources list whole when it fits in one message.
		if curLen+srcLen > maxMessage && srcLen <= maxMessage {
			flush()
		}
		for _, bl := range r.sources {
			add(bl)
		}
	}
	flush()
	return parts
}

func join(bs []block) text {
	var h, p strings.Builder
	for i, b := range bs {
		if i > 0 {
			h.WriteString(b.sep)
			p.WriteString(b.sep)
		}
		h.WriteString(b.html)
		p.WriteString(b.plain)
	}
	return text{HTML: h.String(), Plain: p.String()}
}

// fit cuts a block longer than limit into pieces: at sentence ends, else at
// spaces, else anywhere. Pieces after the first are joined by a space, so
// the visible text reads on. Blocks with markup (source lines) are short
// by construction and only fall back to plain pieces if they are not.
func fit(bl block, limit int) []block {
	if visibleLen(bl.plain) <= limit {
		return []block{bl}
	}
	var out []block
	rest := bl.plain
	sep := bl.sep
	for rest != "" {
		cut := cutPoint(rest, limit)
		piece := strings.TrimRightFunc(rest[:cut], unicode.IsSpace)
		rest = strings.TrimLeftFunc(rest[cut:], unicode.IsSpace)
		out = append(out, block{html: escapeText(piece), plain: piece, sep: sep})
		sep = " "
	}
	return out
}

// cutPoint is a byte offset <= limit UTF-16 units into s at the last
// sentence end, else the last space, else the last whole rune.
func cutPoint(s string, limit int) int {
	n, lastSentence, lastSpace, hard := 0, 0, 0, 0
	for i, r := range s {
		n += utf16.RuneLen(r)
		if n > limit {
			break
		}
		end := i + utf8.RuneLen(r)
		hard = end
		if unicode.IsSpace(r) {
			lastSpace = i
			if i > 0 && strings.ContainsRune(".!?…。", lastRune(s[:i])) {
				lastSentence = i
			}
		}
	}
	if hard == len(s) {
		return hard
	}
	switch {
	case lastSentence > limit/3:
		return lastSentence
	case lastSpace > limit/3:
		return lastSpace
	case hard > 0:
		return hard
	}
	_, size := utf8.DecodeRuneInString(s)
	return size
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// partial renders the text generated so far for streaming: the messages it
// would fill, the last one marked as still being written.
func partial(textSoFar string) []text {
	r := rendering{body: paragraphs(textSoFar)}
	parts := r.split()
	if len(parts) == 0 {
		return nil
	}
	last := &parts[len(parts)-1]
	last.HTML += html.EscapeString(cursor)
	last.Plain += cursor
	return parts
}

// feedbackButtons are the 👍/👎 buttons under an answer's last message. The
// answer is found from the message they are attached to.
func feedbackButtons(lang string) models.ReplyMarkup {
	return &models.InlineKeyboardMarkup{InlineKeyboard: [][]models.InlineKeyboardButton{{
		{Text: prompts.T(lang, "bot.button.up"), CallbackData: "fb:1"},
		{Text: prompts.T(lang, "bot.button.down"), CallbackData: "fb:-1"},
	}}}
}
