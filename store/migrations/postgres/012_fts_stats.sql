-- 012_fts_stats (PostgreSQL): what BM25 needs, kept at write time so that
-- keyword search reads it instead of computing it from every hit's
-- tsvector (ts_rank and length() per hit were half a query's time, the
-- heap visits to reach the tsvectors the other half). SQLite's FTS5 keeps
-- the same numbers itself, so ../012_fts_stats.sql is empty.
--
--   chunks_fts.dl      a chunk's length in words, as FTS5 counts it (a
--                      lexeme's positions summed over the tsvector);
--   chunks_fts_terms   the posting lists: one row per (lexeme, chunk), with
--                      the lexeme's count in the chunk and the chunk's
--                      length. The primary key carries both, so a word's hits
--                      are one range of one index, read without the heap;
--   chunks_fts_stats   the number of chunks and their total length (N and
--                      the average length): one row.
--
-- All three derive from the tsvector, by a generated column and triggers,
-- so every path that writes chunks_fts (PutArticle, the cascade from
-- articles, a rebuild, a copy) keeps them alike, and existing rows are
-- filled here without re-analysing any text. Phrases (several lexemes) are
-- still matched through the tsvector's GIN index, which keeps positions.

CREATE FUNCTION chunks_fts_length(v tsvector) RETURNS integer
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	AS $$ SELECT coalesce(sum(cardinality(u.positions)), 0)::integer FROM unnest(v) AS u $$;

ALTER TABLE chunks_fts ADD COLUMN dl INTEGER NOT NULL GENERATED ALWAYS AS (chunks_fts_length(folded)) STORED;

CREATE TABLE chunks_fts_terms (
	term     TEXT COLLATE "C" NOT NULL,
	chunk_id BIGINT NOT NULL,
	tf       INTEGER NOT NULL,
	dl       INTEGER NOT NULL,
	PRIMARY KEY (term, chunk_id) INCLUDE (tf, dl)
);
INSERT INTO chunks_fts_terms (term, chunk_id, tf, dl)
	SELECT u.lexeme, f.chunk_id, cardinality(u.positions), f.dl FROM chunks_fts f, unnest(f.folded) AS u;

CREATE TABLE chunks_fts_stats (
	one   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
	n     BIGINT NOT NULL,
	total BIGINT NOT NULL
);
INSERT INTO chunks_fts_stats (n, total) SELECT count(*), coalesce(sum(dl), 0) FROM chunks_fts;

-- Statement-level, with transition tables: one trigger call and one update
-- of the stats row per statement, however many chunks it adds or removes.
-- A removed chunk's posting rows are found through its own lexemes, by the
-- primary key (no second index on chunk_id to keep up at every insert).
CREATE FUNCTION chunks_fts_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO chunks_fts_terms (term, chunk_id, tf, dl)
		SELECT u.lexeme, a.chunk_id, cardinality(u.positions), a.dl FROM added a, unnest(a.folded) AS u;
	UPDATE chunks_fts_stats AS s SET n = s.n + d.n, total = s.total + d.total
		FROM (SELECT count(*) AS n, coalesce(sum(dl), 0) AS total FROM added) d;
	RETURN NULL;
END $$;
CREATE FUNCTION chunks_fts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM chunks_fts_terms p
		USING (SELECT r.chunk_id, unnest(tsvector_to_array(r.folded)) AS term FROM removed r) x
		WHERE p.term = x.term AND p.chunk_id = x.chunk_id;
	UPDATE chunks_fts_stats AS s SET n = s.n - d.n, total = s.total - d.total
		FROM (SELECT count(*) AS n, coalesce(sum(dl), 0) AS total FROM removed) d;
	RETURN NULL;
END $$;
-- Rows are inserted and deleted, never changed; a change would leave the
-- postings and the stats behind, so it is refused instead.
CREATE FUNCTION chunks_fts_unchangeable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'chunks_fts rows are deleted and inserted, not updated';
END $$;
CREATE TRIGGER chunks_fts_added AFTER INSERT ON chunks_fts
	REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chunks_fts_added();
CREATE TRIGGER chunks_fts_removed AFTER DELETE ON chunks_fts
	REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION chunks_fts_removed();
CREATE TRIGGER chunks_fts_unchangeable BEFORE UPDATE ON chunks_fts
	FOR EACH STATEMENT EXECUTE FUNCTION chunks_fts_unchangeable();
