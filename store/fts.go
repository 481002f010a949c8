package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

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
	err = s.inTx(ctx, func(tx *dbTx) error {
		// Another process may have rebuilt it while we waited for the lock.
		if cur, err := getMeta(ctx, tx, MetaAnalyzer); err != nil || cur == corpus.AnalyzerVersion {
			return err
		}
		if err := lockCorpus(ctx, tx); err != nil {
			return err
		}
		// On SQLite chunks_fts is contentless: 'delete-all' is how it is emptied.
		empty := "INSERT INTO chunks_fts (chunks_fts) VALUES ('delete-all')"
		if tx.pg {
			empty = "DELETE FROM chunks_fts"
		}
		if _, err := tx.ExecContext(ctx, empty); err != nil {
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
		ins, err := tx.PrepareContext(ctx, ftsInsertSQL(tx.pg))
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

// ftsInsertSQL adds one chunk's analysed text (id, text) to the keyword
// index. PostgreSQL's 'simple' configuration only lower-cases and splits:
// folding and stemming already happened in Go, the same as for SQLite.
func ftsInsertSQL(pg bool) string {
	if pg {
		return "INSERT INTO chunks_fts (chunk_id, folded) VALUES (?, to_tsvector('simple', ?))"
	}
	return "INSERT INTO chunks_fts (rowid, folded) VALUES (?, ?)"
}

// keywordRowsPostgres is KeywordSearch's query on PostgreSQL: each
// analysed term a phrase query (several words keep their order, as an
// FTS5 phrase), the terms OR-ed, ranked by ts_rank_cd (cover density:
// how many query terms a chunk has and how close together). Every term is
// a bound parameter, so nothing a user types is read as tsquery syntax.
// Rows are (chunk id, score), best first.
func (s *Store) keywordRowsPostgres(ctx context.Context, terms []string, limit int) (*sql.Rows, error) {
	var q strings.Builder
	args := make([]any, 0, len(terms)+1)
	for i, t := range terms {
		if i > 0 {
			q.WriteString(" || ")
		}
		q.WriteString("phraseto_tsquery('simple', ?)")
		args = append(args, t)
	}
	args = append(args, limit)
	return s.db.QueryContext(ctx, `SELECT f.chunk_id, ts_rank_cd(f.folded, x.q) AS score
		FROM chunks_fts f, (SELECT `+q.String()+` AS q) AS x
		WHERE f.folded @@ x.q ORDER BY score DESC, f.chunk_id LIMIT ?`, args...)
}
