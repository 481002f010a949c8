-- 012_fts_stats: nothing on SQLite. FTS5 already keeps what BM25 needs
-- (each row's length, the table's total, posting lists with term counts);
-- PostgreSQL's tsvector does not, so its migration of this number adds them
-- (see postgres/012_fts_stats.sql).
SELECT 1;
