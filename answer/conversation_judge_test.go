package answer

import "testing"

// A follow-up read in the story its previous answer came from is not
// refused for a constraint it inherited and did not ask again (the date of
// the round, named in the first question); the same constraint still
// binds in other articles, and one the follow-up writes itself binds
// everywhere.
func TestJudgeFollowUpInheritedConstraints(t *testing.T) {
	sources := []Citation{{N: 1, ArticleID: "story", Lang: "en", Title: "US and Russian diplomats to meet again in Istanbul",
		Passage: "The delegation from Russia will be headed by ambassador Aleksandr Darchiev, while the US delegation in Istanbul will be led by Deputy Assistant Secretary Sonata Coulter."}}
	query := "Who leads the American delegation in Istanbul on April 10?"
	tests := []struct {
		name     string
		q        string
		inStory  bool
		answered bool
	}{
		{"inherited date, in the story", "And the American one?", true, true},
		{"inherited date, other articles", "And the American one?", false, false},
		{"date the follow-up asks itself", "And the American one on April 10?", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := judge(query, "en", sources)
			if v.Answerable {
				t.Fatalf("the query itself is answerable: the passage should lack its date")
			}
			got := judgeFollowUp(v, nil, followUp{q: tt.q, query: query, focus: query, lang: "en", inStory: tt.inStory}, sources)
			if got.Answerable != tt.answered {
				t.Errorf("answerable %v, want %v (%s)", got.Answerable, tt.answered, got.Reason())
			}
		})
	}
}
