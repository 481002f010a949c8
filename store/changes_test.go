package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"
)

// kinds renders changes as "kind:article" for comparison.
func kinds(cs []Change) []string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s:%s", c.Kind, c.ArticleID))
	}
	return out
}

func changesAfter(t *testing.T, s *Store, after int64) []Change {
	t.Helper()
	cs, err := s.ChangesAfter(context.Background(), after, 100)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func TestEveryCorpusChangeIsSequenced(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	if last, err := s.LastChange(ctx); err != nil || last != 0 {
		t.Fatalf("fresh store: last change %d, %v", last, err)
	}
	a := article("a", "", "p0\n\np1")
	put(t, s, a)
	put(t, s, a) // duplicate: nothing changed, nothing recorded
	put(t, s, article("a", "", "p0 edited\n\np1"))
	put(t, s, article("b", "", "q0"))
	if _, err := s.RemoveArticle(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RemoveArticle(ctx, "a"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second remove: %v", err)
	}
	var ids []int64
	s.EachChunkText(ctx, func(id int64, _ string) error { ids = append(ids, id); return nil })
	vs := map[int64][]float32{}
	for _, id := range ids {
		vs[id] = []float32{1, 2}
	}
	if err := s.ReplaceVectors(ctx, "new-model", vs); err != nil {
		t.Fatal(err)
	}

	all := changesAfter(t, s, 0)
	want := []string{"add:a", "update:a", "add:b", "remove:a", "reindex:"}
	if got := kinds(all); !slices.Equal(got, want) {
		t.Fatalf("changes = %v, want %v", got, want)
	}
	for i, c := range all {
		if c.Seq != int64(i+1) || c.At.IsZero() {
			t.Errorf("change %d: seq %d at %v", i, c.Seq, c.At)
		}
	}
	if got := kinds(changesAfter(t, s, 3)); !slices.Equal(got, want[3:]) {
		t.Errorf("after 3: %v", got)
	}
	if got := changesAfter(t, s, 5); len(got) != 0 {
		t.Errorf("after the last: %v", kinds(got))
	}
	if last, _ := s.LastChange(ctx); last != 5 {
		t.Errorf("last change = %d, want 5", last)
	}
	if cs, _ := s.ChangesAfter(ctx, 1, 2); len(cs) != 2 || cs[0].Seq != 2 {
		t.Errorf("limit 2 after 1: %v", kinds(cs))
	}
}

func TestFailedWriteRecordsNoChange(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	put(t, s, article("a", "", "p0"))
	b := article("b", "", "q0")
	// Another model's vectors are refused: the change must not be recorded.
	if _, err := s.PutArticle(ctx, b, chunksOf(b), vecs(1, 8, 0), "other-model"); !errors.Is(err, ErrModelMismatch) {
		t.Fatalf("put: %v", err)
	}
	if got := kinds(changesAfter(t, s, 0)); !slices.Equal(got, []string{"add:a"}) {
		t.Errorf("changes = %v", got)
	}
}

func TestPrunedChangesAskForAReload(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	put(t, s, article("a", "", "p0"))
	// Pretend keepChanges changes went by since: the cursor's row is pruned.
	if _, err := s.DB().Exec("DELETE FROM changes"); err != nil {
		t.Fatal(err)
	}
	put(t, s, article("b", "", "q0"))
	if _, err := s.ChangesAfter(ctx, 0, 10); !errors.Is(err, ErrChangesPruned) {
		t.Errorf("after 0: err = %v, want ErrChangesPruned", err)
	}
	// A cursor at the pruned row misses nothing: the next change is there.
	if got := kinds(changesAfter(t, s, 1)); !slices.Equal(got, []string{"add:b"}) {
		t.Errorf("after 1: %v", got)
	}
	last, _ := s.LastChange(ctx)
	if last != 2 {
		t.Fatalf("last change = %d", last)
	}
	if cs := changesAfter(t, s, last); len(cs) != 0 {
		t.Errorf("after a reload at %d: %v", last, kinds(cs))
	}
	// A cursor from another database (ahead of this one) is no cursor either.
	if _, err := s.ChangesAfter(ctx, 99, 10); !errors.Is(err, ErrChangesPruned) {
		t.Errorf("foreign cursor: %v", err)
	}
}

func TestChangesArePrunedToTheNewest(t *testing.T) {
	s, _ := openTest(t)
	// Three old changes, then pretend keepChanges more went by.
	if _, err := s.DB().Exec("INSERT INTO changes (seq, article_id, kind, at) VALUES (1, 'x', 'add', 0), (2, 'y', 'add', 0), (3, 'z', 'add', 0)"); err != nil {
		t.Fatal(err)
	}
	skip := "UPDATE sqlite_sequence SET seq = ? WHERE name = 'changes'"
	if onPostgres() {
		skip = "SELECT setval(pg_get_serial_sequence('changes', 'seq'), ?)"
	}
	if _, err := s.db.ExecContext(context.Background(), skip, keepChanges+2); err != nil {
		t.Fatal(err)
	}
	put(t, s, article("a", "", "p0"))
	// Rows keepChanges behind the new one (seq <= 3) are gone; it stays.
	if n := count(t, s, "SELECT count(*) FROM changes"); n != 1 {
		t.Errorf("rows = %d, want 1", n)
	}
	if n := count(t, s, "SELECT max(seq) FROM changes"); n != keepChanges+3 {
		t.Errorf("newest seq = %d", n)
	}
}

func TestReplaceVectorsRefusesStragglers(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	r := put(t, s, article("a", "", "p0\n\np1"))
	listed := map[int64][]float32{}
	for _, c := range r.Chunks {
		listed[c.ID] = []float32{1, 2}
	}
	// Another process ingests after the reindex listed the corpus.
	late := put(t, s, article("late", "", "q0"))
	before, _ := s.LastChange(ctx)

	err := s.ReplaceVectors(ctx, "new-model", listed)
	var se *StragglersError
	if !errors.As(err, &se) || se.N != 1 || !slices.Equal(se.IDs, []int64{late.Chunks[0].ID}) {
		t.Fatalf("err = %v (%+v), want the late chunk as a straggler", err, se)
	}
	if m, _ := s.Meta(ctx, MetaEmbedModel); m != "test-model" {
		t.Errorf("refused reindex changed the model to %q", m)
	}
	if after, _ := s.LastChange(ctx); after != before {
		t.Errorf("refused reindex recorded a change")
	}
	n := count(t, s, "SELECT count(*) FROM chunks WHERE model = 'new-model'")
	if n != 0 {
		t.Errorf("refused reindex wrote %d vectors", n)
	}

	listed[late.Chunks[0].ID] = []float32{3, 4}
	if err := s.ReplaceVectors(ctx, "new-model", listed); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, "SELECT count(*) FROM chunks WHERE model <> 'new-model'"); n != 0 {
		t.Errorf("%d chunks kept the old model", n)
	}
}

func TestArticleVectors(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	r := put(t, s, article("a", "", "p0\n\np1"))
	put(t, s, article("b", "", "q0"))
	got, err := s.ArticleVectors(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != r.Chunks[0].ID || got[1].ID != r.Chunks[1].ID || got[0].ArticleID != "a" ||
		!slices.Equal(got[1].Vector, r.Chunks[1].Vector) {
		t.Errorf("got %+v, want the chunks of %+v", got, r.Chunks)
	}
	if got, err := s.ArticleVectors(ctx, "gone"); err != nil || len(got) != 0 {
		t.Errorf("missing article: %v, %v", got, err)
	}
}

func TestChangesSeenThroughAnotherHandle(t *testing.T) {
	// The follower's premise: a change committed by one process is visible
	// to another handle on the same file at once.
	ctx := context.Background()
	path := testDB(t, "detente.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if cs := changesAfter(t, a, 0); len(cs) != 0 {
		t.Fatalf("fresh: %v", kinds(cs))
	}
	put(t, b, article("x", "", "from b"))
	if got := kinds(changesAfter(t, a, 0)); !slices.Equal(got, []string{"add:x"}) {
		t.Errorf("a sees %v", got)
	}
}

func TestListArticlesFilters(t *testing.T) {
	ctx := context.Background()
	c := &clock{t: time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC)}
	s := openClock(t, c)
	tass := article("t1", "https://www.tass.ru/politika/1", "t body")
	tass.Source = "ТАСС"
	put(t, s, tass)
	c.set(c.now().Add(48 * time.Hour))
	put(t, s, article("v1", "https://vnexpress.net/a", "v body"))

	tests := []struct {
		f    ArticleFilter
		want []string
	}{
		{ArticleFilter{}, []string{"v1", "t1"}},
		{ArticleFilter{AddedSince: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}, []string{"v1"}},
		{ArticleFilter{Source: "тасс"}, []string{"t1"}},
		{ArticleFilter{Source: "tass.ru"}, []string{"t1"}},
		{ArticleFilter{Source: "www.TASS.ru"}, []string{"t1"}},
		{ArticleFilter{Source: "tass"}, nil},
		{ArticleFilter{Source: "ttxvn"}, []string{"v1"}},
	}
	for _, tc := range tests {
		as, err := s.ListArticles(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range as {
			got = append(got, a.ID)
			if a.Body != "" {
				t.Errorf("%s listed with its body", a.ID)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%+v: got %v, want %v", tc.f, got, tc.want)
		}
	}
}

// BenchmarkIdlePoll is what a follower pays each second when nothing
// changed: one ChangesAfter at the newest seq, with a full sequence behind it.
func BenchmarkIdlePoll(b *testing.B) {
	ctx := context.Background()
	s, _ := openTest(b)
	tx, err := s.DB().Begin()
	if err != nil {
		b.Fatal(err)
	}
	for i := range keepChanges {
		if _, err := tx.Exec("INSERT INTO changes (article_id, kind, at) VALUES (?, 'add', 0)", fmt.Sprint("a", i)); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	last, _ := s.LastChange(ctx)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		cs, err := s.ChangesAfter(ctx, last, 256)
		if err != nil || len(cs) != 0 {
			b.Fatal(cs, err)
		}
	}
}
