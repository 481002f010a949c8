package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/internal/fakeopenai"
	"github.com/detente/detente/prompts"
)

// invocation is one run of the CLI as a user would make it.
type invocation struct {
	env   map[string]string
	stdin string
	// stdout, when set, receives the output instead of a plain buffer.
	stdout interface {
		Write([]byte) (int, error)
		String() string
	}
}

type outcome struct {
	stdout, stderr string
	err            error
}

// detente runs the CLI with args; the environment holds only what inv.env sets.
func detente(t *testing.T, inv invocation, args ...string) outcome {
	t.Helper()
	getenv := func(k string) string { return inv.env[k] }
	out := inv.stdout
	if out == nil {
		out = &syncBuffer{}
	}
	var errBuf syncBuffer
	err := run(t.Context(), args, getenv, strings.NewReader(inv.stdin), out, &errBuf)
	return outcome{stdout: out.String(), stderr: errBuf.String(), err: err}
}

// must runs the CLI and fails the test if it returns an error.
func must(t *testing.T, inv invocation, args ...string) outcome {
	t.Helper()
	o := detente(t, inv, args...)
	if o.err != nil {
		t.Fatalf("detente %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), o.err, o.stdout, o.stderr)
	}
	return o
}

// syncBuffer is a bytes.Buffer safe for the writes of one run and the reads
// of the test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// writeLog records every Write separately, to tell streamed output from
// output printed in one go.
type writeLog struct {
	mu     sync.Mutex
	writes []string
}

func (w *writeLog) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

func (w *writeLog) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return strings.Join(w.writes, "")
}

// offline is the environment of a machine with no key and no network.
func offline(t *testing.T) map[string]string {
	return map[string]string{"DETENTE_DATA_DIR": t.TempDir()}
}

// askJSON is `ask --json` output.
type askJSON struct {
	Answer    string `json:"answer"`
	Lang      string `json:"lang"`
	Citations []struct {
		N         int    `json:"n"`
		ArticleID string `json:"article_id"`
		Title     string `json:"title"`
		URL       string `json:"url"`
		Source    string `json:"source"`
		Published string `json:"published"`
	} `json:"citations"`
	NoSources  bool   `json:"no_sources"`
	Extractive bool   `json:"extractive"`
	AsOf       string `json:"as_of"`
	AsOfText   string `json:"as_of_text"`
}

var (
	markerRE     = regexp.MustCompile(`\[(\d+)\]`)
	sourceLineRE = regexp.MustCompile(`^\[(\d+)\] \S.*$`)
)

// splitAnswer splits `ask` text output into the answer, its sources lines
// (after the last blank line) and the "as of" line that ends them.
func splitAnswer(t *testing.T, out string) (body string, sources []string, asOf string) {
	t.Helper()
	out = strings.TrimRight(out, "\n")
	i := strings.LastIndex(out, "\n\n")
	if i < 0 {
		t.Fatalf("no blank line before a sources list in:\n%s", out)
	}
	lines := strings.Split(out[i+2:], "\n")
	if len(lines) < 2 {
		t.Fatalf("no sources and \"as of\" line after the answer:\n%s", out)
	}
	return out[:i], lines[:len(lines)-1], lines[len(lines)-1]
}

func TestAskExtractiveOverSeeds(t *testing.T) {
	tests := []struct {
		name     string
		question string
		lang     string
	}{
		{"vietnamese", "Quan hệ Nga – Mỹ hiện nay ra sao?", "vi"},
		{"vietnamese without diacritics", "quan he Nga My hien nay ra sao", "vi"},
		{"english", "What did Russia and the United States say about strategic stability talks?", "en"},
	}
	env := offline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := must(t, invocation{env: env}, "ask", tt.question)
			body, sources, asOf := splitAnswer(t, text.stdout)
			if !markerRE.MatchString(body) {
				t.Errorf("answer has no [n] citation:\n%s", body)
			}
			for _, line := range sources {
				if !sourceLineRE.MatchString(line) {
					t.Errorf("sources line %q is not `[n] Title — Outlet, date — URL`", line)
				}
			}
			for _, m := range markerRE.FindAllStringSubmatch(body, -1) {
				if !slices.ContainsFunc(sources, func(l string) bool { return strings.HasPrefix(l, m[0]+" ") }) {
					t.Errorf("answer cites %s but the sources list has no such line:\n%s", m[0], strings.Join(sources, "\n"))
				}
			}

			js := must(t, invocation{env: env}, "ask", "--json", tt.question)
			var got askJSON
			if err := json.Unmarshal([]byte(js.stdout), &got); err != nil {
				t.Fatalf("ask --json output is not JSON: %v\n%s", err, js.stdout)
			}
			if got.Lang != tt.lang {
				t.Errorf("lang = %q, want %q", got.Lang, tt.lang)
			}
			if len(got.Citations) == 0 || got.NoSources {
				t.Fatalf("no citations for a question the seeds cover: %+v", got)
			}
			// The seeds carry no publication dates: the answer says so
			// in the asker's language, in both outputs.
			want := prompts.T(tt.lang, "answer.as_of_undated_one")
			if len(got.Citations) > 1 {
				want = prompts.T(tt.lang, "answer.as_of_undated_all")
			}
			if asOf != want || got.AsOfText != want || got.AsOf != "" {
				t.Errorf("as of: text %q, JSON %q/%q; want %q and no date", asOf, got.AsOfText, got.AsOf, want)
			}
			for _, c := range got.Citations {
				if !strings.Contains(got.Answer, fmt.Sprintf("[%d]", c.N)) {
					t.Errorf("citation %d (%s) is not cited in the answer:\n%s", c.N, c.ArticleID, got.Answer)
				}
				if c.ArticleID == "" || c.Title == "" {
					t.Errorf("citation %d lacks article id or title: %+v", c.N, c)
				}
			}
		})
	}
}

