package retrieval

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/detente/detente/corpus"
)

// DefaultLocalDim is the local embedder's dimension when NewLocalEmbedder is
// given 0. Hashed features collide at random, which adds cosine noise of about
// 1/sqrt(dim) between unrelated texts: 384 dims keep that noise near 0.05, well
// under the similarity of texts that share a few content words, while 100k
// chunks still fit in ~150 MB and a brute-force query over them costs ~40M
// multiply-adds. Doubling the dims would halve neither cost nor noise enough
// to matter at this corpus size.
const DefaultLocalDim = 384

// localModelPrefix names the feature scheme. Bump the version whenever the
// features or weights change: the name is stored with the vectors, so an old
// index is then detected (ErrModelMismatch) instead of silently mis-ranked.
const localModelPrefix = "local-v1-"

// Feature kinds, kept in the low bits of a feature so one sort counts each
// kind's term frequency separately.
const (
	kindWord       = iota // content word
	kindStop              // stopword or single letter
	kindBigram            // two adjacent content words ("trung phat", "arms control")
	kindBigramHalf        // a content word next to a stopword ("bo ngoai", "of state")
	kindChar              // character n-gram (3-5) inside a content word
	kindEmpty             // the only feature of a text without words
	kindBits       = 3
	kindMask       = 1<<kindBits - 1
)

// kindWeight is the weight of one occurrence of each feature kind. Bigrams
// weigh nearly as much as words because Vietnamese content words are usually
// two syllables ("đối thoại", "trừng phạt") and a single syllable is
// ambiguous. Character n-grams let "negotiation" meet "negotiations" and
// "Russia" meet "Russian"; each word has a dozen of them, so each weighs
// little. Stopwords stay (a little) so that a question made only of them
// still has a direction.
var kindWeight = [kindMask + 1]float64{
	kindWord:       1.0,
	kindStop:       0.12,
	kindBigram:     0.9,
	kindBigramHalf: 0.35,
	kindChar:       0.22,
	kindEmpty:      1.0,
}

// sublinearTF[n] is 1 + ln(n), tabulated because ln was the costliest step
// of embedding; read-only after initialisation.
var sublinearTF = func() (t [64]float64) {
	for n := 1; n < len(t); n++ {
		t[n] = 1 + math.Log(float64(n))
	}
	return t
}()

// Seeds that separate the hash spaces of the kinds, so the word "nga" and the
// character trigram "nga" land in different dimensions.
const (
	seedWord   = 0x9e3779b97f4a7c15
	seedBigram = 0xc2b2ae3d27d4eb4f
	seedChar   = 0x165667b19e3779f9
	seedEmpty  = 0x27d4eb2f165667c5
)

// minCharNgramRunes: shorter words get no character n-grams, because their
// n-grams would only repeat the word (and Vietnamese syllables are short).
const minCharNgramRunes = 4

// parallelMin is the batch size from which Embed spreads texts over all CPUs;
// below it goroutine start-up costs more than it saves.
const parallelMin = 32

// localEmbedder is the built-in embedder: a signed hashing trick over folded
// words, word bigrams and character n-grams with fixed weights, sublinear term
// frequency (1 + ln tf) and L2 normalisation. It needs no model weights and no network,
// and the same text always embeds to the same vector.
type localEmbedder struct {
	dim   int
	model string
	pool  sync.Pool // *localScratch, so a busy embedder allocates per text only its folded copy
}

// NewLocalEmbedder returns the built-in offline, deterministic embedder
// (hashed word + character n-gram features, diacritic-insensitive, dim dims).
// dim <= 0 selects DefaultLocalDim.
func NewLocalEmbedder(dim int) Embedder {
	if dim <= 0 {
		dim = DefaultLocalDim
	}
	e := &localEmbedder{dim: dim, model: localModelPrefix + strconv.Itoa(dim)}
	e.pool.New = func() any { return &localScratch{acc: make([]float64, dim)} }
	return e
}

// Model names the feature scheme and dimension, e.g. "local-v1-384".
func (e *localEmbedder) Model() string { return e.model }

