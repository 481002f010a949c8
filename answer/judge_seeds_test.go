package answer_test

import (
	"context"
	"testing"

	"github.com/detente/detente/answer"
)

// TestUncoveredSeeds runs questions over the real seeds with no model: those
// about names the corpus never mentions get the "not covered" reply, those
// it answers (including one naming a year the articles leave unsaid) do not.
func TestUncoveredSeeds(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		q      string
		refuse bool
	}{
		{"What was agreed at the Putin–Trump summit in Alaska?", true},
		{"What did Putin and Trump agree at their summit in Anchorage, Alaska?", true},
		{"Mỹ phản ứng ra sao với cuộc nổi loạn của Wagner?", true},
		{"Mỹ phản ứng thế nào sau cái chết của Navalny?", true},
		{"Biden và Putin gặp nhau năm 2021 ở đâu?", false},
		{"What does Moscow want NATO to do about members that joined after 1997?", false},
		{"Who did Trump pick to replace Huntsman as ambassador in Moscow?", false},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoSources != tc.refuse {
				t.Errorf("NoSources = %v, want %v; answer:\n%s", a.NoSources, tc.refuse, a.Text)
			}
		})
	}
}

// TestExtractiveSeedsRareTerms pins the regressions of rare terms losing
// to common same-language words.
func TestExtractiveSeedsRareTerms(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	a, err := svc.Ask(context.Background(), answer.Request{Question: "Nga muốn NATO rút quân khỏi đâu?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.NoSources || len(a.Citations) == 0 || a.Citations[0].ArticleID != "002_61e6d07a90f56528" {
		t.Errorf("first cited article is not 002 (NATO, Eastern Europe):\n%s", a.Text)
	}
}
