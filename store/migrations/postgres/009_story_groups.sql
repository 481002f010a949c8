-- 009_story_groups (PostgreSQL): near-duplicate articles share a story, as
-- ../009_story_groups.sql.
CREATE TABLE story_members (
	article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	story      BIGINT NOT NULL,
	lang       TEXT NOT NULL,
	sig        BYTEA
);
CREATE INDEX story_members_story ON story_members (story);

CREATE TABLE story_bands (
	lang       TEXT NOT NULL,
	band       BIGINT NOT NULL,
	key        BIGINT NOT NULL,
	article_id TEXT COLLATE "C" NOT NULL REFERENCES story_members (article_id) ON DELETE CASCADE,
	PRIMARY KEY (lang, band, key, article_id)
);
CREATE INDEX story_bands_article ON story_bands (article_id);
