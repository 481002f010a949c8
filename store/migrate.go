package store

import (
	"context"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// migrationFS holds every migrations/NNN_name.sql (SQLite) and
// migrations/postgres/NNN_name.sql (PostgreSQL). Other packages' tables
// (bot, digest) arrive as more files here; the runner needs no change. A
// migration exists in both directories under the same number, so a
// version means the same schema on either engine.
//
//go:embed migrations/*.sql migrations/postgres/*.sql
var migrationFS embed.FS

// pgMigrations is where migrationFS keeps PostgreSQL's files.
const pgMigrations = "migrations/postgres"

type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations parses and orders the embedded files. A name without a
// numeric prefix or two files with one number are programming errors caught
// by the tests, not at a user's first start.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	return loadMigrationsIn(fsys, "migrations")
}

func loadMigrationsIn(fsys fs.FS, dir string) ([]migration, error) {
	names, err := fs.Glob(fsys, dir+"/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	seen := map[int]string{}
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must be NNN_name.sql", base)
		}
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %s and %s share version %d", prev, base, v)
		}
		seen[v] = base
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// migrate applies every migration not yet recorded in schema_migrations, in
// version order, each in its own transaction. A table (rather than
// PRAGMA user_version) records each version individually, so a migration
// merged later with a lower number than one already applied (engineers
// adding 002 and 003 in parallel) is still applied.
func (s *Store) migrate(ctx context.Context) error {
	return s.migrateFS(ctx, migrationFS)
}

func (s *Store) migrateFS(ctx context.Context, fsys fs.FS) error {
	dir := "migrations"
	if s.db.pg {
		dir = pgMigrations
		// A test's own set (fstest.MapFS) has no postgres directory: its
		// files are plain SQL both engines accept.
		if _, err := fs.Stat(fsys, pgMigrations); err != nil {
			dir = "migrations"
		}
	}
	ms, err := loadMigrationsIn(fsys, dir)
	if err != nil {
		return fmt.Errorf("load migrations: %w", err)
	}
	if s.db.pg {
		return s.migratePostgres(ctx, ms)
	}
	// Inside an immediate transaction, like everything that writes: as a bare
	// autocommit statement, two processes opening one new file at once could
	// get SQLITE_BUSY (a read lock upgraded to a write lock fails without
	// waiting).
	err = s.inTx(ctx, func(tx *dbTx) error {
		_, err := tx.ExecContext(ctx, createSchemaMigrations)
		return err
	})
	if err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range ms {
		err := s.inTx(ctx, func(tx *dbTx) error { return s.applyMigration(ctx, tx, m) })
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

const createSchemaMigrations = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at INTEGER NOT NULL
)`

// applyMigration applies m in tx unless schema_migrations records it.
// The check is inside the transaction (immediate on SQLite, under the
// migration lock on PostgreSQL), so two processes opening one new
// database at once cannot both apply a migration.
func (s *Store) applyMigration(ctx context.Context, tx *dbTx, m migration) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations WHERE version = ?", m.version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
		m.version, m.name, s.now().UTC().UnixNano())
	return err
}

// migratePostgres applies ms holding a session advisory lock on one
// connection, so replicas started together migrate one after the other:
// the second finds every version recorded and applies nothing. The lock
// goes with the connection if the process dies.
func (s *Store) migratePostgres(ctx context.Context, ms []migration) (err error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", lockKeyMigrate); err != nil {
		return fmt.Errorf("take the migration lock: %w", err)
	}
	defer func() {
		uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if _, uerr := conn.ExecContext(uctx, "SELECT pg_advisory_unlock($1)", lockKeyMigrate); uerr != nil {
			// A connection still holding the lock must not go back to the pool.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
			err = errors.Join(err, fmt.Errorf("release the migration lock: %w", uerr))
		}
	}()
	// PostgreSQL's INTEGER is 32 bits; applied_at is unix nanoseconds.
	if _, err := conn.ExecContext(ctx, strings.ReplaceAll(createSchemaMigrations, "INTEGER", "BIGINT")); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range ms {
		err := func() error {
			stx, err := conn.BeginTx(ctx, nil)
			if err != nil {
				return err
			}
			if err := s.applyMigration(ctx, &dbTx{Tx: stx, pg: true}, m); err != nil {
				_ = stx.Rollback()
				return err
			}
			return stx.Commit()
		}()
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// SchemaVersions lists the applied migration versions in order, for
// diagnostics (`detente` status output) and tests.
func (s *Store) SchemaVersions(ctx context.Context) ([]int, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT version FROM schema_migrations ORDER BY version")
	if err != nil {
		return nil, fmt.Errorf("schema versions: %w", err)
	}
	defer rows.Close()
	var vs []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("schema versions: %w", err)
		}
		vs = append(vs, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("schema versions: %w", err)
	}
	return vs, nil
}
