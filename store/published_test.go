package store

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestNewestPublished(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	now := day(2026, 3, 12)
	if got, err := s.NewestPublished(ctx, now); err != nil || !got.IsZero() {
		t.Fatalf("empty corpus: %v, %v; want zero", got, err)
	}
	for _, c := range []struct {
		id        string
		published time.Time
	}{{"old", day(2023, 5, 1)}, {"new", day(2026, 3, 1)}, {"undated", time.Time{}}, {"future", day(2062, 1, 1)}} {
		a := article(c.id, "https://example.com/"+c.id, "body of "+c.id)
		a.Published = c.published
		put(t, s, a)
	}
	got, err := s.NewestPublished(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := day(2026, 3, 1); !got.Equal(want) {
		t.Errorf("NewestPublished = %v, want %v (the future date is a typo, not now)", got, want)
	}
	if onPostgres() {
		return // the plan below is SQLite's EXPLAIN QUERY PLAN
	}
	var plan string
	if err := s.db.QueryRowContext(ctx, "EXPLAIN QUERY PLAN SELECT max(published) FROM articles WHERE published <= ?", "2026-03-12").
		Scan(new(int), new(int), new(int), &plan); err != nil {
		t.Fatal(err)
	}
	if want := "articles_published"; !strings.Contains(plan, want) {
		t.Errorf("query plan %q does not use %s: it would read every article", plan, want)
	}
}
