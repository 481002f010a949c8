package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/detente/detente/corpus"
)

// TestDamagedDatabaseGivesOneClearSentence: a SQLite file whose pages are
// garbage gets one sentence naming the file once and saying what to do,
// not SQLite's raw "file is not a database (26)" behind two prefixes.
func TestDamagedDatabaseGivesOneClearSentence(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, dbFile)
	content := append([]byte("SQLite format 3\x00"), make([]byte, 84)...) // a blank header, then garbage pages
	content = append(content, bytes.Repeat([]byte{0xa5, 0x17, 0x3c}, 3000)...)
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

// TestAnotherProgramsDatabaseIsRefused: a SQLite file of another program
// that happens to be named detente.db is not taken over.
func TestAnotherProgramsDatabaseIsRefused(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, dbFile)
	other, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"PRAGMA application_id = 1598903374", "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"} {
		if _, err := other.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	other.Close()
	before, _ := os.ReadFile(db)
	o := detente(t, invocation{env: map[string]string{"DETENTE_DATA_DIR": dir}}, "search", "Lavrov")
	if o.err == nil || strings.Count(o.err.Error(), db) != 1 || !strings.Contains(o.err.Error(), "another program") {
		t.Fatalf("want a refusal naming %s once; got %v", db, o.err)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(after, before) {
		t.Error("another program's database was modified")
	}
}

// TestIngestEmptyDirectorySaysSo: a directory without article files is a
// clear error naming it, not "added 0, …, failed 0" followed by a failure.
func TestIngestEmptyDirectorySaysSo(t *testing.T) {
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "notes.pdf"), []byte("%PDF"), 0o600); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	o := detente(t, invocation{env: map[string]string{"DETENTE_DATA_DIR": data}}, "ingest", empty)
	if o.err == nil {
		t.Fatal("ingesting a directory without articles succeeded")
	}
	if !strings.Contains(o.err.Error(), "no article files") || !strings.Contains(o.err.Error(), empty) {
		t.Errorf("error %q should say there are no article files in %s", o.err, empty)
	}
	if strings.Contains(o.stdout, "failed 0") {
		t.Errorf("stdout claims nothing failed:\n%s", o.stdout)
	}
	if entries, _ := os.ReadDir(data); len(entries) != 0 {
		t.Errorf("a failed ingest created %v", entries)
	}
}

// TestFileSizeLimitIsTheCorpusLimit: one size limit for an article, named
// in MiB, whichever way it arrives (ingest FILE here; /add and fetch use the
// same constant).
func TestFileSizeLimitIsTheCorpusLimit(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "dump.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("talks "), corpus.MaxDocumentBytes/6+1), 0o600); err != nil {
		t.Fatal(err)
	}
	o := detente(t, invocation{env: offline(t)}, "ingest", big)
	want := fmt.Sprintf("larger than %d MiB", corpus.MaxDocumentBytes>>20)
	if o.err == nil || !strings.Contains(o.stdout, want) {
		t.Errorf("ingesting a file just over the limit: %v\n%s\nwant %q", o.err, o.stdout, want)
	}
}
