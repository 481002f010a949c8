package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/detente/detente/corpus"
)

// metaStorySeq is the last story id handed out. Ids are never reused, so a
// story id cached by another process never names a different story later.
const metaStorySeq = "story_seq"

// StoryArticle is one outlet's report of a story.
type StoryArticle struct {
	ArticleID string
	Title     string
	URL       string
	Source    string
	Lang      string
	Published time.Time
	AddedAt   time.Time
}

// assignStory records the article's story signature and the story it
// belongs to, inside the transaction that stores it (so another process
// sees the article and its story together, through the same change).
//
// A stored article keeps its story as long as it is still a near-duplicate
// of another member, so re-ingesting or lightly editing one copy never
// splits a story. Otherwise it joins the story of the most similar stored
// article of its language (NearDupThreshold), or starts a story of its own.
// Existing articles never change story because another one arrived: a
// story is never merged, so every process agrees on it without re-reading.
func assignStory(ctx context.Context, tx *dbTx, id string, a corpus.Article) (int64, error) {
	sig, shingles := corpus.StorySignature(a.Title, a.Body)
	comparable := shingles >= corpus.MinShingles
	var cur int64
	err := tx.QueryRowContext(ctx, "SELECT story FROM story_members WHERE article_id = ?", id).Scan(&cur)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("read story: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM story_bands WHERE article_id = ?", id); err != nil {
		return 0, fmt.Errorf("clear story bands: %w", err)
	}
	var story int64
	keys := sig.BandKeys()
	if comparable {
		story, err = nearestStory(ctx, tx, id, a.Lang, sig, keys, cur)
		if err != nil {
			return 0, err
		}
	}
	if story == 0 && cur != 0 {
		// Not a copy of anything (any more): keep its own story id unless
		// other members stay behind under it.
		var others int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM story_members WHERE story = ? AND article_id <> ?", cur, id).Scan(&others); err != nil {
			return 0, fmt.Errorf("read story: %w", err)
		}
		if others == 0 {
			story = cur
		}
	}
	if story == 0 {
		if story, err = nextStory(ctx, tx); err != nil {
			return 0, err
		}
	}
	var blob []byte
	if comparable {
		blob, _ = sig.MarshalBinary()
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO story_members (article_id, story, lang, sig) VALUES (?, ?, ?, ?)
		ON CONFLICT (article_id) DO UPDATE SET story = excluded.story, lang = excluded.lang, sig = excluded.sig`,
		id, story, a.Lang, blob); err != nil {
		return 0, fmt.Errorf("write story: %w", err)
	}
	if !comparable {
		return story, nil
	}
	ins, err := tx.PrepareContext(ctx, "INSERT INTO story_bands (lang, band, key, article_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
	if err != nil {
		return 0, fmt.Errorf("write story bands: %w", err)
	}
	defer ins.Close()
	for b, k := range keys {
		if _, err := ins.ExecContext(ctx, a.Lang, b, k, id); err != nil {
			return 0, fmt.Errorf("write story bands: %w", err)
		}
	}
	return story, nil
}

// nearestStory returns the story of the most similar other article of the
// language at or above the threshold (0: none). The article's current
// story wins whenever one of its other members qualifies, which keeps
// stories stable under edits; ties go to the older story.
func nearestStory(ctx context.Context, tx *dbTx, id, lang string, sig corpus.Signature, keys [corpus.Bands]int64, cur int64) (int64, error) {
	// One indexed lookup per band: the keys drive the join (a row-value
	// IN over story_bands scanned the whole table, 10 ms at 1,000 articles).
	var q strings.Builder
	q.WriteString("WITH k (band, key) AS (VALUES ")
	args := make([]any, 0, 2*len(keys)+2)
	for b, k := range keys {
		if b > 0 {
			q.WriteString(", ")
		}
		// Typed, because PostgreSQL infers a VALUES list's types from
		// its rows, and untyped parameters would be text.
		q.WriteString("(CAST(? AS BIGINT), CAST(? AS BIGINT))")
		args = append(args, b, k)
	}
	// CROSS JOIN is SQLite's way to make k the outer loop of the join;
	// PostgreSQL's planner needs no hint (and takes no ON after it).
	join := "CROSS JOIN"
	if tx.pg {
		join = "JOIN"
	}
	q.WriteString(`) SELECT DISTINCT m.article_id, m.story, m.sig FROM k
		` + join + ` story_bands b ON b.lang = ? AND b.band = k.band AND b.key = k.key
		JOIN story_members m ON m.article_id = b.article_id
		WHERE b.article_id <> ?`)
	args = append(args, lang, id)
	rows, err := tx.QueryContext(ctx, q.String(), args...)
	if err != nil {
		return 0, fmt.Errorf("find story candidates: %w", err)
	}
	defer rows.Close()
	var best int64
	bestSim, keep := 0.0, false
	for rows.Next() {
		var other string
		var story int64
		var blob []byte
		if err := rows.Scan(&other, &story, &blob); err != nil {
			return 0, fmt.Errorf("find story candidates: %w", err)
		}
		var os corpus.Signature
		if os.UnmarshalBinary(blob) != nil {
			continue // written by this code, so only a damaged row
		}
		sim := sig.Similarity(os)
		if sim < corpus.NearDupThreshold {
			continue
		}
		if story == cur {
			keep = true
		}
		if sim > bestSim || sim == bestSim && story < best {
			best, bestSim = story, sim
		}
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("find story candidates: %w", err)
	}
	if keep {
		return cur, nil
	}
	return best, nil
}

func nextStory(ctx context.Context, tx *dbTx) (int64, error) {
	v, err := getMeta(ctx, tx, metaStorySeq)
	if err != nil {
		return 0, fmt.Errorf("next story id: %w", err)
	}
	var n int64
	if v != "" {
		if n, err = strconv.ParseInt(v, 10, 64); err != nil {
			return 0, fmt.Errorf("next story id: %q: %w", v, err)
		}
	}
	n++
	if err := setMeta(ctx, tx, metaStorySeq, strconv.FormatInt(n, 10)); err != nil {
		return 0, fmt.Errorf("next story id: %w", err)
	}
	return n, nil
}

// syncStories gives every article without a story one, oldest first so
// that the first outlet to report a story starts it: stores written before
// story groups existed are grouped at their first open. The check runs
// without the write lock, so the usual open costs one query.
func (s *Store) syncStories(ctx context.Context) error {
	const missing = "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id) ORDER BY added_at, id"
	var any int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM ("+missing+" LIMIT 1) AS one").Scan(&any); err != nil {
		return fmt.Errorf("group stories: %w", err)
	}
	if any == 0 {
		return nil
	}
	err := s.inTx(ctx, func(tx *dbTx) error {
		if err := lockCorpus(ctx, tx); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, missing)
		if err != nil {
			return err
		}
		var ids []string
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range ids {
			var a corpus.Article
			if err := tx.QueryRowContext(ctx, "SELECT title, lang, body FROM articles WHERE id = ?", id).Scan(&a.Title, &a.Lang, &a.Body); err != nil {
				return err
			}
			if _, err := assignStory(ctx, tx, id, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("group stories: %w", err)
	}
	return nil
}

// StoryArticles returns the articles of each story asked for, the earliest
// published (else added) first: who reported it first leads. Stories
// without articles are absent from the map.
func (s *Store) StoryArticles(ctx context.Context, stories []int64) (map[int64][]StoryArticle, error) {
	out := map[int64][]StoryArticle{}
	for start := 0; start < len(stories); start += idBatch {
		batch := stories[start:min(start+idBatch, len(stories))]
		args := make([]any, len(batch))
		for i, id := range batch {
			args[i] = id
		}
		rows, err := s.db.QueryContext(ctx, `SELECT m.story, a.id, a.title, a.url, a.source, a.lang, a.published, a.added_at
			FROM story_members m JOIN articles a ON a.id = m.article_id
			WHERE m.story IN (`+placeholders(len(batch))+`)
			ORDER BY m.story, coalesce(a.published, '9999'), a.added_at, a.id`, args...)
		if err != nil {
			return nil, fmt.Errorf("read stories: %w", err)
		}
		for rows.Next() {
			var story, added int64
			var sa StoryArticle
			var pub sql.NullString
			if err := rows.Scan(&story, &sa.ArticleID, &sa.Title, &sa.URL, &sa.Source, &sa.Lang, &pub, &added); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read stories: %w", err)
			}
			sa.Published, sa.AddedAt = parsePublished(pub), time.Unix(0, added).UTC()
			out[story] = append(out[story], sa)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("read stories: %w", err)
		}
	}
	return out, nil
}
