package eval

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

func TestReadConversationsRejects(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"one turn", `{"id":"a","lang":"en","turns":[{"q":"x","gold":["g"],"answer":["y"]}]}`, "1 turns"},
		{"no key fact", `{"id":"a","lang":"en","turns":[{"q":"x","gold":["g"],"answer":["y"]},{"q":"and?","gold":["g"],"answer":[]}]}`, "turn 2"},
		{"bad lang", `{"id":"a","lang":"english","turns":[]}`, "ISO 639-1"},
		{"misspelt field", `{"id":"a","lang":"en","turnz":[]}`, "unknown field"},
		{"duplicate", strings.Repeat(`{"id":"a","lang":"en","turns":[{"q":"x","gold":["g"],"answer":["y"]},{"q":"y","gold":["g"],"answer":["z"]}]}`+"\n", 2), "duplicate id"},
		{"empty", "# nothing\n", "no conversations"},
		{"two values", `{"id":"a","lang":"en","turns":[]}{}`, "more than one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadConversations(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to say %q", err, tt.want)
			}
		})
	}
}

// The shipped conversation set parses and meets issue 12's size: at least
// 40 conversations of two or three turns, in vi, en and ru.
func TestShippedConversations(t *testing.T) {
	f, err := os.Open("../testdata/eval/conversations.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	convs, err := ReadConversations(f)
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]int{}
	for _, c := range convs {
		langs[c.Lang]++
	}
	if len(convs) < 40 || langs["vi"] < 10 || langs["en"] < 10 || langs["ru"] < 10 {
		t.Errorf("%d conversations (%v), want at least 40 over vi, en and ru", len(convs), langs)
	}
}

func TestRepeats(t *testing.T) {
	prev := "From the sources:\n\n• A said x. [1]\n• B said y. [1]"
	tests := []struct {
		ans  string
		want bool
	}{
		{prev, true},
		{"From the sources:\n\n• B said y. [1]", true},
		{"From the sources:\n\n• B said y. [2]\n• C said z. [1]", false},
		{"The articles in the corpus don't cover this question.", false},
		{"The sources say nothing more on this than my previous answer.", false},
	}
	for _, tt := range tests {
		if got := repeats(tt.ans, prev); got != tt.want {
			t.Errorf("repeats(%q) = %v, want %v", tt.ans, got, tt.want)
		}
	}
}

// scripted answers each question with a fixed text and records the
// history it was given.
type scripted struct {
	texts map[string]string
	hist  [][]answer.Turn
}

func (s *scripted) Ask(_ context.Context, req answer.Request, _ func(string)) (answer.Answer, error) {
	s.hist = append(s.hist, req.History)
	txt := s.texts[req.Question]
	c := []answer.Citation{{N: 1, ArticleID: "gold"}}
	if !strings.Contains(txt, "[1]") {
		return answer.Answer{Text: txt, NoSources: true}, nil
	}
	return answer.Answer{Text: txt, Citations: c, Sources: c, Query: req.Question}, nil
}

func TestRunConversationsScoresEachTurn(t *testing.T) {
	convs := []Conversation{{ID: "c", Lang: "en", Turns: []ConvTurn{
		{Q: "Who leads the Russian delegation?", Gold: []string{"gold"}, Answer: []string{"Darchiev"}},
		{Q: "And the American one?", Gold: []string{"gold"}, Answer: []string{"Coulter"}},
		{Q: "What is on the agenda?", Gold: []string{"gold"}, Answer: []string{"embassy operations"}},
	}}}
	a := &scripted{texts: map[string]string{
		"Who leads the Russian delegation?": "• Darchiev leads it, Coulter the US side. [1]",
		"And the American one?":             "• Darchiev leads it, Coulter the US side. [1]",
		"What is on the agenda?":            "• Talks on embassy operations. [1]",
	}}
	rep := RunConversations(context.Background(), a, convs, false, 0)
	if len(a.hist[2]) != 2 || a.hist[2][1].Question != "And the American one?" || a.hist[2][1].Articles[0] != "gold" {
		t.Fatalf("third turn's history = %+v", a.hist[2])
	}
	if rep.FollowUps.N != 2 || rep.FollowUps.KeyFact != 1 || rep.FollowUps.GoldCited != 1 || rep.FollowUps.Repeats != 1 {
		t.Errorf("follow-ups = %+v, want 2 with key facts, gold cited, and one repeat", rep.FollowUps)
	}
	var out bytes.Buffer
	if err := rep.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `c#2 "And the American one?"`) {
		t.Errorf("the repeated turn is not listed:\n%s", out.String())
	}
}

func FuzzReadConversations(f *testing.F) {
	f.Add([]byte(`{"id":"a","lang":"vi","turns":[{"q":"Ai?","gold":["x"],"answer":["y"]},{"q":"Còn?","gold":["x"],"answer":["z"]}]}`))
	f.Add([]byte("# c\n\n{\"id\":\"a\",\"lang\":\"en\",\"turns\":[]}\n"))
	f.Add([]byte(`{"id":"a","lang":"ru","turns":[{"q":"x","gold":[""],"answer":["y"]},{"q":"y","gold":["g"],"answer":[" "]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		convs, err := ReadConversations(bytes.NewReader(data))
		if err != nil {
			if convs != nil {
				t.Fatalf("conversations returned with error %v", err)
			}
			return
		}
		ids := map[string]bool{}
		for _, c := range convs {
			if c.ID == "" || !validLang(c.Lang) || ids[c.ID] || len(c.Turns) < minTurns || len(c.Turns) > maxTurns {
				t.Fatalf("invalid conversation accepted: %+v", c)
			}
			ids[c.ID] = true
			for _, tr := range c.Turns {
				if strings.TrimSpace(tr.Q) == "" || len(tr.Gold) == 0 || len(tr.Answer) == 0 {
					t.Fatalf("invalid turn accepted: %+v", tr)
				}
			}
		}
	})
}