func TestAskRejectsBadQuestionsInTheirLanguage(t *testing.T) {
	longVI := strings.Repeat("Quan hệ giữa Nga và Mỹ sẽ thay đổi thế nào trong năm tới? ", 60)
	longEN := strings.Repeat("How will relations between Russia and the United States change next year? ", 40)
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{"empty", []string{"ask", ""}, "", prompts.T("en", "err.empty_question")},
		{"only spaces from stdin", []string{"ask", "-"}, "  \n\t ", prompts.T("en", "err.empty_question")},
		{"too long, vietnamese", []string{"ask", longVI}, "", prompts.T("vi", "err.too_long")},
		{"too long, english, from stdin", []string{"ask", "-"}, longEN, prompts.T("en", "err.too_long")},
	}
	env := offline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := detente(t, invocation{env: env, stdin: tt.stdin}, tt.args...)
			if o.err == nil {
				t.Fatalf("ask succeeded; stdout:\n%s", o.stdout)
			}
			if o.err.Error() != tt.want {
				t.Errorf("error = %q, want %q", o.err, tt.want)
			}
			// A rejected question changes nothing, not even on first use.
			fresh := t.TempDir()
			detente(t, invocation{env: map[string]string{"DETENTE_DATA_DIR": fresh}, stdin: tt.stdin}, tt.args...)
			if entries, _ := os.ReadDir(fresh); len(entries) != 0 {
				t.Errorf("a rejected question created %v in the data directory", entries)
			}
		})
	}
}

