package answer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// What someone said is often told once, further down a report, in a
// passage that names him by surname only ("Later on Wednesday Osinkin
// said…"): the relevance gate finds that passage irrelevant beside the
// article's lead, which shares the question's other words, and the answer
// quoted the lead about him instead of his words. The article, written for
// this test, is read further by its id once retrieval found it relevant.
// A speaker the article does not have stays refused.
func TestAskQuotesTheSpeakerFurtherDown(t *testing.T) {
	eng, st := seededEngine(t)
	ingestFiles(t, eng, st, "testdata/said/*.md")
	svc := answer.New(eng, answer.Options{})
	const words = "Osinkin said Moscow would not accept any ceiling on its new hypersonic systems"
	tests := []struct {
		q, quote string // quote "": must be refused
	}{
		{"Что Осинкин сказал о договоре СНВ-3?", words},
		{"Что сказал Осинкин после истечения договора СНВ-3?", words},
		{"What did Osinkin say about the New START treaty?", words},
		{"What did Osinkin say about the agenda of the meeting with Benning?", words},
		{"What did Lavrov say about the New START treaty consultations in Vienna?", ""},
	}
	for _, tc := range tests {
		a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case tc.quote == "" && !a.NoSources:
			t.Errorf("%q answered, want refused:\n%s", tc.q, a.Text)
		case tc.quote != "" && (a.NoSources || !strings.Contains(a.Text, tc.quote)):
			t.Errorf("%q: want %q quoted, got (refused %v: %s):\n%s", tc.q, tc.quote, a.NoSources, a.Verdict.Reason(), a.Text)
		}
	}
}
