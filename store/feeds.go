package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrFeedExists is returned by AddFeed when the URL is already followed.
var ErrFeedExists = errors.New("feed already followed")

// Feed is one followed news feed and its polling state.
type Feed struct {
	ID           int64
	URL          string
	Title        string
	Topic        string // "" (all items), words, or the built-in topic's name
	Paused       bool
	AddedBy      int64
	CreatedAt    time.Time
	NextPoll     time.Time
	LastPoll     time.Time // zero: never polled
	LastSuccess  time.Time // zero: never succeeded
	LastError    string    // one line; "" after a success
	Failures     int       // consecutive failed polls (drives the backoff)
	ItemsAdded   int       // articles this feed added to the corpus
	ETag         string
	LastModified string
}

// FeedItem states (feed_items.state).
const (
	ItemAdded     = "added"
	ItemDuplicate = "duplicate"
	ItemFiltered  = "filtered"
	ItemFailed    = "failed"
)

// FeedItem is what the store remembers of one item a feed has shown.
type FeedItem struct {
	State     string
	Attempts  int
	ArticleID string
}

// FeedPoll is the outcome of one poll, written by FinishFeedPoll.
type FeedPoll struct {
	At    time.Time
	Next  time.Time
	Err   string // "" for a success; otherwise one line for /feeds
	Added int    // articles added by this poll
	Title string // the feed's own title; "" keeps the stored one
	// Validators: stored when SetValidators (a full 200 answer whose items
	// were all handled); a 304 or a truncated poll leaves them as they are.
	SetValidators bool
	ETag          string
	LastModified  string
}

const feedColumns = `id, url, title, topic, paused, added_by, created_at, next_poll, last_poll,
	last_success, last_error, failures, items_added, etag, last_modified`

func scanFeed(r rowScanner) (Feed, error) {
	var f Feed
	var paused int
	var created, next int64
	var lastPoll, lastOK sql.NullInt64
	err := r.Scan(&f.ID, &f.URL, &f.Title, &f.Topic, &paused, &f.AddedBy, &created, &next, &lastPoll,
		&lastOK, &f.LastError, &f.Failures, &f.ItemsAdded, &f.ETag, &f.LastModified)
	if err != nil {
		return Feed{}, err
	}
	f.Paused = paused == 1
	f.CreatedAt, f.NextPoll = fromNano(created), fromNano(next)
	f.LastPoll, f.LastSuccess = fromNullNano(lastPoll), fromNullNano(lastOK)
	return f, nil
}

// AddFeed follows a feed; its first poll is due at f.NextPoll (zero: now).
// ErrFeedExists if the URL is already followed.
func (s *Store) AddFeed(ctx context.Context, f Feed) (Feed, error) {
	now := s.now().UTC()
	if f.NextPoll.IsZero() {
		f.NextPoll = now
	}
	f.CreatedAt = now
	// One statement, so two processes adding one URL at once cannot both
	// succeed: the unique URL decides, and the loser gets no row back.
	done, err := s.write(ctx)
	if err != nil {
		return Feed{}, fmt.Errorf("add feed: %w", err)
	}
	defer done()
	err = s.db.QueryRowContext(ctx, `INSERT INTO feeds (url, title, topic, paused, added_by, created_at, next_poll)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING RETURNING id`,
		f.URL, f.Title, f.Topic, boolInt(f.Paused), f.AddedBy, f.CreatedAt.UnixNano(), f.NextPoll.UnixNano()).Scan(&f.ID)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrFeedExists
	}
	if err != nil {
		return Feed{}, fmt.Errorf("add feed: %w", err)
	}
	return f, nil
}

