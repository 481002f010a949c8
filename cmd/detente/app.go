package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/detente/detente/answer"
	"github.com/detente/detente/corpus"
	"github.com/detente/detente/ingest"
	"github.com/detente/detente/llm"
	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

// dbFile is the database's name inside the data directory.
const dbFile = "detente.db"

// fetchOptions configures the article fetcher. The user agent is left to
// corpus.DefaultUserAgent, so sites see one name for Detente.
func fetchOptions() corpus.FetchOptions { return corpus.FetchOptions{} }

// app is Detente wired together over one data directory.
type app struct {
	cfg Config
	log *slog.Logger
	st  *store.Store
	eng *retrieval.Engine
	ing *ingest.Service
	ans *answer.Service
	mc  *llm.Client // the model server's one client, for embedders made later
}

// openApp opens the data directory (creating it on first use), the store,
// the index and the services, and seeds an empty store with the shipped
// corpus. Every failure is one error naming what could not be opened, and
// a file that cannot be opened is never modified. (A seed run cut short is
// finished by the next start; see ingest.SeedIfEmpty.)
func openApp(ctx context.Context, cfg Config, log *slog.Logger) (*app, error) {
	st, err := openStore(ctx, cfg)
	if err != nil {
		return nil, err
	}
	// A model mismatch comes back explaining itself and naming `detente reindex`.
	mc := newModelClient(cfg, log)
	eng, err := retrieval.Open(ctx, st, newEmbedder(cfg, st, mc, log))
	if err != nil {
		st.Close()
		return nil, err
	}
	a := newApp(cfg, log, st, eng, mc)
	if err := a.seed(ctx); err != nil {
		st.Close()
		return nil, err
	}
	return a, nil
}

// seed re-chunks a store cut by an older chunker and fills an empty store
// with the shipped articles.
func (a *app) seed(ctx context.Context) error {
	// A re-chunk that fails (the embedding server is down) must not keep
	// Detente from starting: the old chunks still serve, and the next start
	// tries again.
	switch n, err := a.ing.Rechunk(ctx); {
	case err != nil && ctx.Err() != nil:
		return err
	case err != nil:
		a.log.Warn("re-chunking stored articles failed; the old chunks stay in use until the next start", "err", err.Error())
	case n > 0:
		a.log.Info("re-chunked articles cut by an older chunker", "articles", n, "chunker", corpus.ChunkerVersion)
	}
	n, err := a.ing.SeedIfEmpty(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		a.log.Info("seeded the corpus with the shipped articles", "articles", n, "data_dir", a.cfg.DataDir)
	}
	return nil
}

// openStore creates the data directory if needed and opens the database:
// cfg.DatabaseURL's PostgreSQL when set, else the SQLite file in the
// directory.
func openStore(ctx context.Context, cfg Config) (*store.Store, error) {
	dir := cfg.DataDir
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("data directory %s: %w", dir, err)
	}
	if err := checkWritable(dir); err != nil {
		return nil, err
	}
	if cfg.DatabaseURL != "" {
		st, err := store.Open(ctx, cfg.DatabaseURL)
		if errors.Is(err, store.ErrForeignDatabase) {
			return nil, fmt.Errorf("DETENTE_DATABASE_URL (%s) names a database whose schema holds another application's tables; it was left untouched: give Detente a database (or schema) of its own", hostOnly(cfg.DatabaseURL))
		}
		return st, err // store's error names the server, never the password
	}
	path := filepath.Join(dir, dbFile)
	st, err := store.Open(ctx, path)
	if err != nil {
		if errors.Is(err, store.ErrNotDatabase) {
			return nil, fmt.Errorf("%s is not a Detente database (not SQLite); it was left untouched: move it away or point --data at another directory", path)
		}
		if errors.Is(err, store.ErrForeignDatabase) {
			return nil, fmt.Errorf("%s is another program's SQLite database, not Detente's; it was left untouched: move it away or point --data at another directory", path)
		}
		if errors.Is(err, store.ErrCorrupt) {
			return nil, fmt.Errorf("%s is damaged and cannot be read (it was left untouched): restore it from a backup, or move it away and run `detente ingest` to start a new corpus", path)
		}
		return nil, err // store's error names the operation and the path
	}
	return st, nil
}

