package answer

import (
	"strings"
	"testing"
	"time"

	"github.com/detente/detente/internal/fakeopenai"
	"github.com/detente/detente/llm"
	"github.com/detente/detente/prompts"
	"github.com/detente/detente/retrieval"
)

// A model server that accepts every request and never answers costs the
// user one first-token budget in all (issue 10, finding 5), not the
// translations' timeout and then the stream's: the calls that prepare an
// answer and the answer itself share the budget.
//
// The budget is 2 s, not shorter: the check tells one budget (el < 2×budget)
// from two spent one after the other, and the ask's own work must fit in the
// other budget on a loaded machine (at 800 ms it took 2.16 s at load 40, with
// five test runs on two cores).
func TestStalledServerCostsOneFirstTokenBudget(t *testing.T) {
	const budget = 2 * time.Second
	h := newHarness(t, []retrieval.Hit{hitGeneva, hitLavrov}, false, nil, func(o *llm.Options) {
		o.FirstTokenTimeout, o.IdleTimeout, o.Timeout = budget, 5*time.Second, 10*time.Second
	})
	h.srv.Respond(func(fakeopenai.ChatRequest) fakeopenai.Reply {
		return fakeopenai.Reply{Chunks: []string{"x"}, Stall: true}
	})
	start := time.Now()
	a := h.ask(t, Request{Question: "What did Sherman say after the Geneva talks?", Lang: "en"})
	el := time.Since(start)
	if !a.Extractive || !strings.HasPrefix(a.Text, prompts.T("en", "err.model_failed")) || len(a.Citations) == 0 {
		t.Fatalf("answer %+v, want the extractive fallback", a)
	}
	if el < budget || el > 2*budget {
		t.Errorf("fallback after %s, want about the %s budget", el, budget)
	}
	if len(h.srv.ChatRequests()) < 2 {
		t.Errorf("%d requests: the translations were not even tried", len(h.srv.ChatRequests()))
	}
}
