package retrieval

import (
	"context"
	"os"
	"path/filepath"
	"slices"
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

// TestStoriesSeenByAnotherProcess: B ingests two copies of a story, A
// follows the change sequence; A's search returns the story once with
// B's other copy, and still does after B removes the copy that started
// the story and adds a third.
func TestStoriesSeenByAnotherProcess(t *testing.T) {
	ctx := context.Background()
	stA, path := openStore(t)
	engA, err := Open(ctx, stA, NewLocalEmbedder(0))
	if err != nil {
		t.Fatal(err)
	}
	stB, engB := otherProcess(t, path)
	ingest(t, stB, engB, nearDup(t, "swap-wire.en.txt", "wire"), nearDup(t, "swap-capitalpost.en.txt", "capitalpost"),
		nearDup(t, "prisoners-analysis.en.txt", "desk"))
	sync := func() {
		t.Helper()
		if _, err := engA.Sync(ctx, stA, nil); err != nil {
			t.Fatal(err)
		}
	}
	const q = "American teacher Daniel Hale freed in prisoner swap mediated by the UAE"
	story := func() (ids []string) {
		t.Helper()
		hits, err := engA.Search(ctx, Query{Text: q, K: 6})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			if strings.HasPrefix(h.ArticleID, "swap-") || strings.HasPrefix(h.ArticleID, "late-") {
				ids = append(ids, h.ArticleID)
				for _, a := range h.Also {
					ids = append(ids, "also:"+a.ArticleID)
				}
			}
		}
		return ids
	}
	sync()
	if got := story(); len(got) != 2 {
		t.Errorf("A sees the story as %v, want one hit and one other outlet", got)
	}
	if _, err := stB.RemoveArticle(ctx, "swap-wire"); err != nil {
		t.Fatal(err)
	}
	late := nearDup(t, "swap-wire.en.txt", "latewire")
	late.ID, late.URL = "late-wire", "https://latewire.example/swap"
	ingest(t, stB, engB, late)
	sync()
	got := story()
	if len(got) != 2 || slices.Contains(got, "swap-wire") || slices.Contains(got, "also:swap-wire") {
		t.Errorf("after the first copy's removal and a late copy A sees %v, want capitalpost and late-wire as one story", got)
	}
}
