-- 003_digest (PostgreSQL): subscriptions, the delivery ledger, the digest
-- cache and the scheduler lease, as ../003_digest.sql.

CREATE TABLE digest_subscriptions (
	chat_id           BIGINT PRIMARY KEY,
	user_id           BIGINT NOT NULL,
	lang              TEXT NOT NULL,
	minute            INTEGER NOT NULL CHECK (minute BETWEEN 0 AND 1439),
	tz                TEXT NOT NULL,
	topic             TEXT NOT NULL DEFAULT '',
	active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
	created_at        BIGINT NOT NULL,
	updated_at        BIGINT NOT NULL,
	schedule_from     BIGINT NOT NULL,
	last_window_end   BIGINT,
	last_delivered_at BIGINT,
	last_local_date   TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX digest_subscriptions_active ON digest_subscriptions (active) WHERE active = 1;

CREATE TABLE digest_deliveries (
	chat_id      BIGINT NOT NULL REFERENCES digest_subscriptions (chat_id) ON DELETE CASCADE,
	local_date   TEXT COLLATE "C" NOT NULL CHECK (local_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
	state        TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed', 'skipped')),
	attempts     INTEGER NOT NULL DEFAULT 0,
	digest_key   TEXT NOT NULL,
	window_start BIGINT NOT NULL,
	window_end   BIGINT NOT NULL,
	error        TEXT NOT NULL DEFAULT '',
	created_at   BIGINT NOT NULL,
	updated_at   BIGINT NOT NULL,
	PRIMARY KEY (chat_id, local_date)
);
CREATE INDEX digest_deliveries_pending ON digest_deliveries (state) WHERE state = 'pending';
CREATE INDEX digest_deliveries_date ON digest_deliveries (local_date);

CREATE TABLE digest_cache (
	key          TEXT PRIMARY KEY,
	lang         TEXT NOT NULL,
	window_start BIGINT NOT NULL,
	window_end   BIGINT NOT NULL,
	topic        TEXT NOT NULL DEFAULT '',
	articles     INTEGER NOT NULL,
	payload      BYTEA NOT NULL,
	created_at   BIGINT NOT NULL
);
CREATE INDEX digest_cache_created ON digest_cache (created_at);

CREATE TABLE digest_lease (
	name       TEXT PRIMARY KEY,
	owner      TEXT NOT NULL,
	expires_at BIGINT NOT NULL
);
