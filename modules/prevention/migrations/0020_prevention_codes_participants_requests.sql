-- Workplace actions for the offer's indicators (issue 16, indicators-contract.md):
--  * `code`: the action's code in the workplace_action thesaurus (every code of it, not only the six
--    kinds of 0010). `kind` stays filled with the nearest of the six families for older readers; the
--    indicators read `code`. Actions recorded before this migration get the code of their kind
--    (a "workshop" is a collective information session: AWARENESS).
--  * the workers who took part in an action, when known (AWARENESS_WORKERS, ADVICE_WORKERS);
--  * the requests for workplace actions or advice made by a member, with their date and the action
--    that answered them, so that their response delay is measured like that of visit requests.
-- Synchronised tables (id UUIDv7, row_version, hlc, updated_by, deleted).

ALTER TABLE workplace_actions ADD COLUMN code TEXT;
UPDATE workplace_actions SET code = CASE kind WHEN 'workshop' THEN 'AWARENESS' ELSE upper(kind) END;
CREATE INDEX workplace_actions_code ON workplace_actions(code, action_date, establishment_id);

CREATE TABLE workplace_action_participants (
    id          TEXT PRIMARY KEY,
    action_id   TEXT NOT NULL REFERENCES workplace_actions(id),
    worker_id   TEXT NOT NULL REFERENCES workers(id),
    row_version INTEGER NOT NULL DEFAULT 1,
    hlc         TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- No UNIQUE (action_id, worker_id): merging two identities that both took part in one action moves
-- the duplicate's row to the kept worker (workforce IdentityStore), and undoing the merge moves it
-- back. The store names each worker once per action; the indicators count distinct workers.
CREATE INDEX workplace_action_participants_worker ON workplace_action_participants(worker_id, action_id);
CREATE INDEX workplace_action_participants_action ON workplace_action_participants(action_id);

-- status: open (not answered yet), answered (by `action_id`, on `answered_on`), cancelled (withdrawn
-- by the member: out of the delays). `code`: the kind of action asked for, when the member said.
CREATE TABLE workplace_action_requests (
    id               TEXT PRIMARY KEY,
    establishment_id TEXT NOT NULL REFERENCES establishments(id),
    requested_on     TEXT NOT NULL,
    code             TEXT,
    subject          TEXT NOT NULL,
    requester        TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'cancelled')),
    action_id        TEXT REFERENCES workplace_actions(id),
    answered_on      TEXT,
    recorded_at      TEXT NOT NULL,
    recorded_by      TEXT NOT NULL REFERENCES accounts(id),
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK ((status = 'answered') = (answered_on IS NOT NULL))
);
CREATE INDEX workplace_action_requests_establishment ON workplace_action_requests(establishment_id, requested_on);
CREATE INDEX workplace_action_requests_date ON workplace_action_requests(requested_on);
