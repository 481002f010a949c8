package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/detente/detente/store"
)

func copyCommand() *command {
	var from, to string
	return &command{
		name:  "copy",
		short: "move a data directory's database into PostgreSQL (one-shot)",
		args:  "--from DIR --to URL",
		summary: `Copy everything a data directory's database holds into an empty database:
articles with their chunks and vectors (not re-embedded), the embedding cache,
feeds, the bot's users, conversations and feedback, digest subscriptions and
the delivery ledger (nobody gets a second digest after the move). URL is a
postgres:// URL (the password may come from PGPASSWORD) or another data
directory.

The copy is all-or-nothing: it is one transaction, so a copy that fails
leaves the target empty and can be run again. A target that already holds
data is refused. Stop 'detente serve' on the old directory first: what it
writes after the copy starts is not copied. Then start every process with
DETENTE_DATABASE_URL=URL.`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&from, "from", "", "data `dir`ectory to copy from (holds detente.db)")
			fs.StringVar(&to, "to", "", "database to copy into: a postgres:// `URL` or a data directory (default DETENTE_DATABASE_URL)")
		},
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("copy: unexpected arguments %q (usage: detente copy --from DIR --to URL)", strings.Join(args, " "))
			}
			cfg, _, err := c.config()
			if err != nil {
				return err
			}
			if to == "" {
				to = cfg.DatabaseURL
			}
			if from == "" || to == "" {
				return errors.New("copy: both --from DIR and --to URL are needed (--to defaults to DETENTE_DATABASE_URL; see 'detente copy -h')")
			}
			src, err := openCopySource(ctx, from)
			if err != nil {
				return err
			}
			defer src.Close()
			dst, err := openCopyTarget(ctx, from, to)
			if err != nil {
				return err
			}
			defer dst.Close()
			report, err := dst.CopyFrom(ctx, src)
			if errors.Is(err, store.ErrTargetNotEmpty) {
				return fmt.Errorf("%w\nnothing was copied: copy needs an empty database (any detente command run against it first, serve, ingest or ask among them, seeds it with the shipped articles); create a new one, e.g. 'createdb detente', and run copy again", err)
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(c.stdout, "copied %s into %s:\n", from, displayTarget(to))
			tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
			for _, r := range report {
				fmt.Fprintf(tw, "  %s\t%d\t\n", r.Table, r.Rows)
			}
			_ = tw.Flush()
			if isDatabaseURL(to) {
				fmt.Fprintln(c.stdout, "Start every process with DETENTE_DATABASE_URL set to it.")
			}
			return nil
		},
	}
}

// openCopySource opens the database of an existing data directory; unlike
// the other commands, a missing one is an error rather than a new corpus.
func openCopySource(ctx context.Context, dir string) (*store.Store, error) {
	path := filepath.Join(dir, dbFile)
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("copy: no Detente database in %s (looked for %s): %w", dir, path, err)
	}
	return openStore(ctx, Config{DataDir: dir})
}

// openCopyTarget opens a postgres:// URL, or a data directory other than
// from.
func openCopyTarget(ctx context.Context, from, to string) (*store.Store, error) {
	if isDatabaseURL(to) {
		st, err := store.Open(ctx, to)
		if err != nil {
			return nil, fmt.Errorf("copy: open %s: %w", displayTarget(to), err)
		}
		return st, nil
	}
	if a, b := absPath(from), absPath(to); a == b {
		return nil, fmt.Errorf("copy: --from and --to are the same directory (%s)", a)
	}
	return openStore(ctx, Config{DataDir: to})
}

// isDatabaseURL reports whether s names a database server rather than a
// data directory.
func isDatabaseURL(s string) bool { return store.IsPostgresURL(s) }

// displayTarget is a database URL without its password or query (which may
// carry one), or a directory as given.
func displayTarget(s string) string {
	if !isDatabaseURL(s) {
		return s
	}
	return store.RedactURL(s)
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
