package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/detente/detente/internal/pgtest"
)

// envBackend makes this package's tests open their stores on PostgreSQL
// (pgtest, one fresh database per store) instead of SQLite files.
// TestContractPostgres sets it for a second run of the whole suite, so
// one contract is checked against both backends.
const envBackend = "DETENTE_STORE_TEST_BACKEND"

func onPostgres() bool { return os.Getenv(envBackend) == "postgres" }

// testDB names a new, empty database for t: a file in t's temporary
// directory, or a fresh PostgreSQL database when the suite runs on it.
func testDB(t testing.TB, file string) string {
	t.Helper()
	if onPostgres() {
		return pgtest.URL(t)
	}
	return filepath.Join(t.TempDir(), file)
}

// sqliteOnly skips t in the PostgreSQL run: it is about SQLite's file
// (its header, pragmas, locks, pages), which PostgreSQL does not have.
func sqliteOnly(t testing.TB, why string) {
	t.Helper()
	if onPostgres() {
		t.Skip("SQLite only: " + why)
	}
}

// TestContractPostgres runs this package's tests again, in a child
// process, with every store on PostgreSQL. It skips locally without a
// server and fails in CI (pgtest's rule), and fails when any test fails
// on PostgreSQL.
func TestContractPostgres(t *testing.T) {
	if onPostgres() {
		t.Skip("this is the PostgreSQL run")
	}
	if testing.Short() {
		t.Skip("-short: the PostgreSQL run repeats the whole suite")
	}
	if os.Getenv(pgtest.EnvURL) == "" {
		pgtest.URL(t) // skips, or fails in CI, with the message saying how to get a server
	}
	args := []string{"-test.run=^(Test|Fuzz)", "-test.count=1"}
	for _, name := range []string{"test.v", "test.timeout", "test.failfast"} {
		if f := flagValue(name); f != "" {
			args = append(args, "-"+name+"="+f)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if d, ok := t.Deadline(); ok {
		ctx, cancel = context.WithDeadline(ctx, d.Add(-5*time.Second))
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, os.Args[0], args...)
	cmd.Env = append(os.Environ(), envBackend+"=postgres")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("the store's tests fail on PostgreSQL (%v):\n%s", err, failures(out.String()))
	}
	if testing.Verbose() {
		t.Logf("PostgreSQL run:\n%s", out.String())
	}
}

// flagValue is the value the test binary was given for -name, "" if none.
func flagValue(name string) string {
	for _, a := range os.Args[1:] {
		a = strings.TrimLeft(a, "-")
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			return v
		}
		if a == name {
			return "true"
		}
	}
	return ""
}

// failures keeps the lines of a go test output worth reading: failures
// and what they logged, not the PASS lines of a verbose run.
func failures(out string) string {
	var keep []string
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "--- PASS") || strings.HasPrefix(l, "=== ") ||
			strings.HasPrefix(strings.TrimSpace(l), "--- SKIP") {
			continue
		}
		if i > 0 && strings.HasPrefix(strings.TrimSpace(lines[i-1]), "--- SKIP") && strings.HasPrefix(l, "    ") {
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "\n")
}