// SimilarityFloor is the cosine similarity from which a local-embedder hit
// bears on the question on its own. Measured on the seed corpus: off-topic
// questions reach at most 0.23 against some seed chunk (a short Vietnamese
// question shares syllables with everything), while answerable ones score
// 0.13-0.42 on the right chunk. The two overlap, so the floor sits above the
// off-topic range and the lexical evidence in Search (concepts) decides the
// rest; TestSearchRelevance guards both sides.
func (e *localEmbedder) SimilarityFloor() float64 { return 0.30 }

// Embed embeds texts in order. Large batches are spread over all CPUs.
func (e *localEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	// One backing array: one allocation per batch instead of one per text.
	// The three-index slices stop an append on one vector spilling into the next.
	backing := make([]float32, len(texts)*e.dim)
	vec := func(i int) []float32 { return backing[i*e.dim : (i+1)*e.dim : (i+1)*e.dim] }

	workers := 1
	if len(texts) >= parallelMin {
		workers = min(runtime.GOMAXPROCS(0), len(texts)/(parallelMin/2))
	}
	if workers <= 1 {
		s := e.pool.Get().(*localScratch)
		defer e.pool.Put(s)
		for i, t := range texts {
			if i%256 == 0 && ctx.Err() != nil {
				return nil, fmt.Errorf("local embed: %w", ctx.Err())
			}
			out[i] = vec(i)
			e.embedOne(s, t, out[i])
		}
		return out, nil
	}

	// Workers take small blocks from a shared counter, so one long text does
	// not leave the other CPUs idle at the end of a static split.
	const block = 16
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			s := e.pool.Get().(*localScratch)
			defer e.pool.Put(s)
			for ctx.Err() == nil {
				lo := int(next.Add(block)) - block
				if lo >= len(texts) {
					return
				}
				for i := lo; i < min(lo+block, len(texts)); i++ {
					out[i] = vec(i)
					e.embedOne(s, texts[i], out[i])
				}
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("local embed: %w", err)
	}
	return out, nil
}

// localScratch holds one goroutine's reusable buffers.
type localScratch struct {
	spans []span
	runes []int // rune start offsets of the padded word, plus its end
	pad   []byte
	acc   []float64
	tf    featureCounts
}

// featureCounts counts feature occurrences in an open-addressing hash table
// that is reused from text to text: O(1) per feature and no allocation once
// warm, where sorting the features cost more than extracting them.
type featureCounts struct {
	keys   []uint64 // 0 marks an empty slot (feature 0 is counted in zero)
	counts []uint32
	used   []int32 // occupied slots in insertion order: iteration and clearing
	zero   uint32
}

func (c *featureCounts) reset() {
	for _, i := range c.used {
		c.keys[i] = 0
	}
	c.used = c.used[:0]
	c.zero = 0
	if c.keys == nil {
		c.keys = make([]uint64, 4096)
		c.counts = make([]uint32, 4096)
	}
}

func (c *featureCounts) add(f uint64) {
	if f == 0 {
		c.zero++
		return
	}
	if 2*(len(c.used)+1) > len(c.keys) {
		c.grow()
	}
	mask := uint64(len(c.keys) - 1)
	for i := (f >> kindBits) & mask; ; i = (i + 1) & mask {
		switch c.keys[i] {
		case f:
			c.counts[i]++
			return
		case 0:
			c.keys[i], c.counts[i] = f, 1
			c.used = append(c.used, int32(i))
			return
		}
	}
}

func (c *featureCounts) grow() {
	keys, counts, used := c.keys, c.counts, c.used
	c.keys = make([]uint64, 2*len(keys))
	c.counts = make([]uint32, 2*len(keys))
	c.used = make([]int32, 0, 2*len(used))
	mask := uint64(len(c.keys) - 1)
	for _, j := range used {
		f := keys[j]
		i := (f >> kindBits) & mask
		for c.keys[i] != 0 {
			i = (i + 1) & mask
		}
		c.keys[i], c.counts[i] = f, counts[j]
		c.used = append(c.used, int32(i))
	}
}

