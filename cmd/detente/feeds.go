package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/feeds"
	"github.com/detente/detente/secret"
	"github.com/detente/detente/store"
)

func feedsCommand() *command {
	var (
		asJSON bool
		all    bool
	)
	return &command{
		name:  "feeds",
		short: "follow news feeds: add, list, remove, pause, resume, poll",
		args:  "add URL [topic words|us-russia] | list [--json] | remove N | pause N | resume N | poll [--all]",
		summary: `Follow RSS 2.0, Atom and JSON Feed sources. 'serve' polls each feed on its own
schedule (DETENTE_FEED_INTERVAL, default 30m); 'feeds poll' runs one pass over
the feeds that are due (every feed with --all), for cron. Topic words keep only
items that mention one of them (in English or Vietnamese); 'us-russia' keeps
only items about both countries. Loopback and private addresses are refused
unless DETENTE_FETCH_ALLOW_PRIVATE=1.`,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&asJSON, "json", false, "list: print the feeds as JSON")
			fs.BoolVar(&all, "all", false, "poll: poll every active feed, due or not")
		},
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) == 0 {
				return errors.New("feeds: which? add URL [words], list, remove N, pause N, resume N or poll (see 'detente feeds -h')")
			}
			sub, rest := args[0], args[1:]
			cfg, log, err := c.config()
			if err != nil {
				return err
			}
			switch sub {
			case "add":
				if len(rest) == 0 {
					return errors.New("feeds add: usage: detente feeds add URL [topic words|us-russia]")
				}
				return withFeedStore(ctx, cfg, log, func(p *feeds.Poller) error {
					f, err := p.Follow(ctx, rest[0], strings.Join(rest[1:], " "), 0)
					if err != nil {
						return fmt.Errorf("feeds add: %w", err)
					}
					fmt.Fprintf(c.stdout, "following feed %d: %s (%s)\n", f.ID, orDash(f.Title), secret.RedactURL(f.URL))
					return nil
				})
			case "list":
				if len(rest) > 0 {
					return fmt.Errorf("feeds list: unexpected arguments %q", strings.Join(rest, " "))
				}
				return withFeedStore(ctx, cfg, log, func(p *feeds.Poller) error {
					fs, err := p.Feeds(ctx)
					if err != nil {
						return fmt.Errorf("feeds list: %w", err)
					}
					if asJSON {
						return writeJSON(c.stdout, feedsJSON(fs))
					}
					writeFeeds(c.stdout, fs)
					return nil
				})
			case "remove", "pause", "resume":
				if len(rest) != 1 {
					return fmt.Errorf("feeds %s: usage: detente feeds %s N (N from 'detente feeds list')", sub, sub)
				}
				id, err := strconv.ParseInt(rest[0], 10, 64)
				if err != nil || id <= 0 {
					return fmt.Errorf("feeds %s: %q is not a feed number (see 'detente feeds list')", sub, rest[0])
				}
				return withFeedStore(ctx, cfg, log, func(p *feeds.Poller) error {
					if sub == "remove" {
						err = p.Unfollow(ctx, id)
					} else {
						err = p.Pause(ctx, id, sub == "pause")
					}
					if errors.Is(err, store.ErrNotFound) {
						return fmt.Errorf("feeds %s: there is no feed %d (see 'detente feeds list')", sub, id)
					}
					if err != nil {
						return fmt.Errorf("feeds %s: %w", sub, err)
					}
					fmt.Fprintf(c.stdout, "feed %d: %s\n", id, map[string]string{"remove": "removed (its articles stay)", "pause": "paused", "resume": "resumed"}[sub])
					return nil
				})
			case "poll":
				if len(rest) > 0 {
					return fmt.Errorf("feeds poll: unexpected arguments %q", strings.Join(rest, " "))
				}
				a, err := openApp(ctx, cfg, log)
				if err != nil {
					return err
				}
				defer a.Close()
				s, err := newPoller(a).Poll(ctx, all)
				fmt.Fprintf(c.stdout, "polled %d feeds: %d added, %d duplicates, %d off topic, %d not modified, %d failed, %d items failed\n",
					s.Feeds, s.Added, s.Duplicates, s.Filtered, s.NotModified, s.Failed, s.ItemErrors)
				if err != nil {
					return fmt.Errorf("feeds poll: %w", err)
				}
				return nil
			}
			return fmt.Errorf("feeds: unknown subcommand %q (add, list, remove, pause, resume, poll)", sub)
		},
	}
}

