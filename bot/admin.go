package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	tgbot "github.com/go-telegram/bot"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/ingest"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/store"
)

// curateTimeout bounds one /add: fetching, extracting, embedding, storing.
const curateTimeout = 90 * time.Second

// articlesPerPage is the page size of /articles.
const articlesPerPage = 10

// admin checks the sender; a non-admin gets a refusal and nothing changes.
func (b *Bot) admin(ctx context.Context, in incoming, lang string) bool {
	if b.admins[in.from.ID] {
		return true
	}
	b.log.Warn("admin command refused", "user_id", in.from.ID, "chat_id", in.chat, "command", in.cmd)
	b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.admin_only"))
	return false
}

// add handles /add <url>, /add + pasted text, and a document captioned /add.
func (b *Bot) add(ctx context.Context, in incoming, lang string) {
	if !b.admin(ctx, in, lang) {
		return
	}
	if b.deps.Curator == nil {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.add.failed"))
		return
	}
	doc := in.msg.Document
	arg := strings.TrimSpace(in.args)
	if doc == nil && arg == "" {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.add.usage"))
		return
	}
	var (
		run   func(ctx context.Context) (ingest.Result, error)
		isURL bool
	)
	switch {
	case doc != nil:
		ext := strings.ToLower(path.Ext(doc.FileName))
		switch ext {
		case ".md", ".markdown", ".txt", ".html", ".htm":
		default:
			b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.add.file_type"))
			return
		}
		if doc.FileSize > b.cfg.MaxFileBytes {
			b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.add.file_too_large", b.cfg.MaxFileBytes>>20))
			return
		}
		run = func(ctx context.Context) (ingest.Result, error) {
			data, err := b.download(ctx, in.chat, doc.FileID)
			if err != nil {
				return ingest.Result{}, err
			}
			return b.deps.Curator.AddFile(ctx, doc.FileName, data)
		}
	case !strings.ContainsAny(arg, " \n\t"):
		if msg := b.checkURL(arg, lang); msg != "" {
			b.reply(ctx, in.chat, in.msg.ID, msg)
			return
		}
		isURL = true
		run = func(ctx context.Context) (ingest.Result, error) { return b.deps.Curator.AddURL(ctx, arg) }
	default:
		// Pasted text is a title line and the article below it. One line
		// alone is more likely a mistyped command or a note than an
		// article, and would enter the corpus as a one-sentence "article".
		title, body, _ := strings.Cut(arg, "\n")
		if strings.TrimSpace(title) == "" || strings.TrimSpace(body) == "" {
			b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.add.text_usage"))
			return
		}
		run = func(ctx context.Context) (ingest.Result, error) { return b.deps.Curator.AddText(ctx, arg) }
	}

	// Say something at once: fetching and embedding can take seconds.
	id, err := b.send(ctx, in.chat, plainText(prompts.T(lang, "bot.add.working")), in.msg.ID, nil, true)
	if err != nil {
		b.log.Warn("add: progress message", "err", err)
	}
	cctx, cancel := context.WithTimeout(ctx, curateTimeout)
	res, err := run(cctx)
	cancel()
	var msg string
	if err != nil {
		b.log.Warn("add article failed", "user_id", in.from.ID, "url", isURL, "err", err)
		b.metrics.errorf("curate")
		msg = curateError(err, lang, isURL)
	} else {
		b.log.Info("article curated", "user_id", in.from.ID, "article_id", res.Article.ID, "outcome", res.Outcome.String(), "chunks", res.Chunks)
		msg = preview(res, lang)
	}
	if id != 0 {
		if err := b.edit(ctx, in.chat, id, plainText(msg), nil, true); err == nil {
			return
		}
	}
	b.reply(ctx, in.chat, in.msg.ID, msg)
}

// preview is the curation reply: id, title, outlet, date, language, chunks.
func preview(res ingest.Result, lang string) string {
	a := res.Article
	head := prompts.T(lang, "bot.add.added")
	switch res.Outcome {
	case store.Updated:
		head = prompts.T(lang, "bot.add.updated")
	case store.Duplicate:
		head = prompts.T(lang, "bot.add.duplicate")
	}
	outlet := a.Source
	if outlet == "" {
		outlet = "—"
	}
	language := prompts.LanguageName(lang, a.Lang)
	if language == "" {
		language = "—"
	}
	return head + "\n" + prompts.T(lang, "bot.add.preview", a.ID, a.Title, outlet, formatDate(a.Published, lang), language, res.Chunks)
}

// curateError maps a curation failure to what the admin should read; the
// details stay in the log.
func curateError(err error, lang string, isURL bool) string {
	switch {
	case errors.Is(err, corpus.ErrBlockedAddress):
		return prompts.T(lang, "bot.add.blocked")
	case errors.Is(err, corpus.ErrEmpty):
		return prompts.T(lang, "bot.add.empty")
	case errors.Is(err, corpus.ErrBinary):
		return prompts.T(lang, "bot.add.not_text")
	case errors.Is(err, corpus.ErrUnsupported):
		return prompts.T(lang, "bot.add.unsupported")
	case errors.Is(err, corpus.ErrTooLarge):
		return prompts.T(lang, "bot.add.too_large")
	case errors.Is(err, corpus.ErrFrontMatter):
		return prompts.T(lang, "bot.add.front_matter")
	case isURL:
		return prompts.T(lang, "bot.add.fetch_failed")
	}
	return prompts.T(lang, "bot.add.failed")
}

