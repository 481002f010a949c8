-- 007_digest_size: how much of a digest a subscriber wants. full = 0 is the
-- short digest (one message: the top stories and "and N more"), full = 1 the
-- long form (every story with its lead). Existing rows become short, the
-- readable default.
ALTER TABLE digest_subscriptions ADD COLUMN full INTEGER NOT NULL DEFAULT 0 CHECK (full IN (0, 1));
