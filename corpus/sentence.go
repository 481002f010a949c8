package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text.
type Sentence struct {
	Start, End int  // byte offsets, without surrounding white space: s[Start:End]
	LineStart  bool // the first sentence of its line or bullet item
}

// Sentences splits s into sentences, in order, none empty.
//
// A sentence ends at a line break or a bullet (•), or at a run of
// . ! ? … (or the CJK 。！？) plus any closing quotes and brackets, when
// a space follows and the next word does not begin in lower case. A '.'
// does not end a sentence after a known abbreviation (Mr., Amb., Sec., TS.,
// ThS., г., им.), a single capital (the initials of "J. F. Kennedy"), or a
// dotted acronym (U.S., U.N., e.g., т.е.); numbers and dates (3.5, 1.000,
// 25/1) and "U.S.-Russia" never have the space that an end needs. So
// "Amb. Darchiev met Sec. Rubio in Istanbul." is one sentence.
//
// LineStart tells a news roundup's items apart: in a list each line is a
// separate story, so a sentence only carries on the one before it within
// the same line.
func Sentences(s string) []Sentence {
	var out []Sentence
	lineStart := true
	prev := 0
	emit := func(end int, nextLine bool) {
		start, stop := prev, end
		for start < stop {
			r, size := utf8.DecodeRuneInString(s[start:])
			if !unicode.IsSpace(r) {
				break
			}
			start += size
		}
		for stop > start {
			r, size := utf8.DecodeLastRuneInString(s[start:stop])
			if !unicode.IsSpace(r) {
				break
			}
			stop -= size
		}
		if stop > start {
			out = append(out, Sentence{Start: start, End: stop, LineStart: lineStart})
			lineStart = false
		}
		if nextLine {
			lineStart = true
		}
		prev = end
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\n' {
			emit(i+1, true)
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
			case '•':
				emit(i, true) // the bullet starts the next item
				i += sz
				continue
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
			break
		}
		if cjk {
			emit(j, false)
			i = j
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) && isBoundary(s, termStart, j) {
			emit(j, false)
		}
		i = j
	}
	emit(len(s), false)
	return out
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
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' || r == '\'' || r == '«' {
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
		return false // "U.S", "e.g", "т.е"
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
// a sentence, in English, Vietnamese and Russian news. Case matters: "No. 5"
// is a number, "said no. Then" ends a sentence. Vietnamese "Ông"/"Bà" are
// words, never written with a dot.
func isAbbreviation(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Sr", "Jr", "Prof", "Gen", "Lt", "Col",
		"Maj", "Capt", "Sgt", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Hon",
		"Pres", "Amb", "Sec", "Dept", "Inc", "Ltd", "Co", "Corp", "Bros", "Mt",
		"No", "Nos", "Vol", "Fig", "Art", "approx", "vs", "etc", "cf", "al",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		// Vietnamese: Tiến sĩ, Thạc sĩ, Giáo sư, Phó giáo sư, Thành phố, Bác sĩ.
		"TS", "ThS", "GS", "PGS", "TP", "Tp", "BS", "KS", "NXB",
		// Russian: год/город, годы, имени, улица, дом, страница, тысяч,
		// миллионов, миллиардов, рублей, долларов, смотри, господин.
		"г", "гг", "им", "ул", "д", "стр", "тыс", "млн", "млрд", "руб", "долл", "см", "г-н", "г-жа":
		return true
	}
	return false
}
