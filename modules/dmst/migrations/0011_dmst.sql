-- The medical record (DMST, R4624-45-4), issue 7: its seven parts, consultations with their autosaved
-- drafts, physicians' personal notes, documents (attestation, avis, annexe 4, prevention orders), the
-- worker's access requests. Every read and write goes through security::PolicyStore with the part.
--
-- Immutability (architecture.md "Data"): a closed consultation and a signed document are never
-- changed nor deleted — triggers below refuse it whatever the program; a correction is a new row whose
-- `supersedes` names the row it replaces (the old row stays as it was).
-- Synchronised tables follow architecture.md: id (UUIDv7), row_version, hlc, updated_by, deleted.

-- 1° The record itself: medico-administrative data and the attending doctor. One per worker.
CREATE TABLE dmst_records (
    id                   TEXT PRIMARY KEY,
    worker_id            TEXT NOT NULL UNIQUE REFERENCES workers(id),
    created_on           TEXT NOT NULL,
    created_by           TEXT NOT NULL REFERENCES accounts(id),
    health_insurance     TEXT,   -- caisse / régime d'assurance maladie (coordination of care)
    medico_admin_notes   TEXT,   -- other medico-administrative data (RQTH, invalidity, …)
    attending_doctor     TEXT,   -- médecin traitant: name
    attending_contact    TEXT,   -- médecin traitant: address, telephone
    death_date           TEXT,   -- R4624-45-9: at most 10 years after death
    litigation_hold      INTEGER NOT NULL DEFAULT 0 CHECK (litigation_hold IN (0, 1)), -- suspends retention
    row_version          INTEGER NOT NULL DEFAULT 1,
    hlc                  TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- 1° Identity checks on a high-trust document (RNIV; INS-02): VALI and QUAL need one.
CREATE TABLE dmst_identity_checks (
    id            TEXT PRIMARY KEY,
    worker_id     TEXT NOT NULL REFERENCES workers(id),
    document_type TEXT NOT NULL CHECK (document_type IN ('passport', 'id_card', 'residence_permit', 'birth_certificate')),
    checked_on    TEXT NOT NULL,
    checked_by    TEXT NOT NULL REFERENCES accounts(id),
    row_version   INTEGER NOT NULL DEFAULT 1,
    hlc           TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dmst_identity_checks_worker ON dmst_identity_checks(worker_id);

-- 2° Work history (curriculum laboris): employers, posts, NAF, periods — past posts too.
CREATE TABLE dmst_work_history (
    id          TEXT PRIMARY KEY,
    worker_id   TEXT NOT NULL REFERENCES workers(id),
    employer    TEXT NOT NULL,
    post        TEXT NOT NULL,
    naf         TEXT,
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    hlc         TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (end_date IS NULL OR start_date <= end_date)
);
CREATE INDEX dmst_work_history_worker ON dmst_work_history(worker_id, start_date);

-- 2° Exposures coded from the thesaurus (code system "exposure") with period, intensity and the
-- L4161-1 factor; retention_regime is what the code said when recorded (R4412-55 cmr, R4426-9
-- biological, R4451-83 ionising radiation), so a retention date never changes with a thesaurus update.
CREATE TABLE dmst_exposures (
    id               TEXT PRIMARY KEY,
    worker_id        TEXT NOT NULL REFERENCES workers(id),
    work_history_id  TEXT REFERENCES dmst_work_history(id),
    exposure_code    TEXT NOT NULL,
    l4161_factor     TEXT,
    retention_regime TEXT CHECK (retention_regime IN ('R4412-55', 'R4426-9', 'R4451-83')),
    intensity        TEXT NOT NULL CHECK (intensity IN ('low', 'medium', 'high', 'unknown')),
    start_date       TEXT NOT NULL,
    end_date         TEXT,
    prevention       TEXT,   -- prevention measures in place (R4624-45-4 2°)
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (end_date IS NULL OR start_date <= end_date)
);
CREATE INDEX dmst_exposures_worker ON dmst_exposures(worker_id, start_date);

-- 3° Consultations. A draft is saved on every change (autosave) and stays editable; closing it makes
-- it immutable. A correction is a new consultation superseding the closed one.
CREATE TABLE dmst_consultations (
    id               TEXT PRIMARY KEY,
    worker_id        TEXT NOT NULL REFERENCES workers(id),
    visit_id         TEXT REFERENCES visits(id),
    establishment_id TEXT REFERENCES establishments(id),
    kind             TEXT NOT NULL,    -- visit_kind code: VIP, EMA, RETURN, ...
    reason           TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'closed')),
    visit_date       TEXT NOT NULL,
    arrival_time     TEXT,             -- HH:MM (2025 models: times of arrival and departure)
    departure_time   TEXT,
    professional_id  TEXT NOT NULL REFERENCES accounts(id),
    interview        TEXT NOT NULL DEFAULT '',
    weight_kg        REAL,
    height_cm        REAL,
    systolic_mmhg    INTEGER,
    diastolic_mmhg   INTEGER,
    vision           TEXT NOT NULL DEFAULT '',
    hearing          TEXT NOT NULL DEFAULT '',
    urine            TEXT NOT NULL DEFAULT '',
    examination      TEXT NOT NULL DEFAULT '',  -- clinical examination, free text
    problems         TEXT NOT NULL DEFAULT '',  -- health problems found, one per line (FHIR Condition)
    exams_prescribed TEXT NOT NULL DEFAULT '',
    exams_results    TEXT NOT NULL DEFAULT '',
    orientation      TEXT NOT NULL DEFAULT 'none' CHECK (orientation IN ('none', 'physician', 'care', 'team')),
    orientation_note TEXT NOT NULL DEFAULT '',
    conclusion       TEXT NOT NULL DEFAULT '',
    supersedes       TEXT REFERENCES dmst_consultations(id),
    saved_at         TEXT NOT NULL,    -- last autosave
    revision         INTEGER NOT NULL DEFAULT 1, -- autosave count
    closed_at        TEXT,
    closed_by        TEXT REFERENCES accounts(id),
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dmst_consultations_worker ON dmst_consultations(worker_id, visit_date);
CREATE UNIQUE INDEX dmst_consultations_superseded ON dmst_consultations(supersedes) WHERE supersedes IS NOT NULL;
CREATE TRIGGER dmst_consultations_closed_immutable BEFORE UPDATE ON dmst_consultations
    WHEN OLD.status = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'dmst: a closed consultation cannot be changed; record a correction');
