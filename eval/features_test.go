package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// featureAnswerer hands back canned answers, with features only when
// asked for them, as answer.Ask does.
type featureAnswerer struct{ fakeAnswerer }

func (f *featureAnswerer) Ask(ctx context.Context, req answer.Request, d func(string)) (answer.Answer, error) {
	a, err := f.fakeAnswerer.Ask(ctx, req, d)
	if !req.ScoreFeatures {
		a.Features = nil
	}
	return a, err
}

// --judge-features writes, per question, what fitting the answerability
// score needs: the set, the label, whether the pipeline answered and the
// features, under a header naming them as answer.ScoreFeatureNames does.
func TestMainJudgeFeatures(t *testing.T) {
	dir := t.TempDir()
	qs, f := fixture()
	var lines []string
	for _, q := range qs {
		b, _ := json.Marshal(q)
		lines = append(lines, string(b))
	}
	qfile := filepath.Join(dir, "q.jsonl")
	if err := os.WriteFile(qfile, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	ans := &featureAnswerer{fakeAnswerer{answers: map[string]answer.Answer{
		"ai thay ong huntsman": {Text: "x [1]", Sources: cites("A"), Citations: cites("A"), Features: []float64{1, 2}},
		"Who met in Istanbul?": {Text: "y [1]", Sources: cites("B"), Citations: cites("B"), Features: []float64{3}},
		"How do I cook pho?":   {Text: "no", NoSources: true, Features: []float64{4}},
	}}}
	dump := filepath.Join(dir, "features.jsonl")
	var out bytes.Buffer
	if err := Main(context.Background(), []string{"--answers", "--judge-features", dump, qfile}, Deps{Searcher: f, Answerer: ans}, &out); err != nil {
		t.Fatal(err)
	}
	fh, err := os.Open(dump)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	if !sc.Scan() {
		t.Fatal("empty dump")
	}
	var head struct{ Features []string }
	if err := json.Unmarshal(sc.Bytes(), &head); err != nil || !slices.Equal(head.Features, answer.ScoreFeatureNames()) {
		t.Fatalf("header %s (%v), want the names of answer.ScoreFeatureNames", sc.Bytes(), err)
	}
	var got []FeatureRow
	for sc.Scan() {
		var r FeatureRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	want := []FeatureRow{
		{Set: qfile, ID: "q1", Lang: "vi", Kind: KindFactoid, Label: true, Answered: true, Features: []float64{1, 2}},
		{Set: qfile, ID: "q2", Lang: "en", Kind: KindMultiDoc, Label: true, Answered: true, Features: []float64{3}},
		{Set: qfile, ID: "q3", Lang: "en", Kind: KindUnanswerable, Label: false, Answered: false, Features: []float64{4}},
	}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if g, w := got[i], want[i]; g.Set != w.Set || g.ID != w.ID || g.Lang != w.Lang || g.Kind != w.Kind ||
			g.Label != w.Label || g.Answered != w.Answered || !slices.Equal(g.Features, w.Features) {
			t.Errorf("row %d = %+v, want %+v", i, g, w)
		}
	}
	// The report itself does not carry the features.
	if strings.Contains(out.String(), "features") {
		t.Errorf("the text report mentions features:\n%s", out.String())
	}

	// Without --answers there is nothing to dump: an error, and no search.
	_, f2 := fixture()
	err = Main(context.Background(), []string{"--judge-features", filepath.Join(dir, "f2.jsonl"), qfile}, Deps{Searcher: f2, Answerer: ans}, &out)
	if err == nil || !strings.Contains(err.Error(), "add --answers") || len(f2.queries) != 0 {
		t.Errorf("err = %v after %d searches, want 'add --answers' before any", err, len(f2.queries))
	}
	// A path that cannot be written fails before the run.
	_, f3 := fixture()
	err = Main(context.Background(), []string{"--answers", "--judge-features", filepath.Join(dir, "no", "such", "dir.jsonl"), qfile}, Deps{Searcher: f3, Answerer: ans}, &out)
	if err == nil || !strings.Contains(err.Error(), "--judge-features") || len(f3.queries) != 0 {
		t.Errorf("err = %v after %d searches, want a --judge-features error before any", err, len(f3.queries))
	}
}
