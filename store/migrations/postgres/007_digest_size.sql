-- 007_digest_size (PostgreSQL): short or full digests, as
-- ../007_digest_size.sql. "full" is a reserved word here, so it is quoted
-- (in the store's statements too; SQLite accepts the quotes).
ALTER TABLE digest_subscriptions ADD COLUMN "full" INTEGER NOT NULL DEFAULT 0 CHECK ("full" IN (0, 1));
