package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
	"time"
	"unicode/utf8"
)

// Sentinel errors callers map to localised messages.
var (
	ErrEmpty          = errors.New("no article text")          // nothing left after cleaning
	ErrBinary         = errors.New("not a text document")      // binary / non-text input
	ErrFrontMatter    = errors.New("broken front matter")      // unparseable YAML header
	ErrUnsupported    = errors.New("unsupported content type") // URL served non-HTML/non-text
	ErrTooLarge       = errors.New("document too large")
	ErrBlockedAddress = errors.New("address not allowed") // loopback/private when not allowed
	// ErrInvalid reports a metadata field (id, url, lang) that cannot be stored as given.
	ErrInvalid = errors.New("invalid article field")
)

// MaxDocumentBytes caps what Parse and ParseText accept. A news article is a
// few tens of kilobytes; anything far larger is a dump, a book or a mistake,
// and would stall chunking and embedding. It is the one size limit for an
// article however it arrives: ingest FILE, /add of a document, a fetched page.
const MaxDocumentBytes = 5 << 20

// Title length bounds, in runes. A title is a headline shown in every
// citation; a first "line" longer than maxTitleLine is a paragraph, not a
// headline.
const (
	maxTitleLine  = 200
	maxTitleRunes = 160
)

// Parse parses a file by its name's extension (.md/.markdown with YAML front
// matter, .txt, .html/.htm) and returns a finalised Article (see Finalize).
//
// Errors wrap ErrTooLarge, ErrBinary, ErrFrontMatter, ErrEmpty, ErrInvalid or
// ErrUnsupported (unknown extension) and name the file.
func Parse(name string, data []byte) (Article, error) {
	a, err := parseByExt(name, data)
	if err != nil {
		return Article{}, fmt.Errorf("parse %s: %w", name, err)
	}
	return a, nil
}

func parseByExt(name string, data []byte) (Article, error) {
	if len(data) > MaxDocumentBytes {
		return Article{}, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), MaxDocumentBytes)
	}
	var (
		a   Article
		err error
	)
	switch ext := strings.ToLower(path.Ext(name)); ext {
	case ".md", ".markdown":
		a, err = parseMarkdown(data)
	case ".txt", ".text":
		var s string
		if s, err = decodeText(data); err == nil {
			a = textArticle(s)
		}
	case ".html", ".htm", ".xhtml":
		a, err = parseHTML(data, "", nil)
	default:
		return Article{}, fmt.Errorf("%w: file extension %q (want .md, .txt or .html)", ErrUnsupported, ext)
	}
	if err != nil {
		return Article{}, err
	}
	if err := Finalize(&a); err != nil {
		return Article{}, err
	}
	return a, nil
}

// ParseText builds an article from pasted text: the first non-empty line is the title.
//
// When that line reads as a headline (short, no closing full stop) and more
// text follows, it becomes the title and is not repeated in the body.
// Otherwise it is the article's first sentence or paragraph: the title is
// that sentence (shortened) and the body keeps everything.
func ParseText(text string) (Article, error) {
	if len(text) > MaxDocumentBytes {
		return Article{}, fmt.Errorf("parse text: %w: %d bytes, limit %d", ErrTooLarge, len(text), MaxDocumentBytes)
	}
	s, err := decodeText([]byte(text))
	if err != nil {
		return Article{}, fmt.Errorf("parse text: %w", err)
	}
	a := textArticle(s)
	if err := Finalize(&a); err != nil {
		return Article{}, fmt.Errorf("parse text: %w", err)
	}
	return a, nil
}

// textArticle splits plain text into title and body (see ParseText).
func textArticle(s string) Article {
	s = Normalize(s)
	first, rest, _ := strings.Cut(s, "\n")
	rest = strings.TrimSpace(rest)
	if rest != "" && isHeadline(first) {
		return Article{Title: first, Body: rest}
	}
	return Article{Title: titleFrom(first), Body: s}
}

// isHeadline reports whether a first line reads as a headline rather than
// the article's first sentence: short, and not closed by a full stop.
// Moving a sentence into the title would take it out of the citable text.
func isHeadline(line string) bool {
	if utf8.RuneCountInString(line) >= maxTitleLine {
		return false
	}
	for _, end := range []string{".", "…", "。", ".\"", ".”", ".'", ".’", ".)"} {
		if strings.HasSuffix(line, end) && !strings.HasSuffix(line, "...") {
			return false
		}
	}
	return true
}

// titleFrom makes a headline out of a long line: its first sentence,
// shortened at a word boundary.
func titleFrom(line string) string {
	line = strings.TrimSpace(line)
	if sents := sentenceEnds(line); len(sents) > 0 && sents[0] < len(line) {
		line = strings.TrimSpace(line[:sents[0]])
	}
	return truncateRunes(line, maxTitleRunes)
}

// truncateRunes shortens s to at most n runes, cutting at a space when one is
// near and marking the cut with an ellipsis.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if n == 1 { // leave room for the ellipsis
			cut = i
			break
		}
		n--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:-–—") + "…"
}