END;
CREATE TRIGGER dmst_consultations_no_delete BEFORE DELETE ON dmst_consultations
    WHEN OLD.status = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'dmst: a closed consultation cannot be deleted');
END;

-- Physicians' personal notes: apart from the record, visible to their author only, never exported
-- (RBAC-06).
CREATE TABLE dmst_personal_notes (
    id              TEXT PRIMARY KEY,
    worker_id       TEXT NOT NULL REFERENCES workers(id),
    consultation_id TEXT REFERENCES dmst_consultations(id),
    author_id       TEXT NOT NULL REFERENCES accounts(id),
    written_at      TEXT NOT NULL,
    body            TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1,
    hlc             TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dmst_personal_notes_author ON dmst_personal_notes(author_id, worker_id);

-- 4° Correspondence between health professionals.
CREATE TABLE dmst_correspondence (
    id            TEXT PRIMARY KEY,
    worker_id     TEXT NOT NULL REFERENCES workers(id),
    direction     TEXT NOT NULL CHECK (direction IN ('received', 'sent')),
    correspondent TEXT NOT NULL,
    dated         TEXT NOT NULL,
    subject       TEXT NOT NULL,
    body          TEXT NOT NULL DEFAULT '',
    recorded_by   TEXT NOT NULL REFERENCES accounts(id),
    row_version   INTEGER NOT NULL DEFAULT 1,
    hlc           TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dmst_correspondence_worker ON dmst_correspondence(worker_id, dated);

-- 5° Documents: attestation de suivi, avis d'aptitude / d'inaptitude, annexe 4 proposal, prevention
-- order, information given. `fields` is the document's content (JSON), `text` its printed text as
-- signed (what pdftotext reads back), immutable once signed.
CREATE TABLE dmst_documents (
    id              TEXT PRIMARY KEY,
    worker_id       TEXT NOT NULL REFERENCES workers(id),
    consultation_id TEXT REFERENCES dmst_consultations(id),
    kind            TEXT NOT NULL CHECK (kind IN ('attestation', 'aptitude', 'inaptitude', 'adjustment', 'prevention_order', 'information')),
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    issued_on       TEXT NOT NULL,
    fields          TEXT NOT NULL DEFAULT '{}',
    html            TEXT NOT NULL DEFAULT '',
    signed_at       TEXT,
    signed_by       TEXT REFERENCES accounts(id),
    supersedes      TEXT REFERENCES dmst_documents(id),
    row_version     INTEGER NOT NULL DEFAULT 1,
    hlc             TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dmst_documents_worker ON dmst_documents(worker_id, issued_on);
CREATE UNIQUE INDEX dmst_documents_superseded ON dmst_documents(supersedes) WHERE supersedes IS NOT NULL;
CREATE TRIGGER dmst_documents_signed_immutable BEFORE UPDATE ON dmst_documents
    WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'dmst: a signed document cannot be changed; issue a correction');
END;
CREATE TRIGGER dmst_documents_no_delete BEFORE DELETE ON dmst_documents
    WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'dmst: a signed document cannot be deleted');
END;

-- 6° Information of the worker on his rights (R4624-45-6), at creation and at each transfer.
CREATE TABLE dmst_rights_information (
    id          TEXT PRIMARY KEY,
    worker_id   TEXT NOT NULL REFERENCES workers(id),
    informed_on TEXT NOT NULL,
    means       TEXT NOT NULL CHECK (means IN ('paper', 'electronic', 'oral')),
    occasion    TEXT NOT NULL CHECK (occasion IN ('creation', 'transfer')),
    recorded_by TEXT NOT NULL REFERENCES accounts(id),
    row_version INTEGER NOT NULL DEFAULT 1,
    hlc         TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dmst_rights_information_worker ON dmst_rights_information(worker_id);

-- 7° Consents and oppositions. An opposition to the team's access (L4624-8) is also written to
-- `oppositions` (migration 0003), which the access policy reads.
CREATE TABLE dmst_consents (
    id            TEXT PRIMARY KEY,
    worker_id     TEXT NOT NULL REFERENCES workers(id),
    kind          TEXT NOT NULL CHECK (kind IN ('telehealth_consent', 'opposition_team', 'opposition_other_services', 'opposition_dmp')),
    given_on      TEXT NOT NULL,
    withdrawn_on  TEXT,
    opposition_id TEXT REFERENCES oppositions(id),
    recorded_by   TEXT NOT NULL REFERENCES accounts(id),
    row_version   INTEGER NOT NULL DEFAULT 1,
    hlc           TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dmst_consents_worker ON dmst_consents(worker_id);

-- The worker's requests for his record (R4624-45-8, L1111-7 CSP): date, legal due date, fulfilment.
CREATE TABLE dmst_access_requests (
    id           TEXT PRIMARY KEY,
    worker_id    TEXT NOT NULL REFERENCES workers(id),
    requested_on TEXT NOT NULL,
    oldest_data  TEXT,
    due_on       TEXT NOT NULL,
    fulfilled_on TEXT,
    format       TEXT,
    recorded_by  TEXT NOT NULL REFERENCES accounts(id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dmst_access_requests_worker ON dmst_access_requests(worker_id);

INSERT INTO code_references(system, table_name, column_name, case_insensitive) VALUES
    ('exposure', 'dmst_exposures', 'exposure_code', 0),
    ('naf', 'dmst_work_history', 'naf', 0),
    ('visit_kind', 'dmst_consultations', 'kind', 0);
