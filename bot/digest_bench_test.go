package bot

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/digest"
)

// evalArticles are n articles with real bodies: the evaluation set's
// articles (testdata/eval/articles) cycled, each copy its own story.
func evalArticles(tb testing.TB, n int) []corpus.Article {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "eval", "articles", "*.md"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no evaluation articles: %v", err)
	}
	var base []corpus.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := corpus.Parse(filepath.Base(f), data)
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		base = append(base, a)
	}
	added := time.Date(2025, 10, 1, 6, 0, 0, 0, time.UTC)
	arts := make([]corpus.Article, n)
	for i := range arts {
		a := base[i%len(base)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		a.URL = fmt.Sprintf("https://example.org/%d/%s", i, a.ID)
		if i >= len(base) {
			a.Title = fmt.Sprintf("%s (%d)", a.Title, i)
		}
		a.AddedAt = added
		arts[i] = a
	}
	return arts
}

// BenchmarkDigestLength300 measures what one subscriber receives for a
// window of 300 articles (an import's worth): Telegram messages, lines and
// bytes of the visible text, before (the extractive answer rendered like
// an answer, with its sources footer) and after (the short form, the full
// form, and every page of /digest all).
func BenchmarkDigestLength300(b *testing.B) {
	arts := evalArticles(b, 300)
	report := func(b *testing.B, parts []text) {
		var all []string
		for _, p := range parts {
			all = append(all, p.Plain)
		}
		joined := strings.Join(all, "\n\n")
		b.ReportMetric(float64(len(parts)), "messages")
		b.ReportMetric(float64(strings.Count(joined, "\n")+1), "lines")
		b.ReportMetric(float64(len(joined)), "bytes")
	}
	b.Run("before", func(b *testing.B) {
		svc := answer.New(nil, answer.Options{})
		var parts []text
		for range b.N {
			ans, err := svc.Digest(context.Background(), arts, "en")
			if err != nil {
				b.Fatal(err)
			}
			parts = renderAnswer(ans, "📰 Daily digest").split()
		}
		report(b, parts)
	})
	for _, full := range []bool{false, true} {
		name := "short"
		if full {
			name = "full"
		}
		b.Run(name, func(b *testing.B) {
			var parts []text
			for range b.N {
				d, err := digest.Compose(context.Background(), nil, arts, "en", arts[0].AddedAt, false, 1)
				if err != nil {
					b.Fatal(err)
				}
				d.Full = full
				parts, _ = renderDigest(d)
			}
			report(b, parts)
		})
	}
	b.Run("all-pages", func(b *testing.B) {
		var parts []text
		for range b.N {
			d, err := digest.Compose(context.Background(), nil, arts, "en", arts[0].AddedAt, false, 1)
			if err != nil {
				b.Fatal(err)
			}
			parts = parts[:0]
			for page := 1; ; page++ {
				d.Page = page
				p, pages := renderDigest(d)
				parts = append(parts, p...)
				if page >= pages {
					break
				}
			}
		}
		report(b, parts)
	})
}
