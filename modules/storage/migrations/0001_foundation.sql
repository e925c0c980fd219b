-- Foundation: metadata, change capture and the audit trail. Tables whose name starts with '_' are
-- local machinery: never synchronised, never captured.

CREATE TABLE _meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row. suspended = 1 only inside a transaction that applies remote changes or seeds demo data.
CREATE TABLE _capture (
    suspended INTEGER NOT NULL CHECK (suspended IN (0, 1))
);
INSERT INTO _capture(suspended) VALUES (0);

-- Local changes waiting to be pushed to the server (sync-design.md §4.4). The mutation id makes the
-- push idempotent; seq gives the local order.
CREATE TABLE _outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
    row_version INTEGER NOT NULL,
    hlc         TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    payload     TEXT
);

-- The audit trail: append-only and hash-chained (AuditTrail.h).
CREATE TABLE _audit (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    account   TEXT NOT NULL,
    role      TEXT NOT NULL,
    action    TEXT NOT NULL,
    resource  TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    part      INTEGER NOT NULL,
    outcome   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX _audit_worker ON _audit(worker_id) WHERE worker_id <> '';

CREATE TRIGGER _audit_no_update BEFORE UPDATE ON _audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER _audit_no_delete BEFORE DELETE ON _audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