// embedOne writes the unit vector of text into dst (len e.dim).
func (e *localEmbedder) embedOne(s *localScratch, text string, dst []float32) {
	folded := corpus.Fold(text)
	s.spans = appendWords(s.spans[:0], folded)
	tf := &s.tf
	tf.reset()

	var prevHash uint64
	prevStop, havePrev := false, false
	for _, sp := range s.spans {
		w := folded[sp.start:sp.end]
		h := fnv1a(w)
		nr := utf8.RuneCountInString(w)
		stop := nr < 2 || isStopword(w)
		if stop {
			tf.add(pack(mix(h^seedWord), kindStop))
		} else {
			tf.add(pack(mix(h^seedWord), kindWord))
		}
		if havePrev && !(stop && prevStop) {
			kind := kindBigram
			if stop || prevStop {
				kind = kindBigramHalf
			}
			tf.add(pack(mix(prevHash*0x100000001b3^h^seedBigram), kind))
		}
		prevHash, prevStop, havePrev = h, stop, true
		if !stop && nr >= minCharNgramRunes {
			s.addCharNgrams(w)
		}
	}
	if len(tf.used) == 0 && tf.zero == 0 {
		// No words at all (punctuation, emoji, blank): still a unit vector,
		// so the index never holds a zero vector, and one that only matches
		// the same kind of text.
		tf.add(pack(mix(fnv1a(text)^seedEmpty), kindEmpty))
	}

	acc := s.acc
	clear(acc)
	dim := uint64(e.dim)
	addFeature := func(f uint64, n uint32) {
		w := kindWeight[f&kindMask]
		switch {
		case n == 1: // most features
		case n < uint32(len(sublinearTF)):
			w *= sublinearTF[n]
		default:
			w *= 1 + math.Log(float64(n))
		}
		if f>>63 != 0 {
			w = -w
		}
		acc[(f>>kindBits)%dim] += w
	}
	for _, i := range tf.used {
		addFeature(tf.keys[i], tf.counts[i])
	}
	if tf.zero > 0 {
		addFeature(0, tf.zero)
	}
	var norm float64
	for _, v := range acc {
		norm += v * v
	}
	norm = math.Sqrt(norm)
	if norm == 0 {
		// Features cancelled out exactly (vanishingly rare): fall back to a
		// fixed axis rather than return a vector that cannot be normalised.
		acc[0], norm = 1, 1
	}
	for i, v := range acc {
		dst[i] = float32(v / norm)
	}
}

// addCharNgrams counts the 3-, 4- and 5-rune n-grams of "<w>" (the
// brackets mark the word's edges so prefixes and suffixes count).
func (s *localScratch) addCharNgrams(w string) {
	pad := append(s.pad[:0], '<')
	pad = append(pad, w...)
	pad = append(pad, '>')
	s.pad = pad
	offs := s.runes[:0]
	for i := 0; i < len(pad); {
		offs = append(offs, i)
		if pad[i] < utf8.RuneSelf {
			i++
		} else {
			_, n := utf8.DecodeRune(pad[i:])
			i += n
		}
	}
	offs = append(offs, len(pad))
	s.runes = offs
	nr := len(offs) - 1
	for n := 3; n <= 5; n++ {
		for i := 0; i+n <= nr; i++ {
			s.tf.add(pack(mix(fnv1aBytes(pad[offs[i]:offs[i+n]])^seedChar), kindChar))
		}
	}
}

// pack stores kind in the low bits of a feature hash.
func pack(h uint64, kind int) uint64 { return h&^kindMask | uint64(kind) }

// fnv1a is 64-bit FNV-1a: tiny, allocation-free and stable across releases
// (the vectors are stored, so the hash must never change).
func fnv1a(s string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001b3
	}
	return h
}

func fnv1aBytes(b []byte) uint64 {
	h := uint64(0xcbf29ce484222325)
	for _, c := range b {
		h ^= uint64(c)
		h *= 0x100000001b3
	}
	return h
}

// mix is the splitmix64 finaliser: FNV's low bits are weak, and both the
// bucket (mod dim) and the sign are taken from the hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
