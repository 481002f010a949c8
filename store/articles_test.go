package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/corpus"
)

func TestPutArticleOutcomes(t *testing.T) {
	ctx := context.Background()
	const (
		bodyA = "Ngoại trưởng Nga và Mỹ đối thoại.\n\nHai bên nhất trí tiếp tục."
		bodyB = "Tổng thống Mỹ nói chuyện điện thoại với Tổng thống Nga.\n\nCuộc gọi kéo dài.\n\nĐoạn ba."
	)
	base := article("a1", "https://Example.com/news/1?utm_source=x", bodyA)
	tests := []struct {
		name        string
		next        corpus.Article
		wantOutcome Outcome
		wantID      string
		wantRemoved int // chunks of the first put that were replaced
		wantBody    string
		wantChunks  int
	}{
		{"same id same body", article("a1", "", bodyA), Duplicate, "a1", 0, bodyA, 2},
		{"other id same body", article("zz", "https://other.example/x", bodyA), Duplicate, "a1", 0, bodyA, 2},
		{"same canonical url same body", article("zz", "https://example.com/news/1", bodyA), Duplicate, "a1", 0, bodyA, 2},
		{"same id changed body", article("a1", "https://example.com/news/1", bodyB), Updated, "a1", 2, bodyB, 3},
		{"same canonical url changed body", article("other-id", "https://example.com/news/1/", bodyB), Updated, "a1", 2, bodyB, 3},
		{"unrelated", article("b1", "https://example.com/news/2", bodyB), Added, "b1", 0, bodyB, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &clock{t: time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC)}
			s := openClock(t, c)
			first := put(t, s, base)
			if first.Outcome != Added || first.ID != "a1" || len(first.Chunks) != 2 {
				t.Fatalf("first put = %+v", first)
			}
			before, _ := s.Article(ctx, "a1")

			c.set(c.now().Add(time.Hour))
			cs := chunksOf(tc.next)
			res, err := s.PutArticle(ctx, tc.next, cs, vecs(len(cs), 4, 9), "test-model")
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != tc.wantOutcome || res.ID != tc.wantID {
				t.Fatalf("outcome %v id %q, want %v %q", res.Outcome, res.ID, tc.wantOutcome, tc.wantID)
			}
			if len(res.RemovedIDs) != tc.wantRemoved {
				t.Errorf("removed %v, want %d ids", res.RemovedIDs, tc.wantRemoved)
			}
			if tc.wantRemoved > 0 {
				var firstIDs []int64
				for _, c := range first.Chunks {
					firstIDs = append(firstIDs, c.ID)
				}
				if !slices.Equal(res.RemovedIDs, firstIDs) {
					t.Errorf("removed %v, want the first put's chunk ids %v", res.RemovedIDs, firstIDs)
				}
				if got, _ := s.ChunksByID(ctx, firstIDs); len(got) != 0 {
					t.Errorf("old chunks still readable: %v", got)
				}
			}
			switch tc.wantOutcome {
			case Duplicate:
				if len(res.Chunks) != 0 {
					t.Errorf("duplicate returned chunks to index: %v", res.Chunks)
				}
			default:
				if len(res.Chunks) != len(cs) {
					t.Fatalf("returned %d chunks, want %d", len(res.Chunks), len(cs))
				}
				for i, c := range res.Chunks {
					if c.ID == 0 || c.ArticleID != tc.wantID || c.Text != cs[i].Text || len(c.Vector) != 4 || c.Title != tc.next.Title {
						t.Errorf("chunk %d = %+v", i, c)
					}
				}
			}
			got, err := s.Article(ctx, tc.wantID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Body != tc.wantBody {
				t.Errorf("stored body %q, want %q", got.Body, tc.wantBody)
			}
			if tc.wantID == "a1" && !got.AddedAt.Equal(before.AddedAt) {
				t.Errorf("AddedAt changed from %v to %v", before.AddedAt, got.AddedAt)
			}
			if n := count(t, s, "SELECT count(*) FROM chunks WHERE article_id = ?", tc.wantID); n != tc.wantChunks {
				t.Errorf("stored chunks = %d, want %d", n, tc.wantChunks)
			}
			// The keyword index follows the chunks exactly.
			if nc, nf := count(t, s, "SELECT count(*) FROM chunks"), count(t, s, "SELECT count(*) FROM chunks_fts"); nc != nf {
				t.Errorf("chunks %d but fts rows %d", nc, nf)
			}
			if tc.wantOutcome == Duplicate {
				if n := count(t, s, "SELECT count(*) FROM articles"); n != 1 {
					t.Errorf("duplicate wrote an article: %d rows", n)
				}
			}
		})
	}
}

