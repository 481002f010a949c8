package digest

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/prompts"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current replies")

// TestCommandTranscript replays a conversation in English and Vietnamese
// and compares every reply with testdata/commands.golden (-update rewrites
// it), so wording changes are reviewed as text.
func TestCommandTranscript(t *testing.T) {
	// Saturday 8 March 2025, 10:00 UTC: 17:00 in Hanoi, 13:00 in Moscow,
	// 05:00 in New York.
	e := newEnv(t, time.Date(2025, 3, 8, 10, 0, 0, 0, time.UTC), Options{})
	vi, en := user(1, "vi"), user(2, "en-US")
	en.Lang = "en"
	steps := []struct {
		u          User
		cmd, args  string
		advanceMin int
	}{
		{vi, "subscribe", "", 0},
		{vi, "subscription", "", 0},
		{vi, "subscribe", "25:00", 0},
		{vi, "timezone", "", 0},
		{vi, "timezone", "Asia/Hanoi", 0},
		{en, "subscription", "", 0},
		{en, "timezone", "Europe/Moscow", 0},
		{en, "subscribe", "07:30 Europe/Moscow sanctions", 0},
		{en, "timezone", "america/new_york", 0},
		{en, "timezone", "EST", 0},
		{en, "timezone", "Europe/Moscow Asia/Tokyo", 0},
		{en, "subscribe", "07:00 08:00", 0},
		{en, "subscribe", "07:30 UTC+7", 0},
		{en, "subscribe", "21:00", 0},
		{en, "subscription", "", 0},
		{en, "subscribe", "short full", 0},
		{en, "subscribe", "21:00 Full", 0},
		{en, "subscribe", "21:00", 0},
		{en, "subscription", "", 0}, // the size stays full
		{en, "unsubscribe", "", 0},
		{en, "unsubscribe", "", 0},
		{vi, "subscribe", "06:00 trừng phạt", 60 * 14}, // 00:00 UTC on the 9th: 07:00 in Hanoi
		{vi, "subscription", "", 0},
	}
	var b strings.Builder
	for _, st := range steps {
		e.clk.Advance(time.Duration(st.advanceMin) * time.Minute)
		reply := e.command(st.u, st.cmd, st.args)
		fmt.Fprintf(&b, "## %s [%s] /%s %s\n%s\n\n", e.clk.Now().Format(time.RFC3339), userLang(st.u),
			strings.TrimPrefix(st.cmd, "/"), st.args, reply)
	}
	golden(t, "commands.golden", b.String())
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run with -update after checking):\n--- got\n%s", path, got)
	}
}

// TestBadArgumentsChangeNothing: every rejected command leaves the stored
// subscription exactly as it was.
func TestBadArgumentsChangeNothing(t *testing.T) {
	e := newEnv(t, time.Date(2025, 3, 8, 10, 0, 0, 0, time.UTC), Options{})
	u := user(7, "en")
	e.command(u, "subscribe", "07:30 Europe/Moscow sanctions")
	before := mustSub(t, e, 7)
	for _, c := range []struct{ cmd, args string }{
		{"subscribe", "25:00"},
		{"subscribe", "07:00 Mars/Olympus"},
		{"subscribe", "07:00 EST"},
		{"subscribe", "06:00 07:00"},
		{"subscribe", "06:00 " + strings.Repeat("x", 101)},
		{"timezone", "Moscow"},
		{"timezone", "Europe/Moscow Asia/Tokyo"},
		{"timezone", "GMT+3"},
	} {
		t.Run(c.cmd+" "+c.args, func(t *testing.T) {
			e.clk.Advance(time.Minute)
			reply := e.command(u, c.cmd, c.args)
			if !strings.HasSuffix(reply, prompts.T("en", "digest.sub.unchanged")) {
				t.Errorf("reply does not say nothing changed: %q", reply)
			}
			if after := mustSub(t, e, 7); after != before {
				t.Errorf("subscription changed:\n%+v\n%+v", before, after)
			}
		})
	}
}

func TestUnknownCommandIsAnError(t *testing.T) {
	e := newEnv(t, time.Date(2025, 3, 8, 10, 0, 0, 0, time.UTC), Options{})
	if _, err := e.svc.Command(context.Background(), user(1, "en"), "digest", ""); err == nil {
		t.Fatal("/digest went through Command")
	}
}

func TestStoreFailureIsAnErrorNotAReply(t *testing.T) {
	e := newEnv(t, time.Date(2025, 3, 8, 10, 0, 0, 0, time.UTC), Options{})
	e.st.DB().Close()
	for _, cmd := range []string{"subscribe", "unsubscribe", "timezone", "subscription"} {
		if reply, err := e.svc.Command(context.Background(), user(1, "en"), cmd, ""); err == nil {
			t.Errorf("/%s with a dead database replied %q", cmd, reply)
		}
	}
	if _, err := e.svc.Now(context.Background(), user(1, "en"), 0); err == nil {
		t.Error("/digest with a dead database succeeded")
	}
}

// TestUIStringsComplete: every key this package uses exists in English and
// Vietnamese, and each translation takes the same arguments.
func TestUIStringsComplete(t *testing.T) {
	data, err := os.ReadFile("../prompts/ui/digest.en.json")
	if err != nil {
		t.Fatal(err)
	}
	var used []string
	for _, f := range []string{"command.go", "generate.go", "deliver.go"} {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range strings.Split(string(src), `"digest.`)[1:] {
			if key, _, ok := strings.Cut(part, `"`); ok && !strings.HasSuffix(key, ".") && !strings.Contains(key, " ") {
				used = append(used, "digest."+key)
			}
		}
	}
	if len(used) < 20 {
		t.Fatalf("found only %d keys in the source: %v", len(used), used)
	}
	for _, key := range used {
		if !strings.Contains(string(data), `"`+key+`"`) {
			t.Errorf("%s is used but not in digest.en.json", key)
		}
		for _, lang := range []string{"en", "vi"} {
			if !prompts.Has(lang, key) {
				t.Errorf("%s missing for %s", key, lang)
			}
		}
		if en, vi := strings.Count(prompts.T("en", key), "%"), strings.Count(prompts.T("vi", key), "%"); en != vi {
			t.Errorf("%s: %d verbs in English, %d in Vietnamese", key, en, vi)
		}
	}
}

// A topic typed differently is the same topic: "talks", "Talks talks" and
// "talks, TALKS" share one generated digest, as do "Ukraine talks" and
// "talks Ukraine" (15 /digest commands made 15 generations).
func TestTopicSpellingsShareOneDigest(t *testing.T) {
	e := newEnv(t, day(2025, 3, 10, 9, 0), Options{})
	e.addArticle("a1", "Ukraine talks resume", "Ukraine talks resumed in Riyadh.")
	ctx := context.Background()
	for _, group := range [][]string{{"talks", "Talks talks", "talks, TALKS"}, {"Ukraine talks", "talks Ukraine", "ukraine UKRAINE talks"}} {
		before := e.gen.Calls()
		for _, topic := range group {
			// The full form is the one a model summarises.
			e.command(user(1, "en"), "subscribe", "08:00 UTC full "+topic)
			if _, err := e.svc.Now(ctx, user(1, "en"), 0); err != nil {
				t.Fatal(err)
			}
		}
		if n := e.gen.Calls() - before; n != 1 {
			t.Errorf("topics %q: %d generations, want 1", group, n)
		}
	}
}
