package answer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/retrieval"
)

// conversationEngine is the real stack over testdata/conversation: stories
// whose follow-ups are answered by a passage that other stories outrank.
func conversationEngine(t *testing.T) *retrieval.Engine {
	t.Helper()
	eng, st := emptyEngine(t)
	ingestFiles(t, eng, st, "testdata/conversation/*.md")
	return eng
}

// Each follow-up is answered from the story the conversation is about,
// with its key fact in the first quote: a question that names a side the
// first did not ("How did the Russian ambassador react?") is tried in the
// story before the articles that outrank it, and a pronoun ("его", "он")
// stands for the person the conversation named, however many turns back;
// "how long" asks for a length of time, not for the word "long".
func TestConversationFollowUpKeepsTheStory(t *testing.T) {
	svc := answer.New(conversationEngine(t), answer.Options{})
	tests := []struct {
		name  string
		turns []string
		story string // the article the last answer must cite
		want  string // in the last answer's first quote
	}{
		{"a side the first question did not name", []string{
			"How many tankers did the EU blacklist over Arctic gas?",
			"How did the Russian ambassador react?"}, "conv-en-arctic-lng", "economic piracy"},
		{"russian pronoun for the answer to who", []string{
			"Кого Россия передала США при обмене в Вильнюсе?",
			"За что его осудили?"}, "conv-ru-obmen-vilnius", "шпионаже"},
		{"how long, asked of the story", []string{
			"Who led the Russian delegation at the Vienna space talks?",
			"How long did the talks last?"}, "conv-en-vienna-talks", "six hours"},
		{"what a person the story names said", []string{
			"Who led the Russian delegation at the Vienna space talks?",
			"What did Laura Hunt say?"}, "conv-en-vienna-talks", "meet again in the autumn"},
		// The story is tried first, not imposed: another story's question
		// is answered from that story.
		{"a new subject is not pinned to the story", []string{
			"How many tankers did the EU blacklist over Arctic gas?",
			"How many diplomats did Norway expel?"}, "conv-en-oslo-ambassador", "three Russian diplomats"},
		{"a person the story names, on what another story has", []string{
			"Who led the Russian delegation at the Vienna space talks?",
			"What did Laura Hunt say about debris?"}, "conv-en-hunt-debris", "debris"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			var hist []answer.Turn
			var a answer.Answer
			for _, q := range tt.turns {
				var err error
				a, err = svc.Ask(ctx, answer.Request{Question: q, History: hist}, nil)
				if err != nil {
					t.Fatal(err)
				}
				hist = append(hist, answer.TurnOf(q, a))
			}
			first, _, _ := strings.Cut(strings.SplitN(a.Text, "\n• ", 2)[min(1, strings.Count(a.Text, "\n• "))], "\n")
			cited := false
			for _, c := range a.Citations {
				cited = cited || c.ArticleID == tt.story
			}
			if a.NoSources || !cited || !strings.Contains(first, tt.want) {
				t.Errorf("%q: first quote %q lacks %q (cites %s: %v); answer:\n%s", tt.turns[len(tt.turns)-1], first, tt.want, tt.story, cited, a.Text)
			}
		})
	}
}
