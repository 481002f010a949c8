-- 011_inbox (PostgreSQL): the same tables as store/migrations/011_inbox.sql;
-- read that file for what they mean.
CREATE TABLE bot_inbox (
	update_id     BIGINT PRIMARY KEY,
	chat_id       BIGINT NOT NULL,
	control       BIGINT NOT NULL DEFAULT 0,
	payload       BYTEA NOT NULL,
	limited       BIGINT NOT NULL DEFAULT 0,
	tell          BIGINT NOT NULL DEFAULT 0,
	command       BIGINT NOT NULL DEFAULT 0,
	wait_ms       BIGINT NOT NULL DEFAULT 0,
	state         BIGINT NOT NULL DEFAULT 0,
	attempts      BIGINT NOT NULL DEFAULT 0,
	claimed_by    TEXT NOT NULL DEFAULT '',
	claimed_until BIGINT NOT NULL DEFAULT 0,
	received_at   BIGINT NOT NULL,
	done_at       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX bot_inbox_open ON bot_inbox (chat_id, update_id) WHERE state < 2;
CREATE INDEX bot_inbox_done ON bot_inbox (done_at) WHERE state = 2;

CREATE TABLE bot_chat_claims (
	chat_id    BIGINT PRIMARY KEY,
	holder     TEXT NOT NULL,
	expires_at BIGINT NOT NULL
);

CREATE TABLE bot_budgets (
	kind   TEXT NOT NULL,
	id     BIGINT NOT NULL,
	tokens DOUBLE PRECISION NOT NULL,
	at     BIGINT NOT NULL,
	warned BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY (kind, id)
);
CREATE INDEX bot_budgets_at ON bot_budgets (kind, at);
