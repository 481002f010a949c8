package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

var (
	errEmbedDown = errors.New("embedding server down")
	errIndexDown = errors.New("index refused chunks")
)

// countingEmbedder wraps the real local embedder, counting calls and failing
// on demand, like an embedding API that goes down.
type countingEmbedder struct {
	retrieval.Embedder
	calls atomic.Int64
	fail  atomic.Bool
}

func (e *countingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	e.calls.Add(1)
	if e.fail.Load() {
		return nil, errEmbedDown
	}
	return e.Embedder.Embed(ctx, texts)
}

// flakyIndex is the real engine whose Add, when told to, indexes the chunks
// and then reports failure: the worst case, a partial index update.
type flakyIndex struct {
	*retrieval.Engine
	failAdd atomic.Bool
}

func (f *flakyIndex) Add(ctx context.Context, chunks []store.Chunk) error {
	if err := f.Engine.Add(ctx, chunks); err != nil {
		return err
	}
	if f.failAdd.Load() {
		return errIndexDown
	}
	return nil
}

type env struct {
	st  *store.Store
	eng *retrieval.Engine
	emb *countingEmbedder
	idx *flakyIndex
	svc *Service
}

func newEnv(t testing.TB) *env {
	t.Helper()
	ctx := t.Context()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "detente.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	emb := &countingEmbedder{Embedder: retrieval.NewLocalEmbedder(0)}
	eng, err := retrieval.Open(ctx, st, emb)
	if err != nil {
		t.Fatal(err)
	}
	idx := &flakyIndex{Engine: eng}
	f := corpus.NewFetcher(corpus.FetchOptions{AllowPrivate: true, Timeout: 5 * time.Second})
	return &env{st: st, eng: eng, emb: emb, idx: idx, svc: newService(st, idx, f)}
}

func article(id, title, body string) corpus.Article {
	return corpus.Article{
		ID:        id,
		Title:     title,
		Source:    "Test Wire",
		Lang:      "en",
		Published: time.Date(2024, 3, 28, 0, 0, 0, 0, time.UTC),
		Body:      body,
	}
}

const (
	bodyTreaty  = "Negotiators met in Reykjavik to discuss the zirconium treaty.\n\nBoth delegations called the talks constructive and agreed to meet again in spring."
	bodyTreaty2 = "Negotiators met in Reykjavik again, and the quasar protocol replaced the earlier draft.\n\nThe delegations signed a joint statement on verification."
	bodyEmbassy = "The embassy in Vladivostok reopened its consular section after a long pause.\n\nVisa appointments resume next month, officials said."
)

// searchIDs returns the article ids of the hits for q, best first.
func (e *env) searchIDs(t *testing.T, q string) []string {
	t.Helper()
	hits, err := e.eng.Search(t.Context(), retrieval.Query{Text: q, K: 10})
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	var ids []string
	for _, h := range hits {
		if h.Keyword || h.Relevant {
			ids = append(ids, h.ArticleID)
		}
	}
	return ids
}

