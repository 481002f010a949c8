package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
	"golang.org/x/text/unicode/norm"

	"github.com/detente/detente/corpus"
)

// citeFilter verifies a model's text as it streams. It is the only way
// model output reaches a user. Three stages, each independent of how the
// stream is chunked, so the output is the same however the input is cut:
//
//  1. normalising: format characters (zero-width spaces, joiners, bidi
//     controls) and variation selectors are dropped, the text is
//     NFKC-normalised and CJK brackets become square ones, so look-alike
//     markers ("[7\u200b]", "[７]", "【7】", "[⁷]") are judged as "[7]";
//  2. markerFilter: citation markers verified and normalised, a sources
//     list the model appends cut off;
//  3. linkFilter: every URL-, domain-, e-mail- or @mention-like token the
//     model wrote is removed wherever it stands ("at:https://x",
//     "—www.x.y", "t.me/x"), so Telegram cannot auto-link it: the only
//     links a user sees come from the store's metadata.
//
// Not safe for concurrent use.
type citeFilter struct {
	norm    normStage
	markers *markerFilter
	links   linkFilter
}

func newCiteFilter(max int) *citeFilter {
	return &citeFilter{markers: newMarkerFilter(max)}
}

// write takes the next chunk of model output and returns the text that can
// now be shown.
func (f *citeFilter) write(s string) string {
	return f.links.write(f.markers.write(f.norm.write(s)))
}

// close ends the stream and returns whatever was still held back and is
// safe to show.
func (f *citeFilter) close() string {
	m := f.markers.write(f.norm.close())
	m += f.markers.close()
	return f.links.write(m) + f.links.close()
}

// citedNumbers returns the source numbers emitted, ascending.
func (f *citeFilter) citedNumbers() []int { return f.markers.citedNumbers() }

// normStage normalises streamed text. It holds back an incomplete rune and
// the text after the last normalisation boundary, which the next chunk may
// still change (a combining mark composes with the letter before it).
type normStage struct {
	raw     []byte // an incomplete UTF-8 sequence
	pending []byte // stripped, not yet normalised
}

func (n *normStage) write(s string) string {
	n.raw = append(n.raw, s...)
	full := len(n.raw)
	// Back up over a rune cut by the chunking (at most UTF-8's 4 bytes).
	for k := 1; k <= utf8.UTFMax && k <= len(n.raw); k++ {
		if utf8.RuneStart(n.raw[len(n.raw)-k]) {
			if !utf8.FullRune(n.raw[len(n.raw)-k:]) {
				full = len(n.raw) - k
			}
			break
		}
	}
	n.pending = appendStripped(n.pending, n.raw[:full])
	n.raw = append(n.raw[:0], n.raw[full:]...)
	i := norm.NFKC.LastBoundary(n.pending)
	if i <= 0 {
		return ""
	}
	out := normalise(n.pending[:i])
	n.pending = append(n.pending[:0], n.pending[i:]...)
	return out
}

func (n *normStage) close() string {
	n.pending = appendStripped(n.pending, n.raw)
	n.raw = nil
	out := normalise(n.pending)
	n.pending = nil
	return out
}

// invisible reports characters that change nothing a reader sees but split
// what a parser sees ("[7\u200b]").
func invisible(r rune) bool {
	if r < 0xAD { // below the soft hyphen, the first such character
		return false
	}
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r) ||
		unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r)
}

// appendStripped appends b without invisible characters to dst.
func appendStripped(dst, b []byte) []byte {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if !invisible(r) {
			dst = append(dst, b[:size]...)
		}
		b = b[size:]
	}
	return dst
}

