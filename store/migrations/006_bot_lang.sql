-- 006_bot_lang: the /lang override may be any language code, not only vi
-- or en. Which languages are served is the application's list (prompts);
-- the database keeps only the shape, so adding a language needs no
-- migration. SQLite cannot alter a CHECK constraint: the table is rebuilt.
CREATE TABLE bot_users_006 (
	user_id    INTEGER PRIMARY KEY,
	chat_id    INTEGER NOT NULL,
	lang_code  TEXT NOT NULL DEFAULT '',
	lang       TEXT NOT NULL DEFAULT '' CHECK (lang = '' OR (length(lang) BETWEEN 2 AND 3 AND lang NOT GLOB '*[^a-z]*')),
	first_seen INTEGER NOT NULL,
	last_seen  INTEGER NOT NULL
);
INSERT INTO bot_users_006 (user_id, chat_id, lang_code, lang, first_seen, last_seen)
	SELECT user_id, chat_id, lang_code, lang, first_seen, last_seen FROM bot_users;
DROP TABLE bot_users;
ALTER TABLE bot_users_006 RENAME TO bot_users;