func TestAskFromStdin(t *testing.T) {
	o := must(t, invocation{env: offline(t), stdin: "Quan hệ Nga – Mỹ hiện nay ra sao?\n"}, "ask", "--json", "-")
	var got askJSON
	if err := json.Unmarshal([]byte(o.stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Lang != "vi" || len(got.Citations) == 0 {
		t.Errorf("question from stdin: lang %q, %d citations; want vi with citations", got.Lang, len(got.Citations))
	}
}

func TestSearchJSON(t *testing.T) {
	o := must(t, invocation{env: offline(t)}, "search", "--json", "-k", "3", "Lavrov strategic stability")
	var hits []map[string]any
	if err := json.Unmarshal([]byte(o.stdout), &hits); err != nil {
		t.Fatalf("search --json is not a JSON array: %v\n%s", err, o.stdout)
	}
	if len(hits) == 0 || len(hits) > 3 {
		t.Fatalf("got %d hits, want 1..3", len(hits))
	}
	want := []string{"article_id", "lang", "published", "score", "source", "text", "title", "url"}
	for i, h := range hits {
		keys := make([]string, 0, len(h))
		for k := range h {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if !slices.Equal(keys, want) {
			t.Errorf("hit %d has fields %v, want %v", i, keys, want)
		}
		for _, k := range []string{"article_id", "title", "text", "lang"} {
			if s, _ := h[k].(string); s == "" {
				t.Errorf("hit %d: %s is empty", i, k)
			}
		}
		if s, _ := h["score"].(float64); s <= 0 {
			t.Errorf("hit %d: score %v, want > 0", i, h["score"])
		}
		if i > 0 && h["score"].(float64) > hits[i-1]["score"].(float64) {
			t.Errorf("hits not best first: %v then %v", hits[i-1]["score"], h["score"])
		}
	}
}

func TestSearchText(t *testing.T) {
	o := must(t, invocation{env: offline(t)}, "search", "Lavrov")
	if !strings.HasPrefix(o.stdout, "1. ") || !strings.Contains(o.stdout, "score ") {
		t.Errorf("search output lacks ranked hits with scores:\n%s", o.stdout)
	}
	if o := detente(t, invocation{env: offline(t)}, "search"); o.err == nil {
		t.Error("search without a query succeeded")
	}
}

// TestSearchNothingRelevant: a query the corpus does not cover lists no
// passages (as ask says it is not covered), rather than the nearest noise.
func TestSearchNothingRelevant(t *testing.T) {
	env := offline(t)
	for _, q := range []string{"zzqx blorf", "\xff\xfe\xfd"} {
		t.Run(q, func(t *testing.T) {
			o := must(t, invocation{env: env}, "search", q)
			if strings.TrimSpace(o.stdout) != "No matching passages." {
				t.Errorf("search %q printed:\n%s\nwant only \"No matching passages.\"", q, o.stdout)
			}
			o = must(t, invocation{env: env}, "search", "--json", q)
			if strings.TrimSpace(o.stdout) != "[]" {
				t.Errorf("search --json %q printed:\n%s\nwant []", q, o.stdout)
			}
		})
	}
}

// searchIDs returns the article ids `search --json` finds for q.
func searchIDs(t *testing.T, env map[string]string, q string) []string {
	t.Helper()
	o := must(t, invocation{env: env}, "search", "--json", q)
	var hits []struct {
		ArticleID string `json:"article_id"`
	}
	if err := json.Unmarshal([]byte(o.stdout), &hits); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ArticleID
	}
	return ids
}

func TestIngestDirectoryKeepsIDs(t *testing.T) {
	env := offline(t)
	o := must(t, invocation{env: env}, "ingest", filepath.Join("testdata", "articles"))
	if !strings.Contains(o.stdout, "added 3, updated 0, duplicates 0, failed 0") {
		t.Errorf("summary wrong (3 articles; .draft.md and README.rst skipped):\n%s", o.stdout)
	}
	for _, tt := range []struct{ query, id string }{
		{"permafrost observatory Chukchi", "test-arctic-channel"},
		{"đường dây nóng hàng hải Baltic", "test-duong-day-nong"},
		{"duong day nong hang hai", "test-duong-day-nong"},
	} {
		if ids := searchIDs(t, env, tt.query); len(ids) == 0 || ids[0] != tt.id {
			t.Errorf("search %q = %v, want %s first", tt.query, ids, tt.id)
		}
	}
	ask := must(t, invocation{env: env}, "ask", "What is shared from the permafrost observatory on the Chukchi coast?")
	const line = "Scientists keep an Arctic research channel open — Detente Test Desk, 2024-05-02 — https://example.test/news/arctic-channel"
	_, sources, asOf := splitAnswer(t, ask.stdout)
	if !slices.ContainsFunc(sources, func(l string) bool { return strings.HasSuffix(l, "] "+line) }) {
		t.Errorf("the ingested article is not cited with its metadata; sources:\n%s", strings.Join(sources, "\n"))
	}
	if want := "As of 2 May 2024 (the date of the newest cited source)."; !strings.HasPrefix(asOf, want) {
		t.Errorf("the answer's last line is %q, want it to begin %q", asOf, want)
	}
	if ids := searchIDs(t, env, "hidden draft editor leftovers"); slices.Contains(ids, "test-hidden-draft") {
		t.Error("a hidden file was ingested")
	}

	again := must(t, invocation{env: env}, "ingest", filepath.Join("testdata", "articles"))
	if !strings.Contains(again.stdout, "added 0, updated 0, duplicates 3, failed 0") {
		t.Errorf("re-ingesting the same files:\n%s", again.stdout)
	}
}

func TestIngestBrokenFileFailsButOthersAreAdded(t *testing.T) {
	env := offline(t)
	o := detente(t, invocation{env: env}, "ingest", filepath.Join("testdata", "mixed"), filepath.Join("testdata", "nope.md"))
	if o.err == nil {
		t.Fatalf("ingest with a broken file succeeded:\n%s", o.stdout)
	}
	if !strings.Contains(o.stdout, "added 1, updated 0, duplicates 0, failed 2") {
		t.Errorf("summary wrong:\n%s", o.stdout)
	}
	broken := filepath.Join("testdata", "mixed", "broken.md")
	if !regexp.MustCompile(`(?m)^  failed ` + regexp.QuoteMeta(broken) + `: .*front matter`).MatchString(o.stdout) {
		t.Errorf("the broken file and its reason are not listed:\n%s", o.stdout)
	}
	if !strings.Contains(o.stdout, "nope.md") {
		t.Errorf("the missing file is not listed:\n%s", o.stdout)
	}
	if ids := searchIDs(t, env, "docking drill cosmonauts"); len(ids) == 0 || ids[0] != "test-mixed-good" {
		t.Errorf("the good file was not added: %v", ids)
	}

	fresh := map[string]string{"DETENTE_DATA_DIR": filepath.Join(t.TempDir(), "data")}
	none := detente(t, invocation{env: fresh}, "ingest", "missing.md", "ftp://example.test/a", filepath.Join("testdata", "articles", "README.rst"))
	if none.err == nil || !strings.Contains(none.stdout, "failed 3") {
		t.Errorf("ingesting only unusable inputs: %v\n%s", none.err, none.stdout)
	}
	for _, want := range []string{"missing.md", `unsupported URL scheme "ftp"`, `unsupported file type ".rst"`} {
		if !strings.Contains(none.stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, none.stdout)
		}
	}
	if _, err := os.Stat(fresh["DETENTE_DATA_DIR"]); err == nil {
		t.Error("ingesting nothing usable created the data directory")
	}
}

func TestIngestIDFromName(t *testing.T) {
	env := offline(t)
	must(t, invocation{env: env}, "ingest", "--id-from-name", filepath.Join("testdata", "articles", "museum-loan.txt"))
	if ids := searchIDs(t, env, "medieval manuscripts loan"); len(ids) == 0 || ids[0] != "museum-loan" {
		t.Errorf("search = %v, want museum-loan (the file's name) first", ids)
	}
}

func TestCorruptDatabaseIsReportedAndLeftAlone(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, dbFile)
	junk := []byte("this is not a database, but someone's notes\n")
	if err := os.WriteFile(db, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	o := detente(t, invocation{env: map[string]string{"DETENTE_DATA_DIR": dir}}, "search", "Lavrov")
	if o.err == nil {
		t.Fatal("search over a corrupt database succeeded")
	}
	if !strings.Contains(o.err.Error(), db) || !strings.Contains(o.err.Error(), "not a Detente database") {
		t.Errorf("error %q does not name the file and the problem", o.err)
	}
	if got, _ := os.ReadFile(db); !bytes.Equal(got, junk) {
		t.Error("the corrupt file was modified")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the data directory gained files: %v", entries)
	}
}

func TestUnusableDataDir(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	o := detente(t, invocation{env: map[string]string{"DETENTE_DATA_DIR": filepath.Join(file, "data")}}, "search", "Lavrov")
	if o.err == nil || !strings.Contains(o.err.Error(), "data directory") {
		t.Errorf("error = %v, want one naming the data directory", o.err)
	}
}

func TestReindexWithAnotherEmbedder(t *testing.T) {
	srv := fakeopenai.New(t)
	local := offline(t)
	remote := map[string]string{
		"DETENTE_DATA_DIR":    local["DETENTE_DATA_DIR"],
		"DETENTE_EMBED_MODEL": "text-embedding-3-small",
		"OPENAI_BASE_URL":     srv.URL(),
	}
	must(t, invocation{env: local}, "ingest", filepath.Join("testdata", "articles"))

	o := detente(t, invocation{env: remote}, "search", "permafrost")
	if o.err == nil || !strings.Contains(o.err.Error(), "detente reindex") {
		t.Fatalf("search with another embedding model: %v; want the mismatch and `detente reindex`", o.err)
	}
	o = must(t, invocation{env: remote}, "reindex")
	if !strings.Contains(o.stdout, "with text-embedding-3-small (was local-v1-384)") {
		t.Errorf("reindex output does not name the new and the old model:\n%s", o.stdout)
	}
	if srv.EmbedInputs() == 0 {
		t.Error("reindex did not call the configured embedder")
	}
	if ids := searchIDs(t, remote, "permafrost observatory Chukchi"); len(ids) == 0 || ids[0] != "test-arctic-channel" {
		t.Errorf("after reindex, search = %v", ids)
	}
	if o := detente(t, invocation{env: local}, "search", "permafrost"); o.err == nil {
		t.Error("the old model still works after reindexing to a new one")
	}
}

// The model client's retry warnings go to the operator's log, at its
// level and in its format: they used to bypass it (slog.Default, the old
// `log` format on the process's stderr, even with --log-level error).
func TestModelRetriesLogToTheConfiguredLog(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.PushEmbed(fakeopenai.Reply{Status: 503})
	dir := t.TempDir()
	env := map[string]string{"DETENTE_DATA_DIR": dir, "DETENTE_EMBED_MODEL": "text-embedding-3-small",
		"OPENAI_BASE_URL": srv.URL(), "OPENAI_API_KEY": "sk-log-test-0123456789", "DETENTE_LOG_LEVEL": "warn"}
	must(t, invocation{env: map[string]string{"DETENTE_DATA_DIR": dir}}, "ingest", filepath.Join("testdata", "articles"))
	o := must(t, invocation{env: env}, "reindex")
	if !strings.Contains(o.stderr, "level=WARN") || !strings.Contains(o.stderr, "retrying") || !strings.Contains(o.stderr, "status=503") {
		t.Errorf("retry not in the configured log:\n%s", o.stderr)
	}
	if strings.Contains(o.stderr, "sk-log-test") {
		t.Errorf("key logged:\n%s", o.stderr)
	}
	srv.PushEmbed(fakeopenai.Reply{Status: 503})
	env["DETENTE_LOG_LEVEL"] = "error"
	o = must(t, invocation{env: env}, "reindex")
	if strings.Contains(o.stderr, "WARN") {
		t.Errorf("--log-level error printed a warning:\n%s", o.stderr)
	}
}

func TestAskStreamsVerifiedAnswerFromModel(t *testing.T) {
	const key = "sk-test-Zq8rT2vW9xY4"
	srv := fakeopenai.New(t)
	srv.Respond(func(r fakeopenai.ChatRequest) fakeopenai.Reply {
		return fakeopenai.Reply{Chunks: []string{"Lavrov said the second round ", "of strategic stability talks ", "would follow [1]. ", "An invented claim [42]."}}
	})
	env := map[string]string{
		"DETENTE_DATA_DIR":  t.TempDir(),
		"OPENAI_API_KEY":    key,
		"OPENAI_BASE_URL":   srv.URL(),
		"DETENTE_LOG_LEVEL": "debug",
	}
	out := &writeLog{}
	o := must(t, invocation{env: env, stdout: out}, "ask", "What did Lavrov say about strategic stability talks?")

	if len(out.writes) < 3 {
		t.Errorf("answer arrived in %d writes, want it streamed chunk by chunk", len(out.writes))
	}
	body, sources, _ := splitAnswer(t, o.stdout)
	if !strings.Contains(body, "would follow [1]") {
		t.Errorf("answer lost the model's text or its valid citation:\n%s", body)
	}
	if strings.Contains(body, "[42]") {
		t.Errorf("an unverified citation reached the user:\n%s", body)
	}
	if len(sources) != 1 || !strings.HasPrefix(sources[0], "[1] ") {
		t.Errorf("sources = %q, want only [1]", sources)
	}
	reqs := srv.ChatRequests()
	if len(reqs) == 0 || reqs[len(reqs)-1].Authorization != "Bearer "+key {
		t.Error("the API key was not sent to the model server")
	}
	for name, s := range map[string]string{"stdout": o.stdout, "stderr": o.stderr} {
		if strings.Contains(s, key) || strings.Contains(s, key[3:]) {
			t.Errorf("the API key appears in %s", name)
		}
	}
	if !strings.Contains(o.stderr, "openai_api_key=[set]") {
		t.Errorf("debug log does not show the masked config:\n%s", o.stderr)
	}
}

func TestChatKeepsAndResetsHistory(t *testing.T) {
	srv := fakeopenai.New(t)
	srv.Respond(func(r fakeopenai.ChatRequest) fakeopenai.Reply {
		return fakeopenai.Text("Talks were held in Geneva [1].")
	})
	env := map[string]string{"DETENTE_DATA_DIR": t.TempDir(), "OPENAI_BASE_URL": srv.URL()}
	const (
		q1 = "What did Sherman say after the Geneva meeting?"
		q2 = "And what did Zakharova add?"
		q3 = "Who is the US ambassador nominee?"
	)
	stdin := strings.Join([]string{q1, "", q2, "/new", q3, "/quit", "Never asked?"}, "\n")
	o := must(t, invocation{env: env, stdin: stdin}, "chat")

	if n := strings.Count(o.stdout, "Talks were held in Geneva [1]."); n != 3 {
		t.Errorf("got %d answers, want 3 (the line after /quit is not asked):\n%s", n, o.stdout)
	}
	if strings.Contains(o.stdout, "> ") {
		t.Error("a prompt was printed although stdin is not a terminal")
	}
	if !strings.Contains(o.stdout, "Started a new conversation.") {
		t.Error("/new was not acknowledged")
	}
	var sawQ1WithQ2, sawQ1WithQ3 bool
	for _, r := range srv.ChatRequests() {
		all := ""
		for _, m := range r.Messages {
			all += m.Content + "\n"
		}
		if strings.Contains(all, q1) && strings.Contains(all, q2) {
			sawQ1WithQ2 = true
		}
		if strings.Contains(all, q1) && strings.Contains(all, q3) {
			sawQ1WithQ3 = true
		}
		if strings.Contains(all, "Never asked?") {
			t.Error("input after /quit reached the model")
		}
	}
	if !sawQ1WithQ2 {
		t.Error("the follow-up was sent without the conversation so far")
	}
	if sawQ1WithQ3 {
		t.Error("history survived /new")
	}
}

func TestDigest(t *testing.T) {
	env := offline(t)
	o := must(t, invocation{env: env}, "digest", "--lang", "vi", "--since", "1h", "--json")
	var got jsonDigest
	if err := json.Unmarshal([]byte(o.stdout), &got); err != nil {
		t.Fatalf("digest --json: %v\n%s", err, o.stdout)
	}
	// The seeds were added by this very run, so they are in the window.
	if len(got.Stories) == 0 || got.Lang != "vi" || got.Note != "" {
		t.Errorf("digest of the freshly seeded corpus: %+v", got)
	}
	// The text is one Telegram message: a header, and one line per story
	// that names its article once (no second sources list).
	text := must(t, invocation{env: env}, "digest").stdout
	if !strings.HasPrefix(text, "📰 Daily digest\n") || strings.Contains(text, "Sources") {
		t.Errorf("text digest:\n%s", text)
	}
	for _, s := range got.Stories {
		if c := strings.Count(text, s.Articles[0].Title); c != 1 {
			t.Errorf("%q appears %d times in the digest:\n%s", s.Articles[0].Title, c, text)
		}
	}
	if n := utf8.RuneCountInString(text); n > 4096 {
		t.Errorf("the digest is %d characters, more than one Telegram message", n)
	}
	if o := detente(t, invocation{env: env}, "digest", "--page", "99"); o.err == nil || !strings.Contains(o.err.Error(), "no page 99") {
		t.Errorf("--page 99 of a one-page digest: %v", o.err)
	}
	for _, bad := range []string{"0s", "-2h", "yesterday", "99999999d"} {
		if o := detente(t, invocation{env: env}, "digest", "--since", bad); o.err == nil {
			t.Errorf("--since %q accepted", bad)
		}
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want []string
	}{
		{"remote embedder without server", map[string]string{"DETENTE_EMBED_MODEL": "text-embedding-3-small"}, nil, []string{"OPENAI_API_KEY", "OPENAI_BASE_URL"}},
		{"bad admin id", map[string]string{"DETENTE_ADMINS": "12345, alice"}, nil, []string{"DETENTE_ADMINS", "alice"}},
		{"bad log level", map[string]string{"DETENTE_LOG_LEVEL": "loud"}, nil, []string{"DETENTE_LOG_LEVEL"}},
		{"plain http webhook", map[string]string{"DETENTE_WEBHOOK_URL": "http://bot.example.test/hook", "DETENTE_LISTEN": ":8080"}, nil, []string{"https"}},
		{"webhook without its own address", map[string]string{"DETENTE_WEBHOOK_URL": "https://bot.example.test/hook", "DETENTE_LISTEN": ":8080"}, nil, []string{"DETENTE_WEBHOOK_LISTEN"}},
		{"webhook on the metrics address", map[string]string{"DETENTE_WEBHOOK_URL": "https://bot.example.test/hook", "DETENTE_LISTEN": ":8080", "DETENTE_WEBHOOK_LISTEN": ":8080"}, nil, []string{"must differ"}},
		{"bad webhook secret", map[string]string{"DETENTE_WEBHOOK_SECRET": "has spaces!"}, nil, []string{"DETENTE_WEBHOOK_SECRET"}},
		{"flag overrides env", map[string]string{"DETENTE_LOG_LEVEL": "info"}, []string{"--log-level", "shout"}, []string{"DETENTE_LOG_LEVEL", "shout"}},
		{"bad first-token timeout", map[string]string{"DETENTE_FIRST_TOKEN_TIMEOUT": "forever"}, nil, []string{"DETENTE_FIRST_TOKEN_TIMEOUT", "forever"}},
		{"first-token timeout too short", map[string]string{"DETENTE_FIRST_TOKEN_TIMEOUT": "10ms"}, nil, []string{"DETENTE_FIRST_TOKEN_TIMEOUT", "between 1s"}},
		{"two problems at once", map[string]string{"DETENTE_ADMINS": "x", "OPENAI_BASE_URL": "ftp://models"}, nil, []string{"DETENTE_ADMINS", "OPENAI_BASE_URL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.env["DETENTE_DATA_DIR"] = dir
			o := detente(t, invocation{env: tt.env}, append(tt.args, "search", "Lavrov")...)
			if o.err == nil {
				t.Fatal("invalid configuration accepted")
			}
			for _, w := range tt.want {
				if !strings.Contains(o.err.Error(), w) {
					t.Errorf("error %q does not mention %q", o.err, w)
				}
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("a rejected configuration touched the data directory: %v", entries)
			}
		})
	}
}

func TestSecretsNeverPrinted(t *testing.T) {
	const (
		key    = "sk-live-9f8e7d6c5b4a"
		token  = "123456:AAH-bot-token-value"
		secret = "webhook_secret_value"
		// URLs can carry secrets too: userinfo, or a webhook's secret path.
		proxyPass = "proxy-pass-4d3c2b"
		hookPath  = "hook-path-8a7b6c"
		apiPass   = "api-pass-1f2e3d"
	)
	cfg := Config{OpenAIKey: key, TelegramToken: token, WebhookSecret: secret, DataDir: "d", EmbedModel: "local",
		OpenAIBaseURL:  "https://user:" + proxyPass + "@llm.example.com/v1",
		WebhookURL:     "https://bot.example.com/" + hookPath,
		TelegramAPIURL: "https://tg:" + apiPass + "@tg.example.com/"}
	var logBuf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logBuf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	log.Info("config", "config", cfg)
	for _, s := range []string{fmt.Sprint(cfg), fmt.Sprintf("%+v", cfg), fmt.Sprintf("%#v", cfg), logBuf.String()} {
		for _, host := range []string{"llm.example.com", "bot.example.com", "tg.example.com"} {
			if !strings.Contains(s, host) {
				t.Errorf("%q does not name the host %s (operators need to see where it points)", s, host)
			}
		}
		for _, secretVal := range []string{key, token, secret, proxyPass, hookPath, apiPass} {
			if strings.Contains(s, secretVal) {
				t.Errorf("secret %q printed in %q", secretVal[:4]+"…", s)
			}
		}
	}

	// A bad configuration error names the variable, never the key.
	o := detente(t, invocation{env: map[string]string{
		"DETENTE_DATA_DIR": t.TempDir(), "OPENAI_API_KEY": key, "OPENAI_BASE_URL": "not a url " + key,
	}}, "search", "x")
	if o.err == nil || strings.Contains(o.err.Error(), key) {
		t.Errorf("error = %v; want an error without the key", o.err)
	}
}

func TestGlobalFlagsBeforeOrAfterCommand(t *testing.T) {
	for _, args := range [][]string{
		{"--data", "DIR", "search", "--json", "Lavrov"},
		{"search", "--data", "DIR", "--json", "Lavrov"},
		{"search", "Lavrov", "--json", "--data", "DIR"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			dir := t.TempDir()
			args = slices.Clone(args)
			args[slices.Index(args, "DIR")] = dir
			// The env points elsewhere: the flag must win.
			elsewhere := t.TempDir()
			o := must(t, invocation{env: map[string]string{"DETENTE_DATA_DIR": elsewhere}}, args...)
			if !json.Valid([]byte(o.stdout)) {
				t.Errorf("--json after the query was not honoured:\n%s", o.stdout)
			}
			if _, err := os.Stat(filepath.Join(dir, dbFile)); err != nil {
				t.Errorf("database not created in the --data directory: %v", err)
			}
			if entries, _ := os.ReadDir(elsewhere); len(entries) != 0 {
				t.Error("the env's data directory was used despite --data")
			}
		})
	}
}

