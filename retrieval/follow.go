package retrieval

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/detente/detente/store"
)

// ChangeFeed is the corpus's change sequence, as the engine follows it to
// see what other processes (`detente ingest`, `remove`, `reindex`, another
// replica) did to the corpus. *store.Store implements it over SQLite, and
// the follower polls it; a PostgreSQL store implements the same two methods
// and wakes the follower early with LISTEN/NOTIFY (FollowOptions.Wake).
type ChangeFeed interface {
	// ChangesAfter returns at most limit changes after seq, oldest first,
	// or an error wrapping store.ErrChangesPruned when some are gone.
	ChangesAfter(ctx context.Context, after int64, limit int) ([]store.Change, error)
	// LastChange returns the newest seq, where a full reload starts following.
	LastChange(ctx context.Context) (int64, error)
}

// FollowOptions tunes Follow. The zero value polls every second.
type FollowOptions struct {
	// Interval is the time between polls (default DefaultFollowInterval).
	Interval time.Duration
	// Wake, if set, makes the follower poll at once on each receive: a
	// NOTIFY listener sends on it so replicas need not wait for the tick.
	Wake <-chan struct{}
	// Embedder returns the embedder for a model the corpus was reindexed
	// with by another process. The built-in local models need none.
	Embedder func(ctx context.Context, model string) (Embedder, error)
	// Logger receives what was applied and what failed; nil discards.
	Logger *slog.Logger
}

// DefaultFollowInterval is how often Follow polls by default: a change made
// by another process is searchable about half a second later on average,
// and an idle poll is one indexed read of one row.
const DefaultFollowInterval = time.Second

// changeBatch is how many changes one Sync step reads at once.
const changeBatch = 256

// Follow applies the changes of feed to the index until ctx ends, polling
// every opt.Interval and whenever opt.Wake fires. A failed step is logged
// and retried at the next poll, with the cursor where it was: a store that
// is briefly locked or an embedding server that is down must not stop a
// running bot, and nothing is lost by retrying. It returns ctx's error.
func (e *Engine) Follow(ctx context.Context, feed ChangeFeed, opt FollowOptions) error {
	if opt.Interval <= 0 {
		opt.Interval = DefaultFollowInterval
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	t := time.NewTicker(opt.Interval)
	defer t.Stop()
	failing := false
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		case <-opt.Wake:
		}
		n, err := e.sync(ctx, feed, opt.Embedder, log)
		switch {
		case err != nil && ctx.Err() != nil:
			return ctx.Err()
		case err != nil && !failing:
			// Once per outage, not once a second.
			log.Error("following corpus changes failed; retrying", "err", err)
			failing = true
		case err == nil && failing:
			log.Info("following corpus changes again")
			failing = false
		}
		if n > 0 {
			log.Debug("applied corpus changes", "changes", n, "seq", e.Seq(), "chunks", e.Count())
		}
	}
}

// Sync applies every change made since the index last caught up (by Open,
// a previous Sync or Follow) and returns how many it applied. embedder is
// FollowOptions.Embedder. Follow calls it on every poll; a caller that must
// see a change at once (a test, a CLI command after its own write) calls it
// directly.
func (e *Engine) Sync(ctx context.Context, feed ChangeFeed, embedder func(ctx context.Context, model string) (Embedder, error)) (int, error) {
	return e.sync(ctx, feed, embedder, slog.New(slog.DiscardHandler))
}

// Seq returns the change sequence number the index reflects.
func (e *Engine) Seq() int64 {
	e.writeMu.Lock()
	defer e.writeMu.Unlock()
	return e.seq
}

func (e *Engine) sync(ctx context.Context, feed ChangeFeed, embedder func(context.Context, string) (Embedder, error), log *slog.Logger) (int, error) {
	// writeMu is held across reading the store and changing the index, so
	// an ingest in this process (which writes the store, then the index
	// under writeMu) can never have its index update overtaken by this
	// step's older view of the same article.
	e.writeMu.Lock()
	defer e.writeMu.Unlock()
	applied := 0
	reloaded := false
	for {
		changes, err := feed.ChangesAfter(ctx, e.seq, changeBatch)
		if errors.Is(err, store.ErrChangesPruned) && !reloaded {
			reloaded = true // a feed that says so again right after is broken; report it
			log.Info("fell behind the change sequence; reloading the index", "seq", e.seq)
			if err := e.reload(ctx, feed, embedder); err != nil {
				return applied, err
			}
			applied++
			continue
		}
		if err != nil {
			return applied, fmt.Errorf("follow changes: %w", err)
		}
		if len(changes) == 0 {
			return applied, nil
		}
		if err := e.applyChanges(ctx, feed, changes, embedder, log); err != nil {
			return applied, err
		}
		applied += len(changes)
	}
}

