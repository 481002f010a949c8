package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenDamagedDatabaseSaysSoAndLeavesIt: a file that starts like SQLite
// but whose pages are garbage (a torn copy, a disk error) is reported as
// damaged, by its path, and is not modified.
func TestOpenDamagedDatabaseSaysSoAndLeavesIt(t *testing.T) {
	sqliteOnly(t, "a damaged file")
	path := filepath.Join(t.TempDir(), "detente.db")
	junk := make([]byte, 8192)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range junk {
		junk[i] = byte(r.Uint32())
	}
	// The 100-byte header is blank after the magic (so the file claims no
	// owner), the pages after it garbage.
	content := append(append(append([]byte{}, sqliteMagic...), make([]byte, 100-len(sqliteMagic))...), junk...)
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path)
	if err == nil {
		s.Close()
		t.Fatal("Open succeeded on a damaged file")
	}
	if !errors.Is(err, ErrCorrupt) || strings.Count(err.Error(), path) != 1 {
		t.Errorf("error %q should be ErrCorrupt and name the path once", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, content) {
		t.Error("the damaged file was modified")
	}
}

// foreignDB writes a SQLite database another program might have made, as
// it would make it (rollback journal), and returns its bytes.
func foreignDB(t *testing.T, path string, appID int) []byte {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		fmt.Sprintf("PRAGMA application_id = %d", appID),
		"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
		"INSERT INTO notes (body) VALUES ('shopping list')",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOpenRefusesAnotherProgramsDatabase: a SQLite file named detente.db
// that belongs to another program (its own application_id, or tables that
// are not Detente's) is refused with a clear error and left byte for byte.
func TestOpenRefusesAnotherProgramsDatabase(t *testing.T) {
	sqliteOnly(t, "application_id (TestOpenRefusesAForeignSchema covers PostgreSQL)")
	for _, appID := range []int{0x0f055112 /* Fossil */, 0} {
		t.Run(fmt.Sprintf("application_id=%#x", appID), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "detente.db")
			before := foreignDB(t, path, appID)
			s, err := Open(context.Background(), path)
			if err == nil {
				s.Close()
				t.Fatal("Open took over another program's database")
			}
			if !errors.Is(err, ErrForeignDatabase) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %q should be ErrForeignDatabase and name the path", err)
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, before) {
				t.Error("the other program's database was modified")
			}
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(path + suffix); err == nil {
					t.Errorf("Open left %s behind", path+suffix)
				}
			}
		})
	}
}

// TestOpenMarksDetenteDatabases: a new database carries Detente's
// application_id; one made before the id existed (id 0, Detente's tables)
// is claimed at its next open.
func TestOpenMarksDetenteDatabases(t *testing.T) {
	sqliteOnly(t, "application_id")
	ctx := context.Background()
	s, path := openTest(t)
	appID := func(s *Store) int64 {
		var id int64
		if err := s.DB().QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err != nil {
			t.Fatal(err)
		}
		return id
	}
	if got := appID(s); got != applicationID {
		t.Fatalf("new database: application_id %#x, want %#x", got, applicationID)
	}
	if _, err := s.DB().ExecContext(ctx, "PRAGMA application_id = 0"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMeta(ctx, "probe", "kept"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopening an older Detente database (application_id 0): %v", err)
	}
	defer s2.Close()
	if got := appID(s2); got != applicationID {
		t.Errorf("older database not claimed: application_id %#x", got)
	}
	if v, _ := s2.Meta(ctx, "probe"); v != "kept" {
		t.Errorf("data lost on reopen: %q", v)
	}
}
