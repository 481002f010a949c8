package digest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/detente/detente/prompts"
	"github.com/detente/detente/store"
)

// argError is a mistake in a command's arguments: a localised explanation
// for the user, after which nothing has changed.
type argError struct {
	key  string
	args []any
}

func (e *argError) Error() string { return e.key }

func (e *argError) text(lang string) string {
	return prompts.T(lang, e.key, e.args...) + " " + prompts.T(lang, "digest.sub.unchanged")
}

// subscribeArgs is a parsed /subscribe argument string.
type subscribeArgs struct {
	minute    int
	hasMinute bool
	zone      string // canonical IANA name, "" when not given
	topic     string // as typed, "" when not given
	size      string // "short", "full", "" when not given
}

// parseSubscribe reads "[HH:MM] [time zone] [short|full] [topic words]".
// They may come in any order; every other word is the topic.
func parseSubscribe(args string) (subscribeArgs, error) {
	var out subscribeArgs
	var topic []string
	for _, tok := range strings.Fields(args) {
		if size := strings.ToLower(tok); size == "short" || size == "full" {
			if out.size != "" && out.size != size {
				return subscribeArgs{}, &argError{"digest.sub.err_two_sizes", nil}
			}
			out.size = size
			continue
		}
		if m, looks, ok := parseClock(tok); looks {
			switch {
			case !ok:
				return subscribeArgs{}, &argError{"digest.sub.err_time", []any{tok}}
			case out.hasMinute:
				return subscribeArgs{}, &argError{"digest.sub.err_two_times", []any{formatClock(out.minute), tok}}
			}
			out.minute, out.hasMinute = m, true
			continue
		}
		if cand, refused := zoneShape(tok); refused {
			return subscribeArgs{}, &argError{"digest.sub.err_zone_abbrev", []any{tok}}
		} else if cand {
			name, _, err := resolveZone(tok)
			switch {
			case err != nil:
				return subscribeArgs{}, &argError{"digest.sub.err_zone", []any{tok}}
			case out.zone != "":
				return subscribeArgs{}, &argError{"digest.sub.err_two_zones", []any{out.zone, tok}}
			}
			out.zone = name
			continue
		}
		topic = append(topic, tok)
	}
	out.topic = strings.Join(topic, " ")
	if n := utf8.RuneCountInString(out.topic); n > maxTopicRunes {
		return subscribeArgs{}, &argError{"digest.sub.err_topic_long", []any{maxTopicRunes}}
	}
	if out.topic != "" && len(foldWords(out.topic)) == 0 {
		return subscribeArgs{}, &argError{"digest.sub.err_topic_empty", []any{out.topic}}
	}
	return out, nil
}

// topicKey names a topic filter for cache keys: its folded words, sorted
// and without repeats, so "Talks", "talks talks" and "talks, Ukraine" /
// "Ukraine talks" share one generated digest instead of one each.
func topicKey(words []string) string {
	ws := slices.Clone(words)
	slices.Sort(ws)
	return strings.Join(slices.Compact(ws), " ")
}

// Command handles the commands subscribe, unsubscribe, timezone and
// subscription (named bare: the bot strips the chat syntax) with their
// argument string and returns the localised reply text (plain text).
// A mistake in the arguments is not an error: the reply explains it and
// nothing changes. An error means the command could not be carried out
// (the database failed, or cmd is not one of the four).
func (s *Service) Command(ctx context.Context, u User, cmd, args string) (string, error) {
	cmd = strings.ToLower(strings.TrimSpace(cmd))
	lang := userLang(u)
	var reply string
	var err error
	switch cmd {
	case "subscribe":
		reply, err = s.subscribe(ctx, u, lang, args)
	case "unsubscribe":
		reply, err = s.unsubscribe(ctx, u, lang)
	case "timezone":
		reply, err = s.timezone(ctx, u, lang, args)
	case "subscription":
		reply, err = s.status(ctx, u, lang)
	default:
		return "", fmt.Errorf("digest command %q: not a digest command", cmd)
	}
	var ae *argError
	if errors.As(err, &ae) {
		return ae.text(lang), nil
	}
	if err != nil {
		return "", fmt.Errorf("digest command /%s: %w", cmd, err)
	}
	return reply, nil
}