func TestHelpAndUsageErrors(t *testing.T) {
	tests := []struct {
		args    []string
		ok      bool
		wantOut []string
		wantErr string
	}{
		{[]string{"help"}, true, []string{"Usage: detente", "ask", "chat", "search", "ingest", "reindex", "digest", "serve", "eval"}, ""},
		{[]string{"-h"}, true, []string{"Usage: detente"}, ""},
		{[]string{"help", "ingest"}, true, []string{"Usage: detente ingest", "-id-from-name", "Global flags"}, ""},
		{[]string{"help"}, true, []string{"-data dir", "-embed-model", "OPENAI_API_KEY"}, ""},
		{[]string{"ask", "-h"}, true, []string{"Usage: detente ask", "-json", "-lang"}, ""},
		{[]string{"search", "--help"}, true, []string{"Usage: detente search"}, ""},
		{[]string{}, false, nil, "no command"},
		{[]string{"frobnicate"}, false, nil, `unknown command "frobnicate"`},
		{[]string{"ask", "--nope", "x"}, false, nil, "-nope"},
		{[]string{"ask", "-k", "-3", "x"}, false, nil, "-k"},
		{[]string{"ask", "--lang", "Vietnamese", "x"}, false, nil, "--lang"},
		{[]string{"ask", "--lang", "xx", "x"}, false, nil, `--lang "xx" is not a supported language; use one of en, ru, vi`},
		{[]string{"chat", "--lang", "de"}, false, nil, `--lang "de" is not a supported language; use one of en, ru, vi`},
		{[]string{"digest", "--lang", "fr"}, false, nil, `--lang "fr" is not a supported language; use one of en, ru, vi`},
		{[]string{"chat", "-h"}, true, []string{"Usage: detente chat", "-lang"}, ""},
		{[]string{"eval"}, false, nil, "no question file"},
		{[]string{"eval", "-h"}, true, []string{"usage: detente eval", "--answers"}, ""},
		{[]string{"help", "eval"}, true, []string{"also answer every question", "articles retrieved per question", "Global flags"}, ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			dir := t.TempDir()
			o := detente(t, invocation{env: map[string]string{"DETENTE_DATA_DIR": dir}}, tt.args...)
			if tt.ok != (o.err == nil) {
				t.Fatalf("err = %v, want ok=%v", o.err, tt.ok)
			}
			if o.err != nil && !strings.Contains(o.err.Error(), tt.wantErr) {
				t.Errorf("error %q does not mention %q", o.err, tt.wantErr)
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(o.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, o.stdout)
				}
			}
			if entries, _ := os.ReadDir(dir); tt.ok && len(entries) != 0 {
				t.Error("help created a database")
			}
		})
	}
}

