-- Workplace actions (issue 8 part 5, architecture.md "modules/prevention"): post studies, measurements,
-- awareness sessions, advice, workshops and CSE meetings attended, at an establishment, with the
-- professionals who led them, the sheet version they fed and their report. Synchronised tables.

CREATE TABLE workplace_actions (
    id                TEXT PRIMARY KEY,
    establishment_id  TEXT NOT NULL REFERENCES establishments(id),
    kind              TEXT NOT NULL CHECK (kind IN ('post_study', 'measurement', 'awareness', 'advice', 'workshop', 'cse_meeting')),
    action_date       TEXT NOT NULL,
    title             TEXT NOT NULL,
    participants      INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0), -- people of the company who took part
    participant_names TEXT NOT NULL DEFAULT '',                            -- optional: who, or which functions
    notes             TEXT NOT NULL DEFAULT '',
    sheet_version_id  TEXT REFERENCES companysheet_versions(id),           -- the company sheet version it fed
    recorded_at       TEXT NOT NULL,
    recorded_by       TEXT NOT NULL REFERENCES accounts(id),
    row_version       INTEGER NOT NULL DEFAULT 1,
    hlc               TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX workplace_actions_establishment ON workplace_actions(establishment_id, action_date);
CREATE INDEX workplace_actions_date ON workplace_actions(action_date, kind);

CREATE TABLE workplace_action_professionals (
    id          TEXT PRIMARY KEY,
    action_id   TEXT NOT NULL REFERENCES workplace_actions(id),
    account_id  TEXT NOT NULL REFERENCES accounts(id),
    row_version INTEGER NOT NULL DEFAULT 1,
    hlc         TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (action_id, account_id)
);

-- The report, stored in the database as a BLOB rather than as a path: it is then encrypted with
-- everything else (a file beside the database would not be), it travels with synchronisation and the
-- backups, and it cannot be broken by a file moved or a workstation changed. Reports are small
-- (a PDF or office document; ActionStore refuses more than 10 MiB). `sha256` lets a copy be checked.
CREATE TABLE workplace_action_reports (
    id          TEXT PRIMARY KEY,
    action_id   TEXT NOT NULL UNIQUE REFERENCES workplace_actions(id),
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    content     BLOB NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    hlc         TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
