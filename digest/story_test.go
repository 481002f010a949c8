package digest

import (
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
