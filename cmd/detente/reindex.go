package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

func reindexCommand() *command {
	return &command{
		name:  "reindex",
		short: "re-embed the corpus with the configured model",
		args:  "",
		summary: `Re-embed every chunk with the configured embedding model (DETENTE_EMBED_MODEL)
and record it. Needed after changing the embedding model; searches use the old
vectors until the new ones are all stored. Articles another process adds
meanwhile are re-embedded too, and a running 'detente serve' switches to the
new vectors (and model) within seconds, without a restart.`,
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("reindex: unexpected arguments %q", strings.Join(args, " "))
			}
			cfg, log, err := c.config()
			if err != nil {
				return err
			}
			st, err := openStore(ctx, cfg)
			if err != nil {
				return err
			}
			defer st.Close()
			mc := newModelClient(cfg, log)
			emb := newEmbedder(cfg, st, mc, log)
			eng, old, err := openForReindex(ctx, st, emb)
			if err != nil {
				return err
			}
			bar := newProgress(c.stderr, 0, isTerminal(c.stderr))
			err = eng.Reindex(ctx, emb, func(done, total int) {
				bar.total = total
				bar.show(done, "chunks re-embedded")
			})
			bar.clear()
			if err != nil {
				return err
			}
			a := newApp(cfg, log, st, eng, mc)
			if err := a.seed(ctx); err != nil {
				return err
			}
			if old != "" && old != emb.Model() {
				fmt.Fprintf(c.stdout, "reindexed %d chunks with %s (was %s)\n", eng.Count(), emb.Model(), old)
			} else {
				fmt.Fprintf(c.stdout, "reindexed %d chunks with %s\n", eng.Count(), emb.Model())
			}
			return nil
		},
	}
}

// openForReindex opens the index for rebuilding without loading it: the
// store may be on another model than emb's, or hold vectors of two
// dimensions, which is exactly when reindex is needed and when a normal open
// fails. It returns the model the store had.
func openForReindex(ctx context.Context, st *store.Store, emb retrieval.Embedder) (*retrieval.Engine, string, error) {
	old, err := retrieval.StoredModel(ctx, st)
	if err != nil {
		return nil, "", fmt.Errorf("reindex: %w", err)
	}
	eng, err := retrieval.OpenForReindex(ctx, st, emb)
	if err != nil {
		return nil, "", err
	}
	return eng, old, nil
}
