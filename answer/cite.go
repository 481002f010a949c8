package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/detente/detente/corpus"
)

// citeFilter verifies a model's text as it streams. It is the only way
// model output reaches a user, and it guarantees:
//
//   - every [n] left in the text refers to a source given (1 ≤ n ≤ max);
//     markers outside that range are removed with the space before them;
//   - grouped markers are normalised: "[1, 2]", "[1-3]", "[^2]" become
//     "[1][2]", "[1][2][3]", "[2]"; a number repeated in adjacent markers
//     ("[1][1]") is written once;
//   - bare links (http://, https://) are removed: the only links a user sees
//     come from the store's metadata, never from the model;
//   - a sources list the model appends ("Sources:", "Nguồn:", ...) at the
//     start of a line ends the text: the application renders its own;
//   - leading and trailing whitespace is dropped.
//
// Text that could still turn into a marker, a link or a sources header is
// held back until it is decided, so a marker split across chunks ("[" then
// "2]") is judged whole and what has been emitted is never taken back. The
// output is the same however the input is chunked. Not safe for concurrent use.
type citeFilter struct {
	max       int
	buf       string // received, not yet decided
	space     string // whitespace waiting for the next emitted token
	started   bool   // something has been emitted
	lineStart bool   // buf begins a line (for sources-header detection)
	// trimIndent: a token removed at the start of a line leaves no
	// indentation behind ("\n\n[9] Next" → "\n\nNext").
	trimIndent bool
	stopped    bool  // a sources list began: drop everything else
	last       byte  // last byte emitted
	run        []int // numbers in the current run of adjacent markers
	// litOpen: a literal "[" was emitted and only marker-like bytes
	// followed (litBody: some were digits). Removing a marker or link
	// inside it ("[0[9]]", "[1 https://x]") must not leave a new marker.
	litOpen bool
	litBody bool
	cited   map[int]bool
}

func newCiteFilter(max int) *citeFilter {
	return &citeFilter{max: max, lineStart: true, cited: map[int]bool{}}
}

// maxMarkerLen bounds how long "[..." may stay undecided; longer bracketed
// text is not a citation.
const maxMarkerLen = 64

// write takes the next chunk of model output and returns the text that can
// now be shown.
func (f *citeFilter) write(s string) string {
	f.buf += s
	return f.drain(false)
}

// close ends the stream and returns whatever was still held back and is
// safe to show.
func (f *citeFilter) close() string {
	out := f.drain(true)
	f.space = "" // trailing whitespace
	return out
}

