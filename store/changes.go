package store

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ChangeKind says what a Change did to the corpus.
type ChangeKind string

// The change kinds. Add and Update carry the article id; the follower treats
// them alike (it re-reads the article). Reindex carries no article: every
// vector was replaced, possibly by another model's.
const (
	ChangeAdd     ChangeKind = "add"
	ChangeUpdate  ChangeKind = "update"
	ChangeRemove  ChangeKind = "remove"
	ChangeReindex ChangeKind = "reindex"
)

// Change is one entry of the change sequence.
type Change struct {
	Seq       int64
	ArticleID string // "" for ChangeReindex
	Kind      ChangeKind
	At        time.Time
}

// ErrChangesPruned is returned by ChangesAfter when changes after the
// caller's cursor were pruned: the caller must reload the whole corpus (from
// LastChange onwards) instead of applying changes one by one.
var ErrChangesPruned = errors.New("changes after the cursor were pruned")

// keepChanges is how many changes the sequence keeps. A follower is at most
// a second behind, so this is hours of steady ingest; one that falls further
// behind (a process stopped in a debugger) reloads, which is always correct.
const keepChanges = 10000

// appendChange records a change inside the caller's transaction and prunes
// the oldest rows. The prune is a range delete on the primary key, so it
// costs about as much as the insert. On PostgreSQL the transaction must
// hold the corpus lock (lockCorpus): that is what keeps seq in commit order.
func appendChange(ctx context.Context, q querier, now time.Time, articleID string, kind ChangeKind) error {
	var seq int64
	err := q.QueryRowContext(ctx, "INSERT INTO changes (article_id, kind, at) VALUES (?, ?, ?) RETURNING seq",
		articleID, string(kind), now.UTC().UnixNano()).Scan(&seq)
	if err != nil {
		return fmt.Errorf("record change: %w", err)
	}
	if seq > keepChanges {
		if _, err := q.ExecContext(ctx, "DELETE FROM changes WHERE seq <= ?", seq-keepChanges); err != nil {
			return fmt.Errorf("prune changes: %w", err)
		}
	}
	return nil
}

// LastChange returns the newest change's seq (0 before any change). A
// process that loads the corpus reads it first and follows from there:
// changes committed during the load are then applied again, which is
// harmless because applying a change re-reads the current state.
func (s *Store) LastChange(ctx context.Context) (int64, error) {
	if s.db.pg {
		return s.lastChangePostgres(ctx)
	}
	var seq int64
	// sqlite_sequence survives pruning and is what AUTOINCREMENT hands out next.
	err := s.db.QueryRowContext(ctx, "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'changes'), 0)").Scan(&seq)
	if err != nil {
		return 0, fmt.Errorf("last change: %w", err)
	}
	return seq, nil
}

// ChangesAfter returns at most limit changes with Seq > after, oldest first.
// It fails with ErrChangesPruned when some of them are gone.
//
// One indexed range query serves both purposes: it starts at the cursor's
// own row, so an idle poll reads that one row and knows nothing is missing;
// only when even that row is gone does it ask how far the sequence got.
func (s *Store) ChangesAfter(ctx context.Context, after int64, limit int) ([]Change, error) {
	if limit <= 0 || after < 0 {
		return nil, fmt.Errorf("changes after %d: limit %d must be positive", after, limit)
	}
	rows, err := s.db.QueryContext(ctx,
		"SELECT seq, article_id, kind, at FROM changes WHERE seq >= ? ORDER BY seq LIMIT ?", max(after, 1), limit+1)
	if err != nil {
		return nil, fmt.Errorf("changes after %d: %w", after, err)
	}
	defer rows.Close()
	var out []Change
	first := true
	for rows.Next() {
		var c Change
		var kind string
		var at int64
		if err := rows.Scan(&c.Seq, &c.ArticleID, &kind, &at); err != nil {
			return nil, fmt.Errorf("changes after %d: %w", after, err)
		}
		c.Kind, c.At = ChangeKind(kind), time.Unix(0, at).UTC()
		if first && c.Seq > after+1 {
			return nil, fmt.Errorf("changes after %d: %w", after, ErrChangesPruned)
		}
		first = false
		if c.Seq > after {
			out = append(out, c)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("changes after %d: %w", after, err)
	}
	if first {
		// Not even the cursor's own row: fine if nothing came after it,
		// otherwise those changes were pruned, or the cursor is from
		// another database (a restored backup).
		last, err := s.LastChange(ctx)
		if err != nil {
			return nil, err
		}
		if last != after {
			// Unless the next change was committed between the two reads
			// (another process writing now): that one is new, not pruned,
			// and the next poll reads it.
			var next int
			if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM changes WHERE seq = ?", after+1).Scan(&next); err != nil {
				return nil, fmt.Errorf("changes after %d: %w", after, err)
			}
			if next == 0 {
				return nil, fmt.Errorf("changes after %d: %w", after, ErrChangesPruned)
			}
		}
	}
	return out[:min(len(out), limit)], nil
}

// ArticleVectors returns the ids and vectors of an article's chunks that
// have one, in seq order (none when the article is gone), for applying an
// add or update to an index. Only the vector index's columns are read.
func (s *Store) ArticleVectors(ctx context.Context, articleID string) ([]Chunk, error) {
	rows, err := s.db.QueryContext(ctx,
		"SELECT id, vector FROM chunks WHERE article_id = ? AND vector IS NOT NULL ORDER BY seq", articleID)
	if err != nil {
		return nil, fmt.Errorf("read vectors of %q: %w", articleID, err)
	}
	defer rows.Close()
	var out []Chunk
	for rows.Next() {
		c := Chunk{ArticleID: articleID}
		var blob []byte
		if err := rows.Scan(&c.ID, &blob); err != nil {
			return nil, fmt.Errorf("read vectors of %q: %w", articleID, err)
		}
		if c.Vector, err = decodeVector(blob); err != nil {
			return nil, fmt.Errorf("read vectors of %q: chunk %d: %w", articleID, c.ID, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read vectors of %q: %w", articleID, err)
	}
	return out, nil
}

// lastChangePostgres reads how far the identity behind changes.seq got,
// which survives pruning like sqlite_sequence. A sequence moves when a
// writer draws from it, before that writer commits; the shared corpus lock
// waits for any writer holding the exclusive one (every appendChange
// does), so the value read is never a change still uncommitted, which a
// follower starting from it would otherwise skip.
func (s *Store) lastChangePostgres(ctx context.Context) (int64, error) {
	var seq int64
	err := s.inTx(ctx, func(tx *dbTx) error {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock_shared(?)", lockKeyCorpus); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx,
			"SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('changes', 'seq')::regclass), 0)").Scan(&seq)
	})
	if err != nil {
		return 0, fmt.Errorf("last change: %w", err)
	}
	return seq, nil
}
