package corpus

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"math"
)

// Near-duplicate detection: the same wire story published by several outlets,
// lightly edited (a new headline, a dropped paragraph, "Moscow" for "the
// Kremlin"), should be one story. Articles are compared by the Jaccard
// similarity of their word shingles, estimated with MinHash (Broder 1997);
// locality-sensitive hashing over bands of the signature finds the few
// stored articles worth comparing without reading them all.
//
// Hand-written rather than taken from a library: the signature is stored
// and compared by other processes, so its hashing must be fixed forever and
// its LSH bands must live in the store, not in a library's in-memory index
// (github.com/ekzhu/minhash-lsh, dgryski/go-minhash). What is left is FNV-1a
// and one multiply-add per slot; BenchmarkStorySignature measures it.

// Signature tuning. See TestNearDupSet for the measured figures.
const (
	// ShingleWords is the shingle length in words. Three-word shingles
	// keep shared phrases ("the foreign ministry said") from making two
	// stories on one topic look alike, while a light edit (one word
	// changed) only disturbs the three shingles around it.
	ShingleWords = 3
	// SignatureSize is the number of MinHash slots: the similarity
	// estimate's standard error is sqrt(J(1-J)/256), 0.029 at the
	// threshold. 128 slots (0.041) put a follow-up that recycles two
	// background paragraphs (exact 0.23) above 0.30 in the test set.
	SignatureSize = 256
	// Bands and BandRows cut the signature for LSH: two articles become
	// candidates when both rows of some band agree. 64 bands of 2 rows
	// (the first 128 slots) make a pair at the threshold a candidate
	// with probability 1-(1-0.32^2)^64 ≈ 0.999, and a same-topic pair
	// (0.05) with 0.15, which only costs one signature comparison.
	Bands    = 64
	BandRows = 2
	// NearDupThreshold is the estimated shingle Jaccard similarity from
	// which two articles are one story. On testdata/neardup, copies of one
	// story lightly edited by other outlets have exact similarities 0.40
	// to 0.64; different stories on the same topic (same names, stock
	// phrases) at most 0.09, and a next-day follow-up that repeats two
	// background paragraphs verbatim 0.23. The threshold sits between,
	// about three standard errors of the estimate from each.
	NearDupThreshold = 0.32
	// MinShingles is how many distinct shingles an article needs before it
	// is compared at all: two short notices (a headline and one sentence)
	// share most of their shingles without being one story.
	MinShingles = 30
)

// Signature is an article's MinHash signature.
type Signature [SignatureSize]uint32

// seeds are the per-slot multipliers and offsets, fixed forever: a stored
// signature is only comparable with one made with the same seeds.
var sigMul, sigAdd = func() (mul, add [SignatureSize]uint64) {
	x := uint64(0x6465746e7465) // "detent": any fixed value
	next := func() uint64 {     // splitmix64
		x += 0x9e3779b97f4a7c15
		return mix64(x)
	}
	for i := range mul {
		mul[i] = next() | 1 // odd: a bijection of uint64
		add[i] = next()
	}
	return
}()

// StorySignature returns the MinHash signature of an article's title and
// body, and how many distinct shingles it was made from. Words are folded
// (Words), so diacritics and case do not matter.
func StorySignature(title, body string) (Signature, int) {
	var sig Signature
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	words := Words(title + "\n" + body)
	wh := make([]uint64, len(words))
	for i, w := range words {
		wh[i] = fnv64a(w)
	}
	seen := make(map[uint64]struct{}, len(words))
	for i := 0; i+ShingleWords <= len(words); i++ {
		// Each word is hashed once; a shingle is its words' hashes
		// combined in order.
		var x uint64
		for _, h := range wh[i : i+ShingleWords] {
			x = mix64(x*0x100000001b3 ^ h)
		}
		if _, dup := seen[x]; dup {
			continue
		}
		seen[x] = struct{}{}
		for j := range sig {
			// The top 32 bits of a multiply-add are well mixed; the low
			// ones are not.
			if v := uint32((x*sigMul[j] + sigAdd[j]) >> 32); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig, len(seen)
}

// fnv64a is FNV-1a of s, without the allocations of hash/fnv.
func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix64 is splitmix64's finalizer: it spreads a combination of word
// hashes over all 64 bits.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Similarity estimates the Jaccard similarity of the shingle sets behind
// two signatures: the share of slots that agree.
func (s Signature) Similarity(o Signature) float64 {
	n := 0
	for i := range s {
		if s[i] == o[i] {
			n++
		}
	}
	return float64(n) / SignatureSize
}

// BandKeys returns the signature's LSH keys, one per band: articles whose
// keys agree in some band are candidates for a comparison.
func (s Signature) BandKeys() [Bands]int64 {
	var keys [Bands]int64
	var buf [4 * BandRows]byte
	for b := range keys {
		for r := 0; r < BandRows; r++ {
			binary.LittleEndian.PutUint32(buf[4*r:], s[b*BandRows+r])
		}
		h := fnv.New64a()
		h.Write(buf[:])
		keys[b] = int64(h.Sum64()) // SQLite integers are signed
	}
	return keys
}

// MarshalBinary encodes the signature for storage (little endian).
func (s Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 4*SignatureSize)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary wrote.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) != 4*SignatureSize {
		return errors.New("story signature: wrong length")
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return nil
}
