package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/detente/detente/corpus"
)

// clock is a controllable time source for AddedAt.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func openTest(t testing.TB) (*Store, string) {
	t.Helper()
	path := testDB(t, "detente.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func openClock(t testing.TB, c *clock) *Store {
	t.Helper()
	path := testDB(t, "detente.db")
	s, err := OpenWith(context.Background(), path, Options{Now: c.now})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// article builds a finalised-looking article; body determines the hash.
func article(id, url, body string) corpus.Article {
	return corpus.Article{
		ID: id, Title: "Title " + id, URL: url, Source: "TTXVN", Lang: "vi",
		Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC),
		Body:      body, Hash: corpus.BodyHash(body),
	}
}

// chunksOf splits a body on blank lines, one chunk per paragraph.
func chunksOf(a corpus.Article) []corpus.Chunk {
	var cs []corpus.Chunk
	for i, p := range strings.Split(a.Body, "\n\n") {
		cs = append(cs, corpus.Chunk{ArticleID: a.ID, Seq: i, Header: a.Title, Text: p})
	}
	return cs
}

func vecs(n, dim int, seed float32) [][]float32 {
	out := make([][]float32, n)
	for i := range out {
		v := make([]float32, dim)
		for j := range v {
			v[j] = seed + float32(i) + float32(j)/100
		}
		out[i] = v
	}
	return out
}

func put(t testing.TB, s *Store, a corpus.Article) PutResult {
	t.Helper()
	cs := chunksOf(a)
	res, err := s.PutArticle(context.Background(), a, cs, vecs(len(cs), 4, 1), "test-model")
	if err != nil {
		t.Fatalf("PutArticle(%s): %v", a.ID, err)
	}
	return res
}

func count(t testing.TB, s *Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.db.QueryRowContext(context.Background(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// tables counts which of names exist as tables.
func tables(t testing.TB, s *Store, names ...string) int {
	t.Helper()
	n := 0
	for _, name := range names {
		q := "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"
		if s.Postgres() {
			q = "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"
		}
		n += count(t, s, q, name)
	}
	return n
}

func TestOpenMigratesFreshAndReopensIdempotently(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	want, err := loadMigrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.SchemaVersions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || got[0] != 1 {
		t.Fatalf("applied versions %v, want one per embedded migration (%d)", got, len(want))
	}
	put(t, s, article("a1", "https://example.com/a", "đối thoại Nga Mỹ"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		s2, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("reopen %d: %v", i, err)
		}
		got2, _ := s2.SchemaVersions(ctx)
		if !slices.Equal(got, got2) {
			t.Errorf("reopen %d: versions %v, want %v", i, got2, got)
		}
		if _, err := s2.Article(ctx, "a1"); err != nil {
			t.Errorf("reopen %d lost data: %v", i, err)
		}
		s2.Close()
	}
}

func TestPragmasOnEveryConnection(t *testing.T) {
	sqliteOnly(t, "pragmas")
	s, _ := openTest(t)
	ctx := context.Background()
	// Hold several connections at once so the pool must open new ones.
	var conns []interface{ Close() error }
	for i := range 4 {
		c, err := s.DB().Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		var fk, busy, sync, mmap int
		var mode string
		if err := c.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, "PRAGMA mmap_size").Scan(&mmap); err != nil {
			t.Fatal(err)
		}
		if sync != 1 || mmap == 0 {
			t.Errorf("conn %d: synchronous=%d (want 1, NORMAL) mmap_size=%d (want > 0)", i, sync, mmap)
		}
		if err := c.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&busy); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if fk != 1 || busy != 5000 || mode != "wal" {
			t.Errorf("conn %d: foreign_keys=%d busy_timeout=%d journal_mode=%s", i, fk, busy, mode)
		}
	}
	for _, c := range conns {
		c.Close()
	}
}

func TestOpenRefusesNonSQLiteFile(t *testing.T) {
	sqliteOnly(t, "the file's header")
	dir := t.TempDir()
	cases := []struct {
		name    string
		content []byte
	}{
		{"text", []byte("hello, this is my diary\n")},
		{"short", []byte("SQL")},
		{"binary", []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name+".db")
			if err := os.WriteFile(path, tc.content, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Open(context.Background(), path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded on a non-SQLite file")
			}
			if !errors.Is(err, ErrNotDatabase) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %q should name the path and say it is not a SQLite database", err)
			}
			got, _ := os.ReadFile(path)
			if string(got) != string(tc.content) {
				t.Errorf("file modified: %q", got)
			}
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(path + suffix); err == nil {
					t.Errorf("Open left %s behind", path+suffix)
				}
			}
		})
	}
}