func TestPutArticleUpdateKeepsAddedAtAndBumpsUpdatedAt(t *testing.T) {
	c := &clock{t: time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC)}
	s := openClock(t, c)
	put(t, s, article("a1", "", "one"))
	c.set(c.now().Add(48 * time.Hour))
	put(t, s, article("a1", "", "two"))
	var added, updated int64
	if err := s.DB().QueryRow("SELECT added_at, updated_at FROM articles WHERE id = 'a1'").Scan(&added, &updated); err != nil {
		t.Fatal(err)
	}
	if time.Duration(updated-added) != 48*time.Hour {
		t.Errorf("added_at %d updated_at %d, want 48h apart", added, updated)
	}
	// An updated article is not "new" for the digest.
	got, _ := s.ArticlesAddedSince(context.Background(), c.now().Add(-time.Hour), c.now().Add(time.Hour))
	if len(got) != 0 {
		t.Errorf("updated article reported as newly added: %v", got)
	}
}

func TestPutArticleBadInputWritesNothing(t *testing.T) {
	ctx := context.Background()
	ok := article("a1", "https://example.com/1", "p1\n\np2")
	okChunks := chunksOf(ok)
	tests := []struct {
		name    string
		a       corpus.Article
		chunks  []corpus.Chunk
		vectors [][]float32
		model   string
		wantErr string
	}{
		{"fewer vectors than chunks", ok, okChunks, vecs(1, 4, 0), "m", "1 vectors for 2 chunks"},
		{"ragged dims", ok, okChunks, [][]float32{{1, 2, 3}, {1, 2}}, "m", "dims"},
		{"empty vector", ok, okChunks, [][]float32{{}, {}}, "m", "empty"},
		{"no id", article("", "", "x"), nil, nil, "m", "no id"},
		{"no hash", corpus.Article{ID: "x", Body: "x"}, nil, nil, "m", "hash"},
		{"no model", ok, okChunks, vecs(2, 4, 0), "", "model"},
		{"repeated seq", ok, []corpus.Chunk{{Seq: 0, Text: "a"}, {Seq: 0, Text: "b"}}, vecs(2, 4, 0), "m", "seq"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTest(t)
			_, err := s.PutArticle(ctx, tc.a, tc.chunks, tc.vectors, tc.model)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("err = %v, want one mentioning %q", err, tc.wantErr)
			}
			for _, tbl := range []string{"articles", "chunks", "chunks_fts", "meta WHERE key <> '" + MetaAnalyzer + "'"} {
				if n := count(t, s, "SELECT count(*) FROM "+tbl); n != 0 {
					t.Errorf("%s has %d rows after a rejected put", tbl, n)
				}
			}
		})
	}
}

