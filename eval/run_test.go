package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/retrieval"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fakeSearcher answers from a table keyed by question text and mode, and
// records every query so tests can check what eval asked for.
type fakeSearcher struct {
	ranked  map[string]map[retrieval.Mode][]string // question -> mode -> article ids
	expand  map[string][]string                    // question -> ids when expansion is on
	extra   map[string][]string                    // question -> ids when Extra is set
	relev   map[string]bool                        // question -> hits are Relevant
	fail    string                                 // question whose search fails
	queries []retrieval.Query
}

func (f *fakeSearcher) Search(ctx context.Context, q retrieval.Query) ([]retrieval.Hit, error) {
	f.queries = append(f.queries, q)
	if _, ok := ctx.Deadline(); !ok {
		return nil, errors.New("search without a deadline")
	}
	if q.Text == f.fail {
		return nil, errors.New("index on fire")
	}
	ids := f.ranked[q.Text][q.Mode]
	if !q.NoExpansion && f.expand[q.Text] != nil {
		ids = f.expand[q.Text]
	}
	if len(q.Extra) > 0 && f.extra[q.Text] != nil {
		ids = f.extra[q.Text]
	}
	var hits []retrieval.Hit
	for _, id := range ids {
		hits = append(hits, retrieval.Hit{ArticleID: id, Relevant: f.relev[q.Text]})
	}
	return hits, nil
}

type fakeTranslator struct{ calls []string }

func (f *fakeTranslator) Translate(ctx context.Context, text, lang string) (string, error) {
	f.calls = append(f.calls, lang)
	return "[" + lang + "] " + text, nil
}

// fixture: two answerable questions and one unanswerable, with rankings
// chosen so every configuration scores differently.
func fixture() ([]Question, *fakeSearcher) {
	qs := []Question{
		{ID: "q1", Q: "ai thay ong huntsman", Lang: "vi", Gold: []string{"A"}, Kind: KindFactoid},
		{ID: "q2", Q: "Who met in Istanbul?", Lang: "en", Gold: []string{"B", "C"}, Kind: KindMultiDoc},
		{ID: "q3", Q: "How do I cook pho?", Lang: "en", Kind: KindUnanswerable},
	}
	f := &fakeSearcher{
		ranked: map[string]map[retrieval.Mode][]string{
			"ai thay ong huntsman": {
				retrieval.Keyword: {"X", "A"},      // A at 2
				retrieval.Vector:  {"X", "Y", "A"}, // A at 3
				retrieval.Hybrid:  {"A", "X"},      // A at 1
			},
			"Who met in Istanbul?": {
				retrieval.Keyword: {"B", "X", "C"},
				retrieval.Vector:  {"X"},
				retrieval.Hybrid:  {"B", "B", "X", "C"}, // duplicate B must count once
			},
			"How do I cook pho?": {
				retrieval.Keyword: {"X"},
				retrieval.Vector:  {"X"},
				retrieval.Hybrid:  {"X"},
			},
		},
		expand: map[string][]string{"Who met in Istanbul?": {"C", "B"}},
		extra:  map[string][]string{"How do I cook pho?": {"X"}},
		relev:  map[string]bool{"ai thay ong huntsman": true, "Who met in Istanbul?": true},
	}
	return qs, f
}

