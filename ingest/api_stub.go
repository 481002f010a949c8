// Package ingest adds articles to Detente: parse or fetch, dedupe, chunk,
// embed, write to the store in one transaction, then index. An article is
// either fully ingested and searchable or not there at all.
package ingest

// CONTRACT STUBS: replaced by the real implementation.

import (
	"context"

	"github.com/detente/detente/corpus"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

// Result reports one ingest.
type Result struct {
	Outcome store.Outcome
	Article corpus.Article // as stored (no body needed by callers)
	Chunks  int
}

// Service ingests articles.
type Service struct {
	st      *store.Store
	eng     *retrieval.Engine
	fetcher *corpus.Fetcher
}

// New returns a Service.
func New(st *store.Store, eng *retrieval.Engine, f *corpus.Fetcher) *Service {
	return &Service{st: st, eng: eng, fetcher: f}
}

// Add ingests an already-parsed article (Finalize is applied).
func (s *Service) Add(ctx context.Context, a corpus.Article) (Result, error) { panic("not implemented") }

// AddFile parses data by name (.md/.txt/.html) and ingests it.
func (s *Service) AddFile(ctx context.Context, name string, data []byte) (Result, error) {
	panic("not implemented")
}

// AddURL fetches, extracts and ingests a web article.
func (s *Service) AddURL(ctx context.Context, url string) (Result, error) { panic("not implemented") }

// AddText ingests pasted text (first line = title).
func (s *Service) AddText(ctx context.Context, text string) (Result, error) { panic("not implemented") }

// Remove deletes an article from store and index.
func (s *Service) Remove(ctx context.Context, id string) error { panic("not implemented") }

// SeedIfEmpty ingests the shipped seed articles into an empty store.
func (s *Service) SeedIfEmpty(ctx context.Context) (int, error) { panic("not implemented") }
