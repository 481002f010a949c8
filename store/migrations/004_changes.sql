-- 004_changes: the change sequence. Every corpus change (an article added,
-- updated or removed, the corpus reindexed) appends one row in the same
-- transaction as the change, so a process that follows seq sees every
-- change another process committed, in commit order (SQLite has one writer
-- at a time, so seq order is commit order). Old rows are pruned; a follower
-- whose cursor row is gone reloads instead of applying changes one by one.
-- Times are unix nanoseconds UTC like everywhere in this database.
CREATE TABLE changes (
	seq        INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id TEXT NOT NULL DEFAULT '',
	kind       TEXT NOT NULL CHECK (kind IN ('add', 'update', 'remove', 'reindex')),
	at         INTEGER NOT NULL
);
