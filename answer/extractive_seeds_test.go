package answer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// TestExtractiveSeedsAnswerSentence runs questions over the real seeds with
// no model and checks that the sentence holding the answer is quoted, and
// that sentences merely sharing the question's words are not.
func TestExtractiveSeedsAnswerSentence(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		name     string
		q        string
		first    string   // the first cited article
		quote    []string // each in some quote
		notQuote []string // in no quote
	}{
		{
			// The Istanbul sentences name the place, the answer names the
			// head; a Vietnamese sentence on another delegation (Meeks to
			// Belgium) shares "dẫn đầu phái đoàn" and nothing else.
			name: "head of the Russian delegation in Istanbul, no diacritics",
			q:    "ai dan dau phai doan Nga o Istanbul", first: "003_4d866f40c053a075",
			quote: []string{"Darchiev"}, notQuote: []string{"Meeks"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoSources || len(a.Citations) == 0 {
				t.Fatalf("no answer:\n%s", a.Text)
			}
			if a.Citations[0].ArticleID != tc.first {
				t.Errorf("first cited %s, want %s:\n%s", a.Citations[0].ArticleID, tc.first, a.Text)
			}
			for _, s := range tc.quote {
				if !strings.Contains(a.Text, s) {
					t.Errorf("no quote has %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tc.notQuote {
				if strings.Contains(a.Text, s) {
					t.Errorf("a quote has %q:\n%s", s, a.Text)
				}
			}
		})
	}
}
