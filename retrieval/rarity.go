package retrieval

import (
	"context"
	"fmt"
	"sync"

	"github.com/detente/detente/store"
)

// DocFreqs says how common terms are in the corpus (see store.DocFreqs).
type DocFreqs = store.DocFreqs

// maxCachedTerms bounds the document frequencies kept between questions; a
// full cache starts again empty.
const maxCachedTerms = 20000

// docFreqCache keeps the document frequencies of the terms asked so far,
// for the corpus as the index holds it: questions share most of their
// words ("Russia", "talks", "sanctions"), so most are never counted twice.
// Every change to the index (add, remove, reload) empties it.
type docFreqCache struct {
	mu     sync.Mutex
	gen    uint64 // bumped by reset, so a count begun before a change is not kept
	chunks int
	df     map[string]int // nil: nothing counted since the last change; -1: a term that analyses to nothing
}

// reset forgets every count: the corpus changed.
func (c *docFreqCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.chunks, c.df = 0, nil
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
		return DocFreqs{}, fmt.Errorf("rarity: %w", err)
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
