package answer_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// freshQuestion is a question written for a test before anyone looked at
// how the code reads it, and the articles that answer it.
type freshQuestion struct {
	q    string
	gold []string // nil: must be refused
}

// freshSet is a batch of fresh questions over the articles of glob,
// ingested beside the seeds.
type freshSet struct {
	glob  string
	tests []freshQuestion
}

// askFreshSets asks every question of sets over the real stack with no
// model and reports each that misbehaves: a near miss answered, an
// answerable question refused or answered without its article. A
// question in open (still misread, with why) is logged, not failed, so
// the count stays honest. It returns how many behave, of how many.
func askFreshSets(t *testing.T, sets []freshSet, open map[string]string) (good, total int) {
	t.Helper()
	ctx := context.Background()
	for _, set := range sets {
		eng, st := seededEngine(t)
		ingestFiles(t, eng, st, set.glob)
		svc := answer.New(eng, answer.Options{})
		for _, tt := range set.tests {
			total++
			a, err := svc.Ask(ctx, answer.Request{Question: tt.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			report := t.Errorf
			if open[tt.q] != "" {
				report = t.Logf
			}
			switch {
			case tt.gold == nil && !a.NoSources:
				report("%q: answered, want refused: %s", tt.q, firstLine(a.Text))
			case tt.gold != nil && a.NoSources:
				report("%q: refused (%s), want %v cited", tt.q, a.Verdict.Reason(), tt.gold)
			case tt.gold != nil && !slices.ContainsFunc(a.Citations, func(c answer.Citation) bool { return slices.Contains(tt.gold, c.ArticleID) }):
				var ids []string
				for _, c := range a.Citations {
					ids = append(ids, c.ArticleID)
				}
				report("%q: cites %v, none of %v", tt.q, ids, tt.gold)
			default:
				good++
			}
		}
	}
	return good, total
}

// firstBullet is the first quoted line of an extractive answer.
func firstBullet(text string) string {
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "• ") {
			return line
		}
	}
	return ""
}

// readJSONLines reads a test table written one JSON object a line.
func readJSONLines[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}
