-- What the offer's indicators need and Vigie did not record (issue 16, indicators-contract.md):
--  * answers to the satisfaction questions asked at membership (SATISFACTION_MEMBERSHIP_INTERFACE,
--    SATISFACTION_MEMBERSHIP_INFORMATION): one row per answer, typed in or imported from a CSV of
--    answers (`source`, and `batch` the import it came with). Anonymous: an establishment at most.
--  * a long-term condition (ALD) noted in part 3° of a worker's record (ALD_WITH_RECOMMENDATION):
--    the fact only, its date and who noted it — never the condition itself.
-- Synchronised tables (id UUIDv7, row_version, hlc, updated_by, deleted).

CREATE TABLE satisfaction_answers (
    id               TEXT PRIMARY KEY,
    question         TEXT NOT NULL CHECK (question IN ('membership_interface', 'membership_information')),
    answered_on      TEXT NOT NULL,
    score            INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    establishment_id TEXT REFERENCES establishments(id),
    source           TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import')),
    batch            TEXT NOT NULL DEFAULT '',
    recorded_at      TEXT NOT NULL,
    recorded_by      TEXT NOT NULL REFERENCES accounts(id),
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX satisfaction_answers_date ON satisfaction_answers(question, answered_on);

CREATE TABLE dmst_long_term_conditions (
    id          TEXT PRIMARY KEY,
    worker_id   TEXT NOT NULL REFERENCES workers(id),
    noted_on    TEXT NOT NULL,
    ended_on    TEXT,
    noted_by    TEXT NOT NULL REFERENCES accounts(id),
    row_version INTEGER NOT NULL DEFAULT 1,
    hlc         TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX dmst_long_term_conditions_worker ON dmst_long_term_conditions(worker_id);
