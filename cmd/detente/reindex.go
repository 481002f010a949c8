package main

import (
	"context"
	"fmt"
	"strings"
)

func reindexCommand() *command {
	return &command{
		name: "reindex",
		args: "",
		summary: `Re-embed every chunk with the configured embedding model (DETENTE_EMBED_MODEL)
and record it. Needed after changing the embedding model.`,
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("reindex: unexpected arguments %q", strings.Join(args, " "))
			}
			return fmt.Errorf("reindex: %w", errNotAvailable)
		},
	}
}
