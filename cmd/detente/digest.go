package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"
)

func digestCommand() *command {
	var (
		lang   string
		since  string
		asJSON bool
	)
	return &command{
		name:    "digest",
		short:   "summarise the articles added recently",
		args:    "[--lang vi] [--since 24h] [--json]",
		summary: "Summarise the articles added in a recent window, citing them.",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&lang, "lang", "en", "digest `language` (ISO 639-1)")
			fs.StringVar(&since, "since", "24h", "window ending now: a Go duration (36h, 90m) or days (7d)")
			fs.BoolVar(&asJSON, "json", false, "print the digest and citations as JSON")
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
			ans, err := a.ans.Digest(ctx, articles, lang)
			if err != nil {
				return fmt.Errorf("digest: %w", err)
			}
			if asJSON {
				return writeJSON(c.stdout, answerJSON(ans))
			}
			return finishAnswer(c.stdout, "", ans)
		},
	}
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
