package eval

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

func TestParseQuestions(t *testing.T) {
	good := `{"id":"a","q":"Ai là đại sứ?","lang":"vi","gold":["x"],"kind":"factoid"}`
	tests := []struct {
		name    string
		in      string
		want    int    // questions parsed
		wantErr string // substring of the error; "" = no error
	}{
		{name: "one good line", in: good, want: 1},
		{name: "blank lines and comments skipped", in: "# set v1\n\n" + good + "\n\n", want: 1},
		{name: "unanswerable without gold", in: `{"id":"u","q":"pho?","lang":"en","gold":[],"kind":"unanswerable"}`, want: 1},
		{name: "empty file", in: "\n# only a comment\n", wantErr: "no questions"},
		{name: "broken json names the line", in: good + "\n{\"id\":\"b\",", wantErr: "line 2"},
		{name: "misspelt gold cannot make a question unanswerable", in: `{"id":"a","q":"x","lang":"en","glod":["x"],"kind":"factoid"}`, wantErr: "needs at least one gold"},
		{name: "unknown field ignored", in: `{"id":"a","q":"x","lang":"en","gold":["x"],"kind":"factoid","source":"seed"}`, want: 1},
		{name: "answer phrases, variant", in: `{"id":"a","q":"x","lang":"en","gold":["x"],"kind":"factoid","answer":["Karen Liu"],"variant":"typo"}`, want: 1},
		{name: "near miss", in: `{"id":"u","q":"x","lang":"en","gold":[],"kind":"unanswerable","variant":"","near":"year"}`, want: 1},
		{name: "unknown variant", in: `{"id":"a","q":"x","lang":"en","gold":["x"],"kind":"factoid","variant":"slang"}`, wantErr: `"variant" "slang"`},
		{name: "unknown near", in: `{"id":"u","q":"x","lang":"en","gold":[],"kind":"unanswerable","near":"decade"}`, wantErr: `"near" "decade"`},
		{name: "near on an answerable question", in: `{"id":"a","q":"x","lang":"en","gold":["x"],"kind":"factoid","near":"year"}`, wantErr: `"near" is for unanswerable`},
		{name: "answer on an unanswerable question", in: `{"id":"u","q":"x","lang":"en","gold":[],"kind":"unanswerable","answer":["y"]}`, wantErr: `unanswerable but has "answer"`},
		{name: "empty answer phrase", in: `{"id":"a","q":"x","lang":"en","gold":["x"],"kind":"factoid","answer":[" "]}`, wantErr: `empty phrase in "answer"`},
		{name: "not an object", in: `["id","a"]`, wantErr: "not a question object"},
		{name: "missing id", in: `{"q":"x","lang":"en","gold":["x"],"kind":"factoid"}`, wantErr: `missing "id"`},
		{name: "empty question", in: `{"id":"a","q":"  ","lang":"en","gold":["x"],"kind":"factoid"}`, wantErr: `empty "q"`},
		{name: "bad language", in: `{"id":"a","q":"x","lang":"english","gold":["x"],"kind":"factoid"}`, wantErr: "ISO 639-1"},
		{name: "unknown kind", in: `{"id":"a","q":"x","lang":"en","gold":["x"],"kind":"trivia"}`, wantErr: `"kind" "trivia"`},
		{name: "answerable without gold", in: `{"id":"a","q":"x","lang":"en","gold":[],"kind":"multi-doc"}`, wantErr: "needs at least one gold"},
		{name: "unanswerable with gold", in: `{"id":"a","q":"x","lang":"en","gold":["x"],"kind":"unanswerable"}`, wantErr: "unanswerable but has gold"},
		{name: "empty gold id", in: `{"id":"a","q":"x","lang":"en","gold":[""],"kind":"factoid"}`, wantErr: "empty article id"},
		{name: "duplicate id names both lines", in: good + "\n" + good, wantErr: "line 2: duplicate id \"a\" (first on line 1)"},
		{name: "two objects on a line", in: good + good, wantErr: "more than one JSON value"},
		{name: "line too long", in: `{"id":"a","q":"` + strings.Repeat("x", maxLineBytes) + `"}`, wantErr: "line 1: longer than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, err := ParseQuestions(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				if qs != nil {
					t.Fatalf("got %d questions with an error; want none", len(qs))
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if len(qs) != tt.want {
				t.Fatalf("got %d questions, want %d", len(qs), tt.want)
			}
		})
	}
}