// decodeText turns file bytes into a string, refusing what is not text.
//
// A UTF-8 BOM is dropped and UTF-16 with a BOM is decoded (Windows editors
// write both). Anything else must be UTF-8: legacy 8-bit encodings cannot be
// told apart reliably without markup declaring them, and guessing wrong
// would store mojibake that nobody can search.
func decodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		s, err := decodeUTF16(data)
		if err != nil {
			return "", err
		}
		return s, checkText(s)
	}
	s := string(data)
	return s, checkText(s)
}

// decodeUTF16 decodes UTF-16 text that starts with a byte order mark.
func decodeUTF16(data []byte) (string, error) {
	if len(data)%2 != 0 {
		return "", fmt.Errorf("%w: UTF-16 text with an odd number of bytes", ErrBinary)
	}
	le := data[0] == 0xff
	u := make([]uint16, 0, len(data)/2-1)
	for i := 2; i+1 < len(data); i += 2 {
		if le {
			u = append(u, uint16(data[i])|uint16(data[i+1])<<8)
		} else {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		}
	}
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		r := rune(u[i])
		if r >= 0xd800 && r < 0xdc00 && i+1 < len(u) && u[i+1] >= 0xdc00 && u[i+1] < 0xe000 {
			r = (r-0xd800)<<10 | (rune(u[i+1]) - 0xdc00) + 0x10000
			i++
		}
		b.WriteRune(r) // lone surrogates become U+FFFD
	}
	return b.String(), nil
}

// checkText rejects binary data: any NUL byte, or more than 1% of the runes
// being invalid UTF-8 or control characters (other than tab, newlines and
// form feed). A handful of stray bytes in a long page is tolerated; the
// text is then cleaned by Normalize.
func checkText(s string) error {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	runes, bad, firstBad := 0, 0, -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		runes++
		if (r == utf8.RuneError && size == 1) ||
			(r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f') || r == 0x7f {
			bad++
			if firstBad < 0 {
				firstBad = i
			}
		}
		i += size
	}
	if bad > 0 && bad*100 > runes {
		return fmt.Errorf("%w: %d of %d characters are not valid UTF-8 text (first at byte %d); save the file as UTF-8", ErrBinary, bad, runes, firstBad)
	}
	return nil
}

// Finalize normalises an article in place: NFC, whitespace, Lang (DetectLang of
// the body if empty), ID (DeriveID if empty), URL canonicalised, Hash set.
//
// It also makes Title a single line (taken from the body's first line when
// empty), reduces Published to its calendar date at UTC midnight and checks
// the fields callers supply: an id must be a short slug, a URL absolute
// http(s), a language an ISO 639-1 code. On error a is left unchanged.
func Finalize(a *Article) error {
	b := *a
	b.Body = Normalize(b.Body)
	if b.Body == "" {
		return ErrEmpty
	}
	b.Title = oneLine(b.Title)
	if b.Title == "" {
		first, _, _ := strings.Cut(b.Body, "\n")
		b.Title = titleFrom(first)
	}
	b.Title = truncateRunes(b.Title, 2*maxTitleRunes)
	b.Source = oneLine(b.Source)

	lang, err := cleanLang(b.Lang)
	if err != nil {
		return err
	}
	if lang == "" {
		lang = DetectLang(b.Body)
	}
	b.Lang = lang

	if b.URL = strings.TrimSpace(b.URL); b.URL != "" {
		u, err := url.Parse(b.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("%w: url %q: want an absolute http(s) link", ErrInvalid, b.URL)
		}
		b.URL = CanonicalURL(b.URL)
	}
	if !b.Published.IsZero() {
		y, m, d := b.Published.Date() // the date where it was published
		b.Published = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	b.Hash = BodyHash(b.Body)
	if b.ID = strings.TrimSpace(b.ID); b.ID == "" {
		b.ID = DeriveID(b)
	} else if err := checkID(b.ID); err != nil {
		return err
	}
	*a = b
	return nil
}

// oneLine normalises s and joins its lines with spaces.
func oneLine(s string) string {
	s = Normalize(s)
	if strings.IndexByte(s, '\n') < 0 {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// maxIDLen bounds ids: they appear in logs, callback data and file names.
const maxIDLen = 64

// checkID accepts ids made of ASCII letters, digits, '.', '_' and '-', so an
// id is safe in a file name, a URL path or a Telegram callback.
func checkID(id string) error {
	if len(id) > maxIDLen {
		return fmt.Errorf("%w: id %q is longer than %d characters", ErrInvalid, id, maxIDLen)
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return fmt.Errorf("%w: id %q: only letters, digits, '.', '_' and '-' are allowed", ErrInvalid, id)
		}
	}
	return nil
}

// cleanLang lowercases a language tag and keeps its primary subtag
// ("pt-BR" → "pt"). Anything that is not a 2–3 letter code is an error.
func cleanLang(s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", nil
	}
	primary, _, _ := strings.Cut(strings.ReplaceAll(s, "_", "-"), "-")
	if len(primary) < 2 || len(primary) > 3 {
		return "", fmt.Errorf("%w: lang %q: want an ISO 639-1 code such as en or vi", ErrInvalid, s)
	}
	for i := 0; i < len(primary); i++ {
		if primary[i] < 'a' || primary[i] > 'z' {
			return "", fmt.Errorf("%w: lang %q: want an ISO 639-1 code such as en or vi", ErrInvalid, s)
		}
	}
	return primary, nil
}
