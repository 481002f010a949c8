package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/internal/faketg"
	"github.com/detente/detente/internal/pgtest"
	"github.com/detente/detente/store"
)

func articleIDs(t *testing.T, env map[string]string, args ...string) []string {
	t.Helper()
	o := must(t, invocation{env: env}, append([]string{"articles", "--json"}, args...)...)
	var as []jsonArticle
	if err := json.Unmarshal([]byte(o.stdout), &as); err != nil {
		t.Fatalf("articles --json: %v\n%s", err, o.stdout)
	}
	ids := make([]string, len(as))
	for i, a := range as {
		ids[i] = a.ID
		if a.AddedAt == "" || a.Title == "" {
			t.Errorf("article %s lacks its title or added time: %+v", a.ID, a)
		}
	}
	return ids
}

func TestArticlesListsAndFilters(t *testing.T) {
	env := offline(t)
	must(t, invocation{env: env}, "ingest", filepath.Join("testdata", "articles"))
	all := articleIDs(t, env)
	if len(all) != 8 || !slices.Contains(all, "test-arctic-channel") {
		t.Fatalf("articles = %v, want the 5 seeds and the 3 test articles", all)
	}
	if got := articleIDs(t, env, "--source", "detente test desk"); len(got) == 0 || !slices.Contains(got, "test-arctic-channel") {
		t.Errorf("--source by outlet name = %v", got)
	}
	if got := articleIDs(t, env, "--source", "example.test"); len(got) == 0 {
		t.Errorf("--source by link host = %v", got)
	}
	if got := articleIDs(t, env, "--since", "1h"); len(got) != 8 {
		t.Errorf("--since 1h = %v, want everything just added", got)
	}
	if got := articleIDs(t, env, "--since", "2999-01-01"); len(got) != 0 {
		t.Errorf("--since the future = %v", got)
	}

	text := must(t, invocation{env: env}, "articles", "--source", "example.test")
	if !regexp.MustCompile(`(?m)^ID +ADDED +PUBLISHED +SOURCE +LANG +TITLE$`).MatchString(text.stdout) ||
		!regexp.MustCompile(`(?m)^test-arctic-channel +\d{4}-\d\d-\d\d +2024-05-02 +Detente Test Desk +en +Scientists keep an Arctic research channel open$`).MatchString(text.stdout) ||
		!regexp.MustCompile(`(?m)^\d+ articles?$`).MatchString(text.stdout) {
		t.Errorf("text listing:\n%s", text.stdout)
	}
	if o := must(t, invocation{env: env}, "articles", "--since", "2999-01-01"); strings.TrimSpace(o.stdout) != "no articles" {
		t.Errorf("empty listing: %q", o.stdout)
	}
	if o := must(t, invocation{env: env}, "articles", "--json", "--source", "nobody"); strings.TrimSpace(o.stdout) != "[]" {
		t.Errorf("empty JSON listing: %q", o.stdout)
	}
	for _, bad := range [][]string{{"--since", "yesterday"}, {"--since", "-3d"}, {"stray"}} {
		o := detente(t, invocation{env: env}, append([]string{"articles"}, bad...)...)
		if o.err == nil || o.stdout != "" {
			t.Errorf("articles %v: err %v, stdout %q; want a clear error and no listing", bad, o.err, o.stdout)
		}
	}
}

func TestRemove(t *testing.T) {
	env := offline(t)
	must(t, invocation{env: env}, "ingest", filepath.Join("testdata", "articles"))
	o := detente(t, invocation{env: env}, "remove", "test-arctic-channel", "no-such-article", "test-arctic-channel")
	if o.err == nil || !strings.Contains(o.err.Error(), "1 of 2 ids not found") {
		t.Errorf("remove with an unknown id: %v", o.err)
	}
	for _, want := range []string{"removed   test-arctic-channel  Scientists keep an Arctic research channel open", "not found no-such-article", "removed 1, not found 1"} {
		if !strings.Contains(o.stdout, want) {
			t.Errorf("remove output lacks %q:\n%s", want, o.stdout)
		}
	}
	if ids := articleIDs(t, env); slices.Contains(ids, "test-arctic-channel") || len(ids) != 7 {
		t.Errorf("after remove: %v", ids)
	}
	if ids := searchIDs(t, env, "permafrost observatory Chukchi"); slices.Contains(ids, "test-arctic-channel") {
		t.Errorf("search still finds the removed article: %v", ids)
	}
	if o := detente(t, invocation{env: env}, "remove"); o.err == nil || !strings.Contains(o.err.Error(), "no article id") {
		t.Errorf("remove without ids: %v", o.err)
	}
	// Removing every article leaves an empty corpus, not a re-seeded one.
	must(t, invocation{env: env}, append([]string{"remove"}, articleIDs(t, env)...)...)
	if ids := articleIDs(t, env); len(ids) != 0 {
		t.Errorf("after removing everything: %v", ids)
	}
	must(t, invocation{env: env}, "search", "sanctions")
	if ids := articleIDs(t, env); len(ids) != 0 {
		t.Errorf("the next start seeded the corpus again: %v", ids)
	}
}

