package answer

import (
	"context"
	"strings"

	"github.com/detente/detente/retrieval"
)

// docFreqer is what the judge needs of retrieval to weigh a question's
// words by how common they are in the whole corpus (*retrieval.Engine
// implements it). A Searcher without it leaves every word its fixed
// weight.
type docFreqer interface {
	DocFreqs(ctx context.Context, terms []string) (retrieval.DocFreqs, error)
}

// rarity looks up the corpus-wide document frequencies of terms; ok is
// false when they are unknown. A nil rarity: no corpus statistics.
type rarity func(terms []string) (df retrieval.DocFreqs, ok bool)

// rarity returns the corpus statistics of s's searcher for one question,
// nil when it has none. A failed lookup is logged and judged without them:
// the judge's other constraints still stand.
func (s *Service) rarity(ctx context.Context) rarity {
	d, ok := s.search.(docFreqer)
	if !ok {
		return nil
	}
	return func(terms []string) (retrieval.DocFreqs, bool) {
		df, err := d.DocFreqs(ctx, terms)
		if err != nil {
			s.log.Warn("judging without corpus statistics", "err", err)
			return df, false
		}
		return df, true
	}
}

// Rarity tuning, measured on testdata/eval (tune) and testdata/eval2 (see
// rarityWeight).
const (
	// topicShare is the share of the corpus's chunks beyond which a word
	// is its topic's vocabulary rather than what a question asks about.
	topicShare = 0.05
	// minRarityChunks is the smallest corpus whose counts are used: in
	// fewer chunks a word's count tells more about a few articles than
	// about how common it is.
	minRarityChunks = 10
)

// rarityWeights weighs each content concept of t (those not in skip) by
// how common it is in the whole corpus, in any language and any of its
// spellings, from the document frequency of its most common alternative
// (rarityWeight). A concept whose count is unknown keeps weight 1. nil
// when r is nil or has too few chunks to count: every concept then keeps
// its fixed weight.
func rarityWeights(r rarity, t terms, skip func(ci int) bool) []float64 {
	if r == nil {
		return nil
	}
	var look []string
	for ci, con := range t.concepts {
		if skip(ci) {
			continue
		}
		for _, a := range con.alts {
			look = append(look, strings.Join(a.forms(), " "))
		}
	}
	if len(look) == 0 {
		return nil
	}
	stats, ok := r(look)
	if !ok || stats.Chunks < minRarityChunks {
		return nil
	}
	out := make([]float64, len(t.concepts))
	for ci, con := range t.concepts {
		out[ci] = 1
		if skip(ci) {
			continue
		}
		df, known := 0, false
		for _, a := range con.alts {
			if d, ok := stats.DF[strings.Join(a.forms(), " ")]; ok {
				df, known = max(df, d), true
			}
		}
		if known {
			out[ci] = rarityWeight(df, stats.Chunks)
		}
	}
	return out
}

// rarityWeight is the weight of a word in df of n chunks: 1 up to
// topicShare of the chunks, then its inverse document frequency (BM25's)
// against that of a word at topicShare, falling towards 0 for a word in
// every chunk. A word of the corpus's topic ("Russia", "talks",
// "sanctions") says little about what a question asks, so a passage
// that has only those no longer covers a question whose other words it
// lacks ("India and Russia negotiate salmon quotas" met by an article on
// Russia's negotiations).
//
// Rare words are not weighed above 1: measured, weighing them by their
// idf too (or up to twice a common word) refused more answerable
// questions (tune: false refusals 0.021 → 0.031), whose rare word was the
// asker's own ("giải thích", explain) or one the lexicon translates but
// the article says otherwise (an "expedition" in no chunk of a corpus that
// answers it).
func rarityWeight(df, n int) float64 {
	return min(1, bm25IDF(float64(df), float64(n))/bm25IDF(topicShare*float64(n), float64(n)))
}
