package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/detente/detente/store"
)

func migrateCommand() *command {
	var status bool
	return &command{
		name:  "migrate",
		short: "apply pending database migrations; --status lists them",
		args:  "[--status]",
		summary: `Apply the database migrations this binary carries that the database lacks,
and list every migration with when it was applied. The database is the data
directory's, or DETENTE_DATABASE_URL's. Every command also migrates when it
opens the database (on PostgreSQL under a lock, so replicas starting together
do not race); run this to make an upgrade's schema change a step of its own.
--status lists the migrations without applying any.`,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&status, "status", false, "list the migrations, applied and pending, without applying any")
		},
		run: func(ctx context.Context, c *cli, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("migrate: unexpected arguments %q", strings.Join(args, " "))
			}
			cfg, _, err := c.config()
			if err != nil {
				return err
			}
			loc := cfg.DatabaseURL
			if loc == "" {
				loc = filepath.Join(cfg.DataDir, dbFile)
			}
			if status {
				return migrationStatus(ctx, c.stdout, loc)
			}
			st, err := openUnmigrated(ctx, loc)
			if err != nil {
				return err
			}
			defer st.Close()
			before, err := st.Migrations(ctx)
			if err != nil {
				return err
			}
			if err := st.Migrate(ctx); err != nil {
				return fmt.Errorf("migrate: %w", err)
			}
			after, err := st.Migrations(ctx)
			if err != nil {
				return err
			}
			was := map[int]bool{}
			for _, m := range before {
				was[m.Version] = !m.AppliedAt.IsZero()
			}
			n := 0
			fmt.Fprintf(c.stdout, "%s database %s\n", st.Backend(), displayTarget(loc))
			writeMigrations(c.stdout, after, func(m store.Migration) string {
				if !was[m.Version] && !m.AppliedAt.IsZero() {
					n++
					return "applied now"
				}
				return ""
			})
			if n == 0 {
				fmt.Fprintf(c.stdout, "schema version %d: up to date, nothing to apply\n", lastApplied(after))
			} else {
				fmt.Fprintf(c.stdout, "schema version %d: %s\n", lastApplied(after), plural(n, "migration applied", "migrations applied"))
			}
			return nil
		},
	}
}

// migrationStatus lists the migrations of the database at loc without
// applying any; a data directory without a database is reported, not
// created.
func migrationStatus(ctx context.Context, w io.Writer, loc string) error {
	if !isDatabaseURL(loc) {
		if _, err := os.Stat(loc); errors.Is(err, os.ErrNotExist) {
			fmt.Fprintf(w, "no database yet at %s: the first command that opens it creates it with every migration\n", loc)
			return nil
		}
	}
	st, err := openUnmigrated(ctx, loc)
	if err != nil {
		return err
	}
	defer st.Close()
	ms, err := st.Migrations(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s database %s\n", st.Backend(), displayTarget(loc))
	pending := 0
	writeMigrations(w, ms, func(m store.Migration) string {
		if m.AppliedAt.IsZero() {
			pending++
			return "pending"
		}
		return ""
	})
	if pending > 0 {
		fmt.Fprintf(w, "schema version %d: %s; 'detente migrate' applies them\n", lastApplied(ms), plural(pending, "migration pending", "migrations pending"))
	} else {
		fmt.Fprintf(w, "schema version %d: up to date\n", lastApplied(ms))
	}
	return nil
}

// openUnmigrated opens the database at loc as it is.
func openUnmigrated(ctx context.Context, loc string) (*store.Store, error) {
	st, err := store.OpenWith(ctx, loc, store.Options{NoMigrate: true})
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return st, nil
}

// writeMigrations prints one line per migration: its name, when it was
// applied, and what note says about it.
func writeMigrations(w io.Writer, ms []store.Migration, note func(store.Migration) string) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, m := range ms {
		at := "-"
		if !m.AppliedAt.IsZero() {
			at = m.AppliedAt.Format(time.RFC3339)
		}
		n := note(m)
		if m.Unknown {
			n = strings.TrimSpace(n + " (not in this binary: a newer detente applied it)")
		}
		if n != "" {
			at += "\t" + n
		}
		fmt.Fprintf(tw, "  %s\t%s\n", m.Name, at)
	}
	_ = tw.Flush()
}

// lastApplied is the highest applied version, 0 for none.
func lastApplied(ms []store.Migration) int {
	v := 0
	for _, m := range ms {
		if !m.AppliedAt.IsZero() {
			v = max(v, m.Version)
		}
	}
	return v
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