// Feed returns one feed; ErrNotFound if there is none with that id.
func (s *Store) Feed(ctx context.Context, id int64) (Feed, error) {
	f, err := scanFeed(s.db.QueryRowContext(ctx, "SELECT "+feedColumns+" FROM feeds WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return Feed{}, fmt.Errorf("feed %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Feed{}, fmt.Errorf("feed %d: %w", id, err)
	}
	return f, nil
}

// Feeds lists every feed by id.
func (s *Store) Feeds(ctx context.Context) ([]Feed, error) {
	return s.queryFeeds(ctx, "SELECT "+feedColumns+" FROM feeds ORDER BY id")
}

// DueFeeds lists the active feeds whose next poll is at or before now,
// the longest overdue first.
func (s *Store) DueFeeds(ctx context.Context, now time.Time) ([]Feed, error) {
	return s.queryFeeds(ctx, "SELECT "+feedColumns+" FROM feeds WHERE paused = 0 AND next_poll <= ? ORDER BY next_poll, id", now.UnixNano())
}

func (s *Store) queryFeeds(ctx context.Context, q string, args ...any) ([]Feed, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("list feeds: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	return out, nil
}

// RemoveFeed stops following a feed and forgets its items (the articles it
// added stay). ErrNotFound if there is none with that id.
func (s *Store) RemoveFeed(ctx context.Context, id int64) error {
	res, err := s.exec(ctx, "DELETE FROM feeds WHERE id = ?", id)
	if err == nil {
		err = affectedOne(res)
	}
	if err != nil {
		return fmt.Errorf("remove feed %d: %w", id, err)
	}
	return nil
}

// SetFeedPaused pauses or resumes a feed. A resumed feed is due at once.
// ErrNotFound if there is none with that id.
func (s *Store) SetFeedPaused(ctx context.Context, id int64, paused bool) error {
	q := "UPDATE feeds SET paused = 1 WHERE id = ?"
	args := []any{id}
	if !paused {
		q = "UPDATE feeds SET paused = 0, next_poll = CASE WHEN next_poll < ?1 THEN next_poll ELSE ?1 END WHERE id = ?2"
		args = []any{s.now().UTC().UnixNano(), id}
	}
	res, err := s.exec(ctx, q, args...)
	if err == nil {
		err = affectedOne(res)
	}
	if err != nil {
		return fmt.Errorf("pause feed %d: %w", id, err)
	}
	return nil
}

// ClaimFeed moves a due feed's next poll to until, provided it is still
// the f.NextPoll the caller read: of several pollers (processes) that saw
// the feed due, exactly one gets true and polls it. until bounds how long a
// poller that dies mid-poll keeps the feed.
func (s *Store) ClaimFeed(ctx context.Context, f Feed, until time.Time) (bool, error) {
	res, err := s.exec(ctx, "UPDATE feeds SET next_poll = ? WHERE id = ? AND next_poll = ? AND paused = 0",
		until.UnixNano(), f.ID, f.NextPoll.UnixNano())
	if err != nil {
		return false, fmt.Errorf("claim feed %d: %w", f.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("claim feed %d: %w", f.ID, err)
	}
	return n == 1, nil
}

// FinishFeedPoll records the outcome of a poll and schedules the next.
func (s *Store) FinishFeedPoll(ctx context.Context, id int64, p FeedPoll) error {
	at := p.At.UTC().UnixNano()
	set := []string{"last_poll = ?", "next_poll = ?", "items_added = items_added + ?"}
	args := []any{at, p.Next.UTC().UnixNano(), p.Added}
	if p.Err == "" {
		set = append(set, "last_success = ?", "last_error = ''", "failures = 0")
		args = append(args, at)
	} else {
		set = append(set, "last_error = ?", "failures = failures + 1")
		args = append(args, feedErrorLine(p.Err))
	}
	if p.Title != "" {
		set = append(set, "title = ?")
		args = append(args, feedErrorLine(p.Title))
	}
	if p.SetValidators {
		set = append(set, "etag = ?", "last_modified = ?")
		args = append(args, p.ETag, p.LastModified)
	}
	args = append(args, id)
	res, err := s.exec(ctx, "UPDATE feeds SET "+strings.Join(set, ", ")+" WHERE id = ?", args...)
	if err == nil {
		err = affectedOne(res)
	}
	if err != nil {
		return fmt.Errorf("finish poll of feed %d: %w", id, err)
	}
	return nil
}

// feedErrorLine keeps the first line of s, at most 300 bytes (cut on a rune
// boundary): /feeds shows one line per error.
func feedErrorLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if len(s) > 300 {
		cut := 300
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// FeedItems returns what is remembered of the given item keys of a feed;
// keys never seen are absent from the map.
func (s *Store) FeedItems(ctx context.Context, feedID int64, keys []string) (map[string]FeedItem, error) {
	out := make(map[string]FeedItem, len(keys))
	// Batches stay under SQLite's bound-parameter limit.
	for start := 0; start < len(keys); start += 500 {
		batch := keys[start:min(start+500, len(keys))]
		args := make([]any, 0, len(batch)+1)
		args = append(args, feedID)
		for _, k := range batch {
			args = append(args, k)
		}
		q := "SELECT item_key, state, attempts, article_id FROM feed_items WHERE feed_id = ? AND item_key IN (?" +
			strings.Repeat(",?", len(batch)-1) + ")"
		rows, err := s.db.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, fmt.Errorf("feed %d items: %w", feedID, err)
		}
		for rows.Next() {
			var k string
			var it FeedItem
			if err := rows.Scan(&k, &it.State, &it.Attempts, &it.ArticleID); err != nil {
				rows.Close()
				return nil, fmt.Errorf("feed %d items: %w", feedID, err)
			}
			out[k] = it
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("feed %d items: %w", feedID, err)
		}
	}
	return out, nil
}

// MarkFeedItem records what became of an item; a failed item's attempts
// are counted so the poller can give up on it.
func (s *Store) MarkFeedItem(ctx context.Context, feedID int64, key, state, articleID string) error {
	_, err := s.exec(ctx, `INSERT INTO feed_items (feed_id, item_key, state, attempts, article_id, seen_at)
		VALUES (?, ?, ?, 1, ?, ?)
		ON CONFLICT (feed_id, item_key) DO UPDATE SET state = excluded.state,
			attempts = feed_items.attempts + 1, article_id = excluded.article_id, seen_at = excluded.seen_at`,
		feedID, key, state, articleID, s.now().UTC().UnixNano())
	if err != nil {
		return fmt.Errorf("mark feed %d item: %w", feedID, err)
	}
	return nil
}
