package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/detente/detente/corpus"
)

// MetaChunker is the meta key holding the corpus.ChunkerVersion under which
// the stored chunks were cut ("" for stores older than the key).
const MetaChunker = "chunker_version"

// ErrChanged is returned by ReplaceChunks when the article's body is no
// longer the one the chunks were cut from: an update came in between.
var ErrChanged = errors.New("article changed since it was read")

// ArticleChunkTexts returns the id of every stored article with its chunk
// texts in seq order, so a re-chunk can tell which articles changed.
func (s *Store) ArticleChunkTexts(ctx context.Context) (map[string][]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, c.text FROM articles a
		LEFT JOIN chunks c ON c.article_id = a.id ORDER BY a.id, c.seq`)
	if err != nil {
		return nil, fmt.Errorf("list chunk texts: %w", err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var id string
		var text sql.NullString
		if err := rows.Scan(&id, &text); err != nil {
			return nil, fmt.Errorf("list chunk texts: %w", err)
		}
		if text.Valid {
			out[id] = append(out[id], text.String)
		} else {
			out[id] = nil
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list chunk texts: %w", err)
	}
	return out, nil
}

// ReplaceChunks swaps an article's chunks for new ones cut from the same
// body (hash is the body hash they were cut from), in one transaction. The
// article itself is not touched. The result's RemovedIDs and Chunks are
// for the index, as with PutArticle. ErrNotFound if the article is gone,
// ErrChanged if its body changed.
func (s *Store) ReplaceChunks(ctx context.Context, articleID, hash string, chunks []corpus.Chunk, vectors [][]float32, model string) (PutResult, error) {
	var res PutResult
	err := s.inTx(ctx, func(tx *dbTx) error {
		if err := lockCorpus(ctx, tx); err != nil {
			return err
		}
		row := tx.QueryRowContext(ctx, "SELECT "+articleCols+" FROM articles WHERE id = ?", articleID)
		a, err := scanArticle(row, false)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if a.Hash != hash {
			return ErrChanged
		}
		if err := validatePut(a, chunks, vectors, model); err != nil {
			return err
		}
		removed, err := deleteChunks(ctx, tx, articleID)
		if err != nil {
			return err
		}
		if len(vectors) > 0 {
			if err := claimModel(ctx, tx, model, len(vectors[0])); err != nil {
				return err
			}
		}
		stored, err := insertChunks(ctx, tx, articleID, a, chunks, vectors, model)
		if err != nil {
			return err
		}
		res = PutResult{Outcome: Updated, ID: articleID, RemovedIDs: removed, Chunks: stored}
		// Another process's engine holds the old chunk ids: tell it.
		return appendChange(ctx, tx, s.now(), articleID, ChangeUpdate)
	})
	if err != nil {
		return PutResult{}, fmt.Errorf("replace chunks of %q: %w", articleID, err)
	}
	return res, nil
}