// current returns the chat's subscription and whether it is active.
func (s *Service) current(ctx context.Context, chatID int64) (store.Subscription, bool, error) {
	sub, err := s.st.Subscription(ctx, chatID)
	if errors.Is(err, store.ErrNotFound) {
		return store.Subscription{}, false, nil
	}
	if err != nil {
		return store.Subscription{}, false, err
	}
	return sub, sub.Active, nil
}

func (s *Service) subscribe(ctx context.Context, u User, lang, args string) (string, error) {
	req, err := parseSubscribe(args)
	if err != nil {
		return "", err
	}
	old, active, err := s.current(ctx, u.ChatID)
	if err != nil {
		return "", err
	}
	exists := old.ChatID != 0
	now := s.clock.Now()
	sub := old
	if !exists {
		sub = store.Subscription{ChatID: u.ChatID, Minute: defaultMinute, TZ: defaultZone(lang)}
	}
	if req.hasMinute {
		sub.Minute = req.minute
	}
	if req.zone != "" {
		sub.TZ = req.zone
	}
	// A topic is part of each /subscribe: "/subscribe 07:30" means every
	// article at 07:30, so an old filter does not linger unseen.
	sub.Topic = req.topic
	if req.size != "" { // the size stays as chosen until changed
		sub.Full = req.size == "full"
	}
	sub.UserID, sub.Lang, sub.Active, sub.UpdatedAt = u.UserID, lang, true, now
	if !exists || !active || sub.Minute != old.Minute || sub.TZ != old.TZ {
		sub.ScheduleFrom = now
	}
	if err := s.st.PutSubscription(ctx, sub); err != nil {
		return "", err
	}
	s.nudge()
	s.log.Info("digest subscription", "chat_id", sub.ChatID, "user_id", sub.UserID, "lang", lang,
		"time", formatClock(sub.Minute), "tz", sub.TZ, "topic", sub.Topic != "", "new", !exists)
	loc, err := s.location(sub.TZ)
	if err != nil {
		return "", err
	}
	lines := []string{prompts.T(lang, "digest.sub.subscribed", formatClock(sub.Minute), sub.TZ)}
	if req.zone == "" && !exists {
		lines = append(lines, prompts.T(lang, "digest.sub.zone_guessed", sub.TZ))
	}
	if sub.Topic != "" {
		lines = append(lines, prompts.T(lang, "digest.sub.topic", newTopicFilter(sub.Topic, nil).display))
	}
	lines = append(lines, sizeLine(lang, sub.Full), s.nextLine(lang, sub, now, loc))
	return strings.Join(lines, "\n"), nil
}

func (s *Service) unsubscribe(ctx context.Context, u User, lang string) (string, error) {
	_, active, err := s.current(ctx, u.ChatID)
	if err != nil {
		return "", err
	}
	if !active {
		return prompts.T(lang, "digest.sub.not_subscribed"), nil
	}
	if err := s.st.SetSubscriptionActive(ctx, u.ChatID, false, s.clock.Now()); err != nil {
		return "", err
	}
	s.log.Info("digest unsubscribed", "chat_id", u.ChatID, "user_id", u.UserID)
	return prompts.T(lang, "digest.sub.unsubscribed"), nil
}