func TestRunScoresEachConfiguration(t *testing.T) {
	qs, f := fixture()
	rep, err := Run(context.Background(), Deps{Searcher: f}, qs, Options{K: 7})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range f.queries {
		if q.K != 7 || q.PerArticle != 1 {
			t.Fatalf("query %+v: want K=7 PerArticle=1 (article-level ranking)", q)
		}
	}
	if len(f.queries) != 3*4 {
		t.Fatalf("%d searches, want 12 (3 questions x 4 configurations)", len(f.queries))
	}
	all := rep.Groups[0]
	if all.Name != "all" || all.N != 3 {
		t.Fatalf("first group %q n=%d, want all n=3", all.Name, all.N)
	}
	// Hand-computed means over q1 and q2.
	want := map[string]Scores{
		// q1: A at 2 -> R@1 0, R@5 1, MRR .5, nDCG 1/log2(3)=.6309
		// q2: B at 1, C at 3 -> R@1 .5, R@5 1, MRR 1, nDCG (1+.5)/(1+.6309)=.9197
		"bm25": {Recall1: 0.25, Recall5: 1, Recall10: 1, MRR10: 0.75, NDCG10: (1/math.Log2(3) + 1.5/(1+1/math.Log2(3))) / 2},
		// q1: A at 3 -> MRR 1/3, nDCG .5; q2: nothing -> 0
		"vector": {Recall1: 0, Recall5: 0.5, Recall10: 0.5, MRR10: 1.0 / 6, NDCG10: 0.25},
		// q1: A at 1; q2: B,X,C after dedupe -> same as bm25's q2
		"hybrid": {Recall1: 0.75, Recall5: 1, Recall10: 1, MRR10: 1, NDCG10: (1 + 1.5/(1+1/math.Log2(3))) / 2},
		// q1 unchanged (no expansion table); q2: C,B -> perfect
		"hybrid+exp": {Recall1: 0.75, Recall5: 1, Recall10: 1, MRR10: 1, NDCG10: 1},
	}
	for name, w := range want {
		got := all.Configs[name]
		for _, m := range []struct {
			metric    string
			got, want float64
		}{
			{"R@1", got.Recall1, w.Recall1}, {"R@5", got.Recall5, w.Recall5}, {"R@10", got.Recall10, w.Recall10},
			{"MRR@10", got.MRR10, w.MRR10}, {"nDCG@10", got.NDCG10, w.NDCG10},
		} {
			if math.Abs(m.got-m.want) > 1e-9 {
				t.Errorf("%s %s = %.4f, want %.4f", name, m.metric, m.got, m.want)
			}
		}
		if got.Answerable != 2 || got.Unanswerable != 1 {
			t.Errorf("%s counts %d/%d, want 2 answerable 1 unanswerable", name, got.Answerable, got.Unanswerable)
		}
		if got.NoSourcesOK != 1 || got.Missed != 0 {
			t.Errorf("%s no-src ok %.2f missed %.2f, want 1 and 0", name, got.NoSourcesOK, got.Missed)
		}
	}
	groups := map[string]int{}
	for _, g := range rep.Groups {
		groups[g.Name] = g.N
	}
	for name, n := range map[string]int{"kind=factoid": 1, "kind=multi-doc": 1, "kind=unanswerable": 1, "lang=en": 2, "lang=vi": 1, "lang=vi, no diacritics": 1} {
		if groups[name] != n {
			t.Errorf("group %s has %d questions, want %d (groups %v)", name, groups[name], n, groups)
		}
	}
	if _, ok := groups["kind=cross-lingual"]; ok {
		t.Errorf("empty group cross-lingual reported")
	}
}