// TestReadQuestionsUnknownFields: a set written for a newer version runs,
// and each unknown field is reported once, with the line it first appears
// on, so the caller can warn once instead of once per line.
func TestReadQuestionsUnknownFields(t *testing.T) {
	in := `{"id":"a","q":"x","lang":"en","gold":["x"],"kind":"factoid","source":"s","score":1}
{"id":"b","q":"y","lang":"en","gold":["x"],"kind":"factoid","source":"t"}
{"id":"c","q":"z","lang":"en","gold":["x"],"kind":"factoid"}`
	qs, unknown, err := ReadQuestions(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 3 {
		t.Fatalf("got %d questions, want 3", len(qs))
	}
	want := []string{`"score" (line 1)`, `"source" (line 1)`}
	if !slices.Equal(unknown, want) {
		t.Fatalf("unknown = %q, want %q", unknown, want)
	}
	if _, unknown, _ := ReadQuestions(strings.NewReader(`{"id":"c","q":"z","lang":"en","gold":["x"],"kind":"factoid","answer":["q"],"variant":"","near":""}`)); len(unknown) != 0 {
		t.Fatalf("known fields reported as unknown: %q", unknown)
	}
}

func TestQuestionUnaccented(t *testing.T) {
	tests := []struct {
		q    Question
		want bool
	}{
		{Question{Q: "ai thay ong huntsman", Lang: "vi"}, true},
		{Question{Q: "Ai thay ông Huntsman", Lang: "vi"}, false},
		{Question{Q: "who replaced huntsman", Lang: "en"}, false},
	}
	for _, tt := range tests {
		if got := tt.q.Unaccented(); got != tt.want {
			t.Errorf("Unaccented(%q, %s) = %v, want %v", tt.q.Q, tt.q.Lang, got, tt.want)
		}
	}
}

// repoQuestions is the shipped question set, checked here so a broken edit
// fails in `go test` before anyone runs an evaluation.
func repoQuestions(t testing.TB) []Question {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(file), "..", "testdata", "questions.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := ParseQuestions(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return qs
}

func TestShippedQuestionSet(t *testing.T) {
	qs := repoQuestions(t)
	if len(qs) < 40 {
		t.Errorf("%d questions, want at least 40", len(qs))
	}
	count := map[string]int{}
	for _, q := range qs {
		count[q.Kind]++
		count["lang="+q.Lang]++
		if q.Unaccented() {
			count["vi-ascii"]++
		}
	}
	// Every slice the report breaks out must have enough questions to mean something.
	for _, k := range []string{KindFactoid, KindCrossLingual, KindMultiDoc, KindUnanswerable, "lang=vi", "lang=en", "vi-ascii"} {
		if count[k] < 5 {
			t.Errorf("%s: %d questions, want at least 5", k, count[k])
		}
	}
}

func FuzzParseQuestions(f *testing.F) {
	f.Add([]byte(`{"id":"a","q":"Ai là đại sứ?","lang":"vi","gold":["x"],"kind":"factoid"}`))
	f.Add([]byte("# c\n\n{\"id\":\"u\",\"q\":\"x\",\"lang\":\"en\",\"gold\":[],\"kind\":\"unanswerable\"}\n"))
	f.Add([]byte(`{"id":"a","q":"x","lang":"en","gold":["x","x"],"kind":"multi-doc"}{}`))
	f.Add([]byte(`{"id":"a","q":"x","lang":"ru","gold":["x"],"kind":"factoid","answer":["y"],"variant":"wordform","extra":{"n":1}}`))
	f.Add([]byte(`{"id":"u","q":"x","lang":"vi","gold":[],"kind":"unanswerable","near":"pair"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		qs, err := ParseQuestions(strings.NewReader(string(data)))
		if err != nil {
			if qs != nil {
				t.Fatalf("questions returned with error %v", err)
			}
			return
		}
		ids := map[string]bool{}
		for _, q := range qs {
			if q.ID == "" || q.Q == "" || !validLang(q.Lang) || ids[q.ID] {
				t.Fatalf("invalid question accepted: %+v", q)
			}
			ids[q.ID] = true
			if q.Answerable() == (len(q.Gold) == 0) {
				t.Fatalf("gold does not match kind: %+v", q)
			}
			if !slices.Contains(variants, q.Variant) || (q.Near != "") == q.Answerable() && q.Near != "" || len(q.Answer) > 0 && !q.Answerable() {
				t.Fatalf("variant, near or answer do not match kind: %+v", q)
			}
		}
	})
}
