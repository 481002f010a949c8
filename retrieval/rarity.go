package retrieval

import (
	"context"
	"sync"

	"github.com/detente/detente/store"
)

// DocFreqs says how common terms are in the corpus (see store.DocFreqs).
type DocFreqs = store.DocFreqs

// Document frequency cache tuning.
const (
	// maxCachedTerms bounds the document frequencies kept between
	// questions; a full cache starts again empty.
	maxCachedTerms = 20000
	// docFreqDrift is how much the index may grow or shrink, as a share
	// of the chunks it had when the counts were taken, before they are
	// taken again. The judge needs to know which words are common, not
	// their exact counts, and a common word's count is what costs: on
	// PostgreSQL, 20–70 ms for a word in 8,000 of 10,000 chunks (its
	// posting rows are counted), which a feed adding an article every few
	// minutes would otherwise make every question pay again.
	docFreqDrift = 0.05
)

// docFreqCache keeps the document frequencies of the terms asked so far:
// questions share most of their words ("talks", "sanctions"), so most
// are never counted twice. It is emptied when the index has changed by
// more than docFreqDrift since the counts were taken, or was reloaded.
type docFreqCache struct {
	mu     sync.Mutex
	gen    uint64         // bumped when emptied, so a count begun before is not kept
	chunks int            // the corpus's chunks when the counts were taken
	df     map[string]int // nil: nothing counted; -1: a term that analyses to nothing
}

// reset forgets every count.
func (c *docFreqCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.chunks, c.df = 0, nil
}

// resize tells the cache the index now holds n chunks; it forgets its
// counts when that is more than docFreqDrift away from when they were
// taken.
func (c *docFreqCache) resize(n int) {
	c.mu.Lock()
	drift := float64(abs(n-c.chunks)) > docFreqDrift*float64(c.chunks)
	c.mu.Unlock()
	if drift {
		c.reset()
	}
}

// abs returns the distance of x from 0: math.Abs is for floats.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// DocFreqs reports how many chunks of the corpus hold each term, analysed
// as the keyword index is (folded, stemmed; a term of several words as a
// phrase), and how many chunks there are: the corpus-wide rarity of a
// question's words, for the answerability judge. Terms counted before
// are answered from a cache that any change to the index empties; the
// others take one query. Safe for concurrent use.
func (e *Engine) DocFreqs(ctx context.Context, terms []string) (DocFreqs, error) {
	c := &e.docFreqs
	out := DocFreqs{DF: make(map[string]int, len(terms))}
	var missing []string
	c.mu.Lock()
	gen, chunks, counted := c.gen, c.chunks, c.df != nil
	for _, t := range terms {
		n, ok := c.df[t]
		switch {
		case !ok:
			missing = append(missing, t)
		case n >= 0:
			out.DF[t] = n
		}
	}
	c.mu.Unlock()
	if len(missing) == 0 && counted {
		out.Chunks = chunks
		return out, nil
	}
	got, err := e.st.DocFreqs(ctx, missing)
	if err != nil {
		return DocFreqs{}, err // the store names the operation
	}
	out.Chunks = got.Chunks
	c.mu.Lock()
	defer c.mu.Unlock()
	keep := c.gen == gen
	if keep && (c.df == nil || len(c.df)+len(missing) > maxCachedTerms) {
		c.df = make(map[string]int, len(missing))
	}
	if keep {
		c.chunks = got.Chunks
	}
	for _, t := range missing {
		n, ok := got.DF[t]
		if ok {
			out.DF[t] = n
		} else {
			n = -1 // analyses to nothing: no count, as the store says
		}
		if keep {
			c.df[t] = n
		}
	}
	return out, nil
}
