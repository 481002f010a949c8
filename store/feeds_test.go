package store

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestFeedsFollowClaimAndRecord(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	f, err := s.AddFeed(ctx, Feed{URL: "https://example.com/rss", Topic: "us-russia", AddedBy: 7})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddFeed(ctx, Feed{URL: "https://example.com/rss"}); !errors.Is(err, ErrFeedExists) {
		t.Fatalf("second follow of one URL: %v, want ErrFeedExists", err)
	}
	due, err := s.DueFeeds(ctx, time.Now().Add(time.Second))
	if err != nil || len(due) != 1 || due[0].ID != f.ID || due[0].Topic != "us-russia" {
		t.Fatalf("due = %+v, %v; want the new feed", due, err)
	}
	// Two pollers saw it due: only one may poll it.
	until := time.Now().Add(time.Minute)
	ok1, err1 := s.ClaimFeed(ctx, due[0], until)
	ok2, err2 := s.ClaimFeed(ctx, due[0], until)
	if err1 != nil || err2 != nil || !ok1 || ok2 {
		t.Fatalf("claims = %v/%v (%v, %v), want exactly the first", ok1, ok2, err1, err2)
	}
	at := time.Now()
	if err := s.FinishFeedPoll(ctx, f.ID, FeedPoll{At: at, Next: at.Add(time.Hour), Err: "fetch: HTTP 500\nbody", Title: "World"}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Feed(ctx, f.ID)
	if got.LastError != "fetch: HTTP 500" || got.Failures != 1 || !got.LastSuccess.IsZero() || got.Title != "World" {
		t.Fatalf("after a failure: %+v", got)
	}
	err = s.FinishFeedPoll(ctx, f.ID, FeedPoll{At: at, Next: at.Add(time.Hour), Added: 3, SetValidators: true, ETag: `"v1"`})
	if err != nil {
		t.Fatal(err)
	}
	got, _ = s.Feed(ctx, f.ID)
	if got.LastError != "" || got.Failures != 0 || got.LastSuccess.IsZero() || got.ItemsAdded != 3 || got.ETag != `"v1"` {
		t.Fatalf("after a success: %+v", got)
	}

	if err := s.MarkFeedItem(ctx, f.ID, "g1", ItemFailed, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkFeedItem(ctx, f.ID, "g1", ItemFailed, ""); err != nil {
		t.Fatal(err)
	}
	items, err := s.FeedItems(ctx, f.ID, []string{"g1", "g2"})
	if err != nil || len(items) != 1 || items["g1"].Attempts != 2 {
		t.Fatalf("items = %+v, %v", items, err)
	}

	if err := s.SetFeedPaused(ctx, f.ID, true); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.DueFeeds(ctx, time.Now().Add(48*time.Hour)); len(due) != 0 {
		t.Fatalf("a paused feed is due: %+v", due)
	}
	if err := s.RemoveFeed(ctx, f.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, f.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second remove: %v", err)
	}
	if n := count(t, s, "SELECT count(*) FROM feed_items"); n != 0 {
		t.Fatalf("%d items of a removed feed are kept", n)
	}
	if err := s.SetFeedPaused(ctx, 99, true); !errors.Is(err, ErrNotFound) {
		t.Fatalf("pause of a missing feed: %v", err)
	}
}

func TestFeedErrorLineCutsOnARune(t *testing.T) {
	s := feedErrorLine(strings.Repeat("é", 200))
	if !strings.HasSuffix(s, "…") || !strings.HasPrefix(s, "é") || len(s) > 305 {
		t.Fatalf("feedErrorLine = %q", s)
	}
	for _, r := range s {
		if r == '\uFFFD' {
			t.Fatal("cut inside a rune")
		}
	}
}
