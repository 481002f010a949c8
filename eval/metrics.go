package eval

import "math"

// ArticleRanking turns ranked passage-level article ids into an article
// ranking: the first occurrence of each article keeps its place, later
// passages of the same article are dropped. Users read articles, not chunks,
// so two chunks of one article must not count twice.
func ArticleRanking(articleIDs []string) []string {
	seen := make(map[string]bool, len(articleIDs))
	out := make([]string, 0, len(articleIDs))
	for _, id := range articleIDs {
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, id)
	}
	return out
}

func goldSet(gold []string) map[string]bool {
	s := make(map[string]bool, len(gold))
	for _, g := range gold {
		s[g] = true
	}
	return s
}

// RecallAt is the share of gold articles found in the first k of ranked
// (an article ranking, see ArticleRanking). No gold: 0.
func RecallAt(ranked, gold []string, k int) float64 {
	if len(gold) == 0 {
		return 0
	}
	g := goldSet(gold)
	found := 0
	for i, id := range ranked {
		if i >= k {
			break
		}
		if g[id] {
			found++
		}
	}
	return float64(found) / float64(len(g))
}

// MRRAt is the reciprocal rank of the first gold article within the first
// k, 0 when none is there.
func MRRAt(ranked, gold []string, k int) float64 {
	g := goldSet(gold)
	for i, id := range ranked {
		if i >= k {
			break
		}
		if g[id] {
			return 1 / float64(i+1)
		}
	}
	return 0
}

// NDCGAt is binary-relevance nDCG over the first k: DCG = Σ 1/log2(rank+1)
// over gold articles found, divided by the DCG of a perfect ranking (all
// gold first, at most k of them). No gold: 0.
func NDCGAt(ranked, gold []string, k int) float64 {
	g := goldSet(gold)
	if len(g) == 0 || k <= 0 {
		return 0
	}
	dcg := 0.0
	for i, id := range ranked {
		if i >= k {
			break
		}
		if g[id] {
			dcg += 1 / math.Log2(float64(i+2))
		}
	}
	ideal := 0.0
	for i := 0; i < len(g) && i < k; i++ {
		ideal += 1 / math.Log2(float64(i+2))
	}
	return dcg / ideal
}
