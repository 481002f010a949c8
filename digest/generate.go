package digest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/store"
)

// window is the half-open span [start, end) of AddedAt a digest covers.
type window struct{ start, end time.Time }

// scheduledWindow is the window of sub's digest due at at: from where its
// last delivered digest ended (the first one: 24 hours) to at rounded down
// to the grid. Rounding makes windows shared: everyone due in the same grid
// slot with the same history gets the same key. Nothing is lost by rounding
// because the next window starts exactly where this one ends.
func (s *Service) scheduledWindow(sub store.Subscription, at time.Time) window {
	end := at.Truncate(s.opt.Grid)
	start := sub.LastWindowEnd
	if start.IsZero() {
		start = end.Add(-24 * time.Hour)
	}
	if floor := end.Add(-s.opt.MaxWindow); start.Before(floor) {
		start = floor
	}
	if start.After(end) { // the chat moved its time earlier after a delivery
		start = end
	}
	return window{start: start.UTC(), end: end.UTC()}
}

// topicFilter keeps the articles matching a subscriber's topic.
type topicFilter struct {
	display string     // as typed, for messages
	key     string     // folded words, for cache keys ("" = everything)
	phrases [][]string // the topic and its expansions, each as folded words
}

// maxTopicRunes bounds a topic filter; a topic is a few words, not a query.
const maxTopicRunes = 100

func newTopicFilter(topic string, expand func(string) []string) topicFilter {
	topic = strings.TrimSpace(corpus.Normalize(topic))
	words := foldWords(topic)
	f := topicFilter{display: topic, key: strings.Join(words, " ")}
	if f.key == "" {
		return topicFilter{}
	}
	f.phrases = [][]string{words}
	if expand != nil {
		seen := map[string]bool{f.key: true}
		for _, e := range expand(topic) {
			ws := foldWords(e)
			k := strings.Join(ws, " ")
			if k != "" && !seen[k] {
				seen[k] = true
				f.phrases = append(f.phrases, ws)
			}
		}
	}
	return f
}

// foldWords lowercases, strips diacritics (đ→d) and splits into words
// (corpus.Words), so "Trừng phạt" matches "trung phat" and "sanctions,"
// matches "sanctions".
func foldWords(s string) []string {
	return corpus.Words(s)
}

// match reports whether every word of some phrase occurs in the article's
// title or body, in any form: words are compared by stem (corpus.Stem), so
// "sanctions" matches "sanctioned" and "санкции" matches "санкций", while
// "sanctions" is not "sanctimonious" and Vietnamese "nga" is not "ngày".
func (f topicFilter) match(a corpus.Article) bool {
	if f.key == "" {
		return true
	}
	stems := map[string]bool{}
	for _, w := range foldWords(a.Title + "\n" + a.Body) {
		stems[corpus.Stem(w)] = true
	}
	has := func(w string) bool { return stems[corpus.Stem(w)] }
outer:
	for _, p := range f.phrases {
		for _, w := range p {
			if !has(w) {
				continue outer
			}
		}
		return true
	}
	return false
}

// digestKey names a shareable digest: language, window and topic.
func digestKey(lang string, w window, topicKey string) string {
	return fmt.Sprintf("%s|%s|%s|%s", lang, w.start.Format(time.RFC3339), w.end.Format(time.RFC3339), topicKey)
}

// built is a digest ready to send, or the fact that there was nothing new.
type built struct {
	ans       answer.Answer
	empty     bool // no article in the window matched
	articles  int
	generated bool // made now (a model or extractive call), not read from the cache
}

// articleSource returns the articles of a window; the scheduler memoises it
// per tick so ten thousand subscribers cost one query per distinct window.
type articleSource func(ctx context.Context, w window) ([]corpus.Article, error)

func (s *Service) storeArticles(ctx context.Context, w window) ([]corpus.Article, error) {
	return s.st.ArticlesAddedSince(ctx, w.start, w.end)
}

// digestFor returns the digest for (lang, w, topic): from the cache when
// any process made it before, else generated once (concurrent callers with
// the same key wait for that one generation) and stored for everyone else.
func (s *Service) digestFor(ctx context.Context, lang string, w window, topic topicFilter, src articleSource) (built, error) {
	key := digestKey(lang, w, topic.key)
	return s.flight.do(key, func() (built, error) {
		c, err := s.st.CachedDigestByKey(ctx, key)
		if err == nil {
			var ans answer.Answer
			if err := json.Unmarshal(c.Payload, &ans); err == nil {
				return built{ans: ans, articles: c.Articles}, nil
			}
			s.log.Warn("digest cache entry unreadable; regenerating", "digest_key", key)
		} else if !errors.Is(err, store.ErrNotFound) {
			return built{}, err
		}
		all, err := src(ctx, w)
		if err != nil {
			return built{}, err
		}
		var arts []corpus.Article
		for _, a := range all {
			if topic.match(a) {
				arts = append(arts, a)
			}
		}
		if len(arts) == 0 {
			return built{empty: true}, nil
		}
		gctx, cancel := context.WithTimeout(ctx, s.opt.GenerateTimeout)
		defer cancel()
		start := s.clock.Now()
		ans, err := s.gen.Digest(gctx, arts, lang)
		if err != nil {
			return built{}, fmt.Errorf("generate digest %s: %w", key, err)
		}
		if ans.Lang == "" {
			ans.Lang = lang
		}
		payload, err := json.Marshal(ans)
		if err != nil {
			return built{}, fmt.Errorf("encode digest %s: %w", key, err)
		}
		if err := s.st.PutCachedDigest(ctx, store.CachedDigest{Key: key, Lang: lang, WindowStart: w.start,
			WindowEnd: w.end, Topic: topic.key, Articles: len(arts), Payload: payload, CreatedAt: s.clock.Now()}); err != nil {
			return built{}, err
		}
		s.log.Info("digest generated", "digest_key", key, "articles", len(arts), "extractive", ans.Extractive,
			"latency_ms", s.clock.Now().Sub(start).Milliseconds())
		return built{ans: ans, articles: len(arts), generated: true}, nil
	})
}

