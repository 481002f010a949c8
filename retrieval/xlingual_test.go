package retrieval

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/detente/detente/corpus"
)

// xlQuestion is one line of testdata/xlingual/*.jsonl: a question whose
// answer is in an article written in another language than the question.
type xlQuestion struct {
	ID   string   `json:"id"`
	Q    string   `json:"q"`
	Lang string   `json:"lang"`
	Gold []string `json:"gold"`
	// Miss says why a question is known to fail: it is reported, not
	// failed, and fails the test once it passes (so the note is removed).
	Miss string `json:"miss"`
}

func readXL(t *testing.T, path string) []xlQuestion {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []xlQuestion
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var q xlQuestion
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		qs = append(qs, q)
	}
	return qs
}

// evalCorpusEngine indexes the seeds and the articles of one of the
// repository's evaluation sets, as `detente eval --corpus` does.
func evalCorpusEngine(t *testing.T, dir string) *Engine {
	t.Helper()
	e, st := seededEngine(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	var arts []corpus.Article
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := corpus.Parse(filepath.Base(p), data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		arts = append(arts, a)
	}
	ingest(t, st, e, arts...)
	return e
}

// TestCrossLingualRecall asks questions in one language about articles
// written only in another (written for this test, phrased unlike the
// evaluation sets): the article must be among the first five hits and
// judged relevant, or the answer never reads it.
func TestCrossLingualRecall(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes four evaluation corpora")
	}
	for _, set := range []string{"eval", "eval2", "eval3", "eval4"} {
		t.Run(set, func(t *testing.T) {
			qs := readXL(t, filepath.Join("testdata", "xlingual", set+".jsonl"))
			e := evalCorpusEngine(t, filepath.Join("..", "testdata", set, "articles"))
			for _, q := range qs {
				hits, err := e.Search(context.Background(), Query{Text: q.Q})
				if err != nil {
					t.Fatal(err)
				}
				rank, rel := 0, false
				var got []string
				for _, h := range hits {
					if !slices.Contains(got, h.ArticleID) {
						got = append(got, h.ArticleID)
					}
					if rank == 0 && slices.Contains(q.Gold, h.ArticleID) {
						rank, rel = len(got), h.Relevant
					}
				}
				found := rank > 0 && rank <= 5 && rel
				switch {
				case q.Miss != "" && found:
					t.Errorf("%s %q: found now; remove its miss note", q.ID, q.Q)
				case q.Miss != "":
					t.Logf("%s: known miss: %s", q.ID, q.Miss)
				case !found:
					t.Errorf("%s %q: gold %v at rank %d (relevant %v) in %v", q.ID, q.Q, q.Gold, rank, rel, got)
				}
			}
		})
	}
}
