// Package pgtest gives each test a fresh PostgreSQL database of its own on
// the server named by DETENTE_TEST_POSTGRES_URL (scripts/pgserver.sh starts
// one on loopback and prints that variable; .ci/run does it for CI).
//
// Locally, without the variable, a test that needs PostgreSQL skips with a
// message that says how to run it. In CI (CI=true) it fails instead: a
// backend that is never exercised there is a backend nobody tests.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// EnvURL names the variable holding the test server's URL.
const EnvURL = "DETENTE_TEST_POSTGRES_URL"

// URL creates an empty database for t and returns its URL; the database is
// dropped when t ends. It skips t (locally) or fails it (CI=true) when no
// server is configured.
func URL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvURL)
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("pgtest: %s is not set; .ci/run must start PostgreSQL (scripts/pgserver.sh)", EnvURL)
		}
		t.Skipf("pgtest: no PostgreSQL; run `eval \"$(scripts/pgserver.sh)\"` to set %s", EnvURL)
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	defer admin.Close()
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	name := "detente_test_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		// FORCE ends sessions a test left open (a replica it killed, a listener).
		if _, err := db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Logf("pgtest: drop %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("pgtest: %s: %v", EnvURL, err)
	}
	u.Path = "/" + name
	return u.String()
}
