package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
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
