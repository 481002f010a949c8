package corpus

// CONTRACT STUBS: the corpus helper replaces these with real implementations
// in their own files and deletes this file. Signatures are the contract the
// other packages compile against; change them only with the lead's agreement.

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// Sentinel errors callers map to localised messages.
var (
	ErrEmpty          = errors.New("no article text")          // nothing left after cleaning
	ErrBinary         = errors.New("not a text document")      // binary / non-text input
	ErrFrontMatter    = errors.New("broken front matter")      // unparseable YAML header
	ErrUnsupported    = errors.New("unsupported content type") // URL served non-HTML/non-text
	ErrTooLarge       = errors.New("document too large")
	ErrBlockedAddress = errors.New("address not allowed") // loopback/private when not allowed
)

// Parse parses a file by its name's extension (.md/.markdown with YAML front
// matter, .txt, .html/.htm) and returns a finalised Article (see Finalize).
func Parse(name string, data []byte) (Article, error) { panic("corpus.Parse: not implemented") }

// ParseText builds an article from pasted text: the first non-empty line is the title.
func ParseText(text string) (Article, error) { panic("not implemented") }

// Finalize normalises an article in place: NFC, whitespace, Lang (DetectLang of
// the body if empty), ID (DeriveID if empty), URL canonicalised, Hash set.
func Finalize(a *Article) error { panic("not implemented") }

// DetectLang returns the ISO 639-1 code of s ("vi", "en", "ru", "zh", ...),
// or "" when it cannot tell. Must be right on short questions, including
// Vietnamese typed without diacritics.
func DetectLang(s string) string { panic("not implemented") }

// ChunkOptions bounds chunk size in runes.
type ChunkOptions struct {
	MaxRunes     int // default 900
	OverlapRunes int // default ~1 sentence, at most 200
}

// Split cuts a's body into sentence-aware chunks with the title as header.
func Split(a Article, opt ChunkOptions) []Chunk { panic("not implemented") }

// Seeds returns the shipped seed articles (corpus/seeds/*.md, embedded).
func Seeds() ([]Article, error) { panic("not implemented") }

// FetchOptions configures a Fetcher.
type FetchOptions struct {
	Client       *http.Client  // nil: a client with Timeout
	Timeout      time.Duration // default 15s
	MaxBytes     int64         // default 5 MiB
	AllowPrivate bool          // allow loopback/private/link-local targets (tests)
	UserAgent    string
}

// Fetcher downloads and extracts articles from URLs.
type Fetcher struct{ opt FetchOptions }

// NewFetcher returns a Fetcher.
func NewFetcher(opt FetchOptions) *Fetcher { return &Fetcher{opt: opt} }

// Fetch downloads url, checks content type and size, converts the charset to
// UTF-8, extracts the main text, title, outlet and date, and returns a
// finalised Article whose URL is the canonical URL.
func (f *Fetcher) Fetch(ctx context.Context, url string) (Article, error) { panic("not implemented") }