// normalise NFKC-normalises b, drops what normalisation made invisible and
// turns bracket look-alikes NFKC keeps into square brackets.
func normalise(b []byte) string {
	if isASCII(b) { // already NFKC, nothing to strip or map: the common case
		return string(b)
	}
	return strings.Map(func(r rune) rune {
		switch {
		case invisible(r):
			return -1
		case strings.ContainsRune("【〔〖〘〚⟦", r):
			return '['
		case strings.ContainsRune("】〕〗〙〛⟧", r):
			return ']'
		}
		return r
	}, string(norm.NFKC.Bytes(b)))
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// linkFilter removes link-like tokens from streamed text. It holds each
// word (a run without whitespace) until it is complete, because where a
// link ends decides what it is. Removing a link never leaves a new marker:
// a "]" closing a "[" over digits across a removal is dropped ("[9 x.com]"
// must not become "[9]").
type linkFilter struct {
	word       []byte
	space      string // whitespace waiting for the next emitted text
	started    bool
	trimIndent bool // a word was removed: later whitespace keeps only line breaks
	open       bool // "[" emitted, then only marker-like bytes
	digits     bool // ... some of them digits
	tainted    bool // ... and a link was removed after the "["
}

func (l *linkFilter) write(s string) string {
	var out strings.Builder
	for _, r := range s {
		if !unicode.IsSpace(r) {
			l.word = utf8.AppendRune(l.word, r)
			continue
		}
		l.flush(&out)
		if r == '\n' || !l.trimIndent {
			l.space += string(r)
		}
	}
	return out.String()
}

func (l *linkFilter) close() string {
	var out strings.Builder
	l.flush(&out)
	l.space = ""
	return out.String()
}

// flush judges the word held and emits what is left of it.
func (l *linkFilter) flush(out *strings.Builder) {
	if len(l.word) == 0 {
		return
	}
	w, cut := stripLinks(string(l.word))
	l.word = l.word[:0]
	if len(cut) == 0 {
		l.emit(out, w, nil)
		return
	}
	// A removal at the start takes the space before it ("See https://x."
	// → "See."), unless that breaks a line. Only punctuation may join
	// the word before: anything more could make a new link ("0 x.ac.0.0.1").
	if cut[0] && strings.Trim(w, ".,;:!?)]") == "" {
		if strings.Contains(l.space, "\n") {
			l.space = strings.Map(func(r rune) rune {
				if r == '\n' {
					return r
				}
				return -1
			}, l.space)
			l.trimIndent = true
		} else {
			l.space = ""
		}
	}
	if w == "" {
		if l.open {
			l.tainted = true
		}
		return
	}
	l.emit(out, w, cut)
}

// emit writes the pending space and w; cut[i] marks a removal just before
// w[i] (cut[len(w)] one at its end).
func (l *linkFilter) emit(out *strings.Builder, w string, cut []bool) {
	if !l.open && cut == nil && strings.IndexByte(w, '[') < 0 {
		// Nothing for the bracket guard to do: the common case.
		if l.started {
			out.WriteString(l.space)
		}
		out.WriteString(w)
		l.space, l.trimIndent, l.started = "", false, true
		return
	}
	var space, word strings.Builder
	if l.started {
		l.guard(&space, l.space, nil)
	}
	l.guard(&word, w, cut)
	if word.Len() == 0 {
		return // only a dropped "]": the space waits for the next word
	}
	out.WriteString(space.String())
	out.WriteString(word.String())
	l.space, l.trimIndent, l.started = "", false, true
}

func (l *linkFilter) guard(out *strings.Builder, s string, cut []bool) {
	for i := 0; i < len(s); i++ {
		if i < len(cut) && cut[i] && l.open {
			l.tainted = true
		}
		c := s[i]
		if l.open {
			switch {
			case c >= '0' && c <= '9':
				l.digits = true
			case isSpace(c) || c == ',' || c == ';' || c == '-' || c == '^':
			case c == ']' && l.digits && l.tainted:
				continue
			default:
				l.open = false
			}
		}
		if c == '[' {
			l.open, l.digits, l.tainted = true, false, false
		}
		out.WriteByte(c)
	}
	if len(cut) > len(s) && cut[len(s)] && l.open {
		l.tainted = true
	}
}

// stripLinks removes link-like spans from a word until none is left: a
// removal may join what was around it into a new link ("x.cohttps://ym").
// cut marks where removals happened (see emit); it is nil if none did.
func stripLinks(w string) (string, []bool) {
	var cut []bool
	for {
		a, b, ok := findLink(w)
		if !ok {
			return w, cut
		}
		if cut == nil {
			cut = make([]bool, len(w)+1)
		}
		w = w[:a] + w[b:]
		cut = append(cut[:a+1], cut[b+1:]...)
		cut[a] = true
	}
}

var (
	// domainRE finds host names: two or more labels, the last letters
	// only (a top-level domain), and IPv4 addresses.
	domainRE = regexp.MustCompile(`(?:[\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?\.)+(\p{L}{2,63})|\d{1,3}(?:\.\d{1,3}){3}`)
	// mentionRE finds Telegram @usernames, which Telegram links too.
	mentionRE = regexp.MustCompile(`@[A-Za-z0-9_]{5,32}`)
)

// findLink returns the first link-like span [a, b) of the word w: a URL
// with a scheme, a host name with or without a path, an e-mail address or
// an @username. Trailing punctuation (a sentence's full stop) is left out.
//
// A host name counts when its top-level domain is written in lower case or
// is a real one (public suffix list), or a path, a port or "www." comes
// with it: that keeps "TP.HCM" or "St.Petersburg" while catching what
// Telegram links ("evil.example/login", "EVIL.COM", "t.me/x").
func findLink(w string) (a, b int, ok bool) {
	a, b = len(w), len(w)
	if !strings.ContainsAny(w, ".@:") {
		return a, b, false // every link-like form has a dot, an "@" or "://"
	}
	if i := strings.Index(w, "://"); i >= 0 {
		j := i
		for j > 0 && isSchemeByte(w[j-1]) {
			j--
		}
		a, b, ok = j, max(spanEnd(w, i+3), i+3), true
	}
	for _, m := range domainRE.FindAllStringSubmatchIndex(w, -1) {
		if m[0] >= a {
			break
		}
		if r, _ := utf8.DecodeRuneInString(w[m[1]:]); m[1] < len(w) && (r == '_' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // "abc.de5", "x.com-y": not a top-level domain
		}
		end := m[1]
		tail := end < len(w) && strings.IndexByte("/?#:", w[end]) >= 0
		if m[2] >= 0 && !tail && !strings.HasPrefix(strings.ToLower(w[m[0]:]), "www.") && !tldLink(w[m[0]:m[1]], w[m[2]:m[3]]) {
			continue
		}
		start := m[0]
		if start > 0 && w[start-1] == '@' { // an e-mail address: take the local part
			start--
			for start > 0 && !strings.ContainsRune(" ([<\"'", rune(w[start-1])) {
				start--
			}
		}
		if tail {
			end = max(spanEnd(w, end), end)
		}
		a, b, ok = start, end, true
		break
	}
	for _, m := range mentionRE.FindAllStringIndex(w, -1) {
		if m[0] >= a {
			break
		}
		if m[0] > 0 && isWordByte(w[m[0]-1]) {
			continue
		}
		if m[1] < len(w) && isWordByte(w[m[1]]) {
			continue // longer than a username
		}
		a, b, ok = m[0], m[1], true
		break
	}
	return a, b, ok
}

// LinkSpans returns the byte ranges [start, end) of the link-like tokens in
// s (URLs, host names, e-mail addresses, @usernames; see citeFilter), so a
// renderer can keep Telegram from linking text it shows verbatim, such as
// an extractive answer's quotes or a passage.
func LinkSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		for off := i; off < j; {
			a, b, ok := findLink(s[off:j])
			if !ok {
				break
			}
			out = append(out, [2]int{off + a, off + b})
			off += max(b, a+1)
		}
		i = j
	}
	return out
}

