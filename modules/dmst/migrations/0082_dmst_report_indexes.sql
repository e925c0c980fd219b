-- Indexes for the offer's indicators and the activity report on a million followed workers (issue 16,
-- `./dev bench reports`). On encrypted pages every page read is a decryption: the statements must read
-- only compact index pages, never a wide row found through an index. So each index is partial (the
-- live rows the reports count: deleted = 0, and the status they ask for) and covering (every column the
-- statement reads is in it, the partial index's own condition columns included: SQLite would read the
-- row for them otherwise). Each module indexes the tables it owns or extends (0080 to 0083).

-- Signed documents: by worker (DMST_COMPUTERISED, ADVICE_WORKERS, ALD_WITH_RECOMMENDATION) and by
-- date (the activity report, ADJUSTMENT_PROPOSALS).
CREATE INDEX dmst_documents_signed_worker ON dmst_documents(worker_id, kind, issued_on, status, deleted) WHERE deleted = 0 AND status = 'signed';
CREATE INDEX dmst_documents_signed_date ON dmst_documents(issued_on, kind, worker_id, id, status, deleted) WHERE deleted = 0 AND status = 'signed';

-- Closed consultations by worker (DMST_COMPUTERISED).
CREATE INDEX dmst_consultations_closed ON dmst_consultations(worker_id, status, deleted) WHERE deleted = 0 AND status = 'closed';
