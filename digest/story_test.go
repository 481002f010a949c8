package digest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
)

// TestStoriesOrderAndGrouping: the newest day comes first; within a day the
// story more outlets covered; articles sharing a story key are one story
// citing its newest article, the others listed with it.
func TestStoriesOrderAndGrouping(t *testing.T) {
	day := func(d, h int) time.Time { return time.Date(2025, 3, d, h, 0, 0, 0, time.UTC) }
	arts := []corpus.Article{
		{ID: "old", Title: "Old news", Source: "A", Published: day(1, 0), Body: "Old."},
		{ID: "solo", Title: "Solo", Source: "B", Published: day(5, 0), Body: "Solo."},
		{ID: "wire-1", Title: "Wire story", Source: "Reuters", Published: day(5, 0), Body: "Wire."},
		{ID: "wire-2", Title: "Wire story (copy)", Source: "AP", Published: day(5, 0), Body: "Wire."},
		{ID: "undated", Title: "Undated", Source: "C", AddedAt: day(6, 9), Body: "Undated."},
	}
	key := func(a corpus.Article) string {
		if strings.HasPrefix(a.ID, "wire") {
			return "wire"
		}
		return ""
	}
	st := Stories(arts, key)
	var got []string
	for _, s := range st {
		var ids []string
		for _, a := range s.Articles {
			ids = append(ids, a.ArticleID)
		}
		got = append(got, strings.Join(ids, "+"))
	}
	if want := "undated,wire-1+wire-2,solo,old"; strings.Join(got, ",") != want {
		t.Errorf("stories %v, want %s", got, want)
	}
	if len(Stories(arts, nil)) != len(arts) {
		t.Error("without a story key every article is its own story")
	}
}

func TestLead(t *testing.T) {
	long := "The delegations met in Geneva on Tuesday. " + strings.Repeat("They talked about many things at length ", 10)
	tests := []struct {
		name, body, title string
		n                 int
		want              string
	}{
		{"short body whole", "One sentence.", "", 100, "One sentence."},
		{"first paragraph only", "First.\n\nSecond paragraph.", "", 100, "First."},
		{"cut at a sentence", long, "", 80, "The delegations met in Geneva on Tuesday."},
		{"cut at a word", strings.Repeat("word ", 40), "", 23, "word word word word…"},
		{"title dropped", "Talks resume\nThe talks resumed today.", "Talks resume", 100, "The talks resumed today."},
		{"title-only paragraph dropped", "Talks resume\n\nThe talks resumed today.", "Talks resume", 100, "The talks resumed today."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Lead(withoutTitle(tt.body, tt.title), tt.n); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPageFollowsTheDeliveredWindow: a page button under a scheduled digest
// asks for that digest's window, which differs from /digest's last 24
// hours; Page returns the same stories, and a forged window reaching back
// years is clipped to MaxWindow.
func TestPageFollowsTheDeliveredWindow(t *testing.T) {
	e := newEnv(t, day(2025, 3, 10, 6, 0), Options{})
	e.command(user(1, "en"), "subscribe", "08:00 UTC")
	e.addArticle("a1", "New sanctions", "Sanctions were announced.")
	e.clk.Set(day(2025, 3, 10, 8, 0))
	if _, err := e.svc.Tick(context.Background(), e.snd); err != nil {
		t.Fatal(err)
	}
	sent := e.snd.messages(1)[0].ans
	if sent.Start.IsZero() || !sent.End.Equal(day(2025, 3, 10, 8, 0)) {
		t.Fatalf("the delivered digest does not carry its window: %v..%v", sent.Start, sent.End)
	}
	e.clk.Set(day(2025, 3, 10, 9, 0))
	e.addArticle("a2", "Summit planned", "A summit is planned.") // after the window
	got, err := e.svc.Page(context.Background(), user(1, "en"), sent.Start, sent.End, 1)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(cited(got), ",") != "a1" || got.Page != 1 || got.Full {
		t.Errorf("page of the delivered window: %v page %d full %v", cited(got), got.Page, got.Full)
	}
	forged, err := e.svc.Page(context.Background(), user(1, "en"), time.Unix(0, 0), day(2030, 1, 1, 0, 0), 1)
	if err != nil {
		t.Fatal(err)
	}
	if !forged.End.Equal(e.clk.Now()) || forged.End.Sub(forged.Start) != 7*24*time.Hour {
		t.Errorf("forged window became %v..%v", forged.Start, forged.End)
	}
}