func TestPutArticleRollsBackMidTransaction(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	put(t, s, article("a1", "", "first body\n\nsecond"))
	// Block chunk inserts for a2 with a trigger so the failure happens after
	// the article row and some chunks were written inside the transaction.
	trigger := `CREATE TRIGGER fail_third BEFORE INSERT ON chunks WHEN NEW.seq = 2
		BEGIN SELECT RAISE(ABORT, 'boom'); END`
	if onPostgres() {
		trigger = `CREATE FUNCTION fail_third() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN IF NEW.seq = 2 THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$;
		CREATE TRIGGER fail_third BEFORE INSERT ON chunks FOR EACH ROW EXECUTE FUNCTION fail_third()`
	}
	if _, err := s.DB().Exec(trigger); err != nil {
		t.Fatal(err)
	}
	a := article("a2", "https://example.com/2", "x\n\ny\n\nz")
	cs := chunksOf(a)
	if _, err := s.PutArticle(ctx, a, cs, vecs(3, 4, 0), "test-model"); err == nil {
		t.Fatal("want error")
	}
	if _, err := s.Article(ctx, "a2"); !errors.Is(err, ErrNotFound) {
		t.Errorf("article a2 after failed put: %v", err)
	}
	if n := count(t, s, "SELECT count(*) FROM chunks"); n != 2 {
		t.Errorf("chunks = %d, want a1's 2", n)
	}
	if n := count(t, s, "SELECT count(*) FROM chunks_fts"); n != 2 {
		t.Errorf("fts rows = %d, want 2", n)
	}
	// Same for an update: the old version must survive intact.
	upd := article("a1", "", "new\n\nbody\n\nthree")
	ucs := chunksOf(upd)
	if _, err := s.PutArticle(ctx, upd, ucs, vecs(3, 4, 0), "test-model"); err == nil {
		t.Fatal("want error on update")
	}
	got, _ := s.Article(ctx, "a1")
	if got.Body != "first body\n\nsecond" {
		t.Errorf("failed update changed body to %q", got.Body)
	}
	if hits, _ := s.KeywordSearch(ctx, []string{"first"}, 5); len(hits) != 1 {
		t.Errorf("old chunk no longer searchable after failed update: %v", hits)
	}
}

func TestPutArticleModelMismatch(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	a := article("a1", "", "p1\n\np2")
	if _, err := s.PutArticle(ctx, a, chunksOf(a), vecs(2, 4, 0), "model-a"); err != nil {
		t.Fatal(err)
	}
	if m, _ := s.Meta(ctx, "embed_model"); m != "model-a" {
		t.Errorf("embed_model = %q", m)
	}
	if d, _ := s.Meta(ctx, "embed_dim"); d != "4" {
		t.Errorf("embed_dim = %q", d)
	}
	b := article("b1", "", "q1")
	tests := []struct {
		name  string
		model string
		dim   int
	}{
		{"other model", "model-b", 4},
		{"other dim", "model-a", 8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.PutArticle(ctx, b, chunksOf(b), vecs(1, tc.dim, 0), tc.model)
			if !errors.Is(err, ErrModelMismatch) {
				t.Fatalf("err = %v, want ErrModelMismatch", err)
			}
			if _, err := s.Article(ctx, "b1"); !errors.Is(err, ErrNotFound) {
				t.Errorf("mismatched article was stored")
			}
		})
	}
	// Once the store is empty of vectors, a new model may take over.
	if _, err := s.RemoveArticle(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutArticle(ctx, b, chunksOf(b), vecs(1, 8, 0), "model-b"); err != nil {
		t.Fatalf("new model on an empty store: %v", err)
	}
	if m, _ := s.Meta(ctx, "embed_model"); m != "model-b" {
		t.Errorf("embed_model = %q, want model-b", m)
	}
}

func TestPutArticleURLTakenByAnotherArticle(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	put(t, s, article("a1", "https://example.com/1", "one"))
	put(t, s, article("a2", "https://example.com/2", "two"))
	// a2 now claims a1's URL with a new body: ambiguous, refuse.
	a := article("a2", "https://example.com/1", "two, revised")
	_, err := s.PutArticle(ctx, a, chunksOf(a), vecs(1, 4, 0), "test-model")
	if err == nil || !strings.Contains(err.Error(), `"a1"`) {
		t.Fatalf("err = %v, want one naming a1", err)
	}
	if got, _ := s.Article(ctx, "a2"); got.Body != "two" {
		t.Errorf("a2 changed to %q", got.Body)
	}
}

