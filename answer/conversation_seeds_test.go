package answer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// TestConversationSeedsIssueExample is issue 12's example with no model:
// each follow-up answers its own question (the US head of delegation, then
// the agenda) instead of repeating the first answer.
func TestConversationSeedsIssueExample(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	turns := []struct{ q, want string }{
		{"Who leads the Russian delegation in Istanbul?", "Darchiev"},
		{"And the American one?", "Sonata Coulter"},
		{"What is on the agenda?", "on the agenda"},
	}
	var hist []answer.Turn
	seen := map[string]bool{}
	for _, tc := range turns {
		a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q, History: hist}, nil)
		if err != nil {
			t.Fatal(err)
		}
		first := strings.SplitN(strings.SplitN(a.Text, "\n• ", 2)[min(1, strings.Count(a.Text, "\n• "))], "\n", 2)[0]
		if a.NoSources || !strings.Contains(first, tc.want) {
			t.Errorf("%q: first bullet %q lacks %q; answer:\n%s", tc.q, first, tc.want, a.Text)
		}
		if seen[a.Text] {
			t.Errorf("%q: the answer repeats an earlier one word for word:\n%s", tc.q, a.Text)
		}
		seen[a.Text] = true
		hist = append(hist, answer.Turn{Question: tc.q, Answer: a.Text})
	}
}

// TestConversationSeedsNothingMore: when a follow-up's passages hold
// nothing the previous answer did not quote, the answer says so instead of
// quoting the same sentences again.
func TestConversationSeedsNoVerbatimRepeat(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	q := "Who leads the Russian delegation in Istanbul?"
	a1, err := svc.Ask(context.Background(), answer.Request{Question: q}, nil)
	if err != nil {
		t.Fatal(err)
	}
	a2, err := svc.Ask(context.Background(), answer.Request{Question: "And?", History: []answer.Turn{{Question: q, Answer: a1.Text}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a2.Text == a1.Text {
		t.Errorf("the follow-up repeats the answer word for word:\n%s", a2.Text)
	}
}

// TestConversationSeedsNewSubjectNotPinned: a question that reads like a
// follow-up but is about another story is answered from that story, not
// from the articles of the previous answer.
func TestConversationSeedsNewSubjectNotPinned(t *testing.T) {
	eng, _ := seededEngine(t)
	svc := answer.New(eng, answer.Options{})
	ctx := context.Background()
	q1 := "Who leads the Russian delegation in Istanbul?"
	a1, err := svc.Ask(ctx, answer.Request{Question: q1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	a2, err := svc.Ask(ctx, answer.Request{Question: "How many companies were sanctioned?", History: []answer.Turn{answer.TurnOf(q1, a1)}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a2.NoSources || !strings.Contains(a2.Text, "15 companies") {
		t.Errorf("the sanctions question was pinned to the Istanbul story:\n%s", a2.Text)
	}
}
