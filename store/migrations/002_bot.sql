-- 002_bot: what the Telegram bot remembers. Times are unix nanoseconds UTC
-- like everywhere in this database.

-- One row per Telegram user. lang is the /lang override ('' = detect per
-- message); lang_code is what Telegram last reported, kept as a tie-breaker.
CREATE TABLE bot_users (
	user_id    INTEGER PRIMARY KEY,
	chat_id    INTEGER NOT NULL,
	lang_code  TEXT NOT NULL DEFAULT '',
	lang       TEXT NOT NULL DEFAULT '' CHECK (lang IN ('', 'vi', 'en')),
	first_seen INTEGER NOT NULL,
	last_seen  INTEGER NOT NULL
);

-- One row per answered question. thread_id is the id of the thread's first
-- turn, so a reply to any answer continues that answer's thread. sources is
-- the bot's JSON of every passage given to the model (for /source N);
-- article_ids the JSON array of cited articles; message_ids the JSON array
-- of the Telegram messages that carry the answer.
CREATE TABLE bot_turns (
	id          INTEGER PRIMARY KEY,
	thread_id   INTEGER NOT NULL,
	chat_id     INTEGER NOT NULL,
	user_id     INTEGER NOT NULL,
	question    TEXT NOT NULL,
	answer      TEXT NOT NULL,
	lang        TEXT NOT NULL DEFAULT '',
	article_ids TEXT NOT NULL DEFAULT '[]',
	sources     TEXT NOT NULL DEFAULT '[]',
	message_ids TEXT NOT NULL DEFAULT '[]',
	created_at  INTEGER NOT NULL
);
CREATE INDEX bot_turns_chat ON bot_turns (chat_id, id);
CREATE INDEX bot_turns_thread ON bot_turns (thread_id, id);

-- Which turn a Telegram message belongs to, so replying to any part of a
-- split answer finds its thread.
CREATE TABLE bot_turn_messages (
	chat_id    INTEGER NOT NULL,
	message_id INTEGER NOT NULL,
	turn_id    INTEGER NOT NULL REFERENCES bot_turns (id) ON DELETE CASCADE,
	PRIMARY KEY (chat_id, message_id)
) WITHOUT ROWID;

-- /new: questions after reset_at do not continue older threads by time.
CREATE TABLE bot_chats (
	chat_id  INTEGER PRIMARY KEY,
	reset_at INTEGER NOT NULL
);

-- One vote per user and answer; pressing the other button changes it. The
-- question and cited articles are copied so feedback survives turn pruning.
CREATE TABLE bot_feedback (
	turn_id     INTEGER NOT NULL,
	user_id     INTEGER NOT NULL,
	chat_id     INTEGER NOT NULL,
	vote        INTEGER NOT NULL CHECK (vote IN (-1, 1)),
	question    TEXT NOT NULL,
	article_ids TEXT NOT NULL DEFAULT '[]',
	created_at  INTEGER NOT NULL,
	PRIMARY KEY (turn_id, user_id)
) WITHOUT ROWID;

-- Every question the bot took, answered or not, for /stats. day is the UTC
-- date so per-day counts need no date arithmetic in SQL.
CREATE TABLE bot_questions (
	id         INTEGER PRIMARY KEY,
	chat_id    INTEGER NOT NULL,
	user_id    INTEGER NOT NULL,
	lang       TEXT NOT NULL DEFAULT '',
	outcome    TEXT NOT NULL,
	latency_ms INTEGER NOT NULL,
	day        TEXT NOT NULL,
	created_at INTEGER NOT NULL
);
CREATE INDEX bot_questions_day ON bot_questions (day);
