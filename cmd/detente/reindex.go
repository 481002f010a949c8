package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/detente/detente/retrieval"
	"github.com/detente/detente/store"
)

// metaEmbedModel is the store meta key under which the store and retrieval
// record the model of the stored vectors.
const metaEmbedModel = "embed_model"

func reindexCommand() *command {
	return &command{
		name:  "reindex",
		short: "re-embed the corpus with the configured model",
		args:  "",
		summary: `Re-embed every chunk with the configured embedding model (DETENTE_EMBED_MODEL)
and record it. Needed after changing the embedding model; searches use the old
vectors until the new ones are all stored.`,
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("reindex: unexpected arguments %q", strings.Join(args, " "))
			}
			cfg, log, err := c.config()
			if err != nil {
				return err
			}
			st, err := openStore(ctx, cfg.DataDir)
			if err != nil {
				return err
			}
			defer st.Close()
			emb := newEmbedder(cfg, st)
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
			a := newApp(cfg, log, st, eng)
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

// openForReindex opens the index even when it was built with another model
// than emb's, which is exactly when reindex is needed. It returns the model
// the index had.
func openForReindex(ctx context.Context, st *store.Store, emb retrieval.Embedder) (*retrieval.Engine, string, error) {
	old, err := st.Meta(ctx, metaEmbedModel)
	if err != nil {
		return nil, "", fmt.Errorf("reindex: %w", err)
	}
	eng, err := retrieval.Open(ctx, st, emb)
	if errors.Is(err, retrieval.ErrModelMismatch) {
		// retrieval.Open only compares model names, so a stand-in carrying
		// the recorded name loads the old vectors; Reindex then replaces it.
		eng, err = retrieval.Open(ctx, st, recordedModel(old))
	}
	if err != nil {
		return nil, "", err
	}
	return eng, old, nil
}

// recordedModel stands in for the embedding model an index was built with
// while that index is being replaced. It never embeds: nothing is searched
// or ingested before Reindex swaps in the configured embedder.
type recordedModel string

func (m recordedModel) Model() string { return string(m) }

func (m recordedModel) Embed(context.Context, []string) ([][]float32, error) {
	return nil, fmt.Errorf("embedding model %q is not configured (the index is being rebuilt with another)", string(m))
}
