package corpus

// CONTRACT STUBS: the corpus helper replaces these with real implementations
// in their own files and deletes this file. Signatures are the contract the
// other packages compile against; change them only with the lead's agreement.

import (
	"context"

	"net/http"
	"time"
)

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
