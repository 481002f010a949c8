package store

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
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
	// A server that does not answer is an error naming it without its password.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := Open(ctx, "postgres://detente:s3cret@127.0.0.1:1/detente?sslmode=disable&connect_timeout=2")
	if err == nil {
		t.Fatal("Open of an unreachable server succeeded")
	}
	if strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "127.0.0.1") {
		t.Errorf("error %q should name the server and never the password", err)
	}
}
