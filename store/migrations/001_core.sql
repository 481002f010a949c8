-- 001_core: the corpus. Articles are the source of truth; chunks carry the
-- vectors the in-memory index is rebuilt from; chunks_fts is the BM25 index.

-- meta holds store-wide facts such as embed_model and embed_dim, so a store
-- written with one embedding model is never silently mixed with another.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

-- Times are unix nanoseconds UTC: integers sort and compare exactly, which
-- ArticlesAddedSince windows rely on. published is a date (YYYY-MM-DD) or NULL
-- because outlets give dates, not instants.
CREATE TABLE articles (
	id            TEXT PRIMARY KEY,
	title         TEXT NOT NULL,
	url           TEXT NOT NULL DEFAULT '',
	canonical_url TEXT NOT NULL DEFAULT '',
	source        TEXT NOT NULL DEFAULT '',
	lang          TEXT NOT NULL DEFAULT '',
	published     TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	body          TEXT NOT NULL,
	hash          TEXT NOT NULL,
	added_at      INTEGER NOT NULL,
	updated_at    INTEGER NOT NULL
);
-- Many articles have no URL (pasted text), so uniqueness only binds real ones.
CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url) WHERE canonical_url <> '';
CREATE INDEX articles_hash ON articles (hash);
CREATE INDEX articles_added_at ON articles (added_at);

-- AUTOINCREMENT because chunk ids name vectors in the in-memory index: an id
-- freed by an update must never come back as a different passage.
-- vector sits before the texts on purpose: SQLite decodes a record from the
-- front, so the startup scan of (id, article_id, vector) rarely has to follow
-- a row's overflow pages into the text.
CREATE TABLE chunks (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	model      TEXT NOT NULL DEFAULT '',
	vector     BLOB,
	text       TEXT NOT NULL,
	embed_text TEXT NOT NULL,
	UNIQUE (article_id, seq)
);

-- Contentless: the folded text is only needed for matching and ranking, so it
-- is not stored twice. Rows are inserted by the store (folding happens in Go,
-- because unicode61 does not fold đ to d) with rowid = chunks.id.
CREATE VIRTUAL TABLE chunks_fts USING fts5 (
	folded,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);

-- Deletes go through the trigger so that ON DELETE CASCADE from articles keeps
-- the keyword index in step, inside the same transaction.
CREATE TRIGGER chunks_fts_delete AFTER DELETE ON chunks BEGIN
	DELETE FROM chunks_fts WHERE rowid = old.id;
END;

-- The embedding cache spares re-embedding unchanged text (same model, same
-- text hash) on re-ingest and reindex.
CREATE TABLE embed_cache (
	model  TEXT NOT NULL,
	hash   TEXT NOT NULL,
	vector BLOB NOT NULL,
	PRIMARY KEY (model, hash)
) WITHOUT ROWID;
