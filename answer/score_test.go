package answer

import (
	"testing"

	"github.com/detente/detente/retrieval"
)

// Every feature has a name, once: a fitted model is read by its names.
func TestScoreFeatureNamesMatchFeatures(t *testing.T) {
	names := ScoreFeatureNames()
	f := ScoreFeatures("Who led the American delegation?", "en", Verdict{Closest: -1}, nil, nil)
	if len(f) != len(names) {
		t.Fatalf("%d features, %d names", len(f), len(names))
	}
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			t.Errorf("feature %q named twice", n)
		}
		seen[n] = true
	}
}

// The features tell what the judge and retrieval saw, by kind: the year a
// near miss asks and the passage does not tell, the question's language
// beside the article's, how much of the question one sentence holds.
func TestScoreFeaturesReadTheJudge(t *testing.T) {
	src := Citation{N: 1, ArticleID: "geneva", Lang: "en", Title: "US and Russia resume strategic stability talks in Geneva",
		Passage: "The United States and Russia held their first formal strategic stability talks in more than two years on Thursday, meeting for seven hours at the U.S. mission in Geneva in March 2026. " +
			"Assistant Secretary of State for Arms Control Karen Liu led the American delegation. " +
			"The Russian side was headed by Deputy Foreign Minister Pavel Sokolov."}
	hits := []retrieval.Hit{{ArticleID: "geneva", Score: 0.05, VectorSim: 0.4, Keyword: true, Relevant: true}}
	idx := map[string]int{}
	for i, n := range ScoreFeatureNames() {
		idx[n] = i
	}
	feats := func(q, lang string) []float64 {
		sources := []Citation{src}
		return ScoreFeatures(q, lang, judge(q, lang, sources), sources, hits)
	}
	tests := []struct {
		q, lang string
		want    map[string]float64
	}{
		{"Who led the American delegation at the Geneva stability talks in 2026?", "en",
			map[string]float64{"rule_answerable": 1, "cons_year": 1, "unmet_year": 0, "metshare_year": 1, "n_meets": 1, "lang_en": 1, "closest_other_lang": 0, "qtype_who": 1, "top_keyword": 1}},
		{"Who led the American delegation at the Geneva stability talks in 2019?", "en",
			map[string]float64{"rule_answerable": 0, "cons_year": 1, "unmet_year": 1, "metshare_year": 0, "n_meets": 0, "qtype_who": 1}},
		{"Кто возглавлял американскую делегацию на переговорах в Женеве?", "ru",
			map[string]float64{"rule_answerable": 1, "lang_ru": 1, "lang_en": 0, "closest_other_lang": 1, "qtype_who": 1}},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			f := feats(tc.q, tc.lang)
			for name, want := range tc.want {
				i, ok := idx[name]
				if !ok {
					t.Fatalf("no feature %q", name)
				}
				if got := f[i]; got != want {
					t.Errorf("%s = %v, want %v", name, got, want)
				}
			}
		})
	}
	// The sentence that names the American delegation's head holds more
	// of a question about it than any sentence holds of one about a
	// delegation's budget the story never gives.
	asked := feats("Who led the American delegation?", "en")[idx["sentence_share"]]
	detail := feats("What budget did the American delegation's travel office approve for the talks?", "en")[idx["sentence_share"]]
	if !(asked > detail) || asked < 0.5 {
		t.Errorf("sentence_share: asked %.2f, detail %.2f; want asked >= 0.5 and above detail", asked, detail)
	}
}
