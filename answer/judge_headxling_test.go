package answer

import (
	"testing"
	"time"
)

// A "which base" asked of a story in another language is looked for by
// the head's translation ("база", "căn cứ"): a name the story gives for
// another thing (who announced the visits) does not answer it.
func TestJudgeBaseHeadAcrossLanguages(t *testing.T) {
	src := func(body string) []Citation {
		return []Citation{{N: 1, ArticleID: "a", Lang: "ru", Title: "Инспекции на базах", Passage: body, Published: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}}
	}
	tests := []struct {
		name, q, body string
		want          bool
	}{
		{"base not named", "Which missile base will the American inspectors visit?",
			"Российские и американские инспекторы посетят по одной ракетной базе другой страны летом, сообщил дипломат Олег Гаврилов. Базы определят жребием.", false},
		{"base named", "Which missile base will the American inspectors visit?",
			"Американские инспекторы посетят ракетную базу Ясная летом, сообщил дипломат Олег Гаврилов.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if v := judge(tc.q, "en", src(tc.body)); v.Answerable != tc.want {
				t.Errorf("answerable = %v, want %v (%s; %v)", v.Answerable, tc.want, v.Reason(), v.Constraints)
			}
		})
	}
}
