-- Indexes for the offer's indicators and the activity report on a million followed workers (issue 16,
-- `./dev bench reports`). On encrypted pages every page read is a decryption: the statements must read
-- only compact index pages, never a wide row found through an index. So each index is partial (the
-- live rows the reports count: deleted = 0, and the status they ask for) and covering (every column the
-- statement reads is in it, the partial index's own condition columns included: SQLite would read the
-- row for them otherwise). Each module indexes the tables it owns or extends (0080 to 0083).

-- Participants of workplace actions by worker (ADVICE_WORKERS, AWARENESS_WORKERS).
CREATE INDEX workplace_action_participants_live ON workplace_action_participants(worker_id, action_id, deleted) WHERE deleted = 0;