func TestRunUnanswerableWithRelevantHitsIsWrong(t *testing.T) {
	qs, f := fixture()
	f.relev["How do I cook pho?"] = true
	f.relev["ai thay ong huntsman"] = false
	rep, err := Run(context.Background(), Deps{Searcher: f}, qs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := rep.Groups[0].Configs["hybrid"]
	if s.NoSourcesOK != 0 {
		t.Errorf("no-src ok = %.2f, want 0: the off-topic question got relevant sources", s.NoSourcesOK)
	}
	if s.Missed != 0.5 {
		t.Errorf("missed = %.2f, want 0.5: q1 came back with nothing relevant", s.Missed)
	}
}

func TestRunTranslationOnlyWithModel(t *testing.T) {
	qs, f := fixture()
	tr := &fakeTranslator{}
	rep, err := Run(context.Background(), Deps{Searcher: f, Translator: tr}, qs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.calls) != 0 || len(rep.Configs) != 4 {
		t.Fatalf("no model: %d translations, configs %v; want none and 4 configs", len(tr.calls), rep.Configs)
	}
	f.queries = nil
	rep, err = Run(context.Background(), Deps{Searcher: f, Translator: tr, HasModel: true}, qs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rep.Configs, ","); got != "bm25,vector,hybrid,hybrid+exp,hybrid+exp+mt" {
		t.Fatalf("configs %s", got)
	}
	// vi question -> en; en questions -> vi.
	if got := strings.Join(tr.calls, ","); got != "en,vi,vi" {
		t.Fatalf("translated into %s, want en,vi,vi", got)
	}
	var mt []retrieval.Query
	for _, q := range f.queries {
		if len(q.Extra) > 0 {
			mt = append(mt, q)
		}
	}
	if len(mt) != 3 || mt[0].Extra[0] != "[en] ai thay ong huntsman" || mt[0].NoExpansion {
		t.Fatalf("translation queries %+v", mt)
	}
}

func TestRunSearchErrorAborts(t *testing.T) {
	qs, f := fixture()
	f.fail = "Who met in Istanbul?"
	_, err := Run(context.Background(), Deps{Searcher: f}, qs, Options{})
	if err == nil || !strings.Contains(err.Error(), "q2") || !strings.Contains(err.Error(), "index on fire") {
		t.Fatalf("err = %v, want the question id and the cause", err)
	}
}

func TestWriteTextGolden(t *testing.T) {
	qs, f := fixture()
	rep, err := Run(context.Background(), Deps{Searcher: f}, qs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rep.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.golden", buf.Bytes())
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run with -update to accept):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestMain(t *testing.T) {
	dir := t.TempDir()
	qfile := filepath.Join(dir, "q.jsonl")
	qs, _ := fixture()
	var lines []string
	for _, q := range qs {
		b, _ := json.Marshal(q)
		lines = append(lines, string(b))
	}
	if err := os.WriteFile(qfile, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte(lines[0]+"\n{\"id\":\"z\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		answers bool
		wantErr string
		wantOut string
	}{
		{name: "table", args: []string{qfile}, wantOut: "hybrid+exp"},
		{name: "flags after the file", args: []string{qfile, "--json", "-k", "5"}, wantOut: `"k": 5`},
		{name: "verbose lists misses", args: []string{"-v", qfile}, wantOut: "hybrid+exp misses"},
		{name: "help", args: []string{"-h"}, wantOut: "usage: detente eval"},
		{name: "no file", args: nil, wantErr: "no question file"},
		{name: "two files", args: []string{qfile, qfile}, wantErr: "one question file expected"},
		{name: "missing file", args: []string{filepath.Join(dir, "nope.jsonl")}, wantErr: "no such file"},
		{name: "bad line named", args: []string{bad}, wantErr: "bad.jsonl: line 2"},
		{name: "bad k", args: []string{"-k", "0", qfile}, wantErr: "-k 0 out of range"},
		{name: "unknown flag", args: []string{"--nope", qfile}, wantErr: "flag provided but not defined"},
		{name: "answers without answer service", args: []string{"--answers", qfile}, wantErr: "--answers needs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, f := fixture()
			var out bytes.Buffer
			err := Main(context.Background(), tt.args, Deps{Searcher: f}, &out)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if len(f.queries) != 0 {
					t.Fatalf("%d searches ran despite the error", len(f.queries))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Fatalf("output lacks %q:\n%s", tt.wantOut, out.String())
			}
		})
	}
}

// TestMainCorpusBoilerplateWarnings: --corpus ingests before any search and
// only once every input has been read; a bad input ingests nothing; unknown
// question fields are warned about once and the set still runs.
func TestMainCorpusBoilerplateWarnings(t *testing.T) {
	dir := t.TempDir()
	qs, _ := fixture()
	var lines []string
	for i, q := range qs {
		b, _ := json.Marshal(q)
		l := string(b)
		if i < 2 {
			l = strings.TrimSuffix(l, "}") + `,"source":"seed"}` // a field from a newer set
		}
		lines = append(lines, l)
	}
	qfile := filepath.Join(dir, "q.jsonl")
	bfile := filepath.Join(dir, "boilerplate.txt")
	empty := filepath.Join(dir, "empty.txt")
	articles := filepath.Join(dir, "articles")
	for name, data := range map[string]string{qfile: strings.Join(lines, "\n"), bfile: "Emily Johnson for TROIB News\n", empty: "# nothing\n"} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(articles, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantErr    string
		wantIngest bool
	}{
		{name: "corpus ingested first", args: []string{"--corpus", articles, qfile}, wantIngest: true},
		{name: "boilerplate with answers", args: []string{"--answers", "--boilerplate", bfile, qfile}},
		{name: "corpus not there", args: []string{"--corpus", filepath.Join(dir, "nope"), qfile}, wantErr: "--corpus"},
		{name: "corpus is a file", args: []string{"--corpus", qfile, qfile}, wantErr: "not a directory"},
		{name: "boilerplate without answers", args: []string{"--boilerplate", bfile, qfile}, wantErr: "add --answers"},
		{name: "empty boilerplate, nothing ingested", args: []string{"--answers", "--corpus", articles, "--boilerplate", empty, qfile}, wantErr: "no boilerplate lines"},
		{name: "bad question file, nothing ingested", args: []string{"--corpus", articles, filepath.Join(dir, "nope.jsonl")}, wantErr: "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, f := fixture()
			var logs bytes.Buffer
			var ingested []string
			searchesAtIngest := -1
			deps := Deps{Searcher: f, Answerer: &fakeAnswerer{answers: map[string]answer.Answer{}},
				Log: slog.New(slog.NewTextHandler(&logs, nil)),
				IngestDir: func(ctx context.Context, d string) (IngestSummary, error) {
					ingested = append(ingested, d)
					searchesAtIngest = len(f.queries)
					return IngestSummary{Added: 2}, nil
				}}
			var out bytes.Buffer
			err := Main(context.Background(), tt.args, deps, &out)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if len(ingested) != 0 || len(f.queries) != 0 {
					t.Fatalf("ingested %q and ran %d searches despite the error", ingested, len(f.queries))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantIngest && (len(ingested) != 1 || ingested[0] != articles || searchesAtIngest != 0) {
				t.Errorf("ingested %q with %d searches before; want %s once, before any search", ingested, searchesAtIngest, articles)
			}
			if n := strings.Count(logs.String(), "fields this version does not know"); n != 1 || !strings.Contains(logs.String(), `\"source\" (line 1)`) {
				t.Errorf("want one warning naming \"source\" and its first line, got:\n%s", logs.String())
			}
		})
	}
}
