package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/detente/detente/internal/pgtest"
	"github.com/detente/detente/store"
)

// TestMigrate: --status lists a pending migration of an older database
// without applying it (and creates no database where there is none);
// migrate applies it, says so, and a second run has nothing to do.
func TestMigrate(t *testing.T) {
	env := offline(t)
	dir := env["DETENTE_DATA_DIR"]
	o := must(t, invocation{env: env}, "migrate", "--status")
	if !strings.Contains(o.stdout, "no database yet") {
		t.Errorf("status of an empty data directory:\n%s", o.stdout)
	}
	if _, err := os.Stat(filepath.Join(dir, dbFile)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("migrate --status created the database (%v)", err)
	}

	// An older database: one made before 010_published (its index and its
	// row gone), and touched by a newer binary that applied a 999.
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, dbFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"DROP INDEX articles_published", "DELETE FROM schema_migrations WHERE version = 10",
		"INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999_future.sql', 1)"} {
		if _, err := st.DB().Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	indexed := func() bool {
		st, err := store.OpenWith(ctx, filepath.Join(dir, dbFile), store.Options{NoMigrate: true})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		var n int
		if err := st.DB().QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'articles_published'").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n == 1
	}

	for range 2 {
		o = must(t, invocation{env: env}, "migrate", "--status")
		if !lineWith(o.stdout, "010_published.sql", "pending") || !strings.Contains(o.stdout, "1 migration pending") ||
			!lineWith(o.stdout, "999_future.sql", "newer detente") || !lineWith(o.stdout, "001_core.sql", "20") {
			t.Fatalf("migrate --status of an older database:\n%s", o.stdout)
		}
		if indexed() {
			t.Fatal("migrate --status applied the pending migration")
		}
	}

	o = must(t, invocation{env: env}, "migrate")
	if !lineWith(o.stdout, "010_published.sql", "applied now") || lineWith(o.stdout, "009_story_groups.sql", "applied now") ||
		!strings.Contains(o.stdout, "1 migration applied") || !strings.HasPrefix(o.stdout, "sqlite database ") {
		t.Fatalf("migrate of an older database:\n%s", o.stdout)
	}
	if !indexed() {
		t.Fatal("migrate did not apply 010_published")
	}
	o = must(t, invocation{env: env}, "migrate")
	if strings.Contains(o.stdout, "applied now") || !strings.Contains(o.stdout, "up to date") {
		t.Fatalf("a second migrate:\n%s", o.stdout)
	}
}

// lineWith reports whether one line of out contains every one of words.
func lineWith(out string, words ...string) bool {
	for _, line := range strings.Split(out, "\n") {
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(line, w)
		}
		if ok {
			return true
		}
	}
	return false
}

// TestMigratePostgres: on a new PostgreSQL database --status lists every
// migration as pending and creates nothing; migrate applies them all.
func TestMigratePostgres(t *testing.T) {
	env := offline(t)
	env["DETENTE_DATABASE_URL"] = pgtest.URL(t)
	for range 2 {
		o := must(t, invocation{env: env}, "migrate", "--status")
		if !strings.HasPrefix(o.stdout, "postgres database ") || !lineWith(o.stdout, "001_core.sql", "pending") ||
			!strings.Contains(o.stdout, "schema version 0:") {
			t.Fatalf("migrate --status of a new PostgreSQL database:\n%s", o.stdout)
		}
	}
	o := must(t, invocation{env: env}, "migrate")
	if !lineWith(o.stdout, "001_core.sql", "applied now") || strings.Contains(o.stdout, "pending") ||
		!strings.Contains(o.stdout, " migrations applied") {
		t.Fatalf("migrate of a new PostgreSQL database:\n%s", o.stdout)
	}
	o = must(t, invocation{env: env}, "migrate", "--status")
	if !strings.Contains(o.stdout, "up to date") {
		t.Fatalf("migrate --status after migrate:\n%s", o.stdout)
	}
}
