package answer_test

import (
	"context"
	"slices"
	"testing"

	"github.com/detente/detente/answer"
)

// frgenQuestion is one line of answer/testdata/frgen/batch*.jsonl, in the
// evaluation files' shape.
type frgenQuestion struct {
	ID   string   `json:"id"`
	Q    string   `json:"q"`
	Gold []string `json:"gold"`
}

// On articles written for this test and never tuned on (answer/testdata/
// frgen: wire stories in three languages with names, places and numbers
// no lexicon row was written for), answerable questions, half of them
// asked in another language than the story's, must be answered citing
// the story, and their near-miss twins (the same topic, the fact not
// given) refused. The questions and articles were written before the
// judge was read; the ones still refused are listed in open with the
// mechanism that refuses them, and only logged.
func TestFreshArticlesAnswerableQuestionsAreNotRefused(t *testing.T) {
	t.Parallel() // ingests its own articles into its own store: independent of the others
	if testing.Short() {
		t.Skip("ingests the fresh articles")
	}
	// Still open, by the mechanism that refuses them (ids of batch*.jsonl).
	open := map[string]string{
		// retrieval's relevance gate (retrieval/search.go, slice xret):
		// no passage reaches the judge.
		"fg1-39": "gate: en question, ru story, no name, counted noun untranslated",
		"fg1-35": "ranking: ru story not cited for a vi question",
		"fg2-04": "gate: ru question, en story, counted noun only ('пшеницы')",
		"fg2-22": "ranking: en yes/no question, ru story not cited",
		// the judge
		"fg1-28": "judge: en question, vi story, only topic words translated (name 'maryland' unmet)",
		// near misses answered (slice nmgen)
		"fg1-un-00": "near miss", "fg1-un-02": "near miss", "fg1-un-03": "near miss", "fg1-un-05": "near miss",
		"fg1-un-06": "near miss", "fg1-un-09": "near miss", "fg1-un-12": "near miss",
		"fg2-un-01": "near miss", "fg2-un-04": "near miss",
	}
	ctx := context.Background()
	eng, st := seededEngine(t)
	ingestFiles(t, eng, st, "testdata/frgen/articles/*.md")
	svc := answer.New(eng, answer.Options{})
	// The twins of the fixed mechanisms: another month, a counted thing
	// the story never names in any wording, a rate of another period.
	twins := []frgenQuestion{
		{ID: "twin-month", Q: "What will the two services swap every March?"},
		{ID: "twin-count", Q: "how many ships did whitcombe mention since 2022"},
		{ID: "twin-rate", Q: "Sinh viên trao đổi nhận học bổng bao nhiêu mỗi tuần?"},
		{ID: "twin-place", Q: "Сколько дней шли переговоры в Анкоридже?"},
	}
	good, total := 0, 0
	for _, batch := range []string{"testdata/frgen/batch1.jsonl", "testdata/frgen/batch2.jsonl", ""} {
		qs := twins
		if batch != "" {
			qs = readJSONLines[frgenQuestion](t, batch)
		}
		for _, q := range qs {
			total++
			a, err := svc.Ask(ctx, answer.Request{Question: q.Q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			report := t.Errorf
			if open[q.ID] != "" {
				report = t.Logf
			}
			cited := slices.ContainsFunc(a.Citations, func(c answer.Citation) bool { return slices.Contains(q.Gold, c.ArticleID) })
			switch {
			case len(q.Gold) == 0 && !a.NoSources:
				report("%s %q: answered, want refused: %s", q.ID, q.Q, firstLine(a.Text))
			case len(q.Gold) > 0 && a.NoSources:
				report("%s %q: refused (%s), want %v cited", q.ID, q.Q, a.Verdict.Reason(), q.Gold)
			case len(q.Gold) > 0 && !cited:
				report("%s %q: cites none of %v", q.ID, q.Q, q.Gold)
			default:
				good++
			}
		}
	}
	t.Logf("%d of %d fresh questions behave", good, total)
}
