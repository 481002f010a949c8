-- 009_story_groups: near-duplicate articles (one wire story on several
-- sites) share a story, so search, answers and digests show it once.
-- An article's story is fixed when it is stored (see assignStory): a new
-- article joins the story of the most similar stored article of its
-- language, else starts its own. A story id outlives any one member, so a
-- story survives the removal of the article that started it.
CREATE TABLE story_members (
	article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	story      INTEGER NOT NULL,
	lang       TEXT NOT NULL,
	-- sig is the MinHash signature (corpus.Signature, little endian), NULL
	-- for an article too short to compare (it is its own story).
	sig        BLOB
) WITHOUT ROWID;
CREATE INDEX story_members_story ON story_members (story);

-- The LSH index: one row per band of each comparable article's signature.
-- Articles sharing a (lang, band, key) are the only ones compared.
CREATE TABLE story_bands (
	lang       TEXT NOT NULL,
	band       INTEGER NOT NULL,
	key        INTEGER NOT NULL,
	article_id TEXT NOT NULL REFERENCES story_members (article_id) ON DELETE CASCADE,
	PRIMARY KEY (lang, band, key, article_id)
) WITHOUT ROWID;
CREATE INDEX story_bands_article ON story_bands (article_id);
