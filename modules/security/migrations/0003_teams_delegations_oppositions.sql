-- Teams (a physician with the professionals under its authority) and the establishments assigned to
-- them; delegations of DMST parts 1°–2° (R4624-45-5 al. 2); workers' oppositions (L4624-8).

CREATE TABLE teams (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    physician_id TEXT NOT NULL REFERENCES accounts(id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE team_members (
    id          TEXT PRIMARY KEY,
    team_id     TEXT NOT NULL REFERENCES teams(id),
    account_id  TEXT NOT NULL REFERENCES accounts(id),
    written_protocol INTEGER NOT NULL DEFAULT 0 CHECK (written_protocol IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1,
    hlc         TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (team_id, account_id)
);
CREATE INDEX team_members_account ON team_members(account_id);

CREATE TABLE team_establishments (
    id               TEXT PRIMARY KEY,
    team_id          TEXT NOT NULL REFERENCES teams(id),
    establishment_id TEXT NOT NULL REFERENCES establishments(id),
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (establishment_id, team_id)
);
CREATE INDEX team_establishments_team ON team_establishments(team_id);

CREATE TABLE delegations (
    id           TEXT PRIMARY KEY,
    physician_id TEXT NOT NULL REFERENCES accounts(id),
    delegate_id  TEXT NOT NULL REFERENCES accounts(id),
    team_id      TEXT NOT NULL REFERENCES teams(id),
    start_date   TEXT NOT NULL,
    end_date     TEXT NOT NULL,
    revoked_at   TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (start_date <= end_date)
);
CREATE INDEX delegations_delegate ON delegations(delegate_id);

CREATE TABLE oppositions (
    id           TEXT PRIMARY KEY,
    worker_id    TEXT NOT NULL REFERENCES workers(id),
    recorded_by  TEXT NOT NULL REFERENCES accounts(id),
    recorded_at  TEXT NOT NULL,
    withdrawn_at TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX oppositions_worker ON oppositions(worker_id);
