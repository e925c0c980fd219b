-- First business schema: accounts, enterprises, establishments, workers (INS identity traits,
-- security-requirements.md §3 INS-01), employments, visits, absences.
-- Every table here is synchronised: id (UUIDv7), row_version, hlc, updated_by, deleted.
-- Dates are ISO 8601 text (YYYY-MM-DD); times are UTC ISO 8601 text.

CREATE TABLE accounts (
    id           TEXT PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('physician', 'collaborator_physician', 'intern', 'nurse', 'iprp',
                                               'asst', 'social_worker', 'planner', 'director', 'admin')),
    rpps         TEXT,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE enterprises (
    id          TEXT PRIMARY KEY,
    siren       TEXT NOT NULL UNIQUE CHECK (length(siren) = 9),
    name        TEXT NOT NULL,
    legal_form  TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    hlc         TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE establishments (
    id            TEXT PRIMARY KEY,
    enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
    siret         TEXT NOT NULL UNIQUE CHECK (length(siret) = 14),
    name          TEXT NOT NULL,
    name_fold     TEXT NOT NULL,
    naf           TEXT NOT NULL,
    address       TEXT,
    postal_code   TEXT,
    commune_insee TEXT,
    city          TEXT,
    member_number TEXT UNIQUE,
    member_since  TEXT,
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'left')),
    row_version   INTEGER NOT NULL DEFAULT 1,
    hlc           TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX establishments_enterprise ON establishments(enterprise_id);
CREATE INDEX establishments_name_fold ON establishments(name_fold);

CREATE TABLE workers (
    id                     TEXT PRIMARY KEY,
    birth_name             TEXT NOT NULL,
    birth_first_names      TEXT NOT NULL,           -- full list, space separated, as the INS gives it
    first_birth_first_name TEXT NOT NULL,
    birth_date             TEXT NOT NULL,
    sex                    TEXT NOT NULL CHECK (sex IN ('M', 'F', 'U')),
    birth_place_cog        TEXT,                    -- INSEE code of the birthplace (99xxx abroad)
    used_name              TEXT,
    used_first_name        TEXT,
    ins_matricule          TEXT,                    -- NIR or NIA, 15 characters
    ins_oid                TEXT,
    ins_status             TEXT NOT NULL DEFAULT 'PROV' CHECK (ins_status IN ('PROV', 'RECUP', 'VALI', 'QUAL')),
    ins_attributes         TEXT NOT NULL DEFAULT '',  -- DOUT, FICT, HOMA (space separated)
    identity_doc_type      TEXT,
    identity_doc_date      TEXT,
    insi_query_date        TEXT,
    birth_name_fold        TEXT NOT NULL,           -- core::foldForSearch(birth_name): the search key
    used_name_fold         TEXT,
    row_version            INTEGER NOT NULL DEFAULT 1,
    hlc                    TEXT NOT NULL,
    updated_by             TEXT NOT NULL,
    deleted                INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX workers_birth_name_fold ON workers(birth_name_fold, first_birth_first_name);
CREATE INDEX workers_used_name_fold ON workers(used_name_fold) WHERE used_name_fold IS NOT NULL;

CREATE TABLE employments (
    id               TEXT PRIMARY KEY,
    worker_id        TEXT NOT NULL REFERENCES workers(id),
    establishment_id TEXT NOT NULL REFERENCES establishments(id),
    post_title       TEXT NOT NULL,
    contract_type    TEXT NOT NULL,                -- CDI, CDD, INTERIM, APPRENTICE, ...
    start_date       TEXT NOT NULL,
    end_date         TEXT,
    night_work       INTEGER NOT NULL DEFAULT 0 CHECK (night_work IN (0, 1)),
    apprentice       INTEGER NOT NULL DEFAULT 0 CHECK (apprentice IN (0, 1)),
    follow_up        TEXT NOT NULL DEFAULT 'SI' CHECK (follow_up IN ('SI', 'SIA', 'SIR')),
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX employments_worker ON employments(worker_id);
CREATE INDEX employments_establishment ON employments(establishment_id);

CREATE TABLE visits (
    id               TEXT PRIMARY KEY,
    worker_id        TEXT NOT NULL REFERENCES workers(id),
    establishment_id TEXT REFERENCES establishments(id),
    kind             TEXT NOT NULL,                -- VIP, EMA, SIR_INTERMEDIATE, RETURN, ... (glossary.md)
    visit_date       TEXT NOT NULL,
    professional_id  TEXT REFERENCES accounts(id),
    status           TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('planned', 'done', 'cancelled', 'no_show')),
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX visits_worker ON visits(worker_id, visit_date);

CREATE TABLE absences (
    id            TEXT PRIMARY KEY,
    worker_id     TEXT NOT NULL REFERENCES workers(id),
    employment_id TEXT REFERENCES employments(id),
    cause         TEXT NOT NULL CHECK (cause IN ('illness', 'work_accident', 'occupational_disease', 'maternity')),
    start_date    TEXT NOT NULL,
    end_date      TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    hlc           TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX absences_worker ON absences(worker_id);
