-- Client side of synchronisation (sync-design.md §4.4). Local machinery: names start with '_', never
-- captured, never synchronised.

-- server, fingerprint, device_id, credential, epoch, cursor, last_sync, account_id.
CREATE TABLE _sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- An outbox entry leaves 'pending' only for 'acked' (with the server_seq that applied it) or
-- 'quarantined' (refused by the server, kept in _quarantine); it is never deleted on acknowledgement.
ALTER TABLE _outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'acked', 'quarantined'));
ALTER TABLE _outbox ADD COLUMN server_seq INTEGER;
CREATE INDEX _outbox_state ON _outbox(state, seq);

-- A change the server refused, with its whole payload and the reason: shown to a person, never dropped.
CREATE TABLE _quarantine (
    mutation_id TEXT PRIMARY KEY,
    reason      TEXT NOT NULL,
    mutation    TEXT NOT NULL,
    at          TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved'))
);

-- Both versions of a row changed here and on the server at the same time, kept for a person to choose.
CREATE TABLE _conflict (
    id             TEXT PRIMARY KEY,
    tbl            TEXT NOT NULL,
    row_id         TEXT NOT NULL,
    local_payload  TEXT,
    server_payload TEXT,
    server_seq     INTEGER NOT NULL,
    at             TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved'))
);
