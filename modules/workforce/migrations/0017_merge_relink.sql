-- Identity merges carry the whole person (issue 13 item 1): closed consultations and signed documents
-- refuse every change, yet a merge must relink them to the kept identity. `_relink.active` is set by
-- the merge (and its undo) inside its own transaction only; the immutability triggers (0018) let an
-- update through while it is set and the update changes the worker it refers to.
CREATE TABLE _relink (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);
INSERT INTO _relink(id, active) VALUES (1, 0);