func TestOpenDirectoryIsAnError(t *testing.T) {
	sqliteOnly(t, "a path")
	_, err := Open(context.Background(), t.TempDir())
	if !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("Open(dir) = %v, want ErrNotDatabase", err)
	}
}

func TestOpenPathWithURIMetacharacters(t *testing.T) {
	sqliteOnly(t, "a path")
	// '?' and '#' and '%' would otherwise be read as URI syntax.
	path := filepath.Join(t.TempDir(), "odd ?#% name", "d.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at the literal path: %v", err)
	}
}

func TestMigrationRunnerPicksUpAnyFileInOrder(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	// A later-numbered migration applied first must not stop an earlier
	// number merged afterwards from running.
	fs1 := fstest.MapFS{
		"migrations/001_core.sql":  {Data: []byte("SELECT 1;")},
		"migrations/903_later.sql": {Data: []byte("CREATE TABLE t903 (x INTEGER PRIMARY KEY);")},
	}
	if err := s.migrateFS(ctx, fs1); err != nil {
		t.Fatal(err)
	}
	fs2 := fstest.MapFS{
		"migrations/001_core.sql":  {Data: []byte("SELECT 1;")},
		"migrations/902_early.sql": {Data: []byte("CREATE TABLE t902 (x INTEGER REFERENCES t903(x));")},
		"migrations/903_later.sql": {Data: []byte("CREATE TABLE t903 (x INTEGER PRIMARY KEY);")},
	}
	if err := s.migrateFS(ctx, fs2); err != nil {
		t.Fatalf("second run (903 must not be re-applied): %v", err)
	}
	if n := tables(t, s, "t902", "t903"); n != 2 {
		t.Errorf("tables created: %d, want 2", n)
	}

	bad := []struct {
		name string
		fsys fstest.MapFS
	}{
		{"no number", fstest.MapFS{"migrations/core.sql": {Data: []byte("SELECT 1;")}}},
		{"duplicate number", fstest.MapFS{
			"migrations/004_a.sql": {Data: []byte("SELECT 1;")},
			"migrations/004_b.sql": {Data: []byte("SELECT 1;")},
		}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			if err := s.migrateFS(ctx, tc.fsys); err == nil {
				t.Error("accepted a malformed migration set")
			}
		})
	}
	t.Run("failing migration rolls back", func(t *testing.T) {
		fsys := fstest.MapFS{"migrations/950_bad.sql": {Data: []byte("CREATE TABLE t950 (x INTEGER); INSERT INTO nowhere VALUES (1);")}}
		err := s.migrateFS(ctx, fsys)
		if err == nil || !strings.Contains(err.Error(), "950_bad.sql") {
			t.Fatalf("err = %v, want one naming 950_bad.sql", err)
		}
		if n := tables(t, s, "t950"); n != 0 {
			t.Error("half-applied migration left table t950")
		}
		if n := count(t, s, "SELECT count(*) FROM schema_migrations WHERE version = 950"); n != 0 {
			t.Error("failed migration recorded as applied")
		}
	})
}

func TestEmbeddedMigrationsAreWellFormed(t *testing.T) {
	ms, err := loadMigrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 || ms[0].version != 1 {
		t.Fatalf("want 001_core first, got %v", ms)
	}
}

