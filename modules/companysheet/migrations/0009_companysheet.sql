-- The fiche d'entreprise (issue 8, domain-rules.md §5): drafts that belong to their author, immutable
-- validated versions chained by SHA-256, the record of each sending to the employer, and the renewal
-- delay setting. Every table is synchronised (id, row_version, hlc, updated_by, deleted).
-- Content is the canonical JSON of companysheet/SheetContent.h (keys sorted, no white space, empty
-- fields left out), so that the same content always gives the same bytes and the same hash.

-- A draft: the content being written, by its author only. `head_version_id` is the latest version
-- when the draft was started (NULL: the establishment had none); validating compares it with the
-- latest version then, to detect a version validated in between and merge by section.
-- `source_version_id` is the version the draft was started from (any version, not only the latest).
CREATE TABLE companysheet_drafts (
    id                TEXT PRIMARY KEY,
    establishment_id  TEXT NOT NULL REFERENCES establishments(id),
    author_id         TEXT NOT NULL REFERENCES accounts(id),
    source_version_id TEXT REFERENCES companysheet_versions(id),
    head_version_id   TEXT REFERENCES companysheet_versions(id),
    content           TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'validated', 'abandoned')),
    version_id        TEXT REFERENCES companysheet_versions(id), -- set when validated
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    row_version       INTEGER NOT NULL DEFAULT 1,
    hlc               TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX companysheet_drafts_establishment ON companysheet_drafts(establishment_id, status);

-- Validated versions, numbered 1, 2, ... per establishment. hash = SHA-256 of the canonical record
-- (companysheet/SheetVersion.h versionHash) including prev_hash, the hash of the version numbered one
-- less (64 zeros for version 1): editing, deleting or reordering a version behind the application's
-- back breaks the chain at that version. The DMST's avis d'inaptitude prints the date of the latest
-- version (validated_at, ISO 8601 UTC date-time) from this table.
CREATE TABLE companysheet_versions (
    id                TEXT PRIMARY KEY,
    establishment_id  TEXT NOT NULL REFERENCES establishments(id),
    number            INTEGER NOT NULL CHECK (number > 0),
    author_id         TEXT NOT NULL REFERENCES accounts(id),
    author_name       TEXT NOT NULL,                -- as it was when validated (printed with the version)
    validated_at      TEXT NOT NULL,
    based_on_id       TEXT REFERENCES companysheet_versions(id), -- the version the draft was started from
    merged            INTEGER NOT NULL DEFAULT 0 CHECK (merged IN (0, 1)), -- merged with a version validated meanwhile
    content           TEXT NOT NULL,
    prev_hash         TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash              TEXT NOT NULL CHECK (length(hash) = 64),
    row_version       INTEGER NOT NULL DEFAULT 1,
    hlc               TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (establishment_id, number)
);
CREATE INDEX companysheet_versions_validated ON companysheet_versions(establishment_id, validated_at);

-- A validated version is what the employer received: it is never changed nor removed.
CREATE TRIGGER companysheet_versions_immutable BEFORE UPDATE ON companysheet_versions
BEGIN SELECT RAISE(ABORT, 'a validated company sheet version cannot be changed'); END;
CREATE TRIGGER companysheet_versions_no_delete BEFORE DELETE ON companysheet_versions
BEGIN SELECT RAISE(ABORT, 'a validated company sheet version cannot be deleted'); END;

-- Each sending of a version to the employer (R4624-48): date and channel. Appended, never rewritten:
-- a mistaken entry is followed by a correct one.
CREATE TABLE companysheet_sendings (
    id           TEXT PRIMARY KEY,
    version_id   TEXT NOT NULL REFERENCES companysheet_versions(id),
    sent_on      TEXT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('post', 'registered_post', 'email', 'hand', 'portal')),
    recipient    TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL REFERENCES accounts(id),
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX companysheet_sendings_version ON companysheet_sendings(version_id);
CREATE TRIGGER companysheet_sendings_immutable BEFORE UPDATE ON companysheet_sendings
BEGIN SELECT RAISE(ABORT, 'a recorded sending cannot be changed'); END;
CREATE TRIGGER companysheet_sendings_no_delete BEFORE DELETE ON companysheet_sendings
BEGIN SELECT RAISE(ABORT, 'a recorded sending cannot be deleted'); END;

-- The service's settings for company sheets (one row): the renewal delay in years (the offre socle
-- asks for an update at least every four years).
CREATE TABLE companysheet_settings (
    id             TEXT PRIMARY KEY,
    renewal_years  INTEGER NOT NULL DEFAULT 4 CHECK (renewal_years BETWEEN 1 AND 10),
    row_version    INTEGER NOT NULL DEFAULT 1,
    hlc            TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