// texts returns every hit passage for q, to check what the index still holds.
func (e *env) texts(t *testing.T, q string) string {
	t.Helper()
	hits, err := e.eng.Search(t.Context(), retrieval.Query{Text: q, K: 20, PerArticle: 20})
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	var b strings.Builder
	for _, h := range hits {
		b.WriteString(h.Text)
		b.WriteString("\n")
	}
	return b.String()
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// snapshot is what a failed ingest must leave unchanged.
type snapshot struct {
	articles, chunks, indexed int
}

func (e *env) snap(t *testing.T) snapshot {
	t.Helper()
	s, err := e.st.CorpusStats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return snapshot{articles: s.Articles, chunks: s.Chunks, indexed: e.eng.Count()}
}

func TestAddIsSearchableAtOnce(t *testing.T) {
	e := newEnv(t)
	res, err := e.svc.Add(t.Context(), article("treaty-1", "Zirconium treaty talks", bodyTreaty))
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != store.Added || res.Article.ID != "treaty-1" || res.Chunks < 1 {
		t.Fatalf("Add = %+v, want Added treaty-1 with chunks", res)
	}
	if res.Article.Body != "" {
		t.Errorf("Result carries the body; callers do not need it")
	}
	if got := e.eng.Count(); got != res.Chunks {
		t.Errorf("index holds %d chunks, want the %d just added", got, res.Chunks)
	}
	if ids := e.searchIDs(t, "zirconium treaty"); !contains(ids, "treaty-1") {
		t.Errorf("search right after Add = %v, want treaty-1", ids)
	}
}

func TestDuplicateCostsNoEmbedding(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	first, err := e.svc.Add(ctx, article("treaty-1", "Zirconium treaty talks", bodyTreaty))
	if err != nil {
		t.Fatal(err)
	}
	before, calls := e.snap(t), e.emb.calls.Load()

	tests := []struct {
		name string
		a    corpus.Article
	}{
		{"same id same body", article("treaty-1", "Zirconium treaty talks", bodyTreaty)},
		{"other id same body", article("treaty-copy", "Zirconium treaty talks (reprint)", bodyTreaty)},
		{"same body, different whitespace", article("", "Zirconium treaty talks", "  "+strings.ReplaceAll(bodyTreaty, " ", "  ")+"\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := e.svc.Add(ctx, tt.a)
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != store.Duplicate {
				t.Errorf("Outcome = %v, want Duplicate", res.Outcome)
			}
			if res.Article.ID != first.Article.ID {
				t.Errorf("duplicate reported as %q, want the stored id %q", res.Article.ID, first.Article.ID)
			}
			if got := e.snap(t); got != before {
				t.Errorf("duplicate changed the corpus: %+v -> %+v", before, got)
			}
			if got := e.emb.calls.Load(); got != calls {
				t.Errorf("duplicate called the embedder %d times, want 0", got-calls)
			}
		})
	}
}

func TestChangedBodyReplacesChunks(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	if _, err := e.svc.Add(ctx, article("treaty-1", "Treaty talks", bodyTreaty)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Add(ctx, article("embassy", "Embassy reopens", bodyEmbassy)); err != nil {
		t.Fatal(err)
	}
	res, err := e.svc.Add(ctx, article("treaty-1", "Treaty talks", bodyTreaty2))
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != store.Updated {
		t.Fatalf("Outcome = %v, want Updated", res.Outcome)
	}
	if ids := e.searchIDs(t, "quasar protocol"); !contains(ids, "treaty-1") {
		t.Errorf("new body not searchable: %v", ids)
	}
	if got := e.texts(t, "zirconium constructive spring"); strings.Contains(got, "zirconium") {
		t.Errorf("old chunks still in the index:\n%s", got)
	}
	stats, err := e.st.CorpusStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 2 || stats.Chunks != e.eng.Count() {
		t.Errorf("store has %d articles / %d chunks, index %d: want 2 articles and matching counts", stats.Articles, stats.Chunks, e.eng.Count())
	}
}

func TestFailuresChangeNothing(t *testing.T) {
	tests := []struct {
		name string
		do   func(ctx context.Context, e *env) error
		want error
	}{
		{
			name: "binary file",
			do: func(ctx context.Context, e *env) error {
				_, err := e.svc.AddFile(ctx, "photo.md", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"))
				return err
			},
			want: corpus.ErrBinary,
		},
		{
			name: "broken front matter",
			do: func(ctx context.Context, e *env) error {
				_, err := e.svc.AddFile(ctx, "broken.md", []byte("---\ntitle: [unclosed\nid: broken\n---\nQuasar protocol talks.\n"))
				return err
			},
			want: corpus.ErrFrontMatter,
		},
		{
			name: "embedding fails for a new article",
			do: func(ctx context.Context, e *env) error {
				e.emb.fail.Store(true)
				_, err := e.svc.Add(ctx, article("quasar", "Quasar protocol", bodyTreaty2))
				return err
			},
			want: errEmbedDown,
		},
		{
			name: "embedding fails for an update",
			do: func(ctx context.Context, e *env) error {
				e.emb.fail.Store(true)
				_, err := e.svc.Add(ctx, article("treaty-1", "Treaty talks", bodyTreaty2))
				return err
			},
			want: errEmbedDown,
		},
		{
			name: "index fails after the store write",
			do: func(ctx context.Context, e *env) error {
				e.idx.failAdd.Store(true)
				_, err := e.svc.Add(ctx, article("quasar", "Quasar protocol", bodyTreaty2))
				return err
			},
			want: errIndexDown,
		},
		{
			name: "index fails for an update",
			do: func(ctx context.Context, e *env) error {
				e.idx.failAdd.Store(true)
				_, err := e.svc.Add(ctx, article("treaty-1", "Treaty talks", bodyTreaty2))
				return err
			},
			want: errIndexDown,
		},
		{
			name: "empty text",
			do: func(ctx context.Context, e *env) error {
				_, err := e.svc.AddText(ctx, "   \n\n  ")
				return err
			},
			want: corpus.ErrEmpty,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			ctx := t.Context()
			if _, err := e.svc.Add(ctx, article("treaty-1", "Treaty talks", bodyTreaty)); err != nil {
				t.Fatal(err)
			}
			before := e.snap(t)
			err := tt.do(ctx, e)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error = %v, want %v", err, tt.want)
			}
			// The outage is over; the checks below search with the same engine.
			e.emb.fail.Store(false)
			e.idx.failAdd.Store(false)
			if got := e.snap(t); got != before {
				t.Errorf("failed ingest changed the corpus: %+v -> %+v", before, got)
			}
			if ids := e.searchIDs(t, "quasar protocol"); contains(ids, "quasar") {
				t.Errorf("failed article is searchable: %v", ids)
			}
			if _, err := e.st.Article(ctx, "quasar"); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("failed article is stored (err %v)", err)
			}
			if ids := e.searchIDs(t, "zirconium treaty"); !contains(ids, "treaty-1") {
				t.Errorf("the earlier article is no longer searchable: %v", ids)
			}
			if got := e.texts(t, "quasar protocol verification"); strings.Contains(got, "quasar") {
				t.Errorf("the failed version's chunks are still in the index:\n%s", got)
			}
			if a, err := e.st.Article(ctx, "treaty-1"); err != nil || !strings.Contains(a.Body, "zirconium") {
				t.Errorf("the earlier article's stored body changed (err %v):\n%s", err, a.Body)
			}
		})
	}
}