func TestRebind(t *testing.T) {
	cases := []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"SELECT ? , ?", "SELECT $1 , $2"},
		{"UPDATE t SET a = ?2 WHERE b = ?1 AND c = ?1", "UPDATE t SET a = $2 WHERE b = $1 AND c = $1"},
		{"SELECT '?', \"?\", ? -- what?\n, ?", "SELECT '?', \"?\", $1 -- what?\n, $2"},
		{"SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1"},
		{"SELECT ?3, ?", "SELECT $3, $4"},
		{"SELECT 'unterminated ?", "SELECT 'unterminated ?"},
	}
	for _, tc := range cases {
		if got := rebind(tc.in); got != tc.want {
			t.Errorf("rebind(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Every migration exists for both engines under the same number, so a
// schema version means one schema whichever backend holds it.
func TestMigrationsMatchAcrossEngines(t *testing.T) {
	lite, err := loadMigrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	pg, err := loadMigrationsIn(migrationFS, pgMigrations)
	if err != nil {
		t.Fatal(err)
	}
	names := func(ms []migration) []string {
		var out []string
		for _, m := range ms {
			out = append(out, m.name)
		}
		return out
	}
	if !slices.Equal(names(lite), names(pg)) {
		t.Fatalf("SQLite migrations %v, PostgreSQL %v: want the same files", names(lite), names(pg))
	}
	if _, err := fs.Stat(migrationFS, pgMigrations); err != nil {
		t.Fatal(err)
	}
}

func TestOpenChoosesTheBackendByURL(t *testing.T) {
	for _, s := range []string{"postgres://h/db", "postgresql://u:p@h:5432/db?sslmode=disable"} {
		if !isPostgresURL(s) {
			t.Errorf("%s: not taken for PostgreSQL", s)
		}
	}
	for _, s := range []string{"data/detente.db", "/tmp/postgres://x", "file:detente.db"} {
		if isPostgresURL(s) {
			t.Errorf("%s: taken for PostgreSQL", s)
		}
	}
	// A server that does not answer, or a URL that does not parse, is an
	// error naming the server without its password.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, url := range []string{
		"postgres://detente:s3cret@127.0.0.1:1/detente?sslmode=disable&connect_timeout=2",
		"postgresql://detente@127.0.0.1:1/detente?password=s3cret&sslmode=disable&connect_timeout=2",
		"postgres://detente:s3cret@127.0.0.1:port/detente",
	} {
		_, err := Open(ctx, url)
		if err == nil {
			t.Fatalf("Open(%s) succeeded", url)
		}
		if strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "127.0.0.1") {
			t.Errorf("error %q should name the server and never the password", err)
		}
	}
}

// On PostgreSQL a schema holding another application's tables is refused
// before any migration touches it, as SQLite's foreign files are.
func TestOpenRefusesAForeignSchema(t *testing.T) {
	if !onPostgres() {
		t.Skip("PostgreSQL only (TestContractPostgres runs it); SQLite's files: TestOpenRefusesAnotherProgramsDatabase")
	}
	ctx := context.Background()
	url := testDB(t, "")
	other, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.ExecContext(ctx, "CREATE TABLE orders (id int PRIMARY KEY)"); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, url)
	if err == nil {
		s.Close()
		t.Fatal("Open took over another application's schema")
	}
	if !errors.Is(err, ErrForeignDatabase) {
		t.Errorf("err = %v, want ErrForeignDatabase", err)
	}
	var n int
	if err := other.QueryRowContext(ctx, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'").Scan(&n); err != nil || n != 1 {
		t.Errorf("tables after the refused Open: %d %v, want only orders", n, err)
	}
}

// Two processes writing the corpus at once while a third follows the
// change sequence: the follower, reading only seq > cursor, sees every
// article. On PostgreSQL this holds only because seq order is commit order
// (lockCorpus); a change numbered before another but committed after it
// would be skipped.
func TestFollowerSeesEveryChangeOfConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	path := testDB(t, "detente.db")
	var writers [2]*Store
	for i := range writers {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		writers[i] = s
	}
	follower, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer follower.Close()

	const perWriter = 25
	var wg sync.WaitGroup
	for i, s := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range perWriter {
				a := article(fmt.Sprintf("w%d-%02d", i, j), "", fmt.Sprintf("writer %d wrote article %d", i, j))
				if _, err := s.PutArticle(ctx, a, chunksOf(a), vecs(1, 4, 0), "m"); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	stop := make(chan struct{})
	go func() { wg.Wait(); close(stop) }()

	seen := map[string]bool{}
	var cursor int64
	poll := func() {
		cs, err := follower.ChangesAfter(ctx, cursor, 100)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			seen[c.ArticleID] = true
			cursor = c.Seq
		}
	}
	for done := false; !done; {
		select {
		case <-stop:
			done = true
		default:
		}
		poll()
	}
	poll()
	if len(seen) != 2*perWriter {
		t.Errorf("the follower saw %d of %d articles: a change committed out of seq order was skipped", len(seen), 2*perWriter)
	}
}

// FuzzRebind: rebind never panics, leaves a statement without ? alone,
// and only ever swaps a placeholder for another: with quotes, comments
// and $ out of the way, turning every $n back into ? gives the input with
// every ?n turned into ?.
func FuzzRebind(f *testing.F) {
	for _, seed := range []string{
		"SELECT ? , ?", "UPDATE t SET a = ?2 WHERE b = ?1", "SELECT '?', ?", "-- ?\nSELECT ?",
		"SELECT ?99999999999999999999", "??", "?1?", `SELECT "a""?" FROM t WHERE x = ?`,
	} {
		f.Add(seed)
	}
	placeholder := regexp.MustCompile(`\?[0-9]*`)
	dollar := regexp.MustCompile(`\$[0-9]+`)
	f.Fuzz(func(t *testing.T, q string) {
		out := rebind(q)
		if !strings.Contains(q, "?") && out != q {
			t.Fatalf("rebind(%q) = %q: changed a statement without placeholders", q, out)
		}
		if strings.ContainsAny(q, `'"$`) || strings.Contains(q, "--") {
			return
		}
		if got, want := dollar.ReplaceAllString(out, "?"), placeholder.ReplaceAllString(q, "?"); got != want {
			t.Fatalf("rebind(%q) = %q: more than placeholders changed", q, out)
		}
	})
}