func TestEval(t *testing.T) {
	dir := t.TempDir()
	// A short question set of our own: the full one is the eval package's.
	questions := filepath.Join("testdata", "questions.jsonl")
	// eval's own flags and the global --data mix freely.
	o := must(t, invocation{env: map[string]string{}}, "eval", questions, "--data", dir, "-k", "10")
	for _, cfg := range []string{"bm25", "vector", "hybrid", "hybrid+exp"} {
		if !strings.Contains(o.stdout, cfg) {
			t.Errorf("eval report lacks the %s configuration:\n%s", cfg, o.stdout)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, dbFile)); err != nil {
		t.Errorf("--data was not honoured: %v", err)
	}
}

// TestEvalCorpus: on a fresh data directory, --corpus ingests the eval
// articles through the ingest path before scoring, a second run changes
// nothing, and the answer report carries refusals, first bullets and
// boilerplate quotes.
func TestEvalCorpus(t *testing.T) {
	env := offline(t)
	root := filepath.Join("..", "..", "testdata", "eval")
	args := []string{"eval", "--corpus", filepath.Join(root, "articles"), "--answers",
		"--boilerplate", filepath.Join(root, "boilerplate.txt"), filepath.Join(root, "heldout.jsonl")}
	o := must(t, invocation{env: env}, args...)
	for _, w := range []string{"refusal precision", "first bullet", "boilerplate quoted", "near=year", "variant=typo"} {
		if !strings.Contains(o.stdout, w) {
			t.Errorf("report lacks %q:\n%s", w, o.stdout)
		}
	}
	if !strings.Contains(o.stderr, "added=33") {
		t.Errorf("first run did not add the 33 articles:\n%s", o.stderr)
	}
	o = must(t, invocation{env: env}, args...)
	if !strings.Contains(o.stderr, "added=0 updated=0 unchanged=33") {
		t.Errorf("second run changed the corpus:\n%s", o.stderr)
	}
}