func TestRemove(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	if _, err := e.svc.Add(ctx, article("treaty-1", "Treaty talks", bodyTreaty)); err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Remove(ctx, "treaty-1"); err != nil {
		t.Fatal(err)
	}
	if got := e.snap(t); got != (snapshot{}) {
		t.Errorf("after Remove the corpus is %+v, want empty", got)
	}
	if ids := e.searchIDs(t, "zirconium treaty"); len(ids) != 0 {
		t.Errorf("removed article still found: %v", ids)
	}
	if err := e.svc.Remove(ctx, "treaty-1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("removing it again: %v, want ErrNotFound", err)
	}
	// Removed for good: adding it back is a fresh Added, not a Duplicate.
	res, err := e.svc.Add(ctx, article("treaty-1", "Treaty talks", bodyTreaty))
	if err != nil || res.Outcome != store.Added {
		t.Errorf("re-adding after Remove = %v, %v; want Added", res.Outcome, err)
	}
}

func TestAddTextAndFile(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	text, err := e.svc.AddText(ctx, "Embassy in Vladivostok reopens\n\n"+bodyEmbassy)
	if err != nil {
		t.Fatal(err)
	}
	if text.Outcome != store.Added || text.Article.Title != "Embassy in Vladivostok reopens" || text.Article.ID == "" {
		t.Errorf("AddText = %+v, want Added with the first line as title and a derived id", text)
	}
	md := "---\nid: treaty-md\ntitle: Zirconium treaty talks\nsource: Test Wire\nlang: en\npublished: 2024-03-28\n---\n" + bodyTreaty + "\n"
	file, err := e.svc.AddFile(ctx, "treaty.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if file.Article.ID != "treaty-md" || file.Article.Source != "Test Wire" {
		t.Errorf("AddFile = %+v, want the front matter's id and source", file.Article)
	}
	for q, id := range map[string]string{"consular visa Vladivostok": text.Article.ID, "zirconium treaty": "treaty-md"} {
		if ids := e.searchIDs(t, q); !contains(ids, id) {
			t.Errorf("search %q = %v, want %s", q, ids, id)
		}
	}
}

