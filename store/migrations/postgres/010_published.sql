-- 010_published (PostgreSQL): publication dates in order, as
-- ../010_published.sql.
CREATE INDEX articles_published ON articles (published);