// TestReindexRepairsMixedVectors: a store left with vectors of two
// dimensions (an interrupted reindex of an older version) refuses searches
// with advice to reindex, and reindex must then be able to run.
func TestReindexRepairsMixedVectors(t *testing.T) {
	env := offline(t)
	must(t, invocation{env: env}, "ingest", filepath.Join("testdata", "articles"))
	st, err := openStore(t.Context(), Config{DataDir: env["DETENTE_DATA_DIR"]})
	if err != nil {
		t.Fatal(err)
	}
	var first int64
	err = st.EachChunkText(t.Context(), func(id int64, _ string) error {
		if first == 0 {
			first = id
		}
		return nil
	})
	if err == nil {
		v := make([]float32, 64)
		v[3] = 1
		err = st.SetChunkVectors(t.Context(), "local-v1-384", map[int64][]float32{first: v})
	}
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if o := detente(t, invocation{env: env}, "search", "permafrost"); o.err == nil || !strings.Contains(o.err.Error(), "detente reindex") {
		t.Fatalf("search over mixed vectors: %v; want advice to run `detente reindex`", o.err)
	}
	must(t, invocation{env: env}, "reindex")
	if ids := searchIDs(t, env, "permafrost observatory Chukchi"); len(ids) == 0 || ids[0] != "test-arctic-channel" {
		t.Errorf("after reindex, search = %v", ids)
	}
}

