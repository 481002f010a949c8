package store

import (
	"context"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/internal/pgtest"
)

// TestKeywordSearchStems: a question's word finds the article's other form
// of it, in English and in Russian, and Vietnamese still matches folded.
func TestKeywordSearchStems(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	put(t, s, article("treaty", "", "The New START treaty expires in February 2026."))
	put(t, s, article("ru", "", "Москва и Вашингтон обсудили санкции."))
	put(t, s, article("vi", "", "Nga và Mỹ tiến hành đối thoại chiến lược."))
	for _, terms := range [][]string{{"expire"}, {"expired"}, {"treaties"}, {"санкций"}, {"doi thoai"}, {"đối thoại"}} {
		hits, err := s.KeywordSearch(ctx, terms, 5)
		if err != nil || len(hits) != 1 {
			t.Errorf("KeywordSearch(%q) = %v, %v; want one hit", terms, hits, err)
		}
	}
}

// TestOpenRebuildsOldKeywordIndex: a database whose keyword index holds the
// folded, unstemmed text of an earlier version is rebuilt when opened, so a
// stemmed query finds what it should; and the rebuild happens once.
func TestOpenRebuildsOldKeywordIndex(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	put(t, s, article("treaty", "", "The New START treaty expires in February 2026."))
	// Make it the old version: the index as corpus.Fold wrote it, no meta key.
	empty, fill := "INSERT INTO chunks_fts (chunks_fts) VALUES ('delete-all')", "INSERT INTO chunks_fts (rowid, folded) SELECT id, embed_text FROM chunks"
	if onPostgres() {
		empty, fill = "DELETE FROM chunks_fts", "INSERT INTO chunks_fts (chunk_id, folded) SELECT id, to_tsvector('simple', embed_text) FROM chunks"
	}
	err := s.inTx(ctx, func(tx *dbTx) error {
		if _, err := tx.ExecContext(ctx, empty); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, fill); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "DELETE FROM meta WHERE key = ?", MetaAnalyzer)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if hits, _ := s.KeywordSearch(ctx, []string{"expire"}, 5); len(hits) != 0 {
		t.Fatalf("the old index should not match a stem: %v", hits)
	}
	s.Close()

	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if hits, err := s2.KeywordSearch(ctx, []string{"expire"}, 5); err != nil || len(hits) != 1 {
		t.Errorf("after reopening, KeywordSearch(expire) = %v, %v; want the treaty chunk", hits, err)
	}
	if hits, _ := s2.KeywordSearch(ctx, []string{"february"}, 5); len(hits) != 1 {
		t.Errorf("after reopening, KeywordSearch(february) = %v; want the treaty chunk once", hits)
	}
	if v, _ := s2.Meta(ctx, MetaAnalyzer); v != corpus.AnalyzerVersion {
		t.Errorf("meta %s = %q, want %q", MetaAnalyzer, v, corpus.AnalyzerVersion)
	}
}

// TestOpenKeepsNewerKeywordIndex: an index built by a newer analyzer (a
// replica already upgraded) is left alone by this older binary, so a rolling
// upgrade does not make the versions take turns rebuilding it; an older one
// is rebuilt.
func TestOpenKeepsNewerKeywordIndex(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	put(t, s, article("treaty", "", "The New START treaty expires in February 2026."))
	for _, c := range []struct{ stored, want string }{
		{"999-future", "999-future"},
		{"1", corpus.AnalyzerVersion},
		{"", corpus.AnalyzerVersion},
	} {
		if err := s.SetMeta(ctx, MetaAnalyzer, c.stored); err != nil {
			t.Fatal(err)
		}
		if err := s.syncAnalyzer(ctx); err != nil {
			t.Fatal(err)
		}
		if v, _ := s.Meta(ctx, MetaAnalyzer); v != c.want {
			t.Errorf("index built by %q: after open the version is %q, want %q", c.stored, v, c.want)
		}
	}
}

