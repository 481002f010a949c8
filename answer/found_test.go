package answer

import (
	"testing"

	"github.com/detente/detente/retrieval"
)

// TestFoundCountsPassagesOfSourcesAndTheirOutlets: the progress a waiting
// user sees counts the passages behind the sources (not hits dropped on the
// way) and each outlet once, including a story's other reports.
func TestFoundCountsPassagesOfSourcesAndTheirOutlets(t *testing.T) {
	hits := []retrieval.Hit{{ArticleID: "a"}, {ArticleID: "a"}, {ArticleID: "b"}, {ArticleID: "c"}, {ArticleID: "a"}}
	sources := []Citation{
		{N: 1, ArticleID: "a", Source: "Reuters", Also: []Outlet{{ArticleID: "d", Source: "AP"}, {ArticleID: "e", Source: "Reuters"}}},
		{N: 2, ArticleID: "b", Source: "TASS"},
	}
	if got, want := found(hits, sources), (Found{Passages: 4, Outlets: 3}); got != want {
		t.Fatalf("found %+v, want %+v", got, want)
	}
}