// TestFetchUserAgent: sites see one Detente user agent, the fetcher's
// documented default, whatever path the fetch takes.
func TestFetchUserAgent(t *testing.T) {
	got := make(chan string, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case got <- r.UserAgent():
		default:
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Talks in Geneva\n\nDiplomats from both countries met in Geneva to discuss consular staffing.")
	}))
	defer srv.Close()
	opt := fetchOptions()
	opt.AllowPrivate = true // the test server is on loopback
	if _, err := corpus.NewFetcher(opt).Fetch(t.Context(), srv.URL+"/talks"); err != nil {
		t.Fatal(err)
	}
	if ua := <-got; ua != corpus.DefaultUserAgent {
		t.Errorf("User-Agent = %q, want %q", ua, corpus.DefaultUserAgent)
	}
}

// Boilerplate around the seeds' articles (a byline, a chart's "Source:"
// line, a related-article headline, a photo caption) is never quoted as
// evidence, whatever the question; the articles' real sentences still are.
func TestAskNeverQuotesBoilerplate(t *testing.T) {
	env := offline(t)
	boilerplate := []string{
		"Emily Johnson for TROIB News",
		"Source: U.S. Department of State",
		"Isakovo Fire at Pig Farm",
		"Ukraine’s wartime economy faces systemic strain",
		"ranked by level of diplomatic meetings",
		"Leave a Comment",
		"Ảnh: Reuters",
		"[Source: RIA News]",
	}
	questions := []string{
		"What is the latest news on US-Russia talks?",
		"Who wrote the article about the Istanbul talks for TROIB News?",
		"What is the source of the data on diplomatic travel records?",
		"Was there a fire at a pig farm in Russia?",
		"What did Antonov say about the Crocus City Hall attack?",
		"Quân đội Nga tập trận vào tháng 4 thế nào?",
	}
	for _, q := range questions {
		out := must(t, invocation{env: env}, "ask", q).stdout
		if !strings.Contains(out, "[1]") && !strings.Contains(out, prompts.T("en", "no_sources")) && !strings.Contains(out, prompts.T("vi", "no_sources")) {
			t.Errorf("%q: neither an answer nor a refusal:\n%s", q, out)
		}
		for _, b := range boilerplate {
			if strings.Contains(out, b) {
				t.Errorf("%q quotes boilerplate %q:\n%s", q, b, out)
			}
		}
	}
	if out := must(t, invocation{env: env}, "ask", "What did Antonov say about the Crocus City Hall attack?").stdout; !strings.Contains(out, "Crocus") {
		t.Errorf("the real sentences are no longer quoted:\n%s", out)
	}
}

// A refusal counts every article: the seeds have no dates, and "8 articles
// published between …" would claim dates for them.
func TestRefusalCountsUndatedArticles(t *testing.T) {
	env := offline(t)
	must(t, invocation{env: env}, "ingest", filepath.Join("testdata", "articles"))
	o := must(t, invocation{env: env}, "ask", "Who won the 2018 World Cup final?")
	const want = "The corpus has 8 articles: 2 published between 2 May 2024 and 14 Jun 2024, and 6 undated."
	if !strings.Contains(o.stdout, want) {
		t.Errorf("refusal:\n%s\nwant it to say %q", o.stdout, want)
	}
}
