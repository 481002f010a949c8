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
	"errors"
	"fmt"
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
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	u, drop, err := Create(ctx, base, "detente_test")
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := drop(ctx); err != nil {
			t.Logf("pgtest: %v", err)
		}
	})
	return u
}

// Create makes an empty database named prefix plus a random suffix on the
// server at base (a URL whose user may create databases) and returns its URL
// and a function that drops it, ending any sessions left in it (a replica a
// test killed, a listener). The benchmarks use it outside tests.
func Create(ctx context.Context, base, prefix string) (dbURL string, drop func(context.Context) error, err error) {
	u, err := url.Parse(base)
	if err != nil {
		// Not quoted: the URL may hold a password.
		return "", nil, errors.New("the server URL cannot be parsed")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		return "", nil, err
	}
	defer admin.Close()
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", nil, err
	}
	name := prefix + "_" + hex.EncodeToString(b[:])
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return "", nil, fmt.Errorf("create database: %w", err)
	}
	drop = func(ctx context.Context) error {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return err
		}
		defer db.Close()
		if _, err := db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			return fmt.Errorf("drop %s: %w", name, err)
		}
		return nil
	}
	u.Path = "/" + name
	return u.String(), drop, nil
}
