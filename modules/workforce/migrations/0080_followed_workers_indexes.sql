-- Indexes for the offer's indicators and the activity report on a million followed workers (issue 16,
-- `./dev bench reports`). On encrypted pages every page read is a decryption: the statements must read
-- only compact index pages, never a wide row found through an index. So each index is partial (the
-- live rows the reports count: deleted = 0, and the status they ask for) and covering (every column the
-- statement reads is in it, the partial index's own condition columns included: SQLite would read the
-- row for them otherwise). Each module indexes the tables it owns or extends (0080 to 0083).

-- Followed workers at D: the employments in force at D of an establishment, found by establishment
-- and start date, with the worker and the follow-up category read from the index.
CREATE INDEX employments_followed ON employments(establishment_id, start_date, end_date, worker_id, follow_up, deleted) WHERE deleted = 0;

-- The identities that are not live (deleted, or merged into another one): a handful of rows, so that
-- "not one of them" is checked for a million employments on a few cached pages (the statements name
-- it with INDEXED BY: without statistics SQLite would seek the primary key and read every row).
CREATE INDEX workers_gone ON workers(id) WHERE deleted <> 0 OR merged_into IS NOT NULL;

-- Visits by worker (WORKERS_SEEN, REQUESTS_ON_TIME) and by status and date (the activity report).
CREATE INDEX visits_worker_status ON visits(worker_id, status, visit_date, kind, deleted) WHERE deleted = 0;
CREATE INDEX visits_status_date ON visits(status, visit_date, kind, worker_id, establishment_id, deleted) WHERE deleted = 0;
