package digest

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/prompts"
)

// Story is one piece of news in a digest: the articles that report it, the
// first being the one the digest cites and the others its "also reported
// by". Options.StoryKey is the seam through which near-duplicate groups
// (one wire story on several sites) become one story: ByStory, the
// store's groups, in serve and the CLI.
type Story struct {
	Lead     string            // the opening of the cited article (LeadRunes(true) at most)
	Articles []answer.Citation // who reported it; Articles[0] is cited
}

// Digest is one chat's digest, ready for a renderer (the bot's, which the
// CLI prints too): every story of the window, most important first, and
// how much of it to show. Numbers in Summary ([n]) are story numbers.
type Digest struct {
	Lang    string
	Title   string  // the subscriber's local date, and topic if any
	Stories []Story // all of them; the short form shows one page
	// Full asks for the long form: every story with a longer lead, in as
	// many messages as it takes. Otherwise one message: a page of stories
	// and "and N more".
	Full bool
	Page int // 1-based page of the short form; 0 means 1
	// Summary is a model-written overview shown above the stories in the
	// long form ("" when no model wrote one).
	Summary string
	// Note, when set, is the whole message: there is nothing new.
	Note string
	// Start and End are the window the stories came from (zero outside
	// the service), so a page button can ask Page for the same stories.
	Start, End time.Time
}

// Lead lengths in runes. A short line must fit a phone screen in two or
// three lines next to its title; the long form has room for the gist.
const (
	shortLeadRunes = 160
	fullLeadRunes  = 400
)

// LeadRunes is how long a story's lead may be in the given form.
func LeadRunes(full bool) int {
	if full {
		return fullLeadRunes
	}
	return shortLeadRunes
}

// storyDate is when a story happened: its newest publication date, else
// when the store saw it (articles without a date still sort sensibly).
func storyDate(a corpus.Article) time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	return a.AddedAt
}

// Stories groups articles into stories and orders them for a reader: the
// newest day first and, within a day, the stories most outlets covered,
// then the newest. key names an article's story ("" or nil: the article is
// its own story). Ties fall back to the id so every run lists the same
// order, which pagination relies on.
func Stories(arts []corpus.Article, key func(corpus.Article) string) []Story {
	type group struct {
		arts   []corpus.Article
		newest time.Time
	}
	var order []string
	groups := map[string]*group{}
	for _, a := range arts {
		k := ""
		if key != nil {
			k = key(a)
		}
		if k == "" {
			k = "id:" + a.ID
		}
		g, ok := groups[k]
		if !ok {
			g = &group{}
			groups[k] = g
			order = append(order, k)
		}
		g.arts = append(g.arts, a)
		if d := storyDate(a); d.After(g.newest) {
			g.newest = d
		}
	}
	gs := make([]*group, 0, len(order))
	for _, k := range order {
		g := groups[k]
		sort.SliceStable(g.arts, func(i, j int) bool {
			di, dj := storyDate(g.arts[i]), storyDate(g.arts[j])
			if !di.Equal(dj) {
				return di.After(dj)
			}
			return g.arts[i].ID < g.arts[j].ID
		})
		gs = append(gs, g)
	}
	day := func(t time.Time) time.Time { return t.UTC().Truncate(24 * time.Hour) }
	sort.SliceStable(gs, func(i, j int) bool {
		a, b := gs[i], gs[j]
		if da, db := day(a.newest), day(b.newest); !da.Equal(db) {
			return da.After(db)
		}
		if ca, cb := outlets(a.arts), outlets(b.arts); ca != cb {
			return ca > cb
		}
		if !a.newest.Equal(b.newest) {
			return a.newest.After(b.newest)
		}
		return a.arts[0].ID < b.arts[0].ID
	})
	out := make([]Story, len(gs))
	for i, g := range gs {
		st := Story{Lead: Lead(withoutTitle(g.arts[0].Body, g.arts[0].Title), fullLeadRunes)}
		for _, a := range g.arts {
			st.Articles = append(st.Articles, answer.Citation{N: i + 1, ArticleID: a.ID, Title: a.Title,
				URL: a.URL, Source: a.Source, Lang: a.Lang, Published: a.Published})
		}
		out[i] = st
	}
	return out
}

