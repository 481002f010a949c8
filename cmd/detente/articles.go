package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/store"
)

// Both commands here open the store alone, not the index: listing and
// removing need no embedder, so they work (and are quick) on a corpus whose
// vectors are another model's and that `detente reindex` has yet to fix.

func articlesCommand() *command {
	var (
		asJSON bool
		since  string
		source string
	)
	return &command{
		name:  "articles",
		short: "list the articles in the corpus",
		args:  "[--json] [--since D] [--source S]",
		summary: `List the articles in the corpus, newest added first: id, date added, date
published, outlet, language and title. --since keeps those added since a date
(2025-10-01, local time), a time (RFC 3339) or a span back from now (36h, 7d);
--source those of one outlet, by name or by the host of its links (tass.ru).
A running 'detente serve' sees the same list.`,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&asJSON, "json", false, "print the articles as a JSON array")
			fs.StringVar(&since, "since", "", "only articles added since this date, time or span (2025-10-01, 7d)")
			fs.StringVar(&source, "source", "", "only articles from this outlet or host")
		},
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("articles: unexpected arguments %q (filters are --since and --source)", strings.Join(args, " "))
			}
			from, err := parseSince(since, time.Now())
			if err != nil {
				return fmt.Errorf("articles: --since: %w", err)
			}
			cfg, _, err := c.config()
			if err != nil {
				return err
			}
			st, err := openStore(ctx, cfg)
			if err != nil {
				return err
			}
			defer st.Close()
			as, err := st.ListArticles(ctx, store.ArticleFilter{AddedSince: from, Source: source})
			if err != nil {
				return fmt.Errorf("articles: %w", err)
			}
			if asJSON {
				return writeJSON(c.stdout, articlesJSON(as))
			}
			return writeArticles(c.stdout, as)
		},
	}
}

// maxSinceDays bounds a span in days (about 270 years): beyond it the
// date arithmetic overflows, and no corpus is older.
const maxSinceDays = 100000

// parseSince reads --since: a date (local midnight), an RFC 3339 time, or
// a span back from now in hours or days. "" is the beginning of time.
func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, time.Local); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if n, ok := strings.CutSuffix(s, "d"); ok {
		if days, err := strconv.Atoi(n); err == nil && days >= 0 && days <= maxSinceDays {
			return now.AddDate(0, 0, -days), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("%q is not a date (2025-10-01), a time (2025-10-01T08:00:00Z) or a span (36h, 7d)", s)
}

// jsonArticle is one element of `articles --json`.
type jsonArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Lang      string `json:"lang"`
	Published string `json:"published"` // YYYY-MM-DD, "" when unknown
	AddedAt   string `json:"added_at"`  // RFC 3339, UTC
	// Story is shared by near-duplicates (one wire story on several sites).
	Story int64 `json:"story"`
}

func articlesJSON(as []corpus.Article) []jsonArticle {
	out := make([]jsonArticle, len(as)) // [] rather than null for none
	for i, a := range as {
		out[i] = jsonArticle{
			ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Lang: a.Lang,
			Published: formatDate(a.Published), AddedAt: a.AddedAt.UTC().Format(time.RFC3339), Story: a.Story,
		}
	}
	return out
}

// maxTitleColumn keeps one article on one terminal line.
const maxTitleColumn = 70

func writeArticles(w io.Writer, as []corpus.Article) error {
	if len(as) == 0 {
		_, err := fmt.Fprintln(w, "no articles")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tADDED\tPUBLISHED\tSOURCE\tLANG\tTITLE")
	for _, a := range as {
		pub := formatDate(a.Published)
		if pub == "" {
			pub = "-"
		}
		src := a.Source
		if src == "" {
			src = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", a.ID, a.AddedAt.Local().Format(time.DateOnly), pub, src, a.Lang, shorten(a.Title, maxTitleColumn))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	noun := "articles"
	if len(as) == 1 {
		noun = "article"
	}
	_, err := fmt.Fprintf(w, "%d %s\n", len(as), noun)
	return err
}

// shorten cuts s to at most n runes, marking the cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func removeCommand() *command {
	return &command{
		name:  "remove",
		short: "remove articles from the corpus",
		args:  "ID...",
		summary: `Remove articles (ids as 'detente articles' lists them) with their passages.
A running 'detente serve' stops citing them within seconds. The other ids are
still removed when one is not found.`,
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) == 0 {
				return errors.New("remove: no article id given (usage: detente remove ID...; 'detente articles' lists them)")
			}
			cfg, log, err := c.config()
			if err != nil {
				return err
			}
			st, err := openStore(ctx, cfg)
			if err != nil {
				return err
			}
			defer st.Close()
			removed, missing := 0, 0
			seen := map[string]bool{}
			for _, id := range args {
				id = strings.TrimSpace(id)
				if seen[id] {
					continue
				}
				seen[id] = true
				a, err := st.Article(ctx, id)
				if err == nil {
					_, err = st.RemoveArticle(ctx, id)
				}
				switch {
				case errors.Is(err, store.ErrNotFound):
					missing++
					fmt.Fprintf(c.stdout, "not found %s\n", id)
				case err != nil:
					return fmt.Errorf("remove: %w", err)
				default:
					removed++
					log.Debug("removed article", "article_id", id)
					fmt.Fprintf(c.stdout, "removed   %s  %s\n", id, shorten(a.Title, maxTitleColumn))
				}
			}
			fmt.Fprintf(c.stdout, "removed %d, not found %d\n", removed, missing)
			if missing > 0 {
				return fmt.Errorf("remove: %d of %d ids not found (see 'detente articles')", missing, removed+missing)
			}
			return nil
		},
	}
}
