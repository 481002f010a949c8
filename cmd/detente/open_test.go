package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDamagedDatabaseGivesOneClearSentence: a SQLite file whose pages are
// garbage gets one sentence naming the file once and saying what to do,
// not SQLite's raw "file is not a database (26)" behind two prefixes.
func TestDamagedDatabaseGivesOneClearSentence(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, dbFile)
	content := append([]byte("SQLite format 3\x00"), bytes.Repeat([]byte{0xa5, 0x17, 0x3c}, 3000)...)
	if err := os.WriteFile(db, content, 0o600); err != nil {
		t.Fatal(err)
	}
	o := detente(t, invocation{env: map[string]string{"DETENTE_DATA_DIR": dir}}, "search", "Lavrov")
	if o.err == nil {
		t.Fatal("search over a damaged database succeeded")
	}
	msg := o.err.Error()
	if strings.Count(msg, db) != 1 || !strings.Contains(msg, "damaged") || !strings.Contains(msg, "backup") ||
		strings.Contains(msg, "(26)") || strings.Contains(msg, "open store") {
		t.Errorf("want one sentence naming %s once, saying it is damaged and what to do; got %q", db, msg)
	}
	if got, _ := os.ReadFile(db); !bytes.Equal(got, content) {
		t.Error("the damaged file was modified")
	}
}
