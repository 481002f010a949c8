-- 003_digest: daily digest subscriptions, the delivery ledger and the digest
-- cache. Times are unix nanoseconds UTC like everywhere in this database.

-- One subscription per chat (a private chat is one user; a group subscribes as
-- a whole). Rows are deactivated, never deleted, so the ledger keeps its
-- history and a returning user keeps their window.
--
-- minute is the local time of day (minutes after midnight) in tz, an IANA
-- name. schedule_from: due times before it are not owed (set when the time or
-- zone changes or the chat (re)subscribes, so subscribing at 10:00 for 08:00
-- starts tomorrow). last_window_end is where the next digest's window starts
-- (NULL: nothing delivered yet, the first window is the last 24 hours).
-- last_local_date is the newest ledger date for the chat, kept here so the
-- scheduler's scan needs no join on the ledger.
CREATE TABLE digest_subscriptions (
	chat_id           INTEGER PRIMARY KEY,
	user_id           INTEGER NOT NULL,
	lang              TEXT NOT NULL,
	minute            INTEGER NOT NULL CHECK (minute BETWEEN 0 AND 1439),
	tz                TEXT NOT NULL,
	topic             TEXT NOT NULL DEFAULT '',
	active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
	created_at        INTEGER NOT NULL,
	updated_at        INTEGER NOT NULL,
	schedule_from     INTEGER NOT NULL,
	last_window_end   INTEGER,
	last_delivered_at INTEGER,
	last_local_date   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX digest_subscriptions_active ON digest_subscriptions (active) WHERE active = 1;

-- The ledger: one row per chat and local date, written (pending) before the
-- send and completed (sent/failed) after it. The primary key is what makes a
-- second copy impossible: a date already in the ledger is never sent again.
-- skipped: nothing new and empty digests are not sent.
CREATE TABLE digest_deliveries (
	chat_id      INTEGER NOT NULL REFERENCES digest_subscriptions (chat_id) ON DELETE CASCADE,
	local_date   TEXT NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	state        TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed', 'skipped')),
	attempts     INTEGER NOT NULL DEFAULT 0,
	digest_key   TEXT NOT NULL,
	window_start INTEGER NOT NULL,
	window_end   INTEGER NOT NULL,
	error        TEXT NOT NULL DEFAULT '',
	created_at   INTEGER NOT NULL,
	updated_at   INTEGER NOT NULL,
	PRIMARY KEY (chat_id, local_date)
) WITHOUT ROWID;
CREATE INDEX digest_deliveries_pending ON digest_deliveries (state) WHERE state = 'pending';
CREATE INDEX digest_deliveries_date ON digest_deliveries (local_date);

-- One generated digest per (language, window, topic), shared by every
-- subscriber with that key and kept across restarts so nothing is generated
-- twice. payload is the digest package's JSON encoding of the answer.
CREATE TABLE digest_cache (
	key          TEXT PRIMARY KEY,
	lang         TEXT NOT NULL,
	window_start INTEGER NOT NULL,
	window_end   INTEGER NOT NULL,
	topic        TEXT NOT NULL DEFAULT '',
	articles     INTEGER NOT NULL,
	payload      BLOB NOT NULL,
	created_at   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX digest_cache_created ON digest_cache (created_at);

-- The scheduler lease: only the process holding an unexpired lease sends, so
-- two `serve` processes on one data directory cannot both deliver.
CREATE TABLE digest_lease (
	name       TEXT PRIMARY KEY,
	owner      TEXT NOT NULL,
	expires_at INTEGER NOT NULL
) WITHOUT ROWID;