// applyChanges applies one batch and advances the cursor past it. A
// reindex anywhere in the batch replaces the whole index (reload), which
// also covers the batch's other changes. Article changes are applied by
// re-reading each article's current chunks, so applying one twice, or
// after a later change to the same article, gives the same index; if that
// fails (an article's vectors already of a reindex not yet applied) the
// index is reloaded too.
func (e *Engine) applyChanges(ctx context.Context, feed ChangeFeed, changes []store.Change, embedder func(context.Context, string) (Embedder, error), log *slog.Logger) error {
	articles := make(map[string]bool, len(changes))
	for _, c := range changes {
		if c.Kind == store.ChangeReindex {
			log.Info("the corpus was reindexed; reloading the index", "seq", c.Seq)
			return e.reload(ctx, feed, embedder)
		}
		articles[c.ArticleID] = true
	}
	if err := e.applyArticles(ctx, articles); err != nil {
		log.Warn("applying corpus changes one by one failed; reloading the index", "err", err)
		return e.reload(ctx, feed, embedder)
	}
	e.seq = changes[len(changes)-1].Seq
	return nil
}

// applyArticles makes the index hold exactly the stored chunks of each
// article: chunks no longer stored are removed, new ones added. The caller
// holds writeMu.
func (e *Engine) applyArticles(ctx context.Context, articles map[string]bool) error {
	// One pass over the id map finds the indexed chunks of every article in
	// the batch: a reverse map would cost memory on every chunk of a large
	// corpus for what is ~1 ms per batch at 100k chunks.
	indexed := map[string][]int64{}
	e.mu.RLock()
	for id, a := range e.ids {
		if articles[a] {
			indexed[a] = append(indexed[a], id)
		}
	}
	e.mu.RUnlock()
	var drop []int64
	var fresh []store.Chunk
	for a := range articles {
		stored, err := e.st.ArticleVectors(ctx, a)
		if err != nil {
			return err
		}
		keep := make(map[int64]bool, len(stored))
		for _, c := range stored {
			keep[c.ID] = true
		}
		for _, id := range indexed[a] {
			if !keep[id] {
				drop = append(drop, id)
			}
		}
		// add skips chunks already indexed.
		fresh = append(fresh, stored...)
	}
	if err := e.remove(ctx, drop); err != nil {
		return err
	}
	return e.add(ctx, fresh)
}

// reload rebuilds the index from the store, switching the embedder when the
// store's vectors are now another model's, and sets the cursor to the
// sequence number read before the load. The caller holds writeMu. On error
// the index, embedder and cursor are left as they were.
func (e *Engine) reload(ctx context.Context, feed ChangeFeed, embedder func(context.Context, string) (Embedder, error)) error {
	seq, err := feed.LastChange(ctx)
	if err != nil {
		return fmt.Errorf("reload index: %w", err)
	}
	model, err := StoredModel(ctx, e.st)
	if err != nil {
		return fmt.Errorf("reload index: %w", err)
	}
	e.mu.RLock()
	emb := e.emb
	e.mu.RUnlock()
	if model != "" && model != emb.Model() {
		next, err := embedderFor(ctx, model, embedder)
		if err != nil {
			return fmt.Errorf("reload index: the corpus was reindexed with %s: %w", model, err)
		}
		emb = next
	}
	ix, err := load(ctx, e.st)
	if err != nil {
		return fmt.Errorf("reload index: %w", err)
	}
	e.mu.Lock()
	e.emb, e.coll, e.ids, e.dim = emb, ix.coll, ix.ids, ix.dim
	e.mu.Unlock()
	e.docFreqs.reset()
	e.seq = seq
	return nil
}

// embedderFor returns the embedder for model: the built-in local embedder
// of that width, or the caller's factory's.
func embedderFor(ctx context.Context, model string, factory func(context.Context, string) (Embedder, error)) (Embedder, error) {
	if rest, ok := strings.CutPrefix(model, localModelPrefix); ok {
		if dim, err := strconv.Atoi(rest); err == nil && dim > 0 {
			return NewLocalEmbedder(dim), nil
		}
	}
	if factory == nil {
		return nil, fmt.Errorf("no embedder configured for %s", model)
	}
	emb, err := factory(ctx, model)
	if err != nil {
		return nil, err
	}
	if emb.Model() != model {
		return nil, fmt.Errorf("asked for an embedder of %s, got %s", model, emb.Model())
	}
	return emb, nil
}
