package store

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/detente/detente/corpus"
)

// ArticleFilter selects articles for ListArticles. The zero value selects all.
type ArticleFilter struct {
	// AddedSince keeps articles added to the corpus at or after it.
	AddedSince time.Time
	// Source keeps articles whose outlet name or link host equals it, case
	// folded ("reuters", "tass.ru", "www.tass.ru" all match TASS's links).
	Source string
}

// ListArticles returns the articles the filter selects, without bodies,
// newest AddedAt first.
func (s *Store) ListArticles(ctx context.Context, f ArticleFilter) ([]corpus.Article, error) {
	as, err := s.queryArticles(ctx, false,
		"SELECT "+articleCols+" FROM articles WHERE added_at >= ? ORDER BY added_at DESC, id", unixNano(f.AddedSince))
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	if f.Source == "" {
		return as, nil
	}
	kept := as[:0]
	for _, a := range as {
		if sourceMatches(a, f.Source) {
			kept = append(kept, a)
		}
	}
	return kept, nil
}

// sourceMatches compares in Go rather than SQL because SQLite's lower()
// folds ASCII only, and outlet names are often Cyrillic or Vietnamese.
func sourceMatches(a corpus.Article, want string) bool {
	want = strings.TrimPrefix(strings.TrimSpace(want), "www.")
	if strings.EqualFold(strings.TrimSpace(a.Source), want) {
		return true
	}
	u, err := url.Parse(a.URL)
	if err != nil || u.Host == "" {
		return false
	}
	return strings.EqualFold(strings.TrimPrefix(u.Hostname(), "www."), want)
}
