package bench

import (
	"slices"
	"sync"
)

// Scored is one search result of the floor: a row index and its similarity.
type Scored struct {
	Row   int
	Score float32
}

// Dot is the dot product of equal-length vectors, with four independent
// accumulators so the loop is bound by loads, not by one add chain.
func Dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// topK keeps the k best scores seen, unsorted; k is small (≤ 100), so a
// linear scan for the minimum beats a heap.
type topK struct {
	k    int
	best []Scored
	min  int // index of the worst kept score
}

func (t *topK) add(row int, s float32) {
	if len(t.best) < t.k {
		t.best = append(t.best, Scored{row, s})
		if len(t.best) == t.k {
			t.reMin()
		}
		return
	}
	if s <= t.best[t.min].Score {
		return
	}
	t.best[t.min] = Scored{row, s}
	t.reMin()
}

func (t *topK) reMin() {
	t.min = 0
	for i, b := range t.best {
		if b.Score < t.best[t.min].Score {
			t.min = i
		}
	}
}

// FloorSearch returns the k rows of the contiguous matrix m (dim columns)
// most similar to q, best first, in one streaming pass split across workers
// goroutines. It is the floor every exhaustive search pays: touch every
// vector byte once, nothing else (no filtering, no maps, no locks).
func FloorSearch(m []float32, dim int, q []float32, k, workers int) []Scored {
	n := len(m) / dim
	workers = max(1, min(workers, n))
	parts := make([][]Scored, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := topK{k: k, best: make([]Scored, 0, k)}
			for i := lo; i < hi; i++ {
				t.add(i, Dot(q, m[i*dim:(i+1)*dim]))
			}
			parts[w] = t.best
		}()
	}
	wg.Wait()
	all := slices.Concat(parts...)
	slices.SortFunc(all, func(a, b Scored) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return a.Row - b.Row
	})
	return all[:min(k, len(all))]
}