// checkWritable fails early, with the directory's name, when SQLite would
// fail later with a less helpful "unable to open database file".
func checkWritable(dir string) error {
	f, err := os.CreateTemp(dir, ".detente-write-check-*")
	if err != nil {
		return fmt.Errorf("data directory %s is not writable: %w", dir, err)
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

// newApp builds the services over an open store and index.
func newApp(cfg Config, log *slog.Logger, st *store.Store, eng *retrieval.Engine, mc *llm.Client) *app {
	opt := fetchOptions()
	opt.AllowPrivate = cfg.AllowPrivateFetch
	fetcher := corpus.NewFetcher(opt)
	return &app{
		cfg: cfg,
		log: log,
		st:  st,
		eng: eng,
		mc:  mc,
		ing: ingest.New(st, eng, fetcher),
		ans: answer.New(eng, answer.Options{
			Model:    modelOptions(cfg, mc),
			Coverage: coverage(st),
			Logger:   log,
		}),
	}
}

// newEmbedder returns the configured embedder: the built-in local one, or a
// model on the OpenAI-compatible server with the store as its cache.
func newEmbedder(cfg Config, st *store.Store, mc *llm.Client, log *slog.Logger) retrieval.Embedder {
	if cfg.EmbedModel == localEmbedModel {
		return retrieval.NewLocalEmbedder(0)
	}
	return retrieval.NewOpenAIEmbedder(mc,
		retrieval.OpenAIOptions{Model: cfg.EmbedModel, Cache: st}, log)
}

// newModelClient is the process's one client of the OpenAI-compatible
// server, shared by chat and embeddings (one connection pool): the
// process's logger, its deadlines.
func newModelClient(cfg Config, log *slog.Logger) *llm.Client {
	return llm.New(llm.Options{APIKey: cfg.OpenAIKey, BaseURL: cfg.OpenAIBaseURL,
		FirstTokenTimeout: cfg.FirstTokenTimeout}, log)
}

// modelOptions is the chat model, none (extractive answers) without a server.
func modelOptions(cfg Config, mc *llm.Client) answer.ModelOptions {
	if !cfg.HasModel() {
		return answer.ModelOptions{}
	}
	return answer.ModelOptions{Chat: mc, Model: cfg.ChatModel, Temperature: answer.DefaultTemperature}
}

// coverageTopics is how many recent titles are looked through for a few
// in the asker's language, to tell them what can be asked.
const coverageTopics = 50

// corpusOverview is what coverage reads; *store.Store implements it.
type corpusOverview interface {
	CorpusStats(ctx context.Context) (store.Stats, error)
	Articles(ctx context.Context, offset, limit int) ([]corpus.Article, error)
}

// coverage tells the answer package what the corpus holds, for the reply to
// a question it does not cover.
func coverage(st corpusOverview) func(ctx context.Context) (answer.Coverage, error) {
	return func(ctx context.Context) (answer.Coverage, error) {
		stats, err := st.CorpusStats(ctx)
		if err != nil {
			return answer.Coverage{}, fmt.Errorf("coverage: %w", err)
		}
		recent, err := st.Articles(ctx, 0, coverageTopics)
		if err != nil {
			return answer.Coverage{}, fmt.Errorf("coverage: %w", err)
		}
		cov := answer.Coverage{Articles: stats.Articles, Undated: stats.Undated, From: stats.Oldest, To: stats.Newest, ByLang: stats.ByLang}
		for _, a := range recent {
			cov.Topics, cov.TopicLangs = append(cov.Topics, a.Title), append(cov.TopicLangs, a.Lang)
		}
		return cov, nil
	}
}

// follow applies what other processes change in the corpus (`detente
// ingest`, `remove`, `reindex`, another replica) to this process's index,
// until the returned stop is called; stop waits for the follower, so the
// store can be closed after it. On PostgreSQL a listener wakes the follower
// the moment a change commits, and the poll is only the backstop.
func (a *app) follow(ctx context.Context) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	opt := retrieval.FollowOptions{
		Interval: followInterval,
		Embedder: a.embedderFor,
		Logger:   a.log,
	}
	var wg sync.WaitGroup
	l, err := a.st.ChangeListener(store.ListenOptions{Logger: a.log})
	switch {
	case err != nil:
		// Open parsed the same URL, so this is not expected; polling
		// still delivers every change.
		a.log.Warn("cannot listen for corpus changes; polling for them", "err", err)
	case l != nil:
		opt.Wake, opt.Interval = l.Wake(), followIntervalListening
		wg.Go(func() { _ = l.Run(ctx) })
	}
	wg.Go(func() { _ = a.eng.Follow(ctx, a.st, opt) })
	return func() {
		cancel()
		wg.Wait()
	}
}

// followInterval is how often a long-running command looks for corpus
// changes made elsewhere: within the 5 s a user waits, at the cost of one
// indexed one-row read per second when nothing changed.
const followInterval = retrieval.DefaultFollowInterval

// followIntervalListening is the poll when a listener announces changes:
// a notification arrives within milliseconds, and one lost with a
// connection is caught up when the listener reconnects, so polling only
// covers a connection that died silently until the listener's health
// check (store.DefaultListenHealth) replaces it.
const followIntervalListening = 10 * time.Second

// embedderFor returns an embedder for a model another process reindexed the
// corpus with, configured like this process's (server URL, key).
func (a *app) embedderFor(_ context.Context, model string) (retrieval.Embedder, error) {
	cfg := a.cfg
	cfg.EmbedModel = model
	emb := newEmbedder(cfg, a.st, a.mc, a.log)
	a.log.Warn("the corpus was reindexed with another embedding model by another process; following it",
		"embed_model", model, "configured", a.cfg.EmbedModel,
		"hint", "set DETENTE_EMBED_MODEL to it so the next start agrees")
	return emb, nil
}

func (a *app) Close() error { return a.st.Close() }
