-- Job retention (issue 17, architecture.md "modules/pdp", domain-rules.md §2.1–2.3 and §7).
--
-- Work stoppages reuse the `absences` table of 0002 (which the follow-up rules already read for the
-- return visit, R4624-31): it gains the expected return day, where the row came from (a worker's page
-- or the employer's file) and when it was recorded. Its `end_date` stays the last day of the stoppage,
-- so the actual return day is end_date + 1.
--
-- A PDP case per worker, its ordered steps, its social follow-up (reviews at 3 and 6 months, the
-- one-year outcome) and the PDP cell's meetings with their decisions. No clinical content is stored
-- here: a step says what was done, when and by whom; an adjustment proposal step points at the signed
-- annexe 4 document of part 5° (dmst_documents) without copying it. Synchronised tables: every row
-- that concerns a worker carries `worker_id` (the case's), the scope key by which the server sends it
-- only to the devices whose users may hold that worker's data (sync-design.md §4.7, sync/Scope.cpp);
-- a table keyed by the case alone would be the service's shared data, sent to every device.

ALTER TABLE absences ADD COLUMN expected_return TEXT;
ALTER TABLE absences ADD COLUMN source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'demo'));
ALTER TABLE absences ADD COLUMN recorded_at TEXT;
CREATE INDEX absences_dates ON absences(start_date, end_date);

CREATE TABLE pdp_cases (
    id             TEXT PRIMARY KEY,
    worker_id      TEXT NOT NULL REFERENCES workers(id),
    origin         TEXT NOT NULL CHECK (origin IN ('WORKER', 'EMPLOYER', 'ATTENDING_DOCTOR', 'MEDECIN_CONSEIL', 'SERVICE')),
    opened_on      TEXT NOT NULL,
    in_charge      TEXT NOT NULL REFERENCES accounts(id), -- the physician, or the member the physician designates
    absence_id     TEXT REFERENCES absences(id),          -- the stoppage that raised it, if any
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_on      TEXT,
    outcome        TEXT CHECK (outcome IN ('KEPT_SAME_POST', 'ADJUSTED_POST', 'REDEPLOYED', 'LEFT_COMPANY', 'UNFIT_DISMISSED', 'OTHER')),
    opened_by      TEXT NOT NULL REFERENCES accounts(id),
    closed_by      TEXT REFERENCES accounts(id),
    row_version    INTEGER NOT NULL DEFAULT 1,
    hlc            TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK ((status = 'closed') = (closed_on IS NOT NULL AND outcome IS NOT NULL))
);
CREATE INDEX pdp_cases_worker ON pdp_cases(worker_id, opened_on);
CREATE INDEX pdp_cases_status ON pdp_cases(status, opened_on);

CREATE TABLE pdp_steps (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES pdp_cases(id),
    worker_id    TEXT NOT NULL REFERENCES workers(id),   -- the case's worker (sync scope)
    kind         TEXT NOT NULL CHECK (kind IN ('LIAISON', 'PRE_RETURN_VISIT', 'RETURN_VISIT', 'ADJUSTMENT_PROPOSAL',
                                               'SUPERVISED_TRIAL', 'CRPE', 'REFERRAL')),
    step_date    TEXT NOT NULL,
    end_date     TEXT,                                   -- essai encadré, CRPE: the planned end
    partner      TEXT,                                   -- job_retention_partner code (referrals)
    visit_id     TEXT REFERENCES visits(id),             -- pre-return and return visits: the visit done
    document_id  TEXT REFERENCES dmst_documents(id),     -- adjustment proposal: the annexe 4 of part 5°
    done_by      TEXT NOT NULL REFERENCES accounts(id),
    recorded_at  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX pdp_steps_case ON pdp_steps(case_id, step_date);
CREATE INDEX pdp_steps_kind ON pdp_steps(kind, step_date);

-- The social worker's follow-up of a case (rights explained, administrative help, referrals): one per
-- case. Its reviews are scheduled from started_on (3 and 6 months); it ends with the case.
CREATE TABLE pdp_social_followups (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL UNIQUE REFERENCES pdp_cases(id),
    worker_id    TEXT NOT NULL REFERENCES workers(id),   -- the case's worker (sync scope)
    started_on   TEXT NOT NULL,
    ended_on     TEXT,
    social_worker TEXT NOT NULL REFERENCES accounts(id),
    rights_explained INTEGER NOT NULL DEFAULT 0 CHECK (rights_explained IN (0, 1)),
    admin_help   INTEGER NOT NULL DEFAULT 0 CHECK (admin_help IN (0, 1)),
    notes        TEXT NOT NULL DEFAULT '',               -- social situation only, never clinical content
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX pdp_social_followups_dates ON pdp_social_followups(started_on, ended_on);

-- A review done: the 3- and 6-month social reviews and the one-year outcome review.
CREATE TABLE pdp_reviews (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES pdp_cases(id),
    worker_id    TEXT NOT NULL REFERENCES workers(id),   -- the case's worker (sync scope)
    review       TEXT NOT NULL CHECK (review IN ('social_3_months', 'social_6_months', 'outcome_1_year')),
    due_on       TEXT NOT NULL,
    done_on      TEXT NOT NULL,
    situation    TEXT,                                   -- outcome code at the one-year review
    notes        TEXT NOT NULL DEFAULT '',
    done_by      TEXT NOT NULL REFERENCES accounts(id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (case_id, review)
);

-- The PDP cell's meetings (L4622-8-1) and the decisions recorded as minutes, one per case reviewed.
CREATE TABLE pdp_cell_meetings (
    id           TEXT PRIMARY KEY,
    meeting_date TEXT NOT NULL,
    chaired_by   TEXT NOT NULL REFERENCES accounts(id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE pdp_cell_decisions (
    id           TEXT PRIMARY KEY,
    meeting_id   TEXT NOT NULL REFERENCES pdp_cell_meetings(id),
    case_id      TEXT NOT NULL REFERENCES pdp_cases(id),
    worker_id    TEXT NOT NULL REFERENCES workers(id),   -- the case's worker (sync scope)
    decision     TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX pdp_cell_decisions_meeting ON pdp_cell_decisions(meeting_id);
