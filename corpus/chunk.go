package corpus

import (
	"unicode"
	"unicode/utf8"
)

// Chunk size defaults, in runes. 900 runes is about 150–200 words of
// English or Vietnamese: long enough to carry a claim with its context, short
// enough that several fit in a prompt and a citation stays readable.
const (
	DefaultMaxRunes     = 900
	DefaultOverlapRunes = 200
	minMaxRunes         = 40 // below this a chunk cannot hold a sentence
)

// ChunkOptions bounds chunk size in runes.
type ChunkOptions struct {
	MaxRunes     int // default 900
	OverlapRunes int // default ~1 sentence, at most 200
}

// withDefaults resolves zero values: MaxRunes 0 means 900; OverlapRunes 0
// means "about one sentence, at most 200 runes", negative means none. The
// overlap never exceeds half a chunk so every chunk brings new text.
func (o ChunkOptions) withDefaults() ChunkOptions {
	if o.MaxRunes <= 0 {
		o.MaxRunes = DefaultMaxRunes
	}
	o.MaxRunes = max(o.MaxRunes, minMaxRunes)
	switch {
	case o.OverlapRunes < 0:
		o.OverlapRunes = 0
	case o.OverlapRunes == 0 || o.OverlapRunes > DefaultOverlapRunes:
		o.OverlapRunes = DefaultOverlapRunes
	}
	o.OverlapRunes = min(o.OverlapRunes, o.MaxRunes/2)
	return o
}

// span is a sentence (or a piece of an over-long one) in the body: byte
// offsets [start, end) and rune offsets [rstart, rend).
type span struct {
	start, end   int
	rstart, rend int
}

// Split cuts a's body into sentence-aware chunks with the title as header.
//
// Each chunk is a contiguous slice of the body made of whole sentences, at
// most MaxRunes long, so a citation quotes the article verbatim. Consecutive
// chunks share their boundary sentence(s), up to OverlapRunes, so a claim
// that straddles a boundary is retrievable from either side. A sentence
// longer than MaxRunes is cut at word boundaries (at any rune for scripts
// without spaces). The result is deterministic and never contains an empty
// chunk; an empty body gives no chunks.
func Split(a Article, opt ChunkOptions) []Chunk {
	opt = opt.withDefaults()
	units := splitUnits(a.Body, opt.MaxRunes)
	if len(units) == 0 {
		return nil
	}
	var chunks []Chunk
	for first := 0; first < len(units); {
		last := first
		for last+1 < len(units) && units[last+1].rend-units[first].rstart <= opt.MaxRunes {
			last++
		}
		chunks = append(chunks, Chunk{
			ArticleID: a.ID,
			Seq:       len(chunks),
			Header:    a.Title,
			Text:      a.Body[units[first].start:units[last].end],
		})
		if last == len(units)-1 {
			break
		}
		// Start the next chunk with the trailing sentences that fit in the
		// overlap, but always after this chunk's first unit so we advance.
		next := last + 1
		for next-1 > first && units[last].rend-units[next-1].rstart <= opt.OverlapRunes {
			next--
		}
		// Drop overlap that would leave no room for the next new sentence:
		// a chunk made only of repeated text helps nobody.
		for next <= last && units[last+1].rend-units[next].rstart > opt.MaxRunes {
			next++
		}
		first = next
	}
	return chunks
}

// splitUnits returns the sentences of body as trimmed, non-empty spans, with
// sentences over maxRunes cut into word-boundary pieces.
func splitUnits(body string, maxRunes int) []span {
	var units []span
	prev, rprev := 0, 0
	ends := sentenceEnds(body)
	for _, end := range ends {
		seg := body[prev:end]
		rseg := utf8.RuneCountInString(seg)
		// Trim whitespace, tracking rune offsets (whitespace is ASCII or
		// counted rune by rune).
		start, rstart := prev, rprev
		for start < end {
			r, size := utf8.DecodeRuneInString(body[start:])
			if !unicode.IsSpace(r) {
				break
			}
			start += size
			rstart++
		}
		stop, rstop := end, rprev+rseg
		for stop > start {
			r, size := utf8.DecodeLastRuneInString(body[start:stop])
			if !unicode.IsSpace(r) {
				break
			}
			stop -= size
			rstop--
		}
		if stop > start {
			units = appendPieces(units, body, span{start, stop, rstart, rstop}, maxRunes)
		}
		prev, rprev = end, rprev+rseg
	}
	return units
}

// appendPieces appends sp, cut into pieces of at most maxRunes runes at the
// last space before the limit (or at the limit when there is none).
func appendPieces(units []span, body string, sp span, maxRunes int) []span {
	for sp.rend-sp.rstart > maxRunes {
		// Walk maxRunes runes, remembering the last space.
		i, n := sp.start, 0
		lastSpace, rLastSpace := -1, 0
		for n < maxRunes {
			r, size := utf8.DecodeRuneInString(body[i:])
			if unicode.IsSpace(r) {
				lastSpace, rLastSpace = i, sp.rstart+n
			}
			i += size
			n++
		}
		cut, rcut := i, sp.rstart+n
		if lastSpace > sp.start {
			cut, rcut = lastSpace, rLastSpace
		}
		// Trim the space(s) at the cut from the piece and the remainder.
		pieceEnd, rpieceEnd := cut, rcut
		for pieceEnd > sp.start {
			r, size := utf8.DecodeLastRuneInString(body[sp.start:pieceEnd])
			if !unicode.IsSpace(r) {
				break
			}
			pieceEnd -= size
			rpieceEnd--
		}
		units = append(units, span{sp.start, pieceEnd, sp.rstart, rpieceEnd})
		for cut < sp.end {
			r, size := utf8.DecodeRuneInString(body[cut:])
			if !unicode.IsSpace(r) {
				break
			}
			cut += size
			rcut++
		}
		sp.start, sp.rstart = cut, rcut
	}
	if sp.end > sp.start {
		units = append(units, sp)
	}
	return units
}

// sentenceEnds returns the byte offsets at which the sentences of s end
// (see Sentences), in order; the last one is len(s).
func sentenceEnds(s string) []int {
	sents := Sentences(s)
	ends := make([]int, 0, len(sents)+1)
	for _, st := range sents {
		ends = append(ends, st.End)
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(s) {
		ends = append(ends, len(s))
	}
	return ends
}
