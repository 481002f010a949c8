package main

import (
	"strings"
	"testing"
)

// TestChatIssue12Example is issue 12's transcript with no model: the three
// questions get three different answers, each answering its own question
// from the seeds (the Russian head of delegation, the American one, the
// agenda), and a short follow-up after a refusal is judged on its own.
func TestChatIssue12Example(t *testing.T) {
	env := map[string]string{"DETENTE_DATA_DIR": t.TempDir()}
	stdin := strings.Join([]string{
		"Who leads the Russian delegation in Istanbul?",
		"And the American one?",
		"What is on the agenda?",
		"/new",
		"Who won the 2024 chess olympiad?",
		"Istanbul delegation",
	}, "\n")
	o := must(t, invocation{env: env, stdin: stdin}, "chat")
	answers := strings.Split(strings.Replace(o.stdout, "Started a new conversation.\n", "", 1), "\n\n[1] ")
	// Each cited answer ends with its sources list; split on it and keep
	// the answer bodies.
	var bodies []string
	for _, a := range answers {
		if i := strings.LastIndex(a, "From the sources in the corpus:"); i >= 0 {
			bodies = append(bodies, a[i:])
		}
	}
	if len(bodies) < 4 {
		t.Fatalf("want 4 cited answers (3 + the follow-up after the refusal), got %d:\n%s", len(bodies), o.stdout)
	}
	firstBullet := func(s string) string {
		_, after, _ := strings.Cut(s, "\n• ")
		line, _, _ := strings.Cut(after, "\n")
		return line
	}
	for i, want := range []string{"Aleksandr Darchiev", "Sonata Coulter", "agenda"} {
		if !strings.Contains(firstBullet(bodies[i]), want) {
			t.Errorf("answer %d: first bullet %q lacks %q", i+1, firstBullet(bodies[i]), want)
		}
	}
	if bodies[0] == bodies[1] || bodies[1] == bodies[2] {
		t.Errorf("an answer repeats the previous one word for word:\n%s", o.stdout)
	}
	if !strings.Contains(o.stdout, "don't cover this question") {
		t.Errorf("the chess question was not refused:\n%s", o.stdout)
	}
}
