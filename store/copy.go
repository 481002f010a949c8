package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// ErrTargetNotEmpty is returned by CopyFrom when the target already holds
// data in a table the copy would fill: mixing two corpora (or two bots'
// ledgers) is never what an operator moving a data directory wants.
var ErrTargetNotEmpty = errors.New("the target database is not empty")

// copyTables are the tables CopyFrom moves, parents before children (the
// foreign keys hold at every insert). Rows keep their ids: chunk ids name
// vectors, turn ids are what replies and feedback point at, and feed ids
// what feed items belong to.
var copyTables = []string{
	// The corpus: articles with their chunks and vectors (no re-embedding:
	// meta keeps the model that made them), story groups, the embedding cache.
	"meta",
	"articles",
	"chunks",
	"story_members",
	"story_bands",
	"embed_cache",
	// Feeds and the items they have shown, so no item is ingested twice.
	"feeds",
	"feed_items",
	// The bot: users, conversations, feedback, statistics, and the
	// Telegram update offset (an update answered before the move is not
	// answered again after it).
	"bot_users",
	"bot_turns",
	"bot_turn_messages",
	"bot_chats",
	"bot_feedback",
	"bot_questions",
	"bot_update_offset",
	// An update recorded (and acknowledged to Telegram) but not yet
	// answered exists nowhere else.
	"bot_inbox",
	// Digests: subscriptions and the delivery ledger (a date in the ledger
	// is never sent again, so nobody gets a second digest after the move),
	// and the generated digests shared by subscribers.
	"digest_subscriptions",
	"digest_deliveries",
	"digest_cache",
}

// copySkipped are the tables CopyFrom leaves behind on purpose, with why.
// Every other table is an error (see sourceTables): a table added by a later
// migration must be placed in one list or the other by whoever adds it, not
// silently lost in a move.
var copySkipped = map[string]string{
	"schema_migrations": "the target's own migrations made its schema",
	"chunks_fts":        "derived: the target builds its own keyword index from the chunks",
	"changes":           "a process's cursor, not data: the copy appends one reindex change instead",
	"digest_lease":      "held by a running process; the target's sender takes its own",
	// From the inbox's migration (011): a chat's claim is a running
	// replica's; the send budgets refill within minutes.
	"bot_chat_claims": "held by a running replica; the target's take their own",
	"bot_budgets":     "rate-limit buckets that refill within minutes",
}

// copyMetaSkipped are meta keys that describe the source's derived data,
// not the corpus: the target's keyword index is rebuilt, so it records its
// own analyzer version.
var copyMetaSkipped = map[string]bool{MetaAnalyzer: true}

// CopiedTable is how many rows CopyFrom moved into one table.
type CopiedTable struct {
	Table string
	Rows  int64
}

// CopyFrom moves everything src holds into s, which must be empty, and
// reports the rows per table. It is all-or-nothing: every row is written in
// one transaction on s, read from one snapshot of src, so a copy that fails
// (or is interrupted) leaves s as empty as it was and can simply be run
// again. Afterwards s's keyword index is rebuilt from the copied chunks
// (if that is interrupted, the next Open finishes it) and one reindex change
// tells any process already following s to load the new corpus.
//
// src should not be written to meanwhile: writes after the snapshot are not
// copied (stop `serve` on the old data directory first).
func (s *Store) CopyFrom(ctx context.Context, src *Store) ([]CopiedTable, error) {
	if err := src.checkCopyable(ctx); err != nil {
		return nil, fmt.Errorf("copy: %w", err)
	}
	// One snapshot of src: on SQLite a read transaction (WAL) does not
	// block src's writers; PostgreSQL needs REPEATABLE READ for one.
	opts := &sql.TxOptions{ReadOnly: true}
	if src.db.pg {
		opts.Isolation = sql.LevelRepeatableRead
	}
	stx, err := src.db.BeginTx(ctx, opts)
	if err != nil {
		return nil, fmt.Errorf("copy: read snapshot: %w", err)
	}
	defer stx.Rollback() //nolint:errcheck // read-only: nothing to keep
	rtx := &dbTx{Tx: stx, pg: src.db.pg}

	var report []CopiedTable
	err = s.inTx(ctx, func(tx *dbTx) error {
		// Other writers of the corpus (a replica already running on the
		// target) wait, so the emptiness check holds until the commit.
		if err := lockCorpus(ctx, tx); err != nil {
			return err
		}
		if err := checkEmpty(ctx, tx); err != nil {
			return err
		}
		// The target's Open wrote its own facts into meta (the analyzer
		// version); the source's replace them, except the skipped ones.
		if _, err := tx.ExecContext(ctx, "DELETE FROM meta"); err != nil {
			return fmt.Errorf("meta: %w", err)
		}
		for _, table := range copyTables {
			n, err := copyTable(ctx, rtx, tx, table)
			if err != nil {
				return fmt.Errorf("%s: %w", table, err)
			}
			report = append(report, CopiedTable{Table: table, Rows: n})
			if err := advanceIdentities(ctx, tx, table); err != nil {
				return fmt.Errorf("%s: %w", table, err)
			}
		}
		return appendChange(ctx, tx, s.now(), "", ChangeReindex)
	})
	if err != nil {
		return nil, fmt.Errorf("copy: %w", err)
	}
	if err := s.syncAnalyzer(ctx); err != nil {
		return report, fmt.Errorf("copy: %w (the next start rebuilds it)", err)
	}
	return report, nil
}

