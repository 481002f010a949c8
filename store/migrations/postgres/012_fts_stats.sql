-- 012_fts_stats (PostgreSQL): what BM25 needs, kept at write time so that
-- keyword search reads it instead of computing it from every hit's
-- tsvector (ts_rank and length() per hit were half a query's time, the
-- heap visits to reach the tsvectors the other half). SQLite's FTS5 keeps
-- the same numbers itself, so ../012_fts_stats.sql is empty.
--
--   chunks_fts.dl      a chunk's length in analysed words (FTS5's, too);
--   chunks_fts_terms   one row per (word, chunk) with the word's count in
--                      the chunk and the chunk's length: the posting lists.
--                      Its primary key carries tf and dl, so a word's hits
--                      are read from the index alone, in one range scan;
--   chunks_fts_stats   the number of chunks and their total length (N and
--                      the average length), one row, kept by triggers so
--                      that every path that adds or removes chunks_fts rows
--                      (PutArticle, the FK cascade from articles, a
--                      rebuild) counts alike.
--
-- Phrases (several analysed words) are still matched through the tsvector
-- and its GIN index, which keeps positions.
--
-- Existing rows are not back-filled here: the analysis is Go's
-- (corpus.Analyzer), so the migration drops the analyzer mark and the
-- store rebuilds the whole keyword index when it next opens (syncAnalyzer).

ALTER TABLE chunks_fts ADD COLUMN dl INTEGER NOT NULL DEFAULT 0;

CREATE TABLE chunks_fts_terms (
	term     TEXT COLLATE "C" NOT NULL,
	chunk_id BIGINT NOT NULL REFERENCES chunks_fts (chunk_id) ON DELETE CASCADE,
	tf       INTEGER NOT NULL,
	dl       INTEGER NOT NULL,
	PRIMARY KEY (term, chunk_id) INCLUDE (tf, dl)
);
-- The cascade finds a chunk's postings by chunk.
CREATE INDEX chunks_fts_terms_chunk ON chunks_fts_terms (chunk_id);

CREATE TABLE chunks_fts_stats (
	one   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
	n     BIGINT NOT NULL,
	total BIGINT NOT NULL
);
INSERT INTO chunks_fts_stats (n, total) SELECT count(*), coalesce(sum(dl), 0) FROM chunks_fts;

-- Statement-level, with transition tables: one update of the stats row per
-- statement, however many chunks it adds or removes.
CREATE FUNCTION chunks_fts_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE chunks_fts_stats AS s SET n = s.n + d.n, total = s.total + d.total
	FROM (SELECT count(*) AS n, coalesce(sum(dl), 0) AS total FROM added) d;
	RETURN NULL;
END $$;
CREATE FUNCTION chunks_fts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE chunks_fts_stats AS s SET n = s.n - d.n, total = s.total - d.total
	FROM (SELECT count(*) AS n, coalesce(sum(dl), 0) AS total FROM removed) d;
	RETURN NULL;
END $$;
CREATE TRIGGER chunks_fts_added AFTER INSERT ON chunks_fts
	REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chunks_fts_added();
CREATE TRIGGER chunks_fts_removed AFTER DELETE ON chunks_fts
	REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION chunks_fts_removed();

-- Rebuild the keyword index (and so fill the new tables) at the next open.
DELETE FROM meta WHERE key = 'fts_analyzer';
