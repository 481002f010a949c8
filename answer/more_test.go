package answer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// A detail told further down a report than the two passages retrieval
// keeps of an article (the staff the US embassy in Moscow has against
// 2017, in a paragraph that shares few of the question's words) is read
// before the question is refused: the judge reads more of the articles
// retrieval found relevant. Another year, another embassy, stay refused:
// reading further brings in no other story. The questions are written
// for this test, over the first evaluation set's articles.
func TestAskReadsFurtherDownAnArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the evaluation articles")
	}
	eng, st := seededEngine(t)
	ingestFiles(t, eng, st, "../testdata/eval/articles/*.md")
	svc := answer.New(eng, answer.Options{})
	tests := []struct {
		q, answer string // answer "": must be refused
	}{
		{"Сколько сотрудников осталось в посольстве США в Москве по сравнению с 2017 годом?", "a third of the staff it had in 2017"},
		{"Сколько сотрудников осталось в посольстве США в Москве по сравнению с 2012 годом?", ""},
		{"Сколько сотрудников осталось в посольстве Китая в Москве по сравнению с 2017 годом?", ""},
	}
	for _, tc := range tests {
		a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case tc.answer == "" && !a.NoSources:
			t.Errorf("%q answered, want refused:\n%s", tc.q, a.Text)
		case tc.answer != "" && (a.NoSources || !strings.Contains(a.Text, tc.answer)):
			t.Errorf("%q: want %q quoted, got (refused %v: %s):\n%s", tc.q, tc.answer, a.NoSources, a.Verdict.Reason(), a.Text)
		}
	}
}