// checkCopyable fails when src has a table that is neither copied nor
// deliberately skipped.
func (s *Store) checkCopyable(ctx context.Context) error {
	names, err := s.tableNames(ctx)
	if err != nil {
		return fmt.Errorf("list tables: %w", err)
	}
	known := map[string]bool{}
	for _, t := range copyTables {
		known[t] = true
	}
	for _, name := range names {
		if !known[name] && copySkipped[name] == "" && !strings.HasPrefix(name, "chunks_fts_") {
			return fmt.Errorf("the copy does not know table %q: refusing to leave its rows behind", name)
		}
	}
	return nil
}

// tableNames lists the database's own tables (SQLite's internal ones and
// FTS5's shadow tables aside).
func (s *Store) tableNames(ctx context.Context) ([]string, error) {
	q := "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
	if s.db.pg {
		q = `SELECT table_name FROM information_schema.tables
			WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`
	}
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

// checkEmpty fails with ErrTargetNotEmpty, naming the tables that hold
// rows, unless every copied table but meta is empty.
func checkEmpty(ctx context.Context, tx *dbTx) error {
	var full []string
	for _, table := range copyTables {
		if table == "meta" {
			continue
		}
		var n int64
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil {
			return fmt.Errorf("count %s: %w", table, err)
		}
		if n > 0 {
			full = append(full, fmt.Sprintf("%s (%d rows)", table, n))
		}
	}
	if len(full) > 0 {
		return fmt.Errorf("%w: it holds %s", ErrTargetNotEmpty, strings.Join(full, ", "))
	}
	return nil
}

// copyBatchParams bounds the parameters of one multi-row INSERT, under
// SQLite's limit (32766) and PostgreSQL's (65535). One statement per batch
// rather than per row: the copy of a 100k-chunk corpus is dominated by
// round trips otherwise.
const copyBatchParams = 30000

// copyBatchRows bounds the rows of one INSERT, so a batch of vectors stays a
// few megabytes.
const copyBatchRows = 500

// copyTable streams one table from src into dst, column by column as src
// names them, and returns the rows copied.
func copyTable(ctx context.Context, src, dst *dbTx, table string) (int64, error) {
	rows, err := src.QueryContext(ctx, "SELECT * FROM "+table)
	if err != nil {
		return 0, fmt.Errorf("read: %w", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return 0, fmt.Errorf("read: %w", err)
	}
	perBatch := max(1, min(copyBatchRows, copyBatchParams/len(cols)))
	var (
		n     int64
		batch []any
		count int
	)
	flush := func() error {
		if count == 0 {
			return nil
		}
		if _, err := dst.ExecContext(ctx, insertRows(table, cols, count), batch...); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		n += int64(count)
		batch, count = batch[:0], 0
		return nil
	}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return n, fmt.Errorf("read: %w", err)
		}
		if table == "meta" && copyMetaSkipped[metaKey(cols, vals)] {
			continue
		}
		batch = append(batch, vals...)
		count++
		if count == perBatch {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return n, fmt.Errorf("read: %w", err)
	}
	return n, flush()
}

// metaKey is the key of a meta row scanned with SELECT *.
func metaKey(cols []string, vals []any) string {
	for i, c := range cols {
		if c == "key" {
			switch v := vals[i].(type) {
			case string:
				return v
			case []byte:
				return string(v)
			}
		}
	}
	return ""
}

// insertRows is INSERT INTO table (cols) VALUES (?, …), … for count rows.
func insertRows(table string, cols []string, count int) string {
	var b strings.Builder
	b.WriteString("INSERT INTO ")
	b.WriteString(table)
	b.WriteString(" (")
	for i, c := range cols {
		if i > 0 {
			b.WriteString(", ")
		}
		// Quoted: "full" is a reserved word in PostgreSQL. Both engines
		// take double-quoted identifiers.
		b.WriteString(`"` + c + `"`)
	}
	b.WriteString(") VALUES ")
	row := "(" + placeholders(len(cols)) + ")"
	for i := range count {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	return b.String()
}

// advanceIdentities moves each identity column's sequence of table past
// the copied ids on PostgreSQL, so the next row inserted gets a fresh id
// rather than one the copy already used. (SQLite's rowids and
// AUTOINCREMENT follow the highest id inserted by themselves.)
func advanceIdentities(ctx context.Context, tx *dbTx, table string) error {
	if !tx.pg {
		return nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT column_name FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'`, table)
	if err != nil {
		return fmt.Errorf("identity columns: %w", err)
	}
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			rows.Close()
			return fmt.Errorf("identity columns: %w", err)
		}
		cols = append(cols, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("identity columns: %w", err)
	}
	for _, c := range cols {
		// setval is strict: an empty table (max NULL) leaves the sequence as it is.
		_, err := tx.ExecContext(ctx, fmt.Sprintf(`SELECT setval(pg_get_serial_sequence(?, ?), (SELECT max("%s") FROM "%s"))`, c, table), table, c)
		if err != nil {
			return fmt.Errorf("advance %s: %w", c, err)
		}
	}
	return nil
}