func TestAddURL(t *testing.T) {
	page := `<!doctype html><html><head><title>Quasar protocol signed</title></head><body><article>
<h1>Quasar protocol signed</h1>
<p>Negotiators met in Reykjavik again, and the quasar protocol replaced the earlier draft after weeks of talks between the two delegations.</p>
<p>The delegations signed a joint statement on verification, which both foreign ministries welcomed as a step toward predictability.</p>
</article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()

	e := newEnv(t)
	res, err := e.svc.AddURL(t.Context(), srv.URL+"/news/quasar?utm_source=feed")
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != store.Added || strings.Contains(res.Article.URL, "utm_source") {
		t.Errorf("AddURL = %+v, want Added with the canonical URL", res)
	}
	if ids := e.searchIDs(t, "quasar protocol verification"); !contains(ids, res.Article.ID) {
		t.Errorf("fetched article not searchable: %v", ids)
	}

	noFetch := newService(e.st, e.idx, nil)
	if _, err := noFetch.AddURL(t.Context(), srv.URL); !errors.Is(err, ErrNoFetcher) {
		t.Errorf("AddURL without a fetcher: %v, want ErrNoFetcher", err)
	}
}

// TestErrorsHideURLSecrets: an admin's /add URL may carry a password; the
// error (shown in the chat and logged) names the page without it.
func TestErrorsHideURLSecrets(t *testing.T) {
	const pass = "s3cret-pass-77"
	raw := "https://admin:" + pass + "@news.example.com/story"
	e := newEnv(t)
	noFetch := newService(e.st, e.idx, nil)
	tests := []struct {
		name string
		do   func(ctx context.Context) error
	}{
		{"no fetcher", func(ctx context.Context) error { _, err := noFetch.AddURL(ctx, raw); return err }},
		{"empty article with a URL", func(ctx context.Context) error {
			_, err := e.svc.Add(ctx, corpus.Article{URL: raw, Title: "Empty"})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.do(t.Context())
			if err == nil {
				t.Fatal("no error")
			}
			if strings.Contains(err.Error(), pass) {
				t.Errorf("error shows the URL's password: %v", err)
			}
			if !strings.Contains(err.Error(), "news.example.com") {
				t.Errorf("error does not name the page: %v", err)
			}
		})
	}
}

func TestConcurrentAddsAreSerialised(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	const writers = 8
	outcomes := make([]store.Outcome, writers)
	errs := make([]error, writers)
	var wg sync.WaitGroup
	for i := range writers {
		wg.Go(func() {
			// Half the writers race to add the same article, half add their own.
			a := article("shared", "Zirconium treaty talks", bodyTreaty)
			if i%2 == 1 {
				a = article(fmt.Sprintf("own-%d", i), fmt.Sprintf("Embassy note %d", i), fmt.Sprintf("Note %d. %s", i, bodyEmbassy))
			}
			res, err := e.svc.Add(ctx, a)
			outcomes[i], errs[i] = res.Outcome, err
		})
	}
	wg.Wait()
	added, dups := 0, 0
	for i := range writers {
		if errs[i] != nil {
			t.Fatalf("writer %d: %v", i, errs[i])
		}
		if i%2 == 0 {
			switch outcomes[i] {
			case store.Added:
				added++
			case store.Duplicate:
				dups++
			}
		}
	}
	if added != 1 || dups != writers/2-1 {
		t.Errorf("same article from %d writers: %d Added, %d Duplicate; want exactly one Added", writers/2, added, dups)
	}
	s := e.snap(t)
	if s.articles != 1+writers/2 || s.chunks != s.indexed {
		t.Errorf("corpus after concurrent adds: %+v; want %d articles and index == store", s, 1+writers/2)
	}
}

func TestWaitingWriterGivesUpWithItsContext(t *testing.T) {
	e := newEnv(t)
	e.svc.sem <- struct{}{} // another writer holds the lock
	defer e.svc.unlock()
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	_, err := e.svc.Add(ctx, article("treaty-1", "Treaty talks", bodyTreaty))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Add while locked = %v, want the caller's deadline", err)
	}
	if got := e.snap(t); got != (snapshot{}) {
		t.Errorf("an abandoned Add changed the corpus: %+v", got)
	}
}

func TestSeedIfEmpty(t *testing.T) {
	seeds, err := corpus.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) == 0 {
		t.Fatal("no shipped seeds")
	}
	t.Run("empty store gets every seed once", func(t *testing.T) {
		e := newEnv(t)
		ctx := t.Context()
		n, err := e.svc.SeedIfEmpty(ctx)
		if err != nil || n != len(seeds) {
			t.Fatalf("SeedIfEmpty = %d, %v; want %d", n, err, len(seeds))
		}
		again, err := e.svc.SeedIfEmpty(ctx)
		if err != nil || again != 0 {
			t.Errorf("second SeedIfEmpty = %d, %v; want 0", again, err)
		}
		if s := e.snap(t); s.articles != len(seeds) || s.indexed != s.chunks {
			t.Errorf("after seeding: %+v", s)
		}
	})
	t.Run("a corpus of the user's own is left alone", func(t *testing.T) {
		e := newEnv(t)
		if _, err := e.svc.Add(t.Context(), article("treaty-1", "Treaty talks", bodyTreaty)); err != nil {
			t.Fatal(err)
		}
		if n, err := e.svc.SeedIfEmpty(t.Context()); err != nil || n != 0 {
			t.Errorf("SeedIfEmpty on a non-empty store = %d, %v; want 0", n, err)
		}
	})
	t.Run("a corpus emptied on purpose is not seeded again", func(t *testing.T) {
		e := newEnv(t)
		ctx := t.Context()
		if _, err := e.svc.SeedIfEmpty(ctx); err != nil {
			t.Fatal(err)
		}
		for _, a := range seeds {
			if err := e.svc.Remove(ctx, a.ID); err != nil {
				t.Fatal(err)
			}
		}
		if n, err := e.svc.SeedIfEmpty(ctx); err != nil || n != 0 {
			t.Errorf("SeedIfEmpty after removing every article = %d, %v; want 0", n, err)
		}
	})
	t.Run("an interrupted seed run is finished next time", func(t *testing.T) {
		e := newEnv(t)
		ctx := t.Context()
		e.emb.fail.Store(true)
		if _, err := e.svc.SeedIfEmpty(ctx); !errors.Is(err, errEmbedDown) {
			t.Fatalf("SeedIfEmpty with the embedder down = %v", err)
		}
		e.emb.fail.Store(false)
		// Pretend the first seed made it before the outage.
		if _, err := e.svc.Add(ctx, seeds[0]); err != nil {
			t.Fatal(err)
		}
		n, err := e.svc.SeedIfEmpty(ctx)
		if err != nil || n != len(seeds)-1 {
			t.Errorf("resumed SeedIfEmpty = %d, %v; want the %d missing seeds", n, err, len(seeds)-1)
		}
		if s := e.snap(t); s.articles != len(seeds) {
			t.Errorf("after resuming: %d articles, want %d", s.articles, len(seeds))
		}
	})
}

// TestEditedFileUpdatesItsArticle: a note without id or url, edited and
// ingested again, replaces its article; another file is another article.
func TestEditedFileUpdatesItsArticle(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	dir := t.TempDir()
	path := filepath.Join(dir, "notes", "treaty.md")
	first, err := e.svc.AddPath(ctx, path, []byte("# Zirconium treaty talks\n\n"+bodyTreaty+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	edited, err := e.svc.AddPath(ctx, path, []byte("# Zirconium treaty talks\n\n"+bodyTreaty+"\n\nA correction: the talks moved to Geneva.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if first.Outcome != store.Added || edited.Outcome != store.Updated || edited.Article.ID != first.Article.ID {
		t.Fatalf("first %v %s, edited %v %s; want the edit to update the same article", first.Outcome, first.Article.ID, edited.Outcome, edited.Article.ID)
	}
	if s := e.snap(t); s.articles != 1 {
		t.Errorf("%d articles after editing one file, want 1", s.articles)
	}
	// The same file named through another relative path is the same article.
	rel, err := filepath.Rel(mustGetwd(t), path)
	if err != nil {
		t.Fatal(err)
	}
	if id, _ := FileID(rel); id != first.Article.ID {
		t.Errorf("FileID(%s) = %s, want %s", rel, id, first.Article.ID)
	}
	other, err := e.svc.AddPath(ctx, filepath.Join(dir, "other.txt"), []byte("Embassy in Vladivostok reopens\n\n"+bodyEmbassy))
	if err != nil || other.Outcome != store.Added || other.Article.ID == first.Article.ID {
		t.Errorf("another file = %+v, %v; want a new article", other, err)
	}
	// An id in the front matter still wins over the path.
	md := "---\nid: treaty-md\ntitle: Zirconium treaty talks\n---\n" + bodyTreaty + " Geneva again.\n"
	if res, err := e.svc.AddPath(ctx, path, []byte(md)); err != nil || res.Article.ID != "treaty-md" {
		t.Errorf("front matter id: %+v, %v", res.Article, err)
	}
}

func mustGetwd(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}
