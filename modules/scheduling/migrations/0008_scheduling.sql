-- Scheduling (issue 6): visit requests from every origin, the professionals' agendas (places, weekly
-- opening hours, absences, daily limits, slot lengths by visit kind) and the appointments.
--
-- Synchronised tables follow architecture.md: id (UUIDv7), row_version, hlc, updated_by, deleted.
-- Dates are ISO 8601 text (YYYY-MM-DD); times of day are local 'HH:MM' text (agendas are local).

-- Visit requests (0005 created them for the arrivals of a declaration) -----------------------------
-- origin: who asked (company, worker, physician; service = the declaration's arrivals).
-- motive: what for (hiring, return, on_request, pre_return). The 0005 rows are the employer's hiring
-- declarations: the defaults describe them.
-- earliest: the window's first day (return to work: the day of return), NULL when any time before due_by.
-- statutory: 0 when due_by is the service's own target (on request, pre-return: the law sets none).
-- teleconsultation: the request asks for a remote visit (the worker consents, R4624-41-2).
ALTER TABLE visit_requests ADD COLUMN origin TEXT NOT NULL DEFAULT 'company'
    CHECK (origin IN ('company', 'worker', 'physician', 'service'));
ALTER TABLE visit_requests ADD COLUMN motive TEXT NOT NULL DEFAULT 'hiring'
    CHECK (motive IN ('hiring', 'return', 'on_request', 'pre_return'));
ALTER TABLE visit_requests ADD COLUMN earliest TEXT;
ALTER TABLE visit_requests ADD COLUMN statutory INTEGER NOT NULL DEFAULT 1 CHECK (statutory IN (0, 1));
ALTER TABLE visit_requests ADD COLUMN teleconsultation INTEGER NOT NULL DEFAULT 0 CHECK (teleconsultation IN (0, 1));
ALTER TABLE visit_requests ADD COLUMN recorded_by TEXT REFERENCES accounts(id);

-- Places where visits happen ----------------------------------------------------------------------
CREATE TABLE agenda_places (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('centre', 'mobile_unit', 'company_site', 'teleconsultation')),
    name             TEXT NOT NULL,
    address          TEXT,
    establishment_id TEXT REFERENCES establishments(id),   -- company_site: whose workers are seen there
    region           TEXT NOT NULL DEFAULT 'metropole',    -- its holiday calendar (core::FrenchCalendar)
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK ((kind = 'company_site') = (establishment_id IS NOT NULL))
);

-- Weekly opening hours of a professional at a place (1 = Monday … 7 = Sunday).
CREATE TABLE agenda_hours (
    id              TEXT PRIMARY KEY,
    professional_id TEXT NOT NULL REFERENCES accounts(id),
    place_id        TEXT NOT NULL REFERENCES agenda_places(id),
    weekday         INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time      TEXT NOT NULL CHECK (length(start_time) = 5),
    end_time        TEXT NOT NULL CHECK (length(end_time) = 5),
    valid_from      TEXT,
    valid_to        TEXT,
    row_version     INTEGER NOT NULL DEFAULT 1,
    hlc             TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (start_time < end_time)
);
CREATE INDEX agenda_hours_professional ON agenda_hours(professional_id);

-- Days a professional does not receive (leave, training): whole days, both ends included.
CREATE TABLE agenda_absences (
    id              TEXT PRIMARY KEY,
    professional_id TEXT NOT NULL REFERENCES accounts(id),
    first_day       TEXT NOT NULL,
    last_day        TEXT NOT NULL,
    label           TEXT NOT NULL DEFAULT '',
    row_version     INTEGER NOT NULL DEFAULT 1,
    hlc             TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (first_day <= last_day)
);
CREATE INDEX agenda_absences_professional ON agenda_absences(professional_id);

