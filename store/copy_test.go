package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/internal/pgtest"
)

// copySource is a store with something in every copied table: articles
// with vectors, an embedding cache entry, a feed with an item, a user with
// a turn and a vote, a question log, the update offset, an unanswered update
// in the inbox, a subscriber with a delivered digest, and a cached digest.
func copySource(t *testing.T) *Store {
	t.Helper()
	s, _ := openTest(t)
	fillCopySource(t, s)
	return s
}

func fillCopySource(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	put(t, s, article("a1", "https://example.com/a1", "Lavrov met Rubio in Riyadh.\n\nThe talks covered Ukraine."))
	put(t, s, wire(t, "geneva-wire.en.txt", "wire")) // long enough to join a story
	put(t, s, wire(t, "geneva-dailynews.en.txt", "dailynews"))
	if err := s.PutEmbeddings(ctx, "test-model", map[string][]float32{"h1": {1, 2, 3, 4}}); err != nil {
		t.Fatal(err)
	}
	f, err := s.AddFeed(ctx, Feed{URL: "https://example.com/feed.xml", Title: "Example", CreatedAt: t0, NextPoll: t0})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkFeedItem(ctx, f.ID, "guid-1", "added", "a1"); err != nil {
		t.Fatal(err)
	}
	turn, err := s.RecordAnswer(ctx, Answered{LangCode: "en",
		Turn: &Turn{ChatID: 7, UserID: 7, Question: "who met?", Answer: "Lavrov and Rubio [1]", Lang: "en",
			ArticleIDs: []string{"a1"}, Sources: []byte(`[{"n":1}]`), MessageIDs: []int{41, 42}, CreatedAt: t0},
		Log: QuestionLog{ChatID: 7, UserID: 7, Lang: "en", Outcome: "answered", Latency: time.Second}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutFeedback(ctx, Feedback{TurnID: turn.ID, UserID: 7, ChatID: 7, Vote: 1}); err != nil {
		t.Fatal(err)
	}
	if err := s.ResetChat(ctx, 7); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkUpdateHandled(ctx, 9001); err != nil {
		t.Fatal(err)
	}
	// An update acknowledged to Telegram but not yet answered.
	if ok, err := s.PutUpdate(ctx, InboxUpdate{ID: 9002, ChatID: 7, Payload: []byte(`{"update_id":9002}`)}); err != nil || !ok {
		t.Fatalf("PutUpdate: %v %v", ok, err)
	}
	subscribe(t, s, 7)
	d := delivery(7, "2025-03-09", t0.Add(24*time.Hour))
	if ok, err := s.BeginDelivery(ctx, d); err != nil || !ok {
		t.Fatalf("BeginDelivery: %v %v", ok, err)
	}
	if err := s.FinishDelivery(ctx, 7, d.LocalDate, DeliveryResult{State: DeliverySent, Attempts: 1, At: t0.Add(24 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutCachedDigest(ctx, CachedDigest{Key: "vi|k", Lang: "vi", WindowStart: t0, WindowEnd: t0.Add(24 * time.Hour),
		Articles: 2, Payload: []byte(`{"text":"digest"}`), CreatedAt: t0}); err != nil {
		t.Fatal(err)
	}
}

// rowCounts is the number of rows in every copied table.
func rowCounts(t *testing.T, s *Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, table := range copyTables {
		out[table] = count(t, s, "SELECT count(*) FROM "+table)
	}
	return out
}

// TestCopyMovesEverythingAUserWouldMiss: after a copy the target finds the
// same passages for a keyword query, loads the same vectors (no
// re-embedding), continues the user's thread, and its ledger says the
// subscriber already had today's digest.
func TestCopyMovesEverythingAUserWouldMiss(t *testing.T) {
	src := copySource(t)
	dst, _ := openTest(t)
	checkCopy(t, src, dst)
}

// TestCopySQLiteToPostgres is the move the copy exists for: a SQLite file
// into PostgreSQL, every value crossing engines (integers, blobs, NULLs).
func TestCopySQLiteToPostgres(t *testing.T) {
	if onPostgres() {
		t.Skip("the SQLite run covers it")
	}
	src, err := Open(context.Background(), filepath.Join(t.TempDir(), "detente.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	fillCopySource(t, src)
	dst, err := Open(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	checkCopy(t, src, dst)
}

// checkCopy copies src into the empty dst and checks what a user would
// see of it.
func checkCopy(t *testing.T, src, dst *Store) {
	t.Helper()
	ctx := context.Background()
	report, err := dst.CopyFrom(ctx, src)
	if err != nil {
		t.Fatalf("CopyFrom: %v", err)
	}
	want := rowCounts(t, src)
	want["meta"]-- // the analyzer version is the target's own
	got := map[string]int{}
	for _, r := range report {
		got[r.Table] = int(r.Rows)
		if want[r.Table] == 0 {
			t.Errorf("the source's %s is empty: the test does not exercise it", r.Table)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("copied %v\nwant     %v", got, want)
	}

	for _, q := range [][]string{{"lavrov"}, {"geneva", "ukraine"}} {
		a, err := src.KeywordSearch(ctx, q, 10)
		if err != nil {
			t.Fatal(err)
		}
		b, err := dst.KeywordSearch(ctx, q, 10)
		if err != nil {
			t.Fatal(err)
		}
		if src.Backend() != dst.Backend() {
			// Each engine ranks by its own formula (bm25, ts_rank_cd): the
			// same passages must match, in whatever order.
			a, b = hitIDs(a), hitIDs(b)
		}
		if len(a) == 0 || !reflect.DeepEqual(a, b) {
			t.Errorf("keyword search %v: source %v, copy %v", q, a, b)
		}
	}
	vectors := func(s *Store) map[int64]string {
		m := map[int64]string{}
		err := s.EachChunkVector(ctx, func(id int64, art string, v []float32) error {
			m[id] = fmt.Sprint(art, v)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	if a, b := vectors(src), vectors(dst); len(a) == 0 || !reflect.DeepEqual(a, b) {
		t.Errorf("vectors differ:\nsource %v\ncopy   %v", a, b)
	}
	if m, _ := dst.Meta(ctx, MetaEmbedModel); m != "test-model" {
		t.Errorf("embed model %q after the copy, want test-model (vectors are kept, not re-embedded)", m)
	}
	if c, err := dst.CachedEmbeddings(ctx, "test-model", []string{"h1"}); err != nil || len(c) != 1 {
		t.Errorf("embedding cache after the copy: %v %v", c, err)
	}

	turn, err := dst.TurnByMessage(ctx, 7, 42)
	if err != nil || turn.Question != "who met?" {
		t.Errorf("the reply to message 42 finds %+v, %v; want the copied turn", turn, err)
	}
	if fb, err := dst.FeedbackFor(ctx, turn.ID); err != nil || len(fb) != 1 {
		t.Errorf("feedback after the copy: %v %v", fb, err)
	}
	if id, err := dst.HandledUpdate(ctx); err != nil || id != 9001 {
		t.Errorf("handled update after the copy: %d %v, want 9001", id, err)
	}
	// The ledger: the date already delivered is refused, so no second copy.
	if ok, err := dst.BeginDelivery(ctx, delivery(7, "2025-03-09", t0.Add(24*time.Hour))); err != nil || ok {
		t.Errorf("BeginDelivery of the delivered date on the copy = %v, %v; want false (already in the ledger)", ok, err)
	}
	if ds, err := dst.Deliveries(ctx, 7); err != nil || len(ds) != 1 || ds[0].State != DeliverySent {
		t.Errorf("deliveries after the copy: %+v %v", ds, err)
	}

	// New rows get fresh ids, after the copied ones.
	next, err := dst.AddTurn(ctx, Turn{ChatID: 8, UserID: 8, Question: "q", Answer: "a", CreatedAt: t0})
	if err != nil || next.ID <= turn.ID {
		t.Errorf("a turn added after the copy got id %d (%v); want one after %d", next.ID, err, turn.ID)
	}
	// A follower of the target hears about the new corpus.
	if cs := changesAfter(t, dst, 0); len(cs) == 0 || cs[len(cs)-1].Kind != ChangeReindex {
		t.Errorf("changes after the copy: %v; want a reindex last", kinds(cs))
	}
}

// TestCopyRefusesANonEmptyTarget: a target that already holds an article
// (a replica started on it and seeded it) is refused with a message naming
// what it holds, and nothing is written.
func TestCopyRefusesANonEmptyTarget(t *testing.T) {
	ctx := context.Background()
	src := copySource(t)
	dst, _ := openTest(t)
	put(t, dst, article("other", "https://example.org/x", "Another corpus entirely."))
	_, err := dst.CopyFrom(ctx, src)
	if !errors.Is(err, ErrTargetNotEmpty) || !strings.Contains(err.Error(), "articles (1 rows)") {
		t.Fatalf("CopyFrom into a used store: %v; want ErrTargetNotEmpty naming articles", err)
	}
	if n := count(t, dst, "SELECT count(*) FROM articles"); n != 1 {
		t.Fatalf("the refused target has %d articles, want its 1", n)
	}
	if n := count(t, dst, "SELECT count(*) FROM bot_turns"); n != 0 {
		t.Fatalf("the refused target got %d turns", n)
	}
}

// TestCopyIsAllOrNothing: a copy that fails part-way (here the target's
// digest_cache cannot take a column the source has, after every corpus and
// bot table was written) leaves the target empty, so it can be run again.
func TestCopyIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	src := copySource(t)
	dst, _ := openTest(t)
	if _, err := dst.DB().Exec("ALTER TABLE digest_cache DROP COLUMN topic"); err != nil {
		t.Fatal(err)
	}
	if _, err := dst.CopyFrom(ctx, src); err == nil || !strings.Contains(err.Error(), "digest_cache") {
		t.Fatalf("CopyFrom: %v; want a failure naming digest_cache", err)
	}
	for table, n := range rowCounts(t, dst) {
		if n > 0 && table != "meta" {
			t.Errorf("after a failed copy the target's %s has %d rows", table, n)
		}
	}
	if v, _ := dst.Meta(ctx, MetaEmbedModel); v != "" {
		t.Errorf("after a failed copy the target's meta names model %q", v)
	}
}

// TestCopyKnowsEveryTable: each table the migrations create is either
// copied or deliberately left behind, so a new migration's table cannot be
// lost in a move unnoticed.
func TestCopyKnowsEveryTable(t *testing.T) {
	s, _ := openTest(t)
	if err := s.checkCopyable(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec("CREATE TABLE later_feature (id INTEGER PRIMARY KEY)"); err != nil {
		t.Fatal(err)
	}
	dst, _ := openTest(t)
	if _, err := dst.CopyFrom(context.Background(), s); err == nil || !strings.Contains(err.Error(), "later_feature") {
		t.Fatalf("CopyFrom a store with an unknown table: %v; want a refusal naming it", err)
	}
}

// hitIDs is hits by chunk id, without scores.
func hitIDs(hits []KeywordHit) []KeywordHit {
	out := make([]KeywordHit, len(hits))
	for i, h := range hits {
		out[i] = KeywordHit{ChunkID: h.ChunkID}
	}
	slices.SortFunc(out, func(a, b KeywordHit) int { return cmp.Compare(a.ChunkID, b.ChunkID) })
	return out
}

// BenchmarkCopySQLiteToPostgres measures a move of a 10k-chunk corpus
// (384-dimensional vectors) from a SQLite file into PostgreSQL, keyword
// index rebuild included: the figure an operator plans the move's downtime
// by.
func BenchmarkCopySQLiteToPostgres(b *testing.B) {
	const articles, perArticle, dim = 1000, 10, 384
	src, err := Open(context.Background(), filepath.Join(b.TempDir(), "detente.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	seedChunks(b, src, articles, perArticle, dim, func(a, c int) string {
		return fmt.Sprintf("Passage %d of article %d: Lavrov and Rubio discussed sanctions, Ukraine and New START in Riyadh.", c, a)
	})
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		dst, err := Open(context.Background(), pgtest.URL(b))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := dst.CopyFrom(context.Background(), src); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		dst.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(articles*perArticle*b.N)/b.Elapsed().Seconds(), "chunks/s")
}
