package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/detente/detente/corpus"
)

// MetaAnalyzer is the meta key naming the corpus.AnalyzerVersion that the
// keyword index (chunks_fts) was built with. The index stores analysed text
// (folded, stemmed words) and queries are analysed the same way; an index
// built by another version would silently stop matching, so Open rebuilds it.
const MetaAnalyzer = "fts_analyzer"

// syncAnalyzer rebuilds chunks_fts from chunks.embed_text, in one
// transaction, when the index was built by another analyzer version (or by
// none: the plain corpus.Fold of databases made before stemming). The
// version is read first without the write lock, so the usual open, where it
// matches, costs no transaction and never waits on a writer.
func (s *Store) syncAnalyzer(ctx context.Context) error {
	cur, err := getMeta(ctx, s.db, MetaAnalyzer)
	if err != nil {
		return fmt.Errorf("read keyword index version: %w", err)
	}
	if cur == corpus.AnalyzerVersion {
		return nil
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		// Another process may have rebuilt it while we waited for the lock.
		if cur, err := getMeta(ctx, tx, MetaAnalyzer); err != nil || cur == corpus.AnalyzerVersion {
			return err
		}
		// chunks_fts is contentless: 'delete-all' is how it is emptied.
		if _, err := tx.ExecContext(ctx, "INSERT INTO chunks_fts (chunks_fts) VALUES ('delete-all')"); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, "SELECT id, embed_text FROM chunks")
		if err != nil {
			return err
		}
		type row struct {
			id   int64
			text string
		}
		var all []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.text); err != nil {
				rows.Close()
				return err
			}
			all = append(all, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		ins, err := tx.PrepareContext(ctx, "INSERT INTO chunks_fts (rowid, folded) VALUES (?, ?)")
		if err != nil {
			return err
		}
		defer ins.Close()
		var an corpus.Analyzer
		for _, r := range all {
			if _, err := ins.ExecContext(ctx, r.id, an.Analyze(r.text)); err != nil {
				return err
			}
		}
		return setMeta(ctx, tx, MetaAnalyzer, corpus.AnalyzerVersion)
	})
	if err != nil {
		return fmt.Errorf("rebuild keyword index: %w", err)
	}
	return nil
}
