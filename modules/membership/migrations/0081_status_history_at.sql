-- Indexes for the offer's indicators and the activity report on a million followed workers (issue 16,
-- `./dev bench reports`). On encrypted pages every page read is a decryption: the statements must read
-- only compact index pages, never a wide row found through an index. So each index is partial (the
-- live rows the reports count: deleted = 0, and the status they ask for) and covering (every column the
-- statement reads is in it, the partial index's own condition columns included: SQLite would read the
-- row for them otherwise). Each module indexes the tables it owns or extends (0080 to 0083).

-- The status of an establishment at a date: the latest change on or before it, read backwards.
CREATE INDEX establishment_status_history_at ON establishment_status_history(establishment_id, since, recorded_at, status, deleted) WHERE deleted = 0;
