-- 008_offset (PostgreSQL): the highest Telegram update_id the bot began to
-- handle, as ../008_offset.sql. One row (id = 1).
CREATE TABLE bot_update_offset (
	id        INTEGER PRIMARY KEY CHECK (id = 1),
	update_id BIGINT NOT NULL
);