func TestIngestEditedFileUpdatesItsArticle(t *testing.T) {
	env := offline(t)
	note := filepath.Join(t.TempDir(), "note.md")
	write := func(body string) {
		if err := os.WriteFile(note, []byte("# Walrus patrol rules agreed\n\n"+body+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("US and Russian coast guards agreed on walrus haul-out patrols in the Bering Sea.")
	first := must(t, invocation{env: env}, "ingest", note)
	write("US and Russian coast guards agreed on walrus haul-out patrols in the Bering Sea. A correction: the patrols start in May.")
	again := must(t, invocation{env: env}, "ingest", note)
	if !strings.Contains(first.stdout, "added 1,") || !strings.Contains(again.stdout, "updated 1,") {
		t.Errorf("ingest, edit, ingest:\n%s\n%s", first.stdout, again.stdout)
	}
	if ids := articleIDs(t, env); len(ids) != 6 {
		t.Errorf("articles after editing one file: %v, want the seeds and one note", ids)
	}
}

// TestServeFollowsOtherProcesses: `detente serve` runs; `detente ingest`,
// `reindex` and `remove` run as separate invocations (each opens the data
// directory itself, as another process does). The bot cites the new
// article, keeps answering after the reindex, and stops citing it after the
// removal, each within 5 s and without a restart.
func TestServeFollowsOtherProcesses(t *testing.T) {
	dir := t.TempDir()
	serveFollows(t, map[string]string{"DETENTE_DATA_DIR": dir}, filepath.Join(dir, dbFile))
}

// TestServeFollowsOtherProcessesOnPostgres: the same with the corpus in
// PostgreSQL (each command with its own data directory, as on its own
// machine). There serve polls only every 10 s (followIntervalListening):
// its listener is woken by the change's notification.
func TestServeFollowsOtherProcessesOnPostgres(t *testing.T) {
	url := pgtest.URL(t)
	serveFollows(t, map[string]string{"DETENTE_DATA_DIR": t.TempDir(), "DETENTE_DATABASE_URL": url}, url)
}

// serveFollows runs serve with the store env names, and ingest, reindex
// and remove as other invocations on the same store (at loc) with their
// own data directories.
func serveFollows(t *testing.T, storeEnv map[string]string, loc string) {
	tg := faketg.New()
	defer tg.Close()
	env := map[string]string{
		"TELEGRAM_BOT_TOKEN": faketg.DefaultToken,
		"TELEGRAM_API_URL":   tg.URL,
		"DETENTE_LOG_LEVEL":  "debug",
	}
	for k, v := range storeEnv {
		env[k] = v
	}
	ctx, stop, done, _, stderr := startServe(t, env)
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	wctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := tg.Wait(wctx, func() bool { return strings.Contains(stderr.String(), "msg=serving") }); err != nil {
		t.Fatalf("serve did not start: %v\n%s", err, stderr.String())
	}

	cli := maps.Clone(storeEnv)
	if _, pg := storeEnv["DETENTE_DATABASE_URL"]; pg {
		cli["DETENTE_DATA_DIR"] = t.TempDir()
	}
	applied := func(what string) time.Duration {
		t.Helper()
		return waitApplied(t, loc, stderr, what)
	}
	const title = "Scientists keep an Arctic research channel open"
	chat := int64(7000)
	ask := func() string {
		t.Helper()
		chat++
		tg.Push(tg.Text(faketg.PrivateChat(chat), faketg.User(chat, "en"), "What is shared from the permafrost observatory on the Chukchi coast?"))
		actx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		var reply string
		if err := tg.Wait(actx, func() bool {
			ms := tg.Messages(chat)
			if len(ms) == 0 {
				return false
			}
			var b strings.Builder
			for _, m := range ms {
				b.WriteString(m.Plain + "\n")
			}
			reply = b.String()
			return true
		}); err != nil {
			t.Fatalf("no reply: %v", err)
		}
		return reply
	}

	if r := ask(); strings.Contains(r, title) {
		t.Fatalf("cited before it was ingested:\n%s", r)
	}
	must(t, invocation{env: cli}, "ingest", filepath.Join("testdata", "articles", "arctic-channel.md"))
	t.Logf("ingest by another process applied by serve after %v", applied("the ingest"))
	if r := ask(); !strings.Contains(r, title) {
		t.Errorf("serve does not cite the article another process ingested:\n%s", r)
	}

	must(t, invocation{env: cli}, "reindex")
	t.Logf("reindex applied after %v", applied("the reindex"))
	if r := ask(); !strings.Contains(r, title) {
		t.Errorf("serve stopped citing the article after a reindex:\n%s", r)
	}

	must(t, invocation{env: cli}, "remove", "test-arctic-channel")
	t.Logf("removal applied after %v", applied("the removal"))
	if r := ask(); strings.Contains(r, title) {
		t.Errorf("serve still cites the removed article:\n%s", r)
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2025, 10, 12, 15, 30, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"", time.Time{}},
		{"2025-10-01", time.Date(2025, 10, 1, 0, 0, 0, 0, time.Local)},
		{"2025-10-01T08:00:00Z", time.Date(2025, 10, 1, 8, 0, 0, 0, time.UTC)},
		{"36h", now.Add(-36 * time.Hour)},
		{"7d", now.AddDate(0, 0, -7)},
		{" 0d ", now},
	}
	for _, tc := range tests {
		got, err := parseSince(tc.in, now)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("parseSince(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"yesterday", "-3d", "-1h", "2025-13-01", "7 days", "d"} {
		if _, err := parseSince(bad, now); err == nil || !strings.Contains(err.Error(), "not a date") {
			t.Errorf("parseSince(%q): err = %v, want the accepted forms", bad, err)
		}
	}
}

// FuzzParseSince: any --since is either refused with the accepted forms or
// a time no later than now (a span never reaches into the future).
func FuzzParseSince(f *testing.F) {
	for _, s := range []string{"", "2025-10-01", "2025-10-01T08:00:00+07:00", "36h", "7d", "-7d", "1h30m", "999999999d", "0d"} {
		f.Add(s)
	}
	now := time.Date(2025, 10, 12, 15, 30, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseSince(s, now)
		if err != nil {
			if !strings.Contains(err.Error(), "not a date") {
				t.Errorf("parseSince(%q): unhelpful error %v", s, err)
			}
			return
		}
		trimmed := strings.TrimSpace(s)
		isAbsolute := func() bool {
			_, e1 := time.ParseInLocation(time.DateOnly, trimmed, time.Local)
			_, e2 := time.Parse(time.RFC3339, trimmed)
			return e1 == nil || e2 == nil
		}
		if trimmed != "" && !isAbsolute() && got.After(now) {
			t.Errorf("parseSince(%q) = %v, after now", s, got)
		}
	})
}

// waitApplied waits until the process logging to stderr (at debug level)
// has applied every change made to the store at loc (a database file or
// URL) so far, and returns how long that took. It fails the test after
// 5 s, the promise to users.
func waitApplied(t *testing.T, loc string, stderr *syncBuffer, what string) time.Duration {
	t.Helper()
	ctx := t.Context()
	start := time.Now()
	st, err := store.Open(ctx, loc)
	if err != nil {
		t.Fatal(err)
	}
	last, err := st.LastChange(ctx)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(fmt.Sprintf(`msg="applied corpus changes".* seq=%d( |$)`, last))
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(5 * time.Second)
	for !re.MatchString(stderr.String()) {
		select {
		case <-tick.C:
		case <-deadline:
			t.Fatalf("%s (seq %d) not applied within 5 s\n%s", what, last, stderr.String())
		}
	}
	return time.Since(start)
}

// TestChatFollowsOtherProcesses: a chat left open answers from an article
// another process ingested after it started.
func TestChatFollowsOtherProcesses(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"DETENTE_DATA_DIR": dir, "DETENTE_LOG_LEVEL": "debug"}
	in, typing := io.Pipe()
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(t.Context(), []string{"chat"}, func(k string) string { return env[k] }, in, &stdout, &stderr)
	}()
	const (
		q     = "What is shared from the permafrost observatory on the Chukchi coast?\n"
		title = "Scientists keep an Arctic research channel open"
	)
	if _, err := io.WriteString(typing, q); err != nil {
		t.Fatal(err)
	}
	// The chat has opened the data directory once it has answered.
	waitOutput := func(n int) {
		t.Helper()
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		deadline := time.After(30 * time.Second)
		for strings.Count(stdout.String(), "\n\n") < n {
			select {
			case <-tick.C:
			case <-deadline:
				t.Fatalf("no answer:\n%s\n%s", stdout.String(), stderr.String())
			}
		}
	}
	waitOutput(1)
	if strings.Contains(stdout.String(), title) {
		t.Fatalf("cited before it was ingested:\n%s", stdout.String())
	}
	must(t, invocation{env: map[string]string{"DETENTE_DATA_DIR": dir}}, "ingest", filepath.Join("testdata", "articles", "arctic-channel.md"))
	waitApplied(t, filepath.Join(dir, dbFile), &stderr, "the ingest")
	before := len(stdout.String())
	if _, err := io.WriteString(typing, q); err != nil {
		t.Fatal(err)
	}
	typing.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if second := stdout.String()[before:]; !strings.Contains(second, title) {
		t.Errorf("the open chat does not cite the article ingested meanwhile:\n%s", second)
	}
}
