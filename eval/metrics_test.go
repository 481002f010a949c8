package eval

import (
	"math"
	"slices"
	"testing"
)

func TestArticleRanking(t *testing.T) {
	got := ArticleRanking([]string{"a", "b", "a", "", "c", "b", "d"})
	want := []string{"a", "b", "c", "d"}
	if !slices.Equal(got, want) {
		t.Fatalf("ArticleRanking = %v, want %v", got, want)
	}
}

// The expected values below were worked out by hand from the definitions.
func TestMetrics(t *testing.T) {
	ln2 := func(x float64) float64 { return math.Log2(x) }
	tests := []struct {
		name         string
		ranked, gold []string
		r1, r5, r10  float64
		mrr, ndcg    float64
	}{
		{
			name: "gold first", ranked: []string{"g", "x", "y"}, gold: []string{"g"},
			r1: 1, r5: 1, r10: 1, mrr: 1, ndcg: 1,
		},
		{
			name: "gold third", ranked: []string{"x", "y", "g"}, gold: []string{"g"},
			r1: 0, r5: 1, r10: 1, mrr: 1.0 / 3, ndcg: 1 / ln2(4), // 0.5
		},
		{
			name: "gold sixth: outside @5, inside @10", ranked: []string{"a", "b", "c", "d", "e", "g"}, gold: []string{"g"},
			r1: 0, r5: 0, r10: 1, mrr: 1.0 / 6, ndcg: 1 / ln2(7),
		},
		{
			name: "gold eleventh: beyond every cutoff", ranked: []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "g"}, gold: []string{"g"},
			r1: 0, r5: 0, r10: 0, mrr: 0, ndcg: 0,
		},
		{
			// two gold at ranks 2 and 4: DCG = 1/log2(3) + 1/log2(5) = 0.6309 + 0.4307;
			// ideal = 1 + 1/log2(3) = 1.6309; nDCG = 1.0616/1.6309 = 0.6509.
			name: "two gold at 2 and 4", ranked: []string{"x", "g1", "y", "g2"}, gold: []string{"g1", "g2"},
			r1: 0, r5: 1, r10: 1, mrr: 0.5, ndcg: (1/ln2(3) + 1/ln2(5)) / (1 + 1/ln2(3)),
		},
		{
			name: "one of three gold found first", ranked: []string{"g1", "x"}, gold: []string{"g1", "g2", "g3"},
			r1: 1.0 / 3, r5: 1.0 / 3, r10: 1.0 / 3, mrr: 1, ndcg: 1 / (1 + 1/ln2(3) + 1/ln2(4)),
		},
		{
			name: "nothing retrieved", ranked: nil, gold: []string{"g"},
		},
		{
			name: "duplicate gold ids count once", ranked: []string{"g"}, gold: []string{"g", "g"},
			r1: 1, r5: 1, r10: 1, mrr: 1, ndcg: 1,
		},
		{
			name: "no gold scores zero, never NaN", ranked: []string{"x"}, gold: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check := func(metric string, got, want float64) {
				t.Helper()
				if math.IsNaN(got) || math.Abs(got-want) > 1e-9 {
					t.Errorf("%s = %.6f, want %.6f", metric, got, want)
				}
			}
			check("recall@1", RecallAt(tt.ranked, tt.gold, 1), tt.r1)
			check("recall@5", RecallAt(tt.ranked, tt.gold, 5), tt.r5)
			check("recall@10", RecallAt(tt.ranked, tt.gold, 10), tt.r10)
			check("MRR@10", MRRAt(tt.ranked, tt.gold, 10), tt.mrr)
			check("nDCG@10", NDCGAt(tt.ranked, tt.gold, 10), tt.ndcg)
		})
	}
}

func TestNDCGHandValue(t *testing.T) {
	// Spelled out numerically so a wrong log base cannot cancel out on both sides.
	got := NDCGAt([]string{"x", "g1", "y", "g2"}, []string{"g1", "g2"}, 10)
	if math.Abs(got-0.650921) > 1e-5 {
		t.Fatalf("nDCG = %.6f, want 0.650921", got)
	}
}