// BenchmarkRebuildKeywordIndex measures the one-off rebuild an upgraded
// database pays at its first open: 10,000 chunks of about 900 runes.
func BenchmarkRebuildKeywordIndex(b *testing.B) {
	ctx := context.Background()
	s, _ := openTest(b)
	para := "Foreign Minister Sergei Lavrov said on Tuesday that talks with the United States on restoring embassy operations would continue in Istanbul, where delegations headed by Ambassador Alexander Darchiev met State Department officials. "
	seedChunks(b, s, 1000, 10, 4, func(a, c int) string {
		return strings.Repeat(para, 4) + fmt.Sprint(a, c)
	})
	b.ResetTimer()
	for b.Loop() {
		if err := s.SetMeta(ctx, MetaAnalyzer, "old"); err != nil {
			b.Fatal(err)
		}
		if err := s.syncAnalyzer(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// TestKeywordScoresMatchSQLite: the same corpus on both backends ranks
// alike, so an operator moving to PostgreSQL gets the answers SQLite gave.
// Words are scored with FTS5's own BM25 numbers (each chunk's length, the
// average over every chunk, N); a phrase finds the same chunks.
//
// After articles are removed or replaced, PostgreSQL scores as a store
// built afresh from the articles left does. SQLite's contentless FTS5
// table does not: its row count and total length never go down on a
// delete (its averages record read 80 rows, 1,957 words where 57 rows,
// 1,368 words were left), so its IDFs and average length drift until the
// index is rebuilt; the test compares with a fresh SQLite store instead.
func TestKeywordScoresMatchSQLite(t *testing.T) {
	if onPostgres() {
		t.Skip("the SQLite run covers it")
	}
	ctx := context.Background()
	open := func(loc string) *Store {
		s, err := Open(ctx, loc)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	lite := open(filepath.Join(t.TempDir(), "detente.db"))
	pg := open(pgtest.URL(t))

	// Zipf-like word use, so common and rare words, short and long chunks,
	// and words repeated within a chunk all occur.
	vocab := strings.Fields("treaty sanctions geneva lavrov missile summit embassy inspection " +
		"warheads diplomats ceasefire pipeline ambassador verification kremlin blinken")
	rng := rand.New(rand.NewPCG(7, 11))
	body := func() string {
		var paras []string
		for range 1 + rng.IntN(3) {
			ws := make([]string, 3+rng.IntN(40))
			for i := range ws {
				ws[i] = vocab[min(len(vocab)-1, int(rng.ExpFloat64()*4))]
			}
			paras = append(paras, strings.Join(ws, " ")+".")
		}
		return strings.Join(paras, "\n\n")
	}
	var arts []corpus.Article
	for i := range 40 {
		a := article(fmt.Sprintf("a%02d", i), "", body())
		arts = append(arts, a)
		put(t, lite, a)
		put(t, pg, a)
	}

	queries := [][]string{{"treaty"}, {"blinken"}, {"lavrov", "kremlin"},
		{"geneva", "ceasefire", "verification", "treaty"}, {"warheads", "nosuchword"}}
	compare := func(when string, want, got *Store) {
		t.Helper()
		for _, q := range queries {
			w, g := hitScores(t, want, q), hitScores(t, got, q)
			if len(w) == 0 {
				t.Fatalf("%s: %q finds nothing on SQLite: the corpus does not exercise it", when, q)
			}
			if len(g) != len(w) {
				t.Errorf("%s: %q: PostgreSQL finds %d chunks, SQLite %d", when, q, len(g), len(w))
			}
			for key, ws := range w {
				if gs, ok := g[key]; !ok || math.Abs(gs-ws) > 1e-9*math.Abs(ws) {
					t.Errorf("%s: %q: chunk %s scores %v on PostgreSQL, %v on SQLite", when, q, key, gs, ws)
				}
			}
		}
		phrase := []string{"treaty sanctions"}
		w, g := slices.Sorted(maps.Keys(hitScores(t, want, phrase))), slices.Sorted(maps.Keys(hitScores(t, got, phrase)))
		if len(w) == 0 || !slices.Equal(g, w) {
			t.Errorf("%s: phrase %q finds chunks %v on PostgreSQL, %v on SQLite", when, phrase, g, w)
		}
	}
	compare("after the puts", lite, pg)

	for i := range 10 {
		if _, err := pg.RemoveArticle(ctx, arts[3*i].ID); err != nil {
			t.Fatal(err)
		}
		arts[3*i].ID = ""
	}
	arts[1] = article("a01", "", body()) // an update replaces the article's chunks
	put(t, pg, arts[1])
	fresh := open(filepath.Join(t.TempDir(), "fresh.db"))
	for _, a := range arts {
		if a.ID != "" {
			put(t, fresh, a)
		}
	}
	compare("after removals and an update", fresh, pg)
}

// hitScores is every keyword hit of terms by "article/seq" (chunk ids
// differ between stores built in different orders).
func hitScores(t *testing.T, s *Store, terms []string) map[string]float64 {
	t.Helper()
	ctx := context.Background()
	hits, err := s.KeywordSearch(ctx, terms, 1000)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.ChunkID
	}
	cs, err := s.ChunksByID(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	key := map[int64]string{}
	for _, c := range cs {
		key[c.ID] = fmt.Sprintf("%s/%d", c.ArticleID, c.Seq)
	}
	out := map[string]float64{}
	for _, h := range hits {
		out[key[h.ChunkID]] = h.Score
	}
	return out
}

// TestUpgradeTo012IndexesExistingChunks: a PostgreSQL database written
// before migration 012 (no posting rows, no lengths, no stats) ranks its
// old chunks as if they had been written since, once opened by this
// version, without re-analysing any text.
func TestUpgradeTo012IndexesExistingChunks(t *testing.T) {
	if !onPostgres() {
		t.Skip("PostgreSQL only: SQLite's 012 is empty")
	}
	ctx := context.Background()
	s, url := openTest(t)
	put(t, s, article("treaty", "", "The New START treaty expires in February 2026.\n\nThe treaty limits warheads; 1,550 warheads each."))
	put(t, s, article("talks", "", "Talks in Geneva on the treaty and on sanctions."))
	queries := [][]string{{"treaty"}, {"warheads", "geneva"}, {"1,550"}, {"new start"}}
	want := map[string]map[string]float64{}
	for _, q := range queries {
		want[fmt.Sprint(q)] = hitScores(t, s, q)
	}
	downgradeFrom012(t, s)
	s.Close()

	s2, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	for _, q := range queries {
		w, g := want[fmt.Sprint(q)], hitScores(t, s2, q)
		if len(w) == 0 || !maps.Equal(g, w) {
			t.Errorf("after the upgrade %q scores %v, want %v", q, g, w)
		}
	}
	put(t, s2, article("more", "", "A treaty on warheads."))
	if hits := hitScores(t, s2, []string{"warheads"}); len(hits) != 2 {
		t.Errorf("after the upgrade, warheads is in %d chunks (%v), want 2", len(hits), hits)
	}
}

// downgradeFrom012 takes a PostgreSQL store back to the schema before
// migration 012, rows kept: what a database of the previous version holds.
func downgradeFrom012(tb testing.TB, s *Store) {
	tb.Helper()
	ctx := context.Background()
	err := s.inTx(ctx, func(tx *dbTx) error {
		_, err := tx.ExecContext(ctx, `DROP TABLE chunks_fts_terms, chunks_fts_stats;
			DROP TRIGGER chunks_fts_added ON chunks_fts; DROP TRIGGER chunks_fts_removed ON chunks_fts;
			DROP TRIGGER chunks_fts_unchangeable ON chunks_fts;
			ALTER TABLE chunks_fts DROP COLUMN dl;
			DROP FUNCTION chunks_fts_added(), chunks_fts_removed(), chunks_fts_unchangeable(), chunks_fts_length(tsvector);
			DELETE FROM schema_migrations WHERE version = 12`)
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
}
