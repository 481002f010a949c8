package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/detente/detente/retrieval"
)

func searchCommand() *command {
	var (
		asJSON bool
		k      int
	)
	return &command{
		name:    "search",
		short:   "show the best-matching passages",
		args:    "[--json] [-k N] QUERY...",
		summary: "Show the passages that match a query, best first, with their article and score; none when the corpus does not cover it.",
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&asJSON, "json", false, "print the hits as a JSON array")
			fs.IntVar(&k, "k", 0, "passages to return (0 = default)")
		},
		run: func(ctx context.Context, c *cli, args []string) error {
			query := strings.TrimSpace(strings.Join(args, " "))
			if query == "" {
				return errors.New("search: no query given (usage: detente search [--json] [-k N] QUERY...)")
			}
			if k < 0 {
				return fmt.Errorf("search: -k must be 0 or more, got %d", k)
			}
			a, err := c.open(ctx)
			if err != nil {
				return err
			}
			defer a.Close()
			hits, err := a.eng.Search(ctx, retrieval.Query{Text: query, K: k})
			if err != nil {
				return fmt.Errorf("search: %w", err)
			}
			hits = relevant(hits)
			if asJSON {
				return writeJSON(c.stdout, hitsJSON(hits))
			}
			return writeHits(c.stdout, hits)
		},
	}
}

// relevant keeps the hits retrieval judged to bear on the query. The
// vector search always returns its nearest neighbours, however far; showing
// those for a query the corpus does not cover would contradict `ask`, which
// says it is not covered.
func relevant(hits []retrieval.Hit) []retrieval.Hit {
	out := hits[:0:0]
	for _, h := range hits {
		if h.Relevant {
			out = append(out, h)
		}
	}
	return out
}

// jsonHit is one element of `search --json`.
type jsonHit struct {
	ArticleID string  `json:"article_id"`
	Title     string  `json:"title"`
	URL       string  `json:"url"`
	Source    string  `json:"source"`
	Lang      string  `json:"lang"`
	Published string  `json:"published"`
	Text      string  `json:"text"`
	Score     float64 `json:"score"`
}

func hitsJSON(hits []retrieval.Hit) []jsonHit {
	out := make([]jsonHit, 0, len(hits))
	for _, h := range hits {
		out = append(out, jsonHit{
			ArticleID: h.ArticleID,
			Title:     h.Title,
			URL:       h.URL,
			Source:    h.Source,
			Lang:      h.Lang,
			Published: formatDate(h.Published),
			Text:      h.Text,
			Score:     h.Score,
		})
	}
	return out
}

// writeHits prints hits for a person: rank, title and metadata, score and
// article id (what `ingest` printed), the URL, then the passage.
func writeHits(w io.Writer, hits []retrieval.Hit) error {
	bw := bufio.NewWriter(w)
	if len(hits) == 0 {
		fmt.Fprintln(bw, "No matching passages.")
	}
	for i, h := range hits {
		if i > 0 {
			fmt.Fprintln(bw)
		}
		head := h.Title
		var meta []string
		if h.Source != "" {
			meta = append(meta, h.Source)
		}
		if d := formatDate(h.Published); d != "" {
			meta = append(meta, d)
		}
		if len(meta) > 0 {
			head += " — " + strings.Join(meta, ", ")
		}
		fmt.Fprintf(bw, "%d. %s\n   score %.4f · %s · %s\n", i+1, head, h.Score, h.ArticleID, h.Lang)
		if h.URL != "" {
			fmt.Fprintf(bw, "   %s\n", h.URL)
		}
		fmt.Fprintf(bw, "   %s\n", strings.Join(strings.Fields(h.Text), " "))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write hits: %w", err)
	}
	return nil
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayout)
}
