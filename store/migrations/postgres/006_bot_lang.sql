-- 006_bot_lang (PostgreSQL): the /lang override may be any language code,
-- as ../006_bot_lang.sql. PostgreSQL alters the CHECK in place.
ALTER TABLE bot_users DROP CONSTRAINT bot_users_lang_check;
ALTER TABLE bot_users ADD CONSTRAINT bot_users_lang_check CHECK (lang = '' OR lang ~ '^[a-z]{2,3}$');
