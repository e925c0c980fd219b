-- Indexes for the offer's indicators and the activity report on a million followed workers (issue 16,
-- `./dev bench reports`). On encrypted pages every page read is a decryption: the statements must read
-- only compact index pages, never a wide row found through an index. So each index below is partial
-- (the live rows the reports count: deleted = 0, and the status they ask for) and covering (every
-- column the statement reads is in it, the partial index's own condition columns included: SQLite
-- would read the row for them otherwise).

-- Followed workers at D: the employments in force at D of an establishment, found by establishment
-- and start date, with the worker and the follow-up category read from the index.
CREATE INDEX employments_followed ON employments(establishment_id, start_date, end_date, worker_id, follow_up, deleted) WHERE deleted = 0;

-- Performed visits: by worker (WORKERS_SEEN, REQUESTS_ON_TIME) and by date (the activity report).
CREATE INDEX visits_worker_status ON visits(worker_id, status, visit_date, kind, deleted) WHERE deleted = 0;
CREATE INDEX visits_status_date ON visits(status, visit_date, kind, worker_id, establishment_id, deleted) WHERE deleted = 0;

-- Signed documents: by worker (DMST_COMPUTERISED, ADVICE_WORKERS, ALD_WITH_RECOMMENDATION) and by
-- date (the activity report, ADJUSTMENT_PROPOSALS).
CREATE INDEX dmst_documents_signed_worker ON dmst_documents(worker_id, kind, issued_on, status, deleted) WHERE deleted = 0 AND status = 'signed';
CREATE INDEX dmst_documents_signed_date ON dmst_documents(issued_on, kind, worker_id, id, status, deleted) WHERE deleted = 0 AND status = 'signed';

-- Closed consultations by worker (DMST_COMPUTERISED).
CREATE INDEX dmst_consultations_closed ON dmst_consultations(worker_id, status, deleted) WHERE deleted = 0 AND status = 'closed';

-- The status of an establishment at a date: the latest change on or before it, read backwards.
CREATE INDEX establishment_status_history_at ON establishment_status_history(establishment_id, since, recorded_at, status, deleted) WHERE deleted = 0;

-- Participants of workplace actions by worker (ADVICE_WORKERS, AWARENESS_WORKERS).
CREATE INDEX workplace_action_participants_live ON workplace_action_participants(worker_id, action_id, deleted) WHERE deleted = 0;

-- The identities that are not live (deleted, or merged into another one): a handful of rows, so that
-- "not one of them" is checked for a million employments on a few cached pages (the statements name
-- it with INDEXED BY: without statistics SQLite would seek the primary key and read every row).
CREATE INDEX workers_gone ON workers(id) WHERE deleted <> 0 OR merged_into IS NOT NULL;