// citedNumbers returns the source numbers emitted, ascending.
func (f *citeFilter) citedNumbers() []int {
	out := make([]int, 0, len(f.cited))
	for n := range f.cited {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func (f *citeFilter) drain(final bool) string {
	var out strings.Builder
	emit := func(tok string) {
		if f.started {
			tok = f.space + tok
		}
		f.space = ""
		f.trimIndent = false
		if f.litOpen {
			tok = f.guardLiteral(tok)
			// Whitespace the dropped "]" leaves at the end waits, like
			// any other, for the next token.
			trimmed := strings.TrimRight(tok, " \t\r\n\f\v")
			f.space, tok = tok[len(trimmed):], trimmed
		}
		if tok == "" {
			return
		}
		out.WriteString(tok)
		f.started = true
		f.last = tok[len(tok)-1]
	}
	// dropSpace is called when a token is removed: the space before it goes
	// too ("claim [9]." → "claim."), unless it breaks a line or paragraph.
	dropSpace := func() {
		if !strings.Contains(f.space, "\n") {
			f.space = ""
		} else {
			f.trimIndent = true
		}
	}
	for len(f.buf) > 0 && !f.stopped {
		c := f.buf[0]
		if isSpace(c) {
			j := 0
			for j < len(f.buf) && isSpace(f.buf[j]) {
				j++
			}
			ws := f.buf[:j]
			f.buf = f.buf[j:]
			if f.trimIndent {
				ws = strings.Map(func(r rune) rune {
					if r == '\n' {
						return r
					}
					return -1
				}, ws)
			}
			f.space += ws
			if strings.Contains(f.space, "\n") {
				f.lineStart = true
			}
			continue
		}
		if f.lineStart {
			switch sourcesHeader(f.buf, final) {
			case undecided:
				return out.String()
			case decidedYes:
				f.stopped = true
				f.buf = ""
				f.space = ""
				return out.String()
			}
			f.lineStart = false
		}
		switch {
		case c == '[':
			nums, n, st := parseMarker(f.buf, final)
			switch st {
			case undecided:
				return out.String()
			case decidedNo:
				f.run = nil
				emit("[")
				f.litOpen, f.litBody = true, false
				f.buf = f.buf[1:]
				continue
			}
			f.buf = f.buf[n:]
			var tok strings.Builder
			for _, k := range nums {
				if k < 1 || k > f.max || slices.Contains(f.run, k) {
					continue
				}
				f.run = append(f.run, k)
				f.cited[k] = true
				tok.WriteString("[" + strconv.Itoa(k) + "]")
			}
			if tok.Len() == 0 {
				dropSpace()
				continue
			}
			emit(tok.String())
		case (c == 'h' || c == 'H') && f.wordStart():
			n, st := parseURL(f.buf, final)
			switch st {
			case undecided:
				return out.String()
			case decidedYes:
				f.buf = f.buf[n:]
				dropSpace()
				continue
			}
			f.emitRun(emit)
		case isOpener(c):
			f.run = nil
			emit(f.buf[:1])
			f.buf = f.buf[1:]
		default:
			f.emitRun(emit)
		}
	}
	if f.stopped {
		f.buf = ""
	}
	return out.String()
}

// guardLiteral drops the "]" that would close a literal "[" over
// marker-like text into something that reads as a citation.
func (f *citeFilter) guardLiteral(tok string) string {
	var b strings.Builder
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if f.litOpen {
			switch {
			case c >= '0' && c <= '9':
				f.litBody = true
			case c == ' ' || c == ',' || c == ';' || c == '-' || c == '^':
			case c == ']' && f.litBody:
				continue // the text before still reads "[0", so stay open
			default:
				f.litOpen = false
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isOpener reports bytes after which a link may start; they are tokens of
// their own so that where a link starts does not depend on chunking.
func isOpener(c byte) bool { return c == '(' || c == '<' || c == '"' || c == '\'' }

// emitRun emits plain text up to the next byte that may start something to
// check (a bracket, an opener, whitespace).
func (f *citeFilter) emitRun(emit func(string)) {
	j := 1
	for j < len(f.buf) && !isSpace(f.buf[j]) && f.buf[j] != '[' && !isOpener(f.buf[j]) {
		j++
	}
	f.run = nil
	emit(f.buf[:j])
	f.buf = f.buf[j:]
}

// wordStart reports whether the next token starts a word: a link can only
// begin there.
func (f *citeFilter) wordStart() bool {
	return !f.started || f.space != "" || isOpener(f.last)
}

type decision int

const (
	undecided decision = iota
	decidedNo
	decidedYes
)

// parseMarker reads a citation marker at the start of s ("[1]", "[1, 2]",
// "[1-3]", "[^2]"). It returns the numbers (ranges expanded), the marker's
// length, and whether s starts with a marker (undecided: more input needed).
func parseMarker(s string, final bool) ([]int, int, decision) {
	i := 1
	if i < len(s) && s[i] == '^' {
		i++
	}
	var nums []int
	cur, digits := 0, 0
	rangeFrom := -1
	flush := func() bool {
		if digits == 0 {
			return false
		}
		if rangeFrom >= 0 {
			if rangeFrom <= cur && cur-rangeFrom < 20 {
				for k := rangeFrom; k <= cur; k++ {
					nums = append(nums, k)
				}
			}
			rangeFrom = -1
		} else {
			nums = append(nums, cur)
		}
		cur, digits = 0, 0
		return true
	}
	for ; i < len(s) && i < maxMarkerLen; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if cur < 1e6 { // larger numbers are out of range anyway
				cur = cur*10 + int(c-'0')
			}
			digits++
		case c == ' ':
		case c == ',' || c == ';':
			if !flush() {
				return nil, 0, decidedNo
			}
		case c == '-' || strings.HasPrefix(s[i:], "–"):
			if digits == 0 || rangeFrom >= 0 {
				return nil, 0, decidedNo
			}
			if c != '-' {
				i += len("–") - 1
			}
			rangeFrom, cur, digits = cur, 0, 0
		case c == ']':
			if !flush() {
				return nil, 0, decidedNo
			}
			return nums, i + 1, decidedYes
		default:
			return nil, 0, decidedNo
		}
	}
	if i >= maxMarkerLen || final {
		if final && i < maxMarkerLen {
			// A marker cut off by the end of the stream ("... [1"): not
			// text anyone wants; drop it as an invalid marker.
			return nil, len(s), decidedYes
		}
		return nil, 0, decidedNo
	}
	return nil, 0, undecided
}

// parseURL reports whether s starts with an http(s) link and its length up
// to whitespace, leaving trailing punctuation (a sentence's full stop) out.
func parseURL(s string, final bool) (int, decision) {
	lower := strings.ToLower(s[:min(len(s), 8)])
	isURL := strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
	if !isURL {
		if !final && (strings.HasPrefix("https://", lower) || strings.HasPrefix("http://", lower)) {
			return 0, undecided
		}
		return 0, decidedNo
	}
	end := strings.IndexAny(s, " \t\r\n\f\v")
	if end < 0 {
		if !final {
			return 0, undecided
		}
		end = len(s)
	}
	n := end
	for n > 0 && strings.IndexByte(".,;:!?)]>\"'", s[n-1]) >= 0 {
		n--
	}
	return n, decidedYes
}

// sourcesHeaders are folded words that, alone on a line or followed by a
// colon, start a list of sources or links. Longest first.
var sourcesHeaders = []string{
	"tai lieu tham khao", "nguon tham khao", "cac nguon", "tham khao", "references", "reference",
	"citations", "источники", "sources", "source", "nguon", "links", "ссылки",
}

// sourcesHeader decides whether the line starting s is a sources header.
func sourcesHeader(s string, final bool) decision {
	line, complete := s, final
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		line, complete = s[:i], true
	}
	line = strings.TrimLeft(line, "#*_->• \t")
	if line == "" {
		if complete {
			return decidedNo
		}
		return undecided
	}
	folded := corpus.Fold(line)
	for _, h := range sourcesHeaders {
		rest, ok := strings.CutPrefix(folded, h)
		if !ok {
			if !complete && strings.HasPrefix(h, folded) {
				return undecided
			}
			continue
		}
		rest = strings.TrimLeft(rest, "*_ \t\r")
		switch {
		case strings.HasPrefix(rest, ":"):
			return decidedYes
		case rest == "" && complete:
			return decidedYes
		case rest == "":
			return undecided
		}
	}
	return decidedNo
}

// markerRE finds verified markers in filtered text.
var markerRE = regexp.MustCompile(`\[(\d+)\]`)

// historyMarkerRE matches citation markers in a previous answer; they
// referred to that answer's sources and would mislead the model now.
var historyMarkerRE = regexp.MustCompile(`\s?\[\^?\d+(?:\s*[,;\-–]\s*\d+)*\]`)
