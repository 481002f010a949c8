-- 005_feeds: news feeds admins follow, and the items each feed has shown.
-- Times are unix nanoseconds UTC like everywhere in this database.

-- topic is the feed's filter: "" (every item), space-separated words (any
-- of them, in any language the lexicon knows), or "us-russia" (the
-- built-in topic). next_poll is both the schedule and the claim: a poller
-- moves it forward before fetching, so two processes never poll one feed at
-- once. etag/last_modified are the validators of the last full answer.
CREATE TABLE feeds (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE,
	title         TEXT NOT NULL DEFAULT '',
	topic         TEXT NOT NULL DEFAULT '',
	paused        INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
	added_by      INTEGER NOT NULL DEFAULT 0,
	created_at    INTEGER NOT NULL,
	next_poll     INTEGER NOT NULL,
	last_poll     INTEGER,
	last_success  INTEGER,
	last_error    TEXT NOT NULL DEFAULT '',
	failures      INTEGER NOT NULL DEFAULT 0,
	items_added   INTEGER NOT NULL DEFAULT 0,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT ''
);
CREATE INDEX feeds_due ON feeds (next_poll) WHERE paused = 0;

-- One row per item a feed has shown (by guid, else link): an item is
-- handled once, even when the feed has no validators and is downloaded
-- whole on every poll. state: added, duplicate, filtered, or failed
-- (retried until attempts reaches the poller's limit).
CREATE TABLE feed_items (
	feed_id    INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
	item_key   TEXT NOT NULL,
	state      TEXT NOT NULL CHECK (state IN ('added', 'duplicate', 'filtered', 'failed')),
	attempts   INTEGER NOT NULL DEFAULT 1,
	article_id TEXT NOT NULL DEFAULT '',
	seen_at    INTEGER NOT NULL,
	PRIMARY KEY (feed_id, item_key)
) WITHOUT ROWID;
