package bot_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/detente/detente/internal/faketg"
)

// TestEndToEndOneStoryOneCitation: one wire story added from three outlets
// is cited once, the citation naming and linking the other two, and
// /source 1 shows the whole group.
func TestEndToEndOneStoryOneCitation(t *testing.T) {
	t.Parallel()
	e := newE2E(t)
	admin := faketg.User(adminID, "en")
	outlets := []struct{ file, id, source string }{
		{"geneva-wire.en.txt", "geneva-wire", "Wire Service"},
		{"geneva-dailynews.en.txt", "geneva-daily", "Daily News"},
		{"geneva-coastherald.en.txt", "geneva-coast", "Coast Herald"},
	}
	for _, o := range outlets {
		b, err := os.ReadFile(filepath.Join("..", "corpus", "testdata", "neardup", o.file))
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(string(b), "\n")
		doc := "---\nid: " + o.id + "\ntitle: " + title + "\nurl: https://" + o.id + ".example/geneva\nsource: " + o.source +
			"\nlang: en\npublished: 2026-03-04\n---\n" + strings.TrimSpace(body)
		e.tg.Push(e.tg.Document(faketg.PrivateChat(adminID), admin, "/add", o.id+".md", []byte(doc)))
		e.reply(adminID, "ID: "+o.id)
	}

	asker := faketg.User(604, "en")
	chat := faketg.PrivateChat(604)
	e.tg.Push(e.tg.Text(chat, asker, "Will the consulates in Yekaterinburg and San Francisco reopen after the Geneva embassy staffing talks?"))
	a := e.answer(604, 1)
	// Three links and no more: one per outlet, none cited twice.
	for _, o := range outlets {
		if n := strings.Count(a.Text, `href="https://`+o.id+`.example/geneva"`); n != 1 {
			t.Errorf("%s linked %d times, want once: %s", o.source, n, a.Text)
		}
	}
	if !strings.Contains(a.Plain, "[1] ") || !strings.Contains(a.Plain, "; also reported by Daily News, Coast Herald") &&
		!strings.Contains(a.Plain, "; also reported by Wire Service, ") {
		t.Errorf("the citation does not say who else reported it: %q", a.Plain)
	}
	if strings.Contains(a.Plain, "[2] ") {
		t.Errorf("a second source for one story: %q", a.Plain)
	}

	e.tg.Push(e.tg.Text(chat, asker, "/source 1"))
	src := e.reply(604, "Source [1]")
	for _, o := range outlets {
		if !strings.Contains(src.Text, `href="https://`+o.id+`.example/geneva"`) {
			t.Errorf("/source 1 lacks %s's link: %s", o.source, src.Text)
		}
	}
}
