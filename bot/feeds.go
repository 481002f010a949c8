package bot

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/feeds"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/secret"
	"github.com/detente/detente/store"
)

// FeedAdmin follows news feeds for the corpus. *feeds.Poller implements it.
type FeedAdmin interface {
	Follow(ctx context.Context, rawURL, topic string, by int64) (store.Feed, error)
	Feeds(ctx context.Context) ([]store.Feed, error)
	Unfollow(ctx context.Context, id int64) error
	Pause(ctx context.Context, id int64, paused bool) error
}

// feedListChunk keeps one /feeds message well under Telegram's 4096
// characters; a long list goes out in several messages.
const feedListChunk = 3500

// feedsCmd handles /feeds, /feeds add URL [topic], /feeds remove|pause|resume N.
func (b *Bot) feedsCmd(ctx context.Context, in incoming, lang string) {
	if !b.admin(ctx, in, lang) {
		return
	}
	if b.deps.Feeds == nil {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.feeds.unavailable"))
		return
	}
	fields := strings.Fields(in.args)
	if len(fields) == 0 {
		b.listFeeds(ctx, in, lang)
		return
	}
	sub, rest := strings.ToLower(fields[0]), fields[1:]
	switch {
	case sub == "add" && len(rest) >= 1:
		b.followFeed(ctx, in, lang, rest[0], strings.Join(rest[1:], " "))
	case (sub == "remove" || sub == "pause" || sub == "resume") && len(rest) == 1:
		id, err := strconv.ParseInt(strings.TrimPrefix(rest[0], "#"), 10, 64)
		if err != nil || id <= 0 {
			b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.feeds.usage"))
			return
		}
		b.changeFeed(ctx, in, lang, sub, id)
	default:
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.feeds.usage"))
	}
}

func (b *Bot) followFeed(ctx context.Context, in incoming, lang, rawURL, topic string) {
	if msg := b.checkURL(rawURL, lang); msg != "" {
		b.reply(ctx, in.chat, in.msg.ID, msg)
		return
	}
	cctx, cancel := context.WithTimeout(ctx, curateTimeout)
	f, err := b.deps.Feeds.Follow(cctx, rawURL, topic, in.from.ID)
	cancel()
	if err != nil {
		b.log.Warn("follow feed failed", "user_id", in.from.ID, "err", err)
		b.reply(ctx, in.chat, in.msg.ID, feedError(err, lang))
		return
	}
	b.log.Info("feed followed", "user_id", in.from.ID, "feed_id", f.ID)
	title := f.Title
	if title == "" {
		title = secret.RedactURL(f.URL)
	}
	b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.feeds.added", f.ID, title, topicName(f.Topic, lang)))
}

// feedError maps a Follow failure to what the admin should read.
func feedError(err error, lang string) string {
	switch {
	case errors.Is(err, store.ErrFeedExists):
		return prompts.T(lang, "bot.feeds.exists")
	case errors.Is(err, feeds.ErrBadURL):
		return prompts.T(lang, "bot.add.bad_url")
	case errors.Is(err, corpus.ErrBlockedAddress):
		return prompts.T(lang, "bot.add.blocked")
	case errors.Is(err, feeds.ErrBadTopic):
		return prompts.T(lang, "bot.feeds.bad_topic")
	case errors.Is(err, feeds.ErrNotFeed):
		return prompts.T(lang, "bot.feeds.not_feed")
	}
	return prompts.T(lang, "bot.feeds.fetch_failed")
}

func (b *Bot) changeFeed(ctx context.Context, in incoming, lang, sub string, id int64) {
	var err error
	key := "bot.feeds.removed"
	switch sub {
	case "remove":
		err = b.deps.Feeds.Unfollow(ctx, id)
	case "pause":
		err, key = b.deps.Feeds.Pause(ctx, id, true), "bot.feeds.paused_done"
	default:
		err, key = b.deps.Feeds.Pause(ctx, id, false), "bot.feeds.resumed"
	}
	switch {
	case errors.Is(err, store.ErrNotFound):
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.feeds.not_found", id))
	case err != nil:
		b.log.Error("change feed", "feed_id", id, "op", sub, "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
	default:
		b.log.Info("feed changed", "user_id", in.from.ID, "feed_id", id, "op", sub)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, key, id))
	}
}

func (b *Bot) listFeeds(ctx context.Context, in incoming, lang string) {
	fs, err := b.deps.Feeds.Feeds(ctx)
	if err != nil {
		b.log.Error("list feeds", "err", err)
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.error"))
		return
	}
	if len(fs) == 0 {
		b.reply(ctx, in.chat, in.msg.ID, prompts.T(lang, "bot.feeds.empty"))
		return
	}
	var msgs []string
	cur := prompts.T(lang, "bot.feeds.header", len(fs))
	for _, f := range fs {
		entry := feedEntry(f, lang)
		if len(cur)+len(entry) > feedListChunk {
			msgs, cur = append(msgs, cur), ""
		}
		if cur != "" {
			cur += "\n\n"
		}
		cur += entry
	}
	msgs = append(msgs, cur)
	for _, m := range msgs {
		b.reply(ctx, in.chat, 0, m)
	}
}

// feedEntry is one feed in /feeds: number, name, state, counts, times,
// and its last error on one line.
func feedEntry(f store.Feed, lang string) string {
	name := f.Title
	if name == "" {
		name = secret.RedactURL(f.URL)
	}
	next := feedTime(f.NextPoll, lang)
	if f.Paused {
		next = prompts.T(lang, "bot.feeds.paused")
	}
	s := strconv.FormatInt(f.ID, 10) + ". " + name + "\n" + secret.RedactURL(f.URL) + "\n" +
		prompts.T(lang, "bot.feeds.details", topicName(f.Topic, lang), f.ItemsAdded, feedTime(f.LastSuccess, lang), next)
	if f.LastError != "" {
		s += "\n" + prompts.T(lang, "bot.feeds.last_error", f.LastError)
	}
	return s
}

func topicName(topic, lang string) string {
	if topic == "" {
		return prompts.T(lang, "bot.feeds.all_topics")
	}
	return topic
}

func feedTime(t time.Time, lang string) string {
	if t.IsZero() {
		return prompts.T(lang, "bot.feeds.never")
	}
	return formatDate(t, lang) + " " + t.UTC().Format("15:04") + " UTC"
}