// feedOptions are the poller's settings from the configuration.
func feedOptions(cfg Config, log *slog.Logger) feeds.Options {
	return feeds.Options{Interval: cfg.FeedInterval, Logger: log}
}

// feedFetcher is the guarded fetcher, opened to private addresses only when
// the operator said so.
func feedFetcher(cfg Config) *corpus.Fetcher {
	opt := fetchOptions()
	opt.AllowPrivate = cfg.AllowPrivateFetch
	return corpus.NewFetcher(opt)
}

// newPoller is the feed poller over an open app.
func newPoller(a *app) *feeds.Poller {
	return feeds.New(a.st, a.ing, feedFetcher(a.cfg), feedOptions(a.cfg, a.log))
}

// withFeedStore runs fn with a poller over the store alone: following and
// listing feeds needs neither the index nor the seed corpus.
func withFeedStore(ctx context.Context, cfg Config, log *slog.Logger, fn func(p *feeds.Poller) error) error {
	st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(feeds.New(st, nil, feedFetcher(cfg), feedOptions(cfg, log)))
}

type feedJSON struct {
	ID          int64      `json:"id"`
	URL         string     `json:"url"`
	Title       string     `json:"title"`
	Topic       string     `json:"topic"`
	Paused      bool       `json:"paused"`
	ItemsAdded  int        `json:"items_added"`
	LastSuccess *time.Time `json:"last_success"`
	LastError   string     `json:"last_error"`
	Failures    int        `json:"failures"`
	NextPoll    *time.Time `json:"next_poll"`
}

func feedsJSON(fs []store.Feed) []feedJSON {
	out := make([]feedJSON, 0, len(fs))
	tp := func(t time.Time) *time.Time {
		if t.IsZero() {
			return nil
		}
		return &t
	}
	for _, f := range fs {
		j := feedJSON{ID: f.ID, URL: secret.RedactURL(f.URL), Title: f.Title, Topic: f.Topic, Paused: f.Paused,
			ItemsAdded: f.ItemsAdded, LastSuccess: tp(f.LastSuccess), LastError: f.LastError, Failures: f.Failures}
		if !f.Paused {
			j.NextPoll = tp(f.NextPoll)
		}
		out = append(out, j)
	}
	return out
}

func writeFeeds(w io.Writer, fs []store.Feed) {
	if len(fs) == 0 {
		fmt.Fprintln(w, "no feeds followed (detente feeds add URL)")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "N\tSTATE\tADDED\tLAST SUCCESS\tNEXT POLL\tTOPIC\tFEED")
	when := func(t time.Time) string {
		if t.IsZero() {
			return "never"
		}
		return t.Local().Format("2006-01-02 15:04")
	}
	for _, f := range fs {
		state, next := "active", when(f.NextPoll)
		if f.Paused {
			state, next = "paused", "—"
		} else if f.Failures > 0 {
			state = fmt.Sprintf("failing×%d", f.Failures)
		}
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s %s\n", f.ID, state, f.ItemsAdded, when(f.LastSuccess), next,
			orDash(f.Topic), orDash(f.Title), secret.RedactURL(f.URL))
		if f.LastError != "" {
			fmt.Fprintf(tw, "\t\t\t\t\t\t  last error: %s\n", f.LastError)
		}
	}
	tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
