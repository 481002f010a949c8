-- 008_offset: the highest Telegram update_id the bot began to handle. A
-- restarted bot skips updates at or below it, so an update answered just
-- before a crash, which Telegram still held unacknowledged, is not answered
-- a second time. One row (id = 1).
CREATE TABLE bot_update_offset (
	id        INTEGER PRIMARY KEY CHECK (id = 1),
	update_id INTEGER NOT NULL
);
