-- 010_published: publication dates in order. A question with a time cue
-- ("latest", "this week") is resolved against the newest publication date
-- in the corpus (NewestPublished); without this index that max() reads
-- every article row, bodies and all.
CREATE INDEX articles_published ON articles (published);
