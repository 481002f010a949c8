package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/internal/pgtest"
)

// With DETENTE_DATABASE_URL every command keeps the database on the
// PostgreSQL server, not in its data directory: what one process ingests,
// a process with another data directory lists and searches.
func TestCommandsShareThePostgresDatabase(t *testing.T) {
	url := pgtest.URL(t)
	a := map[string]string{"DETENTE_DATA_DIR": t.TempDir(), "DETENTE_DATABASE_URL": url}
	b := map[string]string{"DETENTE_DATA_DIR": t.TempDir(), "DETENTE_DATABASE_URL": url}
	must(t, invocation{env: a}, "ingest", filepath.Join("testdata", "articles"))
	if ids := articleIDs(t, b); len(ids) != 8 || !slices.Contains(ids, "test-arctic-channel") {
		t.Fatalf("articles through the other data directory = %v, want the 5 seeds and the 3 test articles", ids)
	}
	if o := must(t, invocation{env: b}, "search", "Arctic research channel"); !strings.Contains(o.stdout, "test-arctic-channel") {
		t.Errorf("search through the other data directory does not find the article:\n%s", o.stdout)
	}
	for _, env := range []map[string]string{a, b} {
		if _, err := os.Stat(filepath.Join(env["DETENTE_DATA_DIR"], dbFile)); err == nil {
			t.Errorf("%s has a SQLite database: the commands did not use DETENTE_DATABASE_URL", env["DETENTE_DATA_DIR"])
		}
	}
}

// A DETENTE_DATABASE_URL that is not PostgreSQL's is refused before
// anything is opened, and the message never repeats the value (it may
// carry a password).
func TestDatabaseURLMustBePostgres(t *testing.T) {
	env := offline(t)
	env["DETENTE_DATABASE_URL"] = "mysql://detente:hunter2@db/detente"
	o := detente(t, invocation{env: env}, "articles")
	if o.err == nil {
		t.Fatal("a mysql:// database URL was accepted")
	}
	if msg := o.err.Error() + o.stderr; !strings.Contains(msg, "DETENTE_DATABASE_URL") || strings.Contains(msg, "hunter2") {
		t.Errorf("error %q should name DETENTE_DATABASE_URL and never its password", msg)
	}
	if _, err := os.Stat(filepath.Join(env["DETENTE_DATA_DIR"], dbFile)); err == nil {
		t.Error("a SQLite database was created despite the bad URL")
	}
}
