package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/detente/detente/bot"
	"github.com/detente/detente/digest"
)

func digestCommand() *command {
	var (
		lang   string
		since  string
		asJSON bool
		full   bool
		page   int
	)
	return &command{
		name:  "digest",
		short: "the digest a subscriber gets of the articles added recently",
		args:  "[--lang vi] [--since 24h] [--full | --page N] [--json]",
		summary: `Print the digest of the articles added in a recent window exactly as a subscriber
reads it in Telegram: by default one message with the top stories and "and N more";
--page N is the page /digest all N shows; --full is the long form, every story
(messages separated by a blank line).`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&lang, "lang", "en", "digest `language` (ISO 639-1)")
			fs.StringVar(&since, "since", "24h", "window ending now: a Go duration (36h, 90m) or days (7d)")
			fs.BoolVar(&full, "full", false, "the long form: every story with its lead, and a summary when a model is configured")
			fs.IntVar(&page, "page", 1, "`page` of the short form (what /digest all N shows)")
			fs.BoolVar(&asJSON, "json", false, "print the stories and their articles as JSON")
		},
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("digest: unexpected arguments %q", strings.Join(args, " "))
			}
			window, err := parseWindow(since)
			if err != nil {
				return fmt.Errorf("digest: --since: %w", err)
			}
			if err := checkLang(lang); err != nil {
				return fmt.Errorf("digest: %w", err)
			}
			if page < 1 {
				return fmt.Errorf("digest: --page must be 1 or more, got %d", page)
			}
			a, err := c.open(ctx)
			if err != nil {
				return err
			}
			defer a.Close()
			now := time.Now()
			articles, err := a.st.ArticlesAddedSince(ctx, now.Add(-window), now)
			if err != nil {
				return fmt.Errorf("digest: %w", err)
			}
			d, err := digest.Compose(ctx, a.ans, articles, lang, now, full, page)
			if err != nil {
				return fmt.Errorf("digest: %w", err)
			}
			if asJSON {
				return writeJSON(c.stdout, digestJSON(d))
			}
			msgs, ok := bot.DigestText(d)
			if !ok {
				return fmt.Errorf("digest: there is no page %d", page)
			}
			_, err = fmt.Fprintln(c.stdout, strings.Join(msgs, "\n\n"))
			return err
		},
	}
}

// jsonDigest is `digest --json`: the stories in the order a subscriber
// reads them, each with the articles that report it.
type jsonDigest struct {
	Lang    string      `json:"lang"`
	Title   string      `json:"title,omitempty"`
	Summary string      `json:"summary,omitempty"`
	Note    string      `json:"note,omitempty"`
	Stories []jsonStory `json:"stories"`
}

type jsonStory struct {
	N        int            `json:"n"`
	Lead     string         `json:"lead"`
	Articles []jsonCitation `json:"articles"`
}

func digestJSON(d digest.Digest) jsonDigest {
	out := jsonDigest{Lang: d.Lang, Title: d.Title, Summary: d.Summary, Note: d.Note, Stories: []jsonStory{}}
	for i, s := range d.Stories {
		js := jsonStory{N: i + 1, Lead: s.Lead}
		for _, c := range s.Articles {
			js.Articles = append(js.Articles, jsonCitation{N: i + 1, ArticleID: c.ArticleID, Title: c.Title,
				URL: c.URL, Source: c.Source, Published: formatDate(c.Published)})
		}
		out.Stories = append(out.Stories, js)
	}
	return out
}

// maxWindowDays keeps a day count from overflowing time.Duration.
const maxWindowDays = 36500

// parseWindow accepts Go durations plus a whole-day suffix ("7d"), which
// time.ParseDuration lacks and people type anyway.
func parseWindow(s string) (time.Duration, error) {
	var d time.Duration
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n > maxWindowDays {
			return 0, fmt.Errorf("%q is not a duration such as 24h or 7d", s)
		}
		d = time.Duration(n) * 24 * time.Hour
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("%q is not a duration such as 24h or 7d", s)
		}
	}
	if d <= 0 {
		return 0, errors.New("the window must be positive")
	}
	return d, nil
}
