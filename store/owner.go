package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
)

// applicationID marks a SQLite file as Detente's: PRAGMA application_id,
// the big-endian 32-bit number at offset 68 of the file header ("DTNT").
// SQLite reserves the field for exactly this: telling one program's files
// from another's when both are "SQLite format 3".
const applicationID = 0x44544e54

// ErrForeignDatabase is returned by Open when the file is a SQLite database
// that belongs to another program: it carries another application_id, or
// it has tables but none of Detente's. The file is left as it was.
var ErrForeignDatabase = errors.New("another program's SQLite database")

// checkOwner refuses another program's database before SQLite opens it for
// writing (the DSN's journal_mode=WAL alone would rewrite its header). A
// file without an application_id is looked at read-only: Detente files made
// before the id existed have one of its tables; any other file with tables
// is foreign. A probe that cannot open the file decides nothing: claim,
// after the real open, checks again.
func checkOwner(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	hdr := make([]byte, 100) // the SQLite file header
	_, err = io.ReadFull(f, hdr)
	f.Close()
	if err != nil {
		return nil // empty or short: nothing to own yet (checkHeader judged the magic)
	}
	switch id := binary.BigEndian.Uint32(hdr[68:72]); id {
	case applicationID:
		return nil
	case 0:
		foreign, err := probeForeign(path)
		if err == nil && foreign {
			return fmt.Errorf("%w: it has tables, none of them Detente's", ErrForeignDatabase)
		}
		return nil
	default:
		return fmt.Errorf("%w (application_id %#08x)", ErrForeignDatabase, id)
	}
}

// probeForeign opens path read-only, without Open's pragmas, and reports
// whether it has tables but not Detente's schema_migrations (the first
// table every Detente database gets).
func probeForeign(path string) (bool, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false, err
	}
	u := url.URL{Path: filepath.ToSlash(abs)}
	db, err := sql.Open("sqlite", "file:"+u.EscapedPath()+"?mode=ro")
	if err != nil {
		return false, err
	}
	defer db.Close()
	return foreignSchema(context.Background(), db)
}

// foreignSchema reports whether q's database has tables but no
// schema_migrations.
func foreignSchema(ctx context.Context, q querier) (bool, error) {
	var tables, ours int
	err := q.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE name = 'schema_migrations')
		FROM sqlite_schema WHERE type = 'table'`).Scan(&tables, &ours)
	return tables > 0 && ours == 0, err
}

// claim stamps Detente's application_id on a new database, or an older
// Detente database that has none, and refuses any other (a file that
// changed between checkOwner and the open).
//
// PostgreSQL has no application_id: there a schema with tables but without
// schema_migrations belongs to another application, and is refused before
// any migration touches it.
func (s *Store) claim(ctx context.Context) error {
	if s.db.pg {
		var tables, ours int
		err := s.db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE table_name = 'schema_migrations')
			FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`).Scan(&tables, &ours)
		if err != nil {
			return err
		}
		if tables > 0 && ours == 0 {
			return fmt.Errorf("%w: its schema has tables, none of them Detente's", ErrForeignDatabase)
		}
		return nil
	}
	// The common case reads only: no write lock for every `detente ask`
	// while serve runs.
	var id int64
	if err := s.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err == nil && id == applicationID {
		return nil
	}
	return s.inTx(ctx, func(tx *dbTx) error {
		var id int64
		if err := tx.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err != nil {
			return err
		}
		switch {
		case id == applicationID:
			return nil
		case id != 0:
			return fmt.Errorf("%w (application_id %#08x)", ErrForeignDatabase, id)
		}
		foreign, err := foreignSchema(ctx, tx)
		if err != nil {
			return err
		}
		if foreign {
			return fmt.Errorf("%w: it has tables, none of them Detente's", ErrForeignDatabase)
		}
		_, err = tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID))
		return err
	})
}
