package eval

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/detente/detente/answer"
)

// fakeAnswerer returns canned answers by question.
type fakeAnswerer struct {
	answers map[string]answer.Answer
	fail    string
}

func (f *fakeAnswerer) Ask(ctx context.Context, req answer.Request, _ func(string)) (answer.Answer, error) {
	if _, ok := ctx.Deadline(); !ok {
		return answer.Answer{}, errors.New("ask without a deadline")
	}
	if req.Question == f.fail {
		return answer.Answer{}, errors.New("model down")
	}
	return f.answers[req.Question], nil
}

func cites(ids ...string) []answer.Citation {
	out := make([]answer.Citation, len(ids))
	for i, id := range ids {
		out[i] = answer.Citation{N: i + 1, ArticleID: id}
	}
	return out
}

func TestRunAnswers(t *testing.T) {
	qs, f := fixture()
	ans := &fakeAnswerer{answers: map[string]answer.Answer{
		// [3] points past the two sources: one of two markers invalid.
		"ai thay ong huntsman": {Text: "Ông John Sullivan được Tổng thống Trump đề cử làm đại sứ tại Nga [1], thay ông Huntsman [3].",
			Sources: cites("A", "X"), Citations: cites("A")},
		"Who met in Istanbul?": {Text: "The Russian and US delegations met again in Istanbul to discuss embassy operations [2].",
			Sources: cites("X", "B"), Citations: []answer.Citation{{N: 2, ArticleID: "B"}}},
		"How do I cook pho?": {Text: "Sorry, the articles I have do not cover that question.", NoSources: true,
			Verdict: answer.Verdict{Unmet: []answer.Constraint{{Kind: answer.KindName, Text: "pho"}}}},
	}}
	rep, err := Run(context.Background(), Deps{Searcher: f, Answerer: ans}, qs, Options{Answers: true})
	if err != nil {
		t.Fatal(err)
	}
	// A refusal says why in the results, so a reader of --json can tell
	// the judge's refusals (and which constraint) from retrieval's.
	for _, r := range rep.Results {
		want := ""
		if r.Question.Q == "How do I cook pho?" {
			want = `unmet: name "pho"`
		}
		if r.Answer == nil || r.Answer.RefusalReason != want {
			t.Errorf("%q: refusal reason %+v, want %q", r.Question.Q, r.Answer, want)
		}
	}
	all := rep.Groups[0]
	a := all.Answers
	check := func(name string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", name, got, want)
		}
	}
	check("citation validity", a.CitationValidity, 2.0/3)
	check("cited", a.Cited, 1)
	check("cited gold", a.CitedGold, 1)
	check("lang match", a.LangMatch, 1)
	check("refusal recall", a.Refusal, 1)
	check("refusal precision", a.RefusalPrecision, 1)
	check("false refusal", a.FalseRefusal, 0)
	if a.Asked != 3 || a.Errors != 0 || a.Markers != 3 {
		t.Errorf("asked %d errors %d markers %d, want 3 0 3", a.Asked, a.Errors, a.Markers)
	}
	// The sources the pipeline used are scored like a configuration:
	// q1 A first (R@1 1); q2 B second, C missing (R@1 0, R@5 .5, MRR .5).
	p := all.Configs[pipelineConfig]
	check("pipeline R@1", p.Recall1, 0.5)
	check("pipeline R@5", p.Recall5, 0.75)
	check("pipeline MRR", p.MRR10, 0.75)
	check("pipeline no-src ok", p.NoSourcesOK, 1)

	// An answer failing is recorded, not fatal, and counts as an error.
	ans.fail = "Who met in Istanbul?"
	rep, err = Run(context.Background(), Deps{Searcher: f, Answerer: ans}, qs, Options{Answers: true})
	if err != nil {
		t.Fatal(err)
	}
	if a := rep.Groups[0].Answers; a.Errors != 1 || a.Asked != 3 {
		t.Errorf("with a failing answer: asked %d errors %d, want 3 and 1", a.Asked, a.Errors)
	}
}

func TestCountMarkers(t *testing.T) {
	tests := []struct {
		text         string
		n            int
		total, valid int
	}{
		{"a [1] b [2].", 2, 2, 2},
		{"a [0] b [3] c [2]", 2, 3, 1},
		{"no markers", 5, 0, 0},
		{"[1][1][12]", 12, 3, 3},
		{"[x] [ 1] [1a]", 3, 0, 0},
	}
	for _, tt := range tests {
		total, valid := countMarkers(tt.text, tt.n)
		if total != tt.total || valid != tt.valid {
			t.Errorf("countMarkers(%q, %d) = %d, %d; want %d, %d", tt.text, tt.n, total, valid, tt.total, tt.valid)
		}
	}
}
