package answer_test

import (
	"context"
	"slices"
	"testing"

	"github.com/detente/detente/answer"
)

// nmPair is a near miss and its answerable twin: the same shape, asking
// about the same article, the miss wanting a fact the article does not
// give (another year, another detail, another country pair, another
// person), the twin one it gives.
type nmPair struct {
	Near    string `json:"near"`
	Lang    string `json:"lang"`
	Article string `json:"article"`
	Miss    string `json:"miss"`
	Twin    string `json:"twin"`
}

// Over the real stack with no model, the seeds and articles written for
// this test (wire stories nobody tuned the judge on, each recalling
// earlier events with their own years), a near miss must be refused and
// its answerable twin answered citing the article. The pairs were written
// before anyone read how the judge treats them; open lists the ones the
// judge still gets wrong, with why.
func TestEndToEndNearMissesOnNewArticles(t *testing.T) {
	t.Parallel() // ingests its own articles into its own store: independent of the others
	if testing.Short() {
		t.Skip("ingests a set of articles")
	}
	for _, batch := range []struct {
		articles, pairs string
		open            map[string]string
	}{
		{"testdata/nmgen/articles/*.md", "testdata/nmgen/pairs.jsonl", nmOpen},
		// A person's name asked of people the story counts or places
		// but does not name (judge_bind.go's personNamedBeside).
		{"testdata/nmgen/articles/*.md", "testdata/nmgen/names.jsonl", nil},
		// The head of an institution asked, a deputy or a unit's chief
		// quoted (judge_bind.go's headOnlyDeputy).
		// People counted by no noun of their own ("how many people"):
		// a number of accidents does not answer (judge_slot.go).
		{"testdata/nmgen/articles/*.md", "testdata/nmgen/counts.jsonl", nil},
		{"testdata/nmgen/articles/*.md", "testdata/nmgen/heads.jsonl", map[string]string{
			"What did the head of Roscosmos say after the signing?": "the question's Roscosmos is spelt \"roskosmosa\", which no word of the Russian article runs as; the name is met by transliteration, the office beside it is not looked at",
		}},
		// Written after the first fixes, before running them.
		{"testdata/nmgen2/articles/*.md", "testdata/nmgen2/pairs.jsonl", nmOpen2},
		{"testdata/nmgen2/articles/*.md", "testdata/nmgen2/heads.jsonl", nil},
	} {
		eng, st := seededEngine(t)
		ingestFiles(t, eng, st, batch.articles)
		svc := answer.New(eng, answer.Options{})
		ctx := context.Background()
		refused, answered := map[string]int{}, map[string]int{}
		pairs := readJSONLines[nmPair](t, batch.pairs)
		for _, p := range pairs {
			report := t.Errorf
			if batch.open[p.Miss] != "" || batch.open[p.Twin] != "" {
				report = t.Logf
			}
			a, err := svc.Ask(ctx, answer.Request{Question: p.Miss}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoSources {
				refused[p.Near]++
			} else {
				report("%s miss %q: answered: %s", p.Near, p.Miss, firstLine(a.Text))
			}
			a, err = svc.Ask(ctx, answer.Request{Question: p.Twin}, nil)
			if err != nil {
				t.Fatal(err)
			}
			cited := slices.ContainsFunc(a.Citations, func(c answer.Citation) bool { return c.ArticleID == p.Article })
			switch {
			case a.NoSources:
				report("%s twin %q: refused (%s)", p.Near, p.Twin, a.Verdict.Reason())
			case !cited:
				report("%s twin %q: does not cite %s", p.Near, p.Twin, p.Article)
			default:
				answered[p.Near]++
			}
		}
		for _, k := range []string{"year", "detail", "pair", "person"} {
			n := 0
			for _, p := range pairs {
				if p.Near == k {
					n++
				}
			}
			t.Logf("%s %s: %d/%d misses refused, %d/%d twins answered", batch.pairs, k, refused[k], n, answered[k], n)
		}
	}
}

// nmOpen: pairs of the first batch the judge still gets wrong, and why.
var nmOpen = map[string]string{
	"How many polar bears may be hunted each year under the quota agreed in 2026?": "cross-lingual count: \"35 con\" (a classifier) is not read as counting bears",
	"Which diplomatic properties are Russia and the United States disputing?":      "content: \"disputing\" is in no sentence of the story (frgen's relaxation)",
	"What did Kevin Strand say about the station after 2030?":                      "\"after 2030\" is a bound, asked cross-lingually; the year check refuses it",
}

// nmOpen2: pairs of the second batch the judge still gets wrong, and why.
var nmOpen2 = map[string]string{
	"Какие спутники столкнулись в 2009 году?":                "cross-lingual: \"since 2009, when a Kosmos satellite smashed into an Iridium one\" holds no translated word of \"столкнулись\" near the year",
	"Bảo tàng ở Sitka nhận hiện vật tên là gì?":              "the museum of Sitka is unnamed, but \"Bảo tàng Kunstkamera\" (another museum) stands in the same sentence",
	"Где столкнулись танкер и рыболовное судно в 2025 году?": "\"у посёлка Уэлен\" is a place the where slot does not read after \"у\"",
}
