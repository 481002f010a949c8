package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/detente/detente/internal/faketg"
)

// genevaFiles writes one wire story as told by three outlets, and the
// preview of the same meeting (another story), as article files.
func genevaFiles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []struct{ file, id, source string }{
		{"geneva-wire.en.txt", "geneva-wire", "Wire Service"},
		{"geneva-dailynews.en.txt", "geneva-daily", "Daily News"},
		{"geneva-coastherald.en.txt", "geneva-coast", "Coast Herald"},
		{"preview-geneva.en.txt", "geneva-preview", "Wire Service"},
	} {
		b, err := os.ReadFile(filepath.Join("..", "..", "corpus", "testdata", "neardup", f.file))
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(string(b), "\n")
		doc := "---\nid: " + f.id + "\ntitle: " + title + "\nurl: https://" + f.id + ".example/geneva\nsource: " + f.source +
			"\nlang: en\n---\n" + strings.TrimSpace(body)
		if err := os.WriteFile(filepath.Join(dir, f.id+".md"), []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestOneStoryFromThreeOutlets: `detente ingest` of one wire story from
// three outlets (and a preview of the same meeting, a different story);
// `ask` cites the story once naming the other two, and `digest` lists it
// once with its three reports.
func TestOneStoryFromThreeOutlets(t *testing.T) {
	env := offline(t)
	dir := genevaFiles(t)
	must(t, invocation{env: env}, "ingest", dir)
	var arts []jsonArticle
	if err := json.Unmarshal([]byte(must(t, invocation{env: env}, "articles", "--json").stdout), &arts); err != nil {
		t.Fatal(err)
	}
	story := map[string]int64{}
	for _, a := range arts {
		story[a.ID] = a.Story
	}
	if g := story["geneva-wire"]; g == 0 || story["geneva-daily"] != g || story["geneva-coast"] != g || story["geneva-preview"] == g {
		t.Errorf("articles --json stories = %v; want the three copies in one, the preview apart", story)
	}

	o := must(t, invocation{env: env}, "ask", "--json", "Will the consulates in Yekaterinburg and San Francisco reopen after the Geneva staffing deal?")
	var ans struct {
		Citations []jsonCitation `json:"citations"`
	}
	if err := json.Unmarshal([]byte(o.stdout), &ans); err != nil {
		t.Fatalf("ask --json: %v\n%s", err, o.stdout)
	}
	copies := 0
	for _, c := range ans.Citations {
		ids := []string{c.ArticleID}
		for _, a := range c.Also {
			ids = append(ids, a.ArticleID)
		}
		n := 0
		for _, id := range ids {
			if strings.HasPrefix(id, "geneva-") && id != "geneva-preview" {
				n++
			}
		}
		if n > 0 {
			copies++
			if n != 3 {
				t.Errorf("citation [%d] stands for %v, want the three copies", c.N, ids)
			}
		}
	}
	if copies != 1 {
		t.Errorf("the story is cited %d times, want once: %+v", copies, ans.Citations)
	}
	text := must(t, invocation{env: env}, "ask", "Will the consulates in Yekaterinburg and San Francisco reopen after the Geneva staffing deal?").stdout
	if !strings.Contains(text, "    also reported by ") {
		t.Errorf("ask text does not list the other outlets:\n%s", text)
	}

	d := must(t, invocation{env: env}, "digest", "--lang", "en", "--since", "1h", "--json")
	var got jsonDigest
	if err := json.Unmarshal([]byte(d.stdout), &got); err != nil {
		t.Fatalf("digest --json: %v\n%s", err, d.stdout)
	}
	stories := 0
	for _, s := range got.Stories {
		for _, a := range s.Articles {
			if a.ArticleID == "geneva-wire" {
				stories++
				if len(s.Articles) != 3 {
					t.Errorf("the Geneva story lists %d reports, want 3: %+v", len(s.Articles), s.Articles)
				}
			}
		}
	}
	if stories != 1 {
		t.Errorf("the Geneva story is in %d digest stories, want 1", stories)
	}
}

// TestServeDigestListsAStoryOnce: a subscriber's /digest from a running
// serve lists the wire story once, with the other outlets, exactly as
// `detente digest` prints it.
func TestServeDigestListsAStoryOnce(t *testing.T) {
	tg := faketg.New()
	defer tg.Close()
	env := map[string]string{
		"DETENTE_DATA_DIR":   t.TempDir(),
		"TELEGRAM_BOT_TOKEN": faketg.DefaultToken,
		"TELEGRAM_API_URL":   tg.URL,
	}
	offlineEnv := map[string]string{"DETENTE_DATA_DIR": env["DETENTE_DATA_DIR"]}
	must(t, invocation{env: offlineEnv}, "ingest", genevaFiles(t))
	ctx, stop, done, _, stderr := startServe(t, env)
	got := askDigest(ctx, t, tg, 4344, stderr)
	stop()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
	lines := 0
	for _, l := range strings.Split(got, "\n") {
		if strings.Contains(l, "Wire Service") && strings.Contains(l, "Daily News") || strings.Contains(l, "Daily News") && strings.Contains(l, "Coast Herald") {
			lines++
		}
	}
	if lines != 1 {
		t.Errorf("the three outlets are not on one story line (%d lines):\n%s", lines, got)
	}
	if strings.Count(got, "Daily News") != 1 || strings.Count(got, "Coast Herald") != 1 {
		t.Errorf("an outlet of the story appears twice:\n%s", got)
	}
	if cli := must(t, invocation{env: offlineEnv}, "digest").stdout; cli != got+"\n" {
		t.Errorf("the CLI prints\n%s\nbut the subscriber read\n%s", cli, got)
	}
}