// spanEnd returns where a link starting before i ends: at the first "[" (a
// citation marker glued to it stays) or the word's end, less trailing
// punctuation.
func spanEnd(w string, i int) int {
	end := len(w)
	if k := strings.IndexByte(w[i:], '['); k >= 0 {
		end = i + k
	}
	for end > i && strings.IndexByte(".,;:!?)]>\"'", w[end-1]) >= 0 {
		end--
	}
	return end
}

// tldLink reports whether a bare host name with top-level domain tld
// would be taken for a link.
func tldLink(host, tld string) bool {
	if tld == strings.ToLower(tld) {
		return true
	}
	_, icann := publicsuffix.PublicSuffix(strings.ToLower(host))
	return icann
}

func isSchemeByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-'
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// markerFilter verifies the citation markers of a model's text as it
// streams (the middle stage of citeFilter). It guarantees:
//
//   - every [n] left in the text refers to a source given (1 ≤ n ≤ max);
//     markers outside that range are removed with the space before them;
//   - grouped markers are normalised: "[1, 2]", "[1-3]", "[^2]" become
//     "[1][2]", "[1][2][3]", "[2]"; a number repeated in adjacent markers
//     ("[1][1]") is written once;
//   - a sources list the model appends ("Sources:", "Nguồn:", ...) at the
//     start of a line ends the text: the application renders its own;
//   - leading and trailing whitespace is dropped.
//
// Text that could still turn into a marker or a sources header is
// held back until it is decided, so a marker split across chunks ("[" then
// "2]") is judged whole and what has been emitted is never taken back. The
// output is the same however the input is chunked. Not safe for concurrent use.
type markerFilter struct {
	max       int
	buf       string // received, not yet decided
	space     string // whitespace waiting for the next emitted token
	started   bool   // something has been emitted
	lineStart bool   // buf begins a line (for sources-header detection)
	// trimIndent: a token removed at the start of a line leaves no
	// indentation behind ("\n\n[9] Next" → "\n\nNext").
	trimIndent bool
	stopped    bool  // a sources list began: drop everything else
	run        []int // numbers in the current run of adjacent markers
	// litOpen: a literal "[" was emitted and only marker-like bytes
	// followed (litBody: some were digits). Removing a marker or link
	// inside it ("[0[9]]", "[1 https://x]") must not leave a new marker.
	litOpen bool
	litBody bool
	cited   map[int]bool
}