func TestPing(t *testing.T) {
	s, _ := openTest(t)
	if err := s.Ping(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := s.Ping(context.Background()); err == nil {
		t.Error("Ping on a closed store succeeded")
	}
}

func TestMeta(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	if v, err := s.Meta(ctx, "k"); err != nil || v != "" {
		t.Fatalf("absent key: %q, %v", v, err)
	}
	for _, v := range []string{"one", "two"} {
		if err := s.SetMeta(ctx, "k", v); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Meta(ctx, "k"); got != v {
			t.Errorf("Meta = %q, want %q", got, v)
		}
	}
	if err := s.SetMeta(ctx, "", "x"); err == nil {
		t.Error("empty key accepted")
	}
}

func TestConcurrentWriters(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	const writers, each = 8, 10
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				a := article(fmt.Sprintf("w%d-%d", w, i), "", fmt.Sprintf("body %d %d\n\nsecond %d", w, i, i))
				cs := chunksOf(a)
				if _, err := s.PutArticle(ctx, a, cs, vecs(len(cs), 4, 0), "m"); err != nil {
					errs <- err
				}
				if _, err := s.KeywordSearch(ctx, []string{"body"}, 5); err != nil {
					errs <- err
				}
				if err := s.SetMeta(ctx, fmt.Sprintf("w%d", w), fmt.Sprint(i)); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := count(t, s, "SELECT count(*) FROM articles"); n != writers*each {
		t.Errorf("articles = %d, want %d", n, writers*each)
	}
}

func TestTwoHandlesOnOneFile(t *testing.T) {
	// `detente ingest` may run while `detente serve` holds the database:
	// both opening a fresh file at once must migrate exactly once, and their
	// writes must wait for each other (busy_timeout, immediate transactions)
	// instead of failing with SQLITE_BUSY.
	ctx := context.Background()
	// The race is on a brand-new file (conversion to WAL mode), so try several.
	var stores []*Store
	var wg sync.WaitGroup
	for round := range 3 {
		path := testDB(t, "shared.db")
		stores = make([]*Store, 3)
		errs := make([]error, len(stores))
		for i := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				stores[i], errs[i] = Open(ctx, path)
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d: open %d: %v", round, i, err)
			}
			defer stores[i].Close()
		}
	}
	stores = stores[:2]
	for i, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 15 {
				a := article(fmt.Sprintf("s%d-%d", i, j), "", fmt.Sprintf("store %d article %d", i, j))
				if _, err := s.PutArticle(ctx, a, chunksOf(a), vecs(1, 4, 0), "m"); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if n := count(t, stores[0], "SELECT count(*) FROM articles"); n != 30 {
		t.Errorf("articles = %d, want 30", n)
	}
	want, _ := loadMigrations(migrationFS)
	if n := count(t, stores[1], "SELECT count(*) FROM schema_migrations"); n != len(want) {
		t.Errorf("schema_migrations rows = %d, want %d", n, len(want))
	}
}

func TestOpenWaitsForAnotherProcessHoldingANewFile(t *testing.T) {
	sqliteOnly(t, "the file lock (TestTwoHandlesOnOneFile covers the migration lock)")
	// Deterministic form of the race above: another handle holds an
	// exclusive lock on a new, not-yet-WAL file. Open must wait for it, not
	// fail with SQLITE_BUSY.
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "held.db")
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// What another Detente process creates first (a table of another
	// program's would be refused: TestOpenRefusesAnotherProgramsDatabase).
	if _, err := tx.Exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"); err != nil {
		t.Fatal(err)
	}
	released := make(chan struct{})
	go func() {
		defer close(released)
		time.Sleep(300 * time.Millisecond)
		tx.Commit()
	}()
	s, err := Open(ctx, path)
	<-released
	if err != nil {
		t.Fatalf("Open while another handle held the file: %v", err)
	}
	s.Close()
}
