package corpus

import (
	"strings"
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
// without spaces). Boilerplate lines (see ClassifyLines) are in no chunk,
// and no chunk spans one. The result is deterministic and never contains an
// empty chunk; an empty body gives no chunks.
func Split(a Article, opt ChunkOptions) []Chunk {
	opt = opt.withDefaults()
	var chunks []Chunk
	// Boilerplate lines (boilerplate.go) never reach a chunk: each run of
	// content between them is chunked on its own.
	for _, seg := range contentSegments(a.Body) {
		chunks = appendChunks(chunks, a, a.Body[seg.start:seg.end], opt)
	}
	return chunks
}

// appendChunks appends the chunks of body, a content slice of a's body.
func appendChunks(chunks []Chunk, a Article, body string, opt ChunkOptions) []Chunk {
	units := splitUnits(body, opt.MaxRunes)
	if len(units) == 0 {
		return chunks
	}
	for first := 0; first < len(units); {
		last := first
		for last+1 < len(units) && units[last+1].rend-units[first].rstart <= opt.MaxRunes {
			last++
		}
		chunks = append(chunks, Chunk{
			ArticleID: a.ID,
			Seq:       len(chunks),
			Header:    a.Title,
			Text:      body[units[first].start:units[last].end],
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

// sentenceEnds returns the byte offsets at which the sentences of s end, in
// order; the last one is len(s) when s does not end with a boundary.
//
// A boundary is a line break, or a run of . ! ? … (or the CJK 。！？) plus
// any closing quotes and brackets, followed by a space and not followed by
// a lowercase letter. A '.' does not end a sentence after a known
// abbreviation (Mr., Dr., St., TS.), a single capital (the initial in
// "Vladimir V. Putin"), or a dotted acronym (U.S., e.g.); decimals (3.5),
// dates (25/1) and "U.S.-Russia" never have the space that a boundary needs.
func sentenceEnds(s string) []int {
	var ends []int
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\n' {
			ends = append(ends, i+1)
			i++
			continue
		}
		var size int
		cjk := false
		switch {
		case c == '.' || c == '!' || c == '?':
			size = 1
		case c >= utf8.RuneSelf:
			r, sz := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '…':
				size = sz
			case '。', '！', '？':
				size, cjk = sz, true
			default:
				i += sz
				continue
			}
		default:
			i++
			continue
		}
		termStart := i
		j := i + size
		// Absorb the rest of a terminator run ("?!", "...") and closers.
		for j < len(s) {
			r, sz := utf8.DecodeRuneInString(s[j:])
			if r == '.' || r == '!' || r == '?' || r == '…' || r == '。' || r == '！' || r == '？' || isCloser(r) {
				j += sz
				continue
			}
			break
		}
		if j >= len(s) {
			ends = append(ends, len(s))
			break
		}
		if cjk {
			ends = append(ends, j)
			i = j
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsSpace(r) {
			i = j
			continue
		}
		if isBoundary(s, termStart, j) {
			ends = append(ends, j)
		}
		i = j
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(s) {
		ends = append(ends, len(s))
	}
	return ends
}

// isBoundary decides whether the terminator run s[term:j], followed by
// whitespace, ends a sentence.
func isBoundary(s string, term, j int) bool {
	// What comes next, after the whitespace (a line break always ends).
	k := j
	for k < len(s) {
		r, sz := utf8.DecodeRuneInString(s[k:])
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) {
			break
		}
		k += sz
	}
	if k >= len(s) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[k:])
	if unicode.IsLower(next) {
		return false // "approx. five", "the U.S. has", "... and then"
	}
	if s[term] != '.' || strings.HasPrefix(s[term:j], "..") {
		return true
	}
	// The word before the dot.
	w := term
	for w > 0 {
		r, sz := utf8.DecodeLastRuneInString(s[:w])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' || r == '\'' {
			break
		}
		w -= sz
	}
	word := s[w:term]
	switch {
	case word == "":
		return true
	case isAbbreviation(word):
		return false
	case utf8.RuneCountInString(word) == 1:
		r, _ := utf8.DecodeRuneInString(word)
		return !unicode.IsUpper(r) // "V." in "Vladimir V. Putin"
	case isDottedAcronym(word):
		return false // "U.S", "e.g", "a.m"
	}
	return true
}

// isCloser reports quotes and brackets that may follow a terminator inside
// the same sentence.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', '」', '』', '）':
		return true
	}
	return false
}

// isDottedAcronym reports words like "U.S" or "e.g": single letters joined
// by dots (the final dot is the terminator itself).
func isDottedAcronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	letters := 0
	prevLetter := false
	for _, r := range w {
		switch {
		case r == '.':
			if !prevLetter {
				return false
			}
			prevLetter = false
		case unicode.IsLetter(r):
			if prevLetter {
				return false
			}
			prevLetter = true
			letters++
		default:
			return false
		}
	}
	return letters >= 2
}

// isAbbreviation reports titles and abbreviations that end in a dot but not
// a sentence, in English and Vietnamese news.
func isAbbreviation(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Sr", "Jr", "Prof", "Gen", "Lt", "Col",
		"Maj", "Capt", "Sgt", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Hon",
		"Pres", "Amb", "Sec", "Dept", "Inc", "Ltd", "Co", "Corp", "Bros", "Mt",
		"No", "Nos", "Vol", "Fig", "Art", "approx", "vs", "etc", "cf", "al",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		// Vietnamese: Tiến sĩ, Thạc sĩ, Giáo sư, Phó giáo sư, Thành phố, Bác sĩ.
		"TS", "ThS", "GS", "PGS", "TP", "Tp", "BS", "KS", "NXB":
		return true
	}
	return false
}