func newMarkerFilter(max int) *markerFilter {
	return &markerFilter{max: max, lineStart: true, cited: map[int]bool{}}
}

// maxMarkerLen bounds how long "[..." may stay undecided; longer bracketed
// text is not a citation.
const maxMarkerLen = 64

// write takes the next chunk of model output and returns the text that can
// now be shown.
func (f *markerFilter) write(s string) string {
	f.buf += s
	return f.drain(false)
}

// close ends the stream and returns whatever was still held back and is
// safe to show.
func (f *markerFilter) close() string {
	out := f.drain(true)
	f.space = "" // trailing whitespace
	return out
}

// citedNumbers returns the source numbers emitted, ascending.
func (f *markerFilter) citedNumbers() []int {
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

func (f *markerFilter) drain(final bool) string {
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
func (f *markerFilter) guardLiteral(tok string) string {
	var b strings.Builder
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if f.litOpen {
			switch {
			case c >= '0' && c <= '9':
				f.litBody = true
			case isSpace(c) || c == ',' || c == ';' || c == '-' || c == '^':
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

// isOpener reports bytes that are tokens of their own, so that where a
// token starts does not depend on chunking.
func isOpener(c byte) bool { return c == '(' || c == '<' || c == '"' || c == '\'' }

// emitRun emits plain text up to the next byte that may start something to
// check (a bracket, an opener, whitespace).
func (f *markerFilter) emitRun(emit func(string)) {
	j := 1
	for j < len(f.buf) && !isSpace(f.buf[j]) && f.buf[j] != '[' && !isOpener(f.buf[j]) {
		j++
	}
	f.run = nil
	emit(f.buf[:j])
	f.buf = f.buf[j:]
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
