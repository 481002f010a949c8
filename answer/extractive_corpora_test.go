package answer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/detente/detente/answer"
)

// TestFirstBulletOverEvalCorpora asks questions written for this test
// (phrased unlike the eval files') of the open eval sets' articles,
// through the real stack with no model: retrieval, the judge and the
// extractive answer. Each is of a kind whose answer the sentence gives
// in words other than the question's ("which senator" answered by a
// name), and the first bullet must hold it.
func TestFirstBulletOverEvalCorpora(t *testing.T) {
	t.Parallel() // ingests its own articles into its own store: independent of the others
	if testing.Short() {
		t.Skip("ingests two eval corpora")
	}
	tests := map[string][]struct{ q, first string }{
		"eval": {
			{"В какой стране Уитакер раньше был послом?", "Finland"},
			{"Послом в какой стране прежде служил Томас Уитакер?", "Finland"},
			{"Trước đây ông Whitaker từng làm đại sứ ở đâu?", "Finland"},
		},
		"eval2": {
			{"Which US senator criticised the Treasury fertiliser licence?", "Wade Corrigan"},
			{"Какой космонавт полетит на Crew Dragon в 2027 году?", "Anton Yeremin"},
			{"Какой американский журналист был освобождён в Будапеште?", "Колдуэлла"},
		},
		"eval3": {
			{"Which official signed the ISS deorbit protocol for NASA?", "Лински"},
			{"Which American diplomat led the delegation in Muscat in January?", "Gregory Talbot"},
		},
	}
	for set, qs := range tests {
		eng, st := emptyEngine(t)
		ingestFiles(t, eng, st, "../testdata/"+set+"/articles/*.md")
		svc := answer.New(eng, answer.Options{})
		for _, tc := range qs {
			t.Run(tc.q, func(t *testing.T) {
				a, err := svc.Ask(context.Background(), answer.Request{Question: tc.q}, nil)
				if err != nil {
					t.Fatal(err)
				}
				first := firstBullet(a.Text)
				if !strings.Contains(first, tc.first) {
					t.Errorf("first bullet %q does not hold %q; answer:\n%s", first, tc.first, a.Text)
				}
			})
		}
	}
}
