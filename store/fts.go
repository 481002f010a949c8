package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/detente/detente/corpus"
)

// MetaAnalyzer is the meta key naming the corpus.AnalyzerVersion that the
// keyword index (chunks_fts) was built with. The index stores analysed text
// (folded, stemmed words) and queries are analysed the same way; an index
// built by another version would silently stop matching, so Open rebuilds it.
const MetaAnalyzer = "fts_analyzer"

// analyzerNewer reports whether the index was built by a newer analyzer
// than this binary's (the number before the first '-' is the analyzer's
// generation). Only an older index is rebuilt: during a rolling upgrade an
// old replica or CLI opening the database must not rebuild it back, or the
// two versions would take turns rebuilding it. The old binary's queries
// then meet the newer index until it is upgraded (stemming only grows
// between generations, so most words still match).
func analyzerNewer(stored string) bool {
	gen := func(v string) int {
		n, err := strconv.Atoi(strings.SplitN(v, "-", 2)[0])
		if err != nil {
			return -1
		}
		return n
	}
	return gen(stored) > gen(corpus.AnalyzerVersion)
}

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
	if cur == corpus.AnalyzerVersion || analyzerNewer(cur) {
		return nil
	}
	err = s.inTx(ctx, func(tx *dbTx) error {
		if err := lockCorpus(ctx, tx); err != nil {
			return err
		}
		// Another process may have rebuilt it while we waited for the lock.
		if cur, err := getMeta(ctx, tx, MetaAnalyzer); err != nil || cur == corpus.AnalyzerVersion || analyzerNewer(cur) {
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
		var an corpus.Analyzer
		fts := make([]ftsRow, 0, min(ftsBatch, len(all)))
		for start := 0; start < len(all); start += ftsBatch {
			fts = fts[:0]
			for _, r := range all[start:min(start+ftsBatch, len(all))] {
				fts = append(fts, ftsRow{r.id, an.Analyze(r.text)})
			}
			if err := indexChunks(ctx, tx, fts); err != nil {
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

// ftsRow is one chunk's entry in the keyword index: its id and its
// analysed (corpus.Analyzer) EmbedText.
type ftsRow struct {
	id   int64
	text string
}

// ftsBatch bounds the rows of one insert into PostgreSQL's keyword index
// (a rebuild passes the whole corpus).
const ftsBatch = 1000

// indexChunks adds rows to the keyword index. SQLite's FTS5 takes them
// one by one. PostgreSQL's 'simple' configuration only lower-cases and
// splits (folding and stemming already happened in Go, the same as for
// SQLite), and takes an article's chunks in one statement: its triggers
// (migration 012: posting rows, statistics) then run once per article
// instead of once per chunk, and the chunks cost one round trip. Measured
// with BenchmarkPutArticleKeywordIndex (8 chunks of 150 words), see
// BENCHMARKS.md.
func indexChunks(ctx context.Context, tx *dbTx, rows []ftsRow) error {
	if !tx.pg {
		ins, err := tx.PrepareContext(ctx, "INSERT INTO chunks_fts (rowid, folded) VALUES (?, ?)")
		if err != nil {
			return err
		}
		defer ins.Close()
		for _, r := range rows {
			if _, err := ins.ExecContext(ctx, r.id, r.text); err != nil {
				return fmt.Errorf("chunk %d: %w", r.id, err)
			}
		}
		return nil
	}
	for len(rows) > 0 {
		batch := rows[:min(ftsBatch, len(rows))]
		rows = rows[len(batch):]
		ids := make([]int64, len(batch))
		texts := make([]string, len(batch))
		for i, r := range batch {
			ids[i], texts[i] = r.id, r.text
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO chunks_fts (chunk_id, folded)
			SELECT u.id, to_tsvector('simple', u.text) FROM unnest(?::bigint[], ?::text[]) AS u (id, text)`, ids, texts); err != nil {
			return err
		}
	}
	return nil
}

// keywordRowsPostgres is KeywordSearch's query on PostgreSQL: a chunk
// matching any analysed term is a hit, as FTS5's OR, scored by BM25 with
// FTS5's definitions and constants (k1 = 1.2, b = 0.75, IDF floored at
// 1e-6, a chunk's length its number of words, the average over every
// chunk, N every chunk) so both backends rank alike. PostgreSQL has no
// BM25, so the numbers come from what the writes keep (migration 012):
//   - a word's hits, with its count in each and each one's length, are one
//     range of chunks_fts_terms' primary key, read from the index alone;
//     its document frequency is the length of that range;
//   - N and the total length are chunks_fts_stats' one row;
//   - any other term is a phrase (its lexemes in order, as an FTS5 phrase),
//     matched through the tsvector's GIN index, which keeps
//     positions; its count in a chunk is read back from ts_rank, which for
//     one term is 0.1·Σ_{j≤tf} 1/j² / (π²/6) (Σ_{j>n} 1/j² ≈ 1/(n+½)
//     inverts it). Phrases come from the lexicon's compounds and match few
//     chunks, so they are not worth posting rows of word pairs.
//
// Before 012 every number was computed from every hit's tsvector (ts_rank,
// length(), counts over the hits): 10k chunks, four words, 4,988 hits took
// 13 ms to find and 12 ms to rank; see BENCHMARKS.md for the figures since.
// Measured on testdata/eval (recall@5 of the keyword run, held-out): the
// same as SQLite's, 0.744; plain ts_rank_cd was 0.720 (a common word
// outranked a rare name).
// Every term is a bound parameter: nothing a user types is read as tsquery
// syntax. Rows are (chunk id, score), best first.
func (s *Store) keywordRowsPostgres(ctx context.Context, terms []string, limit int) (*sql.Rows, error) {
	var words, phrases []string
	for _, t := range terms {
		if isLexeme(t) {
			words = append(words, t)
		} else {
			phrases = append(phrases, t)
		}
	}
	var parts []string
	var args []any
	if len(words) > 0 {
		parts = append(parts, `SELECT p.chunk_id, p.tf::float8 AS tf, p.dl::float8 AS dl, (count(*) OVER (PARTITION BY p.term))::float8 AS df
			FROM chunks_fts_terms p WHERE p.term IN (`+placeholders(len(words))+`)`)
		for _, w := range words {
			args = append(args, w)
		}
	}
	if len(phrases) > 0 {
		var vals, anyPhrase strings.Builder
		for i, t := range phrases {
			if i > 0 {
				vals.WriteString(", ")
				anyPhrase.WriteString(" || ")
			}
			fmt.Fprintf(&vals, "(%d, phraseto_tsquery('simple', ?))", i)
			anyPhrase.WriteString("phraseto_tsquery('simple', ?)")
			args = append(args, t)
		}
		for _, t := range phrases {
			args = append(args, t)
		}
		parts = append(parts, `SELECT f.chunk_id,
				least(1000, greatest(1, 1 / greatest(1.644934 - 16.44934 * ts_rank(f.folded, t.q), 0.000001) - 0.5))::float8 AS tf,
				f.dl::float8 AS dl, (count(*) OVER (PARTITION BY t.i))::float8 AS df
			FROM chunks_fts f JOIN (VALUES `+vals.String()+`) AS t (i, q) ON f.folded @@ t.q
			WHERE f.folded @@ (`+anyPhrase.String()+`)`)
	}
	args = append(args, limit)
	return s.db.QueryContext(ctx, `WITH hit AS (`+strings.Join(parts, " UNION ALL ")+`),
		st AS (SELECT n::float8 AS n, CASE WHEN n > 0 THEN total::float8 / n ELSE 1 END AS avgdl FROM chunks_fts_stats)
		SELECT hit.chunk_id, sum(greatest(ln((greatest(st.n, hit.df) - hit.df + 0.5) / (hit.df + 0.5)), 0.000001)
			* hit.tf * 2.2 / (hit.tf + 1.2 * (0.25 + 0.75 * hit.dl / st.avgdl))) AS score
		FROM hit CROSS JOIN st
		GROUP BY hit.chunk_id ORDER BY score DESC, hit.chunk_id LIMIT ?`, args...)
}

// isLexeme reports whether PostgreSQL's parser reads term as one lexeme of
// its own spelling, so that its hits are the posting rows of that lexeme:
// letters and digits only. Anything else ("united states", and single
// analysed tokens the parser splits, like "1,550" or "2.1а") is matched as
// a phrase of the parser's lexemes, as FTS5 reads it as a phrase of its
// tokens.
func isLexeme(term string) bool {
	if term == "" {
		return false
	}
	for _, r := range term {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