// flight makes concurrent requests for one key share one computation.
type flight struct {
	mu    sync.Mutex
	calls map[string]*flightCall
}

type flightCall struct {
	done chan struct{}
	val  built
	err  error
}

func (f *flight) do(key string, fn func() (built, error)) (built, error) {
	f.mu.Lock()
	if c, ok := f.calls[key]; ok {
		f.mu.Unlock()
		<-c.done
		return c.val, c.err
	}
	c := &flightCall{done: make(chan struct{})}
	f.calls[key] = c
	f.mu.Unlock()
	c.val, c.err = fn()
	f.mu.Lock()
	delete(f.calls, key)
	f.mu.Unlock()
	close(c.done)
	return c.val, c.err
}

// Now builds today's digest for the user (/digest) without changing the schedule.
// It covers the last 24 hours (rounded down to NowGrid, so a burst of
// /digest commands shares one generation) with the chat's topic filter if it
// subscribed with one. Nothing new: an Answer with NoSources and a localised
// sentence saying so.
func (s *Service) Now(ctx context.Context, u User) (answer.Answer, error) {
	lang := userLang(u)
	now := s.clock.Now()
	zone, topic := defaultZone(lang), topicFilter{}
	sub, err := s.st.Subscription(ctx, u.ChatID)
	switch {
	case err == nil && sub.Active:
		zone, topic = sub.TZ, newTopicFilter(sub.Topic, s.opt.ExpandTopic)
	case err != nil && !errors.Is(err, store.ErrNotFound):
		return answer.Answer{}, fmt.Errorf("digest now: %w", err)
	}
	loc, err := s.location(zone)
	if err != nil {
		loc = time.UTC
	}
	end := now.Truncate(s.opt.NowGrid)
	start := end.Add(-24 * time.Hour)
	// The window runs to the newest article added so far, not just to the
	// grid: an article an admin added a minute ago belongs in /digest now.
	// Ending just after that article (rather than at now) keeps the key, and
	// so the cached digest, shared until something newer arrives.
	recent, err := s.st.ArticlesAddedSince(ctx, start, now.Add(time.Nanosecond))
	if err != nil {
		return answer.Answer{}, fmt.Errorf("digest now: %w", err)
	}
	for _, a := range recent {
		if e := a.AddedAt.Truncate(time.Second).Add(time.Second); e.After(end) {
			end = e
		}
	}
	w := window{start: start.UTC(), end: end.UTC()}
	b, err := s.digestFor(ctx, lang, w, topic, s.storeArticles)
	if err != nil {
		return answer.Answer{}, fmt.Errorf("digest now: %w", err)
	}
	if b.empty {
		return answer.Answer{Lang: lang, NoSources: true, Text: prompts.T(lang, "digest.msg.nothing_new_24h")}, nil
	}
	return decorate(b.ans, lang, now.In(loc), topic), nil
}

// nothingNew is the message SendNothingNew sends for an empty digest.
func nothingNew(lang string) answer.Answer {
	return answer.Answer{Lang: lang, NoSources: true, Text: prompts.T(lang, "digest.msg.nothing_new")}
}

// decorate puts the subscriber's local date (and topic) above the shared
// text; the shared Answer is copied, never modified.
func decorate(a answer.Answer, lang string, local time.Time, topic topicFilter) answer.Answer {
	date := prompts.FormatDate(lang, "digest.sub.date_layout", local)
	title := prompts.T(lang, "digest.msg.title", date)
	if topic.key != "" {
		title = prompts.T(lang, "digest.msg.title_topic", date, topic.display)
	}
	a.Text = title + "\n\n" + a.Text
	return a
}

// userLang is the language replies and digests are written in.
func userLang(u User) string {
	for _, l := range []string{u.Lang, u.LangCode} {
		l = strings.ToLower(strings.TrimSpace(l))
		if i := strings.IndexAny(l, "-_"); i >= 0 {
			l = l[:i]
		}
		if l != "" {
			return l
		}
	}
	return "en"
}