// checkURL refuses what is clearly not fetchable before any work starts:
// non-http(s) links and literal loopback, private or link-local addresses
// (unless allowed). The fetcher re-checks resolved addresses.
func (b *Bot) checkURL(raw, lang string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return prompts.T(lang, "bot.add.bad_url")
	}
	if b.cfg.AllowPrivateFetch {
		return ""
	}
	host := u.Hostname()
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return prompts.T(lang, "bot.add.blocked")
	}
	// The same rule as the fetcher's dial-time guard, so the early answer and
	// the real check never disagree.
	if ip, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil && !corpus.PublicAddr(ip) {
		return prompts.T(lang, "bot.add.blocked")
	}
	return ""
}

// download fetches a Telegram file by id, bounded in size and time.
func (b *Bot) download(ctx context.Context, chat int64, fileID string) ([]byte, error) {
	var link string
	err := b.call(ctx, chat, "getFile", true, func(ctx context.Context) error {
		f, err := b.api.GetFile(ctx, &tgbot.GetFileParams{FileID: fileID})
		if err == nil {
			link = b.api.FileDownloadLink(f)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("get file: %w", err)
	}
	cctx, cancel := context.WithTimeout(ctx, b.cfg.CallTimeout*2)
	defer cancel()
	req, err := http.NewRequestWithContext(cctx, http.MethodGet, link, nil)
	if err != nil {
		return nil, fmt.Errorf("download file: %w", redact(err, b.cfg.Token))
	}
	resp, err := b.http.Do(req)
	b.metrics.tgCall("downloadFile", err)
	if err != nil {
		return nil, fmt.Errorf("download file: %w", redact(err, b.cfg.Token))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("download file: HTTP %d", resp.StatusCode)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, b.cfg.MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("download file: %w", redact(err, b.cfg.Token))
	}
	if int64(len(data)) > b.cfg.MaxFileBytes {
		return nil, fmt.Errorf("download file: %w", corpus.ErrTooLarge)
	}
	return data, nil
}

// remove handles /remove <id>.
func (b *Bot) remove(ctx context.Context, in incoming, lang string) {
	if !b.admin(ctx, in, lang) {
		return
	}
	id := strings.TrimSpace(in.args)
	if id == "" || strings.ContainsAny(id, " \n\t") {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.remove.usage"))
		return
	}
	if b.deps.Curator == nil {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.add.failed"))
		return
	}
	cctx, cancel := context.WithTimeout(ctx, curateTimeout)
	err := b.deps.Curator.Remove(cctx, id)
	cancel()
	switch {
	case errors.Is(err, store.ErrNotFound):
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.remove.not_found", id))
	case err != nil:
		b.log.Error("remove article", "article_id", id, "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
	default:
		b.log.Info("article removed", "user_id", in.from.ID, "article_id", id)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.remove.done", id))
	}
}

// articles handles /articles [page].
func (b *Bot) articles(ctx context.Context, in incoming, lang string) {
	if !b.admin(ctx, in, lang) {
		return
	}
	page := 1
	if a := strings.TrimSpace(in.args); a != "" {
		n, err := strconv.Atoi(a)
		if err != nil || n < 1 {
			b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.articles.usage"))
			return
		}
		page = n
	}
	st, err := b.deps.Store.CorpusStats(ctx)
	if err != nil {
		b.log.Error("corpus stats", "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	offset := (page - 1) * articlesPerPage
	list, err := b.deps.Store.Articles(ctx, offset, articlesPerPage)
	if err != nil {
		b.log.Error("list articles", "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	if len(list) == 0 {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.articles.empty"))
		return
	}
	var sb strings.Builder
	sb.WriteString(prompts.T(lang, "bot.articles.header", offset+1, offset+len(list), st.Articles))
	for _, a := range list {
		meta := []string{}
		if a.Source != "" {
			meta = append(meta, a.Source)
		}
		meta = append(meta, formatDate(a.Published, lang))
		if a.Lang != "" {
			meta = append(meta, a.Lang)
		}
		fmt.Fprintf(&sb, "\n• %s — %s (%s)", a.ID, a.Title, strings.Join(meta, ", "))
	}
	if offset+len(list) < st.Articles {
		sb.WriteString("\n\n" + prompts.T(lang, "bot.articles.more", page+1))
	}
	b.reply(ctx, in.chat, 0, sb.String())
}

// stats handles /stats.
func (b *Bot) stats(ctx context.Context, in incoming, lang string) {
	if !b.admin(ctx, in, lang) {
		return
	}
	bs, err := b.deps.Store.BotStatistics(ctx, b.now().Add(-7*24*time.Hour))
	if err != nil {
		b.log.Error("bot statistics", "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	cs, err := b.deps.Store.CorpusStats(ctx)
	if err != nil {
		b.log.Error("corpus stats", "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	msg := prompts.T(lang, "bot.stats", bs.Users, bs.Subscribers, cs.Articles, cs.Chunks, bs.Questions, bs.FailedOrNone,
		roundDuration(bs.AvgLatency), roundDuration(bs.MaxLatency), bs.Up, bs.Down)
	if len(bs.PerDay) > 0 {
		msg += "\n\n" + prompts.T(lang, "bot.stats.per_day")
		for _, d := range bs.PerDay {
			msg += fmt.Sprintf("\n• %s: %d", d.Day, d.Count)
		}
	}
	b.reply(ctx, in.chat, 0, msg)
}

func roundDuration(d time.Duration) string {
	switch {
	case d >= 10*time.Second:
		return d.Round(time.Second).String()
	case d >= time.Second:
		return d.Round(100 * time.Millisecond).String()
	}
	return d.Round(time.Millisecond).String()
}
