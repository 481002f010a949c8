package answer_test

import (
	"context"
	"testing"

	"github.com/detente/detente/answer"
)

// TestAskRarityJudgesFollowUps: a follow-up is judged with the corpus's
// statistics too. Asked of the Oslo story (testdata/rarity), "what did
// they decide on tariffs?" names a detail no article gives, among words
// that are the corpus's everyday vocabulary: it is refused, while the same
// follow-up on a detail the story gives is answered.
func TestAskRarityJudgesFollowUps(t *testing.T) {
	ctx := context.Background()
	eng, st := seededEngine(t)
	ingestFiles(t, eng, st, "testdata/rarity/*.md")
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		first, q string
		answered bool
	}{
		{"What did Russian and American diplomats decide in Oslo?", "And what did they decide on tariffs?", false},
		{"What did Russian and American diplomats decide in Oslo?", "And what did they decide on icebreakers?", true},
		{"Что решили Россия и США на переговорах в Осло?", "А что они решили о пошлинах?", false},
		{"Что решили Россия и США на переговорах в Осло?", "А что они решили о ледоколах?", true},
		{"Nga và Mỹ đàm phán gì tại Oslo?", "Còn họ quyết định gì về thuế quan?", false},
		{"Nga và Mỹ đàm phán gì tại Oslo?", "Còn họ quyết định gì về tàu phá băng?", true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a1, err := svc.Ask(ctx, answer.Request{Question: tt.first}, nil)
			if err != nil || a1.NoSources {
				t.Fatalf("first question not answered (%v):\n%s", err, a1.Text)
			}
			a, err := svc.Ask(ctx, answer.Request{Question: tt.q, History: []answer.Turn{answer.TurnOf(tt.first, a1)}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoSources == tt.answered {
				t.Errorf("answered %v, want %v (%s) query %q:\n%s", !a.NoSources, tt.answered, a.Verdict.Reason(), a.Query, a.Text)
			}
		})
	}
}
