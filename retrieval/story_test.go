package retrieval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
)

// nearDup reads one article of corpus's near-duplicate set.
func nearDup(t testing.TB, name, source string) corpus.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "corpus", "testdata", "neardup", name))
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(b), "\n")
	body = strings.TrimSpace(body)
	parts := strings.Split(name, ".")
	return corpus.Article{ID: parts[0], Title: title, URL: "https://" + source + ".example/" + parts[0],
		Source: source, Lang: parts[len(parts)-2], Body: body, Hash: corpus.BodyHash(body)}
}

// TestSearchReturnsAStoryOnce: three outlets' copies of one wire story are
// one hit, which names the other two; other stories fill the rest.
func TestSearchReturnsAStoryOnce(t *testing.T) {
	ctx := context.Background()
	st, _ := openStore(t)
	e, err := Open(ctx, st, NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, st, e,
		nearDup(t, "geneva-wire.en.txt", "wire"),
		nearDup(t, "geneva-dailynews.en.txt", "dailynews"),
		nearDup(t, "geneva-coastherald.en.txt", "coastherald"),
		nearDup(t, "preview-geneva.en.txt", "wire"),
		nearDup(t, "istanbul-wire.en.txt", "wire"),
	)
	hits, err := e.Search(ctx, Query{Text: "Did the US and Russia agree to reopen consulates in Yekaterinburg and San Francisco?", K: 6})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var copies []string
	for _, h := range hits {
		if strings.HasPrefix(h.ArticleID, "geneva-") {
			copies = append(copies, h.ArticleID)
			if !seen[h.ArticleID] {
				if len(h.Also) != 2 {
					t.Errorf("%s: also reported by %+v, want the two other outlets", h.ArticleID, h.Also)
				}
				for _, a := range h.Also {
					if a.ArticleID == h.ArticleID || !strings.HasPrefix(a.ArticleID, "geneva-") || a.URL == "" {
						t.Errorf("%s: also %+v", h.ArticleID, a)
					}
				}
			}
			seen[h.ArticleID] = true
		} else if len(h.Also) != 0 {
			t.Errorf("%s is its own story but lists %+v", h.ArticleID, h.Also)
		}
	}
	if len(seen) != 1 {
		t.Errorf("the story came back as %d articles (%v), want one", len(seen), copies)
	}
	if len(hits) < 2 {
		t.Errorf("only %d hits: other stories should fill the room the copies left", len(hits))
	}
}