-- The most visits a professional receives in a day (default 12 when absent).
CREATE TABLE agenda_limits (
    id              TEXT PRIMARY KEY,
    professional_id TEXT NOT NULL UNIQUE REFERENCES accounts(id),
    daily_limit     INTEGER NOT NULL CHECK (daily_limit BETWEEN 1 AND 60),
    row_version     INTEGER NOT NULL DEFAULT 1,
    hlc             TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- The service's slot lengths by visit kind (a kind absent here takes scheduling::defaultSlotMinutes).
CREATE TABLE slot_lengths (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL UNIQUE,
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 240),
    row_version INTEGER NOT NULL DEFAULT 1,
    hlc         TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- Appointments ------------------------------------------------------------------------------------
-- One visit of one worker with one professional at one place and time. due_by/earliest/basis are the
-- deadline the appointment answers (copied: a cancelled appointment's visit is re-planned against the
-- same deadline). explanation: the planner's reason for the proposal, or the assistant's choice.
-- A professional never has two live appointments (planned, confirmed, done) that overlap: the
-- triggers below refuse it whatever writes the row.
CREATE TABLE appointments (
    id               TEXT PRIMARY KEY,
    worker_id        TEXT NOT NULL REFERENCES workers(id),
    employment_id    TEXT REFERENCES employments(id),
    establishment_id TEXT REFERENCES establishments(id),
    request_id       TEXT REFERENCES visit_requests(id),
    kind             TEXT NOT NULL,
    performer        TEXT NOT NULL CHECK (performer IN ('MT', 'HEALTH_PRO')),
    earliest         TEXT,
    due_by           TEXT NOT NULL,
    basis            TEXT NOT NULL,
    professional_id  TEXT NOT NULL REFERENCES accounts(id),
    place_id         TEXT NOT NULL REFERENCES agenda_places(id),
    day              TEXT NOT NULL,
    start_time       TEXT NOT NULL CHECK (length(start_time) = 5),
    end_time         TEXT NOT NULL CHECK (length(end_time) = 5),
    status           TEXT NOT NULL DEFAULT 'planned'
                     CHECK (status IN ('planned', 'confirmed', 'done', 'cancelled', 'no_show')),
    explanation      TEXT NOT NULL DEFAULT '',
    booked_on        TEXT NOT NULL,
    booked_by        TEXT NOT NULL REFERENCES accounts(id),
    replaces_id      TEXT REFERENCES appointments(id),
    status_changed_at TEXT,
    convoked_at      TEXT,                 -- letter printed
    mailed_at        TEXT,                 -- convocation e-mailed
    reminded_at      TEXT,                 -- reminder e-mailed
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (start_time < end_time)
);
CREATE INDEX appointments_professional_day ON appointments(professional_id, day);
CREATE INDEX appointments_day ON appointments(day, start_time);
CREATE INDEX appointments_worker ON appointments(worker_id);
CREATE INDEX appointments_request ON appointments(request_id);

CREATE TRIGGER appointments_no_overlap_insert BEFORE INSERT ON appointments
WHEN NEW.deleted = 0 AND NEW.status IN ('planned', 'confirmed', 'done') AND EXISTS (
    SELECT 1 FROM appointments a
    WHERE a.professional_id = NEW.professional_id AND a.day = NEW.day AND a.deleted = 0
      AND a.status IN ('planned', 'confirmed', 'done') AND a.start_time < NEW.end_time AND NEW.start_time < a.end_time)
BEGIN
    SELECT RAISE(ABORT, 'appointment overlaps another appointment of the professional');
END;

CREATE TRIGGER appointments_no_overlap_update BEFORE UPDATE OF professional_id, day, start_time, end_time, status, deleted
ON appointments
WHEN NEW.deleted = 0 AND NEW.status IN ('planned', 'confirmed', 'done') AND EXISTS (
    SELECT 1 FROM appointments a
    WHERE a.id <> NEW.id AND a.professional_id = NEW.professional_id AND a.day = NEW.day AND a.deleted = 0
      AND a.status IN ('planned', 'confirmed', 'done') AND a.start_time < NEW.end_time AND NEW.start_time < a.end_time)
BEGIN
    SELECT RAISE(ABORT, 'appointment overlaps another appointment of the professional');
END;

-- E-mail ------------------------------------------------------------------------------------------
-- The worker's e-mail address, for convocations and reminders (given by the worker or the employer).
ALTER TABLE workers ADD COLUMN email TEXT;

-- The service's SMTP server (one row): convocations and reminders are sent through it; the reminder
-- goes `reminder_days` days before the visit.
CREATE TABLE mail_settings (
    id            TEXT PRIMARY KEY,
    host          TEXT NOT NULL,
    port          INTEGER NOT NULL DEFAULT 25 CHECK (port BETWEEN 1 AND 65535),
    sender        TEXT NOT NULL,
    reminder_days INTEGER NOT NULL DEFAULT 2 CHECK (reminder_days BETWEEN 1 AND 14),
    row_version   INTEGER NOT NULL DEFAULT 1,
    hlc           TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

INSERT INTO code_references(system, table_name, column_name, case_insensitive) VALUES
    ('visit_kind', 'appointments', 'kind', 0),
    ('performer', 'appointments', 'performer', 0),
    ('visit_kind', 'slot_lengths', 'kind', 0);
