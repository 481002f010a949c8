package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/eval"
)

// writeDump writes a dump as `detente eval --judge-features` does.
func writeDump(t *testing.T, path string, names []string, rows []eval.FeatureRow) {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	if err := enc.Encode(map[string][]string{"features": names}); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// synthetic makes a set whose judge lets in 4 of 34 near misses; signal: whether the first
// feature marks the judge's mistakes (else it is noise).
func synthetic(set string, rng *rand.Rand, signal bool) []eval.FeatureRow {
	n := len(answer.ScoreFeatureNames())
	var rows []eval.FeatureRow
	add := func(label, answered, mistake bool) {
		f := make([]float64, n)
		for j := 1; j < 4; j++ {
			f[j] = rng.Float64() // a few kinds of noise; the rest constant
		}
		if signal && mistake {
			f[0] = 5
		}
		rows = append(rows, eval.FeatureRow{Set: set, ID: fmt.Sprint(len(rows)), Label: label, Answered: answered, Features: f})
	}
	for range 30 {
		add(true, true, false) // answered right
		add(false, false, false)
	}
	for range 4 {
		add(false, true, true) // near miss let in
	}
	// nothing relevant retrieved: refused whatever the score says
	rows = append(rows, eval.FeatureRow{Set: set, ID: "norel", Label: true})
	return rows
}

func fitOutput(t *testing.T, signal bool, extra ...string) string {
	t.Helper()
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	var files []string
	for _, s := range []string{"alpha", "beta", "gamma"} {
		p := filepath.Join(dir, s+".jsonl")
		writeDump(t, p, answer.ScoreFeatureNames(), synthetic(s, rng, signal))
		files = append(files, p)
	}
	var out bytes.Buffer
	if err := run(append(append([]string{"fit"}, extra...), files...), &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func pooledLine(t *testing.T, out string) string {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "pooled") {
			return l
		}
	}
	t.Fatalf("no pooled line in:\n%s", out)
	return ""
}

// When a kind of evidence marks the judge's mistakes in every set, the
// score learnt without a set refuses that set's let-in near misses (rule
// b) and no answerable question more; when the evidence is noise, the
// thresholds chosen on the other sets leave the rules as they are.
func TestFitLeaveOneSetOut(t *testing.T) {
	out := fitOutput(t, true)
	// 102 near misses, 12 let in; 93 answerable, 3 with nothing retrieved.
	if l := pooledLine(t, out); !strings.Contains(l, "0.882/0.032   1.000/0.032 (+12/+0)") {
		t.Errorf("with a signal, pooled rules -> rule b should refuse the 12 let-ins and nothing else:\n%s", out)
	}
	out = fitOutput(t, false, "-cost", "2")
	// Rules a to d; e (the score alone) has no judge's verdict to read here.
	if l := pooledLine(t, out); strings.Count(l, "0.882/0.032") != 4 {
		t.Errorf("with noise, rules b to d should stay the rules' 0.882/0.032:\n%s", out)
	}
}

// A dump of other features than answer.ScoreFeatureNames is refused: it
// was made by another version and its columns mean other things.
func TestFitRejectsOtherFeatures(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "old.jsonl")
	names := append(answer.ScoreFeatureNames()[1:], "gone")
	writeDump(t, p, names, nil)
	err := run([]string{"fit", p}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "dump again") {
		t.Fatalf("err = %v, want a request to dump again", err)
	}
}

// The folds are the dump files' names up to a '-' or '.', so two
// question files on one set of articles are left out together.
func TestFoldOfDumpName(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(3, 4))
	for _, name := range []string{"tune.jsonl", "tune-probe.jsonl", "eval2.jsonl"} {
		writeDump(t, filepath.Join(dir, name), answer.ScoreFeatureNames(), synthetic(name, rng, false))
	}
	rows, _, err := readDumps([]string{filepath.Join(dir, "tune.jsonl"), filepath.Join(dir, "tune-probe.jsonl"), filepath.Join(dir, "eval2.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	if got := foldNames(rows); strings.Join(got, " ") != "eval2 tune" {
		t.Fatalf("folds %v, want [eval2 tune]", got)
	}
}

// A dump is read whole or refused with an error, never half-read: every
// row read has no features or one per name.
func FuzzReadDumps(f *testing.F) {
	head, _ := json.Marshal(map[string][]string{"features": answer.ScoreFeatureNames()})
	row, _ := json.Marshal(eval.FeatureRow{Set: "s", ID: "q1", Label: true, Answered: true, Features: make([]float64, len(answer.ScoreFeatureNames()))})
	f.Add(string(head) + "\n" + string(row) + "\n")
	f.Add(string(head) + "\n" + `{"id":"q2","features":null}` + "\n")
	f.Add(string(head) + "\n" + `{"id":"q3","features":[1,2]}` + "\n")
	f.Add(`{"features":["x"]}` + "\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, data string) {
		p := filepath.Join(t.TempDir(), "d.jsonl")
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		rows, names, err := readDumps([]string{p})
		if err != nil {
			return
		}
		for _, r := range rows {
			if r.Features != nil && len(r.Features) != len(names) {
				t.Fatalf("row %q has %d features of %d names", r.ID, len(r.Features), len(names))
			}
		}
	})
}
