package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"
)

// Migration is one schema migration: its version and file name, and when
// it was applied (zero: pending).
type Migration struct {
	Version   int
	Name      string
	AppliedAt time.Time
	// Unknown marks a version the database has but this binary does not
	// carry: a newer detente migrated it.
	Unknown bool
}

// Migrations lists every migration this binary carries and every version
// the database records, in version order, applied or not. It works on a
// store opened with Options.NoMigrate, and on a database that has never
// been migrated (everything is pending).
func (s *Store) Migrations(ctx context.Context) ([]Migration, error) {
	dir := "migrations"
	if s.db.pg {
		dir = pgMigrations
	}
	carried, err := loadMigrationsIn(migrationFS, dir)
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	applied, err := s.appliedMigrations(ctx)
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	var out []Migration
	for _, m := range carried {
		mi := Migration{Version: m.version, Name: m.name}
		if a, ok := applied[m.version]; ok {
			mi.AppliedAt = a.AppliedAt
			delete(applied, m.version)
		}
		out = append(out, mi)
	}
	for _, a := range applied {
		a.Unknown = true
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b Migration) int { return cmp.Compare(a.Version, b.Version) })
	return out, nil
}

// appliedMigrations reads schema_migrations, empty when the table does not
// exist yet.
func (s *Store) appliedMigrations(ctx context.Context) (map[int]Migration, error) {
	q := "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'"
	if s.db.pg {
		q = "SELECT to_regclass('schema_migrations') IS NOT NULL"
	}
	var exists bool
	if err := s.db.QueryRowContext(ctx, q).Scan(&exists); err != nil {
		return nil, err
	}
	out := map[int]Migration{}
	if !exists {
		return out, nil
	}
	rows, err := s.db.QueryContext(ctx, "SELECT version, name, applied_at FROM schema_migrations")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var m Migration
		var at int64
		if err := rows.Scan(&m.Version, &m.Name, &at); err != nil {
			return nil, err
		}
		m.AppliedAt = time.Unix(0, at).UTC()
		out[m.Version] = m
	}
	return out, rows.Err()
}

// Migrate brings the database up to date: pending migrations, then what
// Open derives from them (the keyword index for this analyzer version,
// story groups). Open does it unless Options.NoMigrate; running it again
// changes nothing.
func (s *Store) Migrate(ctx context.Context) error {
	return s.prepare(ctx)
}