// outlets counts the distinct outlets (or articles, when unnamed) of a story:
// how widely it was covered.
func outlets(arts []corpus.Article) int {
	seen := map[string]bool{}
	for _, a := range arts {
		k := strings.ToLower(strings.TrimSpace(a.Source))
		if k == "" {
			k = "id:" + a.ID
		}
		seen[k] = true
	}
	return len(seen)
}

// withoutTitle drops the headline from the start of a body: extracted
// pages often open with it, and a lead that repeats the title beside it
// tells the reader nothing.
func withoutTitle(body, title string) string {
	b, t := strings.TrimSpace(body), strings.TrimSpace(title)
	if t != "" && len(b) >= len(t) && strings.EqualFold(b[:len(t)], t) {
		b = b[len(t):]
	}
	return strings.TrimLeftFunc(b, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(".:|-–—", r) })
}

// Lead is the opening of body in at most n runes: its first sentences when
// the first fits, else words cut with an ellipsis. Only the first paragraph
// counts, so a lead never runs into a second topic.
func Lead(body string, n int) string {
	p := strings.TrimSpace(body)
	if i := strings.Index(p, "\n\n"); i >= 0 {
		p = p[:i]
	}
	p = strings.Join(strings.Fields(p), " ")
	if utf8.RuneCountInString(p) <= n {
		return p
	}
	// Cut at the last sentence end inside the budget, if it keeps at
	// least a third of it; else at the last space, with an ellipsis.
	cut, sentence, space, count := 0, 0, 0, 0
	for i, r := range p {
		count++
		if count > n-1 { // room for the ellipsis
			break
		}
		cut = i + utf8.RuneLen(r)
		if unicode.IsSpace(r) {
			space = i
			if prev, _ := utf8.DecodeLastRuneInString(p[:i]); strings.ContainsRune(".!?…", prev) {
				sentence = i
			}
		}
	}
	if sentence > 0 && utf8.RuneCountInString(p[:sentence]) >= n/3 {
		return p[:sentence]
	}
	if space > 0 {
		cut = space
	}
	return strings.TrimRightFunc(p[:cut], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) + "…"
}

// Title is the line above a digest: the local date, and the topic filter
// when the chat has one.
func Title(lang string, local time.Time, topic string) string {
	date := prompts.FormatDate(lang, "digest.sub.date_layout", local)
	if topic != "" {
		return prompts.T(lang, "digest.msg.title_topic", date, topic)
	}
	return prompts.T(lang, "digest.msg.title", date)
}

// representatives are the cited articles in story order, so a summary
// written over them numbers its citations like the stories.
func representatives(stories []Story, arts []corpus.Article) []corpus.Article {
	byID := make(map[string]corpus.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	out := make([]corpus.Article, 0, len(stories))
	for _, s := range stories {
		out = append(out, byID[s.Articles[0].ArticleID])
	}
	return out
}

// ByStory is the StoryKey of the store's near-duplicate groups
// (corpus.Article.Story): copies of one wire story are one story.
// Articles the store has not grouped are their own.
func ByStory(a corpus.Article) string {
	if a.Story == 0 {
		return ""
	}
	return "story:" + strconv.FormatInt(a.Story, 10)
}

// Compose builds the digest of arts outside the scheduler (the CLI) the
// way a subscriber gets it: the same stories in the same order, the same
// title for the local date, and in the full form the same summary rule.
// gen is asked for a summary only in the full form, the one that shows it.
// No articles: a Digest whose Note says nothing is new.
func Compose(ctx context.Context, gen Generator, arts []corpus.Article, lang string, local time.Time, full bool, page int) (Digest, error) {
	if len(arts) == 0 {
		return nothingNew(lang), nil
	}
	b := built{stories: Stories(arts, ByStory), articles: len(arts)}
	if full {
		ans, err := gen.Digest(ctx, representatives(b.stories, arts), lang)
		if err != nil {
			return Digest{}, fmt.Errorf("compose digest: %w", err)
		}
		b.ans = ans
	}
	d := makeDigest(b, lang, local, topicFilter{}, full, window{})
	d.Page = max(page, 1)
	return d, nil
}
