package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/detente/detente/internal/fakeopenai"
	"github.com/detente/detente/retrieval"
)

// Every model call bounds its output by what it is for: a model that never
// stops must not cost more than an answer is worth (42k characters became
// 11 messages).
func TestModelCallsBoundTheirOutput(t *testing.T) {
	h := newHarness(t, []retrieval.Hit{hitGeneva}, false, nil)
	h.srv.Respond(func(r fakeopenai.ChatRequest) fakeopenai.Reply {
		switch u := r.LastUser(); {
		case strings.HasPrefix(u, "Rewrite the follow-up"):
			return fakeopenai.Text("What did Russia and the US agree in Geneva?")
		case strings.HasPrefix(u, "Translate"):
			return fakeopenai.Text("Nga và Mỹ đã thỏa thuận gì ở Geneva?")
		}
		return fakeopenai.Text("They agreed to keep talking [1].")
	})
	h.ask(t, Request{Question: "What did they agree?", Lang: "en",
		History: []Turn{{Question: "What happened in Geneva?", Answer: "Talks [1]."}}})
	if _, err := h.svc.Digest(context.Background(), digestArticles, "en"); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, r := range h.srv.ChatRequests() {
		kind := "answer"
		switch u := r.LastUser(); {
		case strings.HasPrefix(u, "Rewrite the follow-up"):
			kind = "rewrite"
		case strings.HasPrefix(u, "Translate"):
			kind = "translate"
		case strings.Contains(u, "news digest"):
			kind = "digest"
		}
		want := map[string]int{"answer": 1500, "digest": 2000, "rewrite": 200, "translate": 200}[kind]
		if r.MaxTokens != want {
			t.Errorf("%s call: max_tokens %d, want %d", kind, r.MaxTokens, want)
		}
		seen[kind]++
	}
	for _, k := range []string{"answer", "digest", "rewrite", "translate"} {
		if seen[k] == 0 {
			t.Errorf("no %s call made", k)
		}
	}
}