func TestExisting(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	put(t, s, article("a1", "https://example.com/1", "one"))
	tests := []struct {
		name         string
		a            corpus.Article
		wantID       string
		wantSameBody bool
		wantOK       bool
	}{
		{"by id", article("a1", "", "changed"), "a1", false, true},
		{"by url", article("x", "https://EXAMPLE.com/1#frag", "changed"), "a1", false, true},
		{"by hash", article("x", "", "one"), "a1", true, true},
		{"none", article("x", "https://example.com/9", "nine"), "", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id, same, ok, err := s.Existing(ctx, tc.a)
			if err != nil {
				t.Fatal(err)
			}
			if id != tc.wantID || same != tc.wantSameBody || ok != tc.wantOK {
				t.Errorf("Existing = %q %v %v, want %q %v %v", id, same, ok, tc.wantID, tc.wantSameBody, tc.wantOK)
			}
		})
	}
}

func TestRemoveArticleCascades(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	r1 := put(t, s, article("a1", "", "alpha one\n\nalpha two"))
	put(t, s, article("a2", "", "beta one"))
	removed, err := s.RemoveArticle(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if len(removed) != 2 || removed[0] != r1.Chunks[0].ID || removed[1] != r1.Chunks[1].ID {
		t.Errorf("removed %v, want %d and %d", removed, r1.Chunks[0].ID, r1.Chunks[1].ID)
	}
	if hits, _ := s.KeywordSearch(ctx, []string{"alpha"}, 10); len(hits) != 0 {
		t.Errorf("removed chunks still found by keyword: %v", hits)
	}
	if _, err := s.RemoveArticle(ctx, "a1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second remove: %v, want ErrNotFound", err)
	}
	// A plain DELETE on articles (as an operator might run) cascades to
	// chunks and, through the trigger, to the keyword index.
	if _, err := s.DB().Exec("DELETE FROM articles WHERE id = 'a2'"); err != nil {
		t.Fatal(err)
	}
	for _, tbl := range []string{"chunks", "chunks_fts"} {
		if n := count(t, s, "SELECT count(*) FROM "+tbl); n != 0 {
			t.Errorf("%s has %d rows after cascade", tbl, n)
		}
	}
}

func TestArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	c := &clock{t: time.Date(2025, 6, 1, 12, 30, 45, 123456789, time.FixedZone("ICT", 7*3600))}
	s := openClock(t, c)
	a := article("a1", "https://example.com/1", "thân bài")
	put(t, s, a)
	noDate := article("a2", "", "no date")
	noDate.Published = time.Time{}
	put(t, s, noDate)

	got, err := s.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	want := a
	want.AddedAt = c.now().UTC()
	want.Story = 1 // the first story
	if got != want {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	ict := article("a3", "", "local midnight")
	ict.Published = time.Date(2024, 3, 5, 0, 0, 0, 0, time.FixedZone("ICT", 7*3600))
	r := put(t, s, ict)
	got3, _ := s.Article(ctx, "a3")
	wantDate := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	if !got3.Published.Equal(wantDate) || !r.Chunks[0].Published.Equal(wantDate) {
		t.Errorf("5 March at UTC+7 midnight read back as %v (chunk %v), want the same calendar day", got3.Published, r.Chunks[0].Published)
	}
	got2, _ := s.Article(ctx, "a2")
	if !got2.Published.IsZero() {
		t.Errorf("unknown date read back as %v", got2.Published)
	}
	if _, err := s.Article(ctx, "missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
}

func TestArticlesNewestFirstWithoutBodies(t *testing.T) {
	ctx := context.Background()
	c := &clock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	s := openClock(t, c)
	for _, id := range []string{"a", "b", "c", "d"} {
		put(t, s, article(id, "", "body "+id))
		c.set(c.now().Add(time.Minute))
	}
	tests := []struct {
		offset, limit int
		want          []string
	}{
		{0, 2, []string{"d", "c"}},
		{2, 10, []string{"b", "a"}},
		{4, 10, nil},
	}
	for _, tc := range tests {
		got, err := s.Articles(ctx, tc.offset, tc.limit)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range got {
			ids = append(ids, a.ID)
			if a.Body != "" {
				t.Errorf("Articles returned a body for %s", a.ID)
			}
		}
		if !slices.Equal(ids, tc.want) {
			t.Errorf("Articles(%d,%d) = %v, want %v", tc.offset, tc.limit, ids, tc.want)
		}
	}
	if _, err := s.Articles(ctx, -1, 5); err == nil {
		t.Error("negative offset accepted")
	}
	if _, err := s.Articles(ctx, 0, 0); err == nil {
		t.Error("zero limit accepted")
	}
}

func TestArticlesAddedSinceWindows(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC)
	c := &clock{t: t0}
	s := openClock(t, c)
	// a at t0, b at t0+1h, c at t0+2h, d at t0+2h+1ns.
	for i, id := range []string{"a", "b", "c"} {
		c.set(t0.Add(time.Duration(i) * time.Hour))
		put(t, s, article(id, "", "body "+id))
	}
	c.set(t0.Add(2*time.Hour + 1))
	put(t, s, article("d", "", "body d"))

	tests := []struct {
		name         string
		since, until time.Time
		want         []string
	}{
		{"everything", time.Time{}, t0.Add(24 * time.Hour), []string{"a", "b", "c", "d"}},
		{"since is inclusive", t0, t0.Add(time.Hour), []string{"a"}},
		{"until is exclusive", t0.Add(time.Nanosecond), t0.Add(2 * time.Hour), []string{"b"}},
		{"nanosecond precision", t0.Add(2 * time.Hour), t0.Add(2*time.Hour + 1), []string{"c"}},
		{"other time zone, same instant", t0.In(time.FixedZone("ICT", 7*3600)), t0.Add(time.Hour).In(time.FixedZone("MSK", 3*3600)), []string{"a"}},
		{"empty window", t0.Add(time.Hour), t0.Add(time.Hour), nil},
		{"inverted window", t0.Add(time.Hour), t0, nil},
		{"future", t0.Add(24 * time.Hour), t0.Add(48 * time.Hour), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.ArticlesAddedSince(ctx, tc.since, tc.until)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range got {
				ids = append(ids, a.ID)
				if a.Body == "" {
					t.Errorf("%s returned without body", a.ID)
				}
			}
			if !slices.Equal(ids, tc.want) {
				t.Errorf("got %v, want %v", ids, tc.want)
			}
		})
	}
}

func TestCorpusStats(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	st, err := s.CorpusStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 0 || st.Chunks != 0 || !st.Oldest.IsZero() || len(st.ByLang) != 0 {
		t.Errorf("empty store stats = %+v", st)
	}
	a := article("a", "", "p1\n\np2")
	a.Published = time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC)
	b := article("b", "", "q1")
	b.Lang, b.Published = "en", time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)
	nd := article("c", "", "r1")
	nd.Published = time.Time{}
	for _, x := range []corpus.Article{a, b, nd} {
		put(t, s, x)
	}
	st, err = s.CorpusStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 3 || st.Chunks != 4 || st.ByLang["vi"] != 2 || st.ByLang["en"] != 1 ||
		!st.Oldest.Equal(a.Published) || !st.Newest.Equal(b.Published) || st.Undated != 1 {
		t.Errorf("stats = %+v", st)
	}
}

func TestChunkIDsAreNeverReused(t *testing.T) {
	// The vector index is keyed by chunk id; a recycled id would make a stale
	// index entry point at another passage.
	ctx := context.Background()
	s, _ := openTest(t)
	first := put(t, s, article("a1", "", "p1\n\np2"))
	if _, err := s.RemoveArticle(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	second := put(t, s, article("a2", "", "q1\n\nq2"))
	third := put(t, s, article("a2", "", "r1\n\nr2"))
	seen := map[int64]bool{}
	for _, r := range []PutResult{first, second, third} {
		for _, c := range r.Chunks {
			if seen[c.ID] {
				t.Errorf("chunk id %d reused", c.ID)
			}
			seen[c.ID] = true
		}
	}
}
