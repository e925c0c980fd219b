-- The worker search orders by (folded name, first name, id) and reads one page: with id in the index
-- the rows come out of the index already in that order, so a page costs its own size instead of a
-- sort of every worker sharing the prefix (measured: tens of ms per search on 1,000,000 workers).
DROP INDEX workers_birth_name_fold;
CREATE INDEX workers_birth_name_fold ON workers(birth_name_fold, first_birth_first_name, id);
DROP INDEX workers_used_name_fold;
CREATE INDEX workers_used_name_fold ON workers(used_name_fold, first_birth_first_name, id) WHERE used_name_fold IS NOT NULL;
