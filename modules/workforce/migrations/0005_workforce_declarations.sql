-- Workforce (issue 5, parts 4–6): the follow-up category of each employment computed with its reasons
-- and overridable by a physician, the employment's risks from the exposure thesaurus, the yearly
-- workforce declarations of each establishment, the initial visits they hand to scheduling, and
-- identity vigilance (duplicate keys, reversible merges).
--
-- Synchronised tables follow architecture.md: id (UUIDv7), row_version, hlc, updated_by, deleted.
-- Dates are ISO 8601 text (YYYY-MM-DD); instants are UTC ISO 8601 text.

-- Workers -----------------------------------------------------------------------------------------
-- nir: the social security number declared by the employer. It is NOT the matricule INS: that one
-- (ins_matricule + ins_oid) only ever comes from the INSi service (INS-02), while a declared NIR is
-- typed by a person and only serves identity vigilance (same NIR = likely the same person).
ALTER TABLE workers ADD COLUMN nir TEXT;
-- Worker situations that change the follow-up category (rules-contract.md rule 1): space-separated
-- codes RQTH, INVALIDITY_PENSION. Declared by the employer; never health details.
ALTER TABLE workers ADD COLUMN follow_up_flags TEXT NOT NULL DEFAULT '';
-- A merged-away identity (identity vigilance): kept, hidden from searches, pointing at the identity
-- it was merged into. worker_merges holds what the merge moved, so that it can be undone.
ALTER TABLE workers ADD COLUMN merged_into TEXT REFERENCES workers(id);
CREATE INDEX workers_merged_into ON workers(merged_into) WHERE merged_into IS NOT NULL;

-- Employments -------------------------------------------------------------------------------------
-- follow_up (0002) stays the category in force: the override when a physician set one, otherwise the
-- computed one. computed_follow_up is rule 1 of rules-contract.md (scheduling::followUpCategory),
-- follow_up_rule its reason in codes ("SIR: ASBESTOS (R4624-23)"), follow_up_reason the same for
-- people ("SIR : amiante (R4624-23 I 1°)"), in the language of the person who declared.
ALTER TABLE employments ADD COLUMN computed_follow_up TEXT CHECK (computed_follow_up IN ('SI', 'SIA', 'SIR'));
ALTER TABLE employments ADD COLUMN follow_up_rule TEXT;
ALTER TABLE employments ADD COLUMN follow_up_reason TEXT;
-- The physician's override, with its recorded reason (audited; the reason may hold medical grounds and
-- never goes to the audit trail).
ALTER TABLE employments ADD COLUMN override_follow_up TEXT CHECK (override_follow_up IN ('SI', 'SIA', 'SIR'));
ALTER TABLE employments ADD COLUMN override_reason TEXT;
ALTER TABLE employments ADD COLUMN override_by TEXT REFERENCES accounts(id);
ALTER TABLE employments ADD COLUMN override_at TEXT;
CREATE INDEX employments_establishment_worker ON employments(establishment_id, worker_id);