func (s *Service) timezone(ctx context.Context, u User, lang, args string) (string, error) {
	fields := strings.Fields(args)
	if len(fields) > 1 {
		return "", &argError{"digest.sub.err_timezone_args", nil}
	}
	var name string
	if len(fields) == 1 {
		if _, refused := zoneShape(fields[0]); refused {
			return "", &argError{"digest.sub.err_zone_abbrev", []any{fields[0]}}
		}
		n, _, err := resolveZone(fields[0])
		if err != nil {
			return "", &argError{"digest.sub.err_zone", []any{fields[0]}}
		}
		name = n
	}
	sub, active, err := s.current(ctx, u.ChatID)
	if err != nil {
		return "", err
	}
	now := s.clock.Now()
	if !active {
		if name == "" {
			return prompts.T(lang, "digest.sub.not_subscribed"), nil
		}
		return prompts.T(lang, "digest.sub.not_subscribed_tz", name, name), nil
	}
	if name == "" {
		loc, err := s.location(sub.TZ)
		if err != nil {
			return "", err
		}
		return prompts.T(lang, "digest.sub.tz_current", sub.TZ, now.In(loc).Format("15:04")), nil
	}
	if name != sub.TZ {
		sub.TZ, sub.ScheduleFrom = name, now
	}
	sub.UpdatedAt = now
	if err := s.st.PutSubscription(ctx, sub); err != nil {
		return "", err
	}
	s.nudge()
	loc, err := s.location(sub.TZ)
	if err != nil {
		return "", err
	}
	return prompts.T(lang, "digest.sub.tz_set", sub.TZ, now.In(loc).Format("15:04")) + "\n" +
		s.nextLine(lang, sub, now, loc), nil
}

func (s *Service) status(ctx context.Context, u User, lang string) (string, error) {
	sub, active, err := s.current(ctx, u.ChatID)
	if err != nil {
		return "", err
	}
	if !active {
		return prompts.T(lang, "digest.sub.not_subscribed"), nil
	}
	loc, err := s.location(sub.TZ)
	if err != nil {
		return "", err
	}
	now := s.clock.Now()
	lines := []string{prompts.T(lang, "digest.sub.status", formatClock(sub.Minute), sub.TZ, prompts.LanguageName(lang, sub.Lang))}
	if sub.Topic != "" {
		lines = append(lines, prompts.T(lang, "digest.sub.topic", sub.Topic))
	}
	lines = append(lines, sizeLine(lang, sub.Full), s.nextLine(lang, sub, now, loc))
	if sub.LastDeliveredAt.IsZero() {
		lines = append(lines, prompts.T(lang, "digest.sub.never"))
	} else {
		lines = append(lines, prompts.T(lang, "digest.sub.last", s.when(lang, sub.LastDeliveredAt, now, loc)))
	}
	return strings.Join(lines, "\n"), nil
}

// sizeLine says which form of the digest the chat gets and how to change it.
func sizeLine(lang string, full bool) string {
	if full {
		return prompts.T(lang, "digest.sub.size_full")
	}
	return prompts.T(lang, "digest.sub.size_short")
}

// nextLine says when the next digest comes, in the subscriber's local time.
func (s *Service) nextLine(lang string, sub store.Subscription, now time.Time, loc *time.Location) string {
	next := nextDelivery(sub, now, loc)
	if !next.After(now) {
		return prompts.T(lang, "digest.sub.next", prompts.T(lang, "digest.sub.when_now"))
	}
	return prompts.T(lang, "digest.sub.next", s.when(lang, next, now, loc))
}

// when names an instant relative to now in loc: "today at 08:00",
// "tomorrow at 08:00", "yesterday at 08:00" or "Mon 10 Mar 2025 at 08:00".
func (s *Service) when(lang string, t, now time.Time, loc *time.Location) string {
	lt, ln := t.In(loc), now.In(loc)
	hm := lt.Format("15:04")
	day := func(x time.Time) time.Time { return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC) }
	switch int(day(lt).Sub(day(ln)).Hours() / 24) {
	case 0:
		return prompts.T(lang, "digest.sub.when_today", hm)
	case 1:
		return prompts.T(lang, "digest.sub.when_tomorrow", hm)
	case -1:
		return prompts.T(lang, "digest.sub.when_yesterday", hm)
	}
	return prompts.T(lang, "digest.sub.when_date", prompts.FormatDate(lang, "digest.sub.date_layout", lt), hm)
}

// nudge wakes Run so a schedule changed by a command counts at once (a
// chat that moves its time to a minute from now gets it then).
func (s *Service) nudge() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}
