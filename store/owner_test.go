package store

import (
	"bytes"
	"context"
	"errors"
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
	path := filepath.Join(t.TempDir(), "detente.db")
	junk := make([]byte, 8192)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range junk {
		junk[i] = byte(r.Uint32())
	}
	content := append(append([]byte{}, sqliteMagic...), junk...)
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