-- The risks of a post: codes of the exposure thesaurus (code system "exposure"), with the R4624-23
-- risk the code carried when it was recorded (its sir_risk attribute; NULL: not a SIR risk).
CREATE TABLE employment_exposures (
    id            TEXT PRIMARY KEY,
    employment_id TEXT NOT NULL REFERENCES employments(id),
    exposure_code TEXT NOT NULL,
    sir_risk      TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    hlc           TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX employment_exposures_employment ON employment_exposures(employment_id);

-- Workforce declarations --------------------------------------------------------------------------
-- One accepted declaration per establishment and year; declaring the same year again supersedes it
-- (version + 1). The counts are those shown when it was accepted: distribution of the declared workers
-- by category (a worker with several posts counts once, in the highest category) and the difference
-- with the previous year's accepted declaration.
-- `lines` is the declaration's snapshot, immutable once accepted: a JSON array with one entry per line,
-- [line number, worker id, employment id, category in force, arrival (0/1)]. One row rather than one
-- row per line: a declaration is a document, and 20,000 lines would otherwise mean 20,000 more rows
-- (and outbox entries) in the import's transaction. A worker id of a snapshot that was merged away since
-- is read through workers.merged_into.
CREATE TABLE workforce_declarations (
    id               TEXT PRIMARY KEY,
    establishment_id TEXT NOT NULL REFERENCES establishments(id),
    year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    version          INTEGER NOT NULL DEFAULT 1,
    status           TEXT NOT NULL CHECK (status IN ('accepted', 'superseded')),
    source           TEXT NOT NULL CHECK (source IN ('csv', 'form')),
    file_name        TEXT,
    file_sha256      TEXT,
    declared_at      TEXT NOT NULL,
    declared_by      TEXT NOT NULL REFERENCES accounts(id),
    reference_date   TEXT NOT NULL,                 -- the day the rules were applied (initial visits)
    line_count       INTEGER NOT NULL,
    worker_count     INTEGER NOT NULL,
    si_count         INTEGER NOT NULL,
    sia_count        INTEGER NOT NULL,
    sir_count        INTEGER NOT NULL,
    has_previous     INTEGER NOT NULL CHECK (has_previous IN (0, 1)),
    arrivals         INTEGER NOT NULL,
    departures       INTEGER NOT NULL,
    category_changes INTEGER NOT NULL,
    visit_requests   INTEGER NOT NULL,
    lines            TEXT NOT NULL DEFAULT '[]',
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX workforce_declarations_current ON workforce_declarations(establishment_id, year)
    WHERE status = 'accepted' AND deleted = 0;

-- Visit requests (glossary: "demande de visite"; its date is what response delays are measured from).
-- A declaration hands each arrival to scheduling as an open request for the initial visit that the
-- follow-up rules give (kind VIP or EMA, latest date, performer, article). Scheduling plans them into
-- slots (status planned, then done); it owns this table from now on and changes it with ALTER TABLE.
-- Chosen over rows of `visits` with status 'planned': a planned visit has a date and a slot, a request
-- has neither yet, only a deadline.
CREATE TABLE visit_requests (
    id               TEXT PRIMARY KEY,
    worker_id        TEXT NOT NULL REFERENCES workers(id),
    employment_id    TEXT REFERENCES employments(id),
    establishment_id TEXT REFERENCES establishments(id),
    kind             TEXT NOT NULL,                 -- VIP, EMA, ... (visit_kind code system)
    reason           TEXT NOT NULL CHECK (reason IN ('arrival', 'other')),
    requested_on     TEXT NOT NULL,
    due_by           TEXT NOT NULL,                 -- the rules' `latest`
    performer        TEXT NOT NULL CHECK (performer IN ('MT', 'HEALTH_PRO')),
    basis            TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'planned', 'done', 'cancelled')),
    declaration_id   TEXT REFERENCES workforce_declarations(id),
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX visit_requests_worker ON visit_requests(worker_id);
CREATE INDEX visit_requests_employment ON visit_requests(employment_id);
CREATE INDEX visit_requests_open ON visit_requests(status, due_by) WHERE deleted = 0;

-- Identity vigilance ------------------------------------------------------------------------------
-- A merge: `merged_worker_id` was found to be the same person as `kept_worker_id`. `moved` lists, per
-- table, the ids of the rows moved from the merged identity to the kept one (JSON object of arrays),
-- so that an undo moves exactly those back. Both steps are audited. Declaration snapshots are not
-- rewritten: they are read through workers.merged_into.
CREATE TABLE worker_merges (
    id               TEXT PRIMARY KEY,
    kept_worker_id   TEXT NOT NULL REFERENCES workers(id),
    merged_worker_id TEXT NOT NULL REFERENCES workers(id),
    reason           TEXT NOT NULL,
    moved            TEXT NOT NULL DEFAULT '{}',
    merged_at        TEXT NOT NULL,
    merged_by        TEXT NOT NULL REFERENCES accounts(id),
    undone_at        TEXT,
    undone_by        TEXT REFERENCES accounts(id),
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (kept_worker_id <> merged_worker_id)
);
CREATE INDEX worker_merges_kept ON worker_merges(kept_worker_id);
CREATE INDEX worker_merges_merged ON worker_merges(merged_worker_id);

-- Duplicate-detection keys (workforce/Identity.h): local machinery derived from the workers' traits,
-- never synchronised (each workstation computes its own). One row per worker that is not deleted:
-- nir (matricule INS or declared NIR), identity_key (folded birth name | first word of the folded first
-- birth first name | birth date) and phonetic_key (French phonetic forms of both | birth date). A
-- merged-away identity keeps its keys with alias_of = the identity it was merged into, so that the
-- spelling once merged is recognised as that worker next time. Keys cannot be computed in SQL (accent
-- folding, phonetics): every write to a worker's traits queues the worker in _worker_keys_pending, and
-- IdentityStore::refreshKeys computes the queued keys before any duplicate search.
-- The indexes hold 64-bit hashes of the keys (Identity.h keyHash), not the keys: entries four times
-- smaller, so that a declaration adding 20,000 workers to a million dirties few index pages. Equal
-- identity keys have equal phonetic keys, so the phonetic index finds both; the keys themselves are
-- compared after the lookup.
CREATE TABLE _worker_keys (
    id            INTEGER PRIMARY KEY,
    worker_id     TEXT NOT NULL UNIQUE,
    alias_of      TEXT,
    nir           TEXT,
    identity_key  TEXT NOT NULL,
    phonetic_key  TEXT NOT NULL,
    nir_hash      INTEGER,
    phonetic_hash INTEGER NOT NULL
);
CREATE INDEX _worker_keys_nir ON _worker_keys(nir_hash) WHERE nir_hash IS NOT NULL;
CREATE INDEX _worker_keys_phonetic ON _worker_keys(phonetic_hash);

CREATE TABLE _worker_keys_pending (
    worker_id TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT INTO _worker_keys_pending(worker_id) SELECT id FROM workers;

-- A writer that stores the keys itself (the workforce stores) writes them first: nothing is queued.
CREATE TRIGGER workers_keys_insert AFTER INSERT ON workers
WHEN NOT EXISTS (SELECT 1 FROM _worker_keys WHERE worker_id = NEW.id)
BEGIN
    INSERT OR IGNORE INTO _worker_keys_pending(worker_id) VALUES (NEW.id);
END;
CREATE TRIGGER workers_keys_update AFTER UPDATE OF birth_name, first_birth_first_name, birth_date, nir,
    ins_matricule, merged_into, deleted ON workers
BEGIN
    INSERT OR IGNORE INTO _worker_keys_pending(worker_id) VALUES (NEW.id);
END;
CREATE TRIGGER workers_keys_delete AFTER DELETE ON workers
BEGIN
    DELETE FROM _worker_keys WHERE worker_id = OLD.id;
    DELETE FROM _worker_keys_pending WHERE worker_id = OLD.id;
END;

-- Columns holding thesaurus codes (0004_thesaurus.sql, code_references): a code used here is never
-- deleted by a thesaurus upgrade.
INSERT INTO code_references(system, table_name, column_name, case_insensitive) VALUES
    ('exposure', 'employment_exposures', 'exposure_code', 0),
    ('sir_risk', 'employment_exposures', 'sir_risk', 0),
    ('follow_up', 'employments', 'computed_follow_up', 0),
    ('follow_up', 'employments', 'override_follow_up', 0),
    ('visit_kind', 'visit_requests', 'kind', 0),
    ('performer', 'visit_requests', 'performer', 0);
