-- Code systems (thesaurus): versioned reference vocabularies — NAF, communes, occupational-disease
-- tables, the exposure thesaurus, the project's code lists, and any system a service imports (TEP, PCS).
--
-- Not synchronised, on purpose: these tables have none of the sync columns (id, row_version, hlc,
-- updated_by, deleted), so ChangeCapture never puts them in the outbox. Shipped systems are reference
-- data that every workstation loads from its own binary (the same files, the same versions), so sending
-- them through the outbox would only copy 37,000 identical rows and open conflicts on data no one
-- edits. They are still ordinary tables, not local machinery ('_' prefix): records in synchronised
-- tables refer to their codes (by code text, never by rowid), the application reads them as business
-- data, and the rule that a used code is never deleted is what keeps those references valid.
-- A system imported by an administrator (vigie-cli thesaurus import) is per database for now.

CREATE TABLE code_systems (
    id          INTEGER PRIMARY KEY,
    system      TEXT NOT NULL UNIQUE,             -- e.g. naf, commune, exposure, visit_kind
    version     TEXT NOT NULL,                    -- the version loaded now
    origin      TEXT NOT NULL CHECK (origin IN ('shipped', 'imported')),
    title_fr    TEXT NOT NULL,
    title_en    TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    licence     TEXT NOT NULL DEFAULT '',
    attribution TEXT NOT NULL DEFAULT '',
    sys_token   TEXT NOT NULL UNIQUE,             -- 's' || id: the system's token in codes_fts
    loaded_at   TEXT NOT NULL,                    -- UTC ISO 8601
    loaded_by   TEXT NOT NULL                     -- login of the account that loaded it
);

-- Every version ever loaded, for the record (what was loaded when, by whom, with what effect).
CREATE TABLE code_system_versions (
    system     TEXT NOT NULL,
    version    TEXT NOT NULL,
    origin     TEXT NOT NULL,
    loaded_at  TEXT NOT NULL,
    loaded_by  TEXT NOT NULL,
    codes      INTEGER NOT NULL,                  -- codes in the file
    added      INTEGER NOT NULL,
    retired    INTEGER NOT NULL,                  -- absent from the file but used: kept, retired
    deleted    INTEGER NOT NULL,                  -- absent from the file and unused: removed
    sha256     TEXT NOT NULL,
    PRIMARY KEY (system, version)
);

-- One row per code of a system. Upgrading to a new version rewrites the system's rows in the file's
-- order (the order of word matches in search results); a code absent from the new version stays, with
-- retired_in set, when a record uses it (see code_references), and is removed otherwise.
CREATE TABLE codes (
    id            INTEGER PRIMARY KEY,
    system_id     INTEGER NOT NULL REFERENCES code_systems(id),
    code          TEXT NOT NULL,
    code_key      TEXT NOT NULL,                  -- folded code without separators: 62.01Z -> 6201z
    parent        TEXT,                           -- code of the parent in the same system
    level         TEXT NOT NULL DEFAULT '',       -- e.g. section, division, commune, family
    label_fr      TEXT NOT NULL,
    label_en      TEXT NOT NULL DEFAULT '',
    label_fold    TEXT NOT NULL,                  -- core::foldForSearch(label_fr)
    flags         TEXT NOT NULL DEFAULT '',       -- space-separated tokens (abstract, cmr, ...)
    selectable    INTEGER NOT NULL DEFAULT 1 CHECK (selectable IN (0, 1)), -- 0 when flagged abstract
    keywords      TEXT NOT NULL DEFAULT '',       -- extra searchable words (postal codes, synonyms)
    attributes    TEXT NOT NULL DEFAULT '{}',     -- JSON object of the file's other columns
    valid_from    TEXT,                           -- YYYY-MM-DD
    valid_to      TEXT,
    since_version TEXT NOT NULL,                  -- first version that had the code
    retired_in    TEXT,                           -- version that dropped it (NULL: in force)
    retired_at    TEXT,
    sys_token     TEXT NOT NULL,                  -- copy of code_systems.sys_token, indexed by FTS
    search_text   TEXT NOT NULL,                  -- folded code key, labels and keywords
    UNIQUE (system_id, code)
);
CREATE INDEX codes_code_key ON codes(system_id, code_key);
CREATE INDEX codes_label_fold ON codes(system_id, label_fold);
CREATE INDEX codes_parent ON codes(system_id, parent);

-- Word-prefix search. The text is folded by the application (core::foldForSearch: accents, case,
-- ligatures œ/æ, hyphens and punctuation) before it is indexed and before it is queried; the
-- tokenizer's own diacritics folding is a second guard. prefix= keeps short prefixes fast.
CREATE VIRTUAL TABLE codes_fts USING fts5(
    sys_token, search_text,
    content = 'codes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
);
CREATE TRIGGER codes_fts_insert AFTER INSERT ON codes BEGIN
    INSERT INTO codes_fts(rowid, sys_token, search_text) VALUES (NEW.id, NEW.sys_token, NEW.search_text);
END;
CREATE TRIGGER codes_fts_delete AFTER DELETE ON codes BEGIN
    INSERT INTO codes_fts(codes_fts, rowid, sys_token, search_text)
    VALUES ('delete', OLD.id, OLD.sys_token, OLD.search_text);
END;
CREATE TRIGGER codes_fts_update AFTER UPDATE OF sys_token, search_text ON codes BEGIN
    INSERT INTO codes_fts(codes_fts, rowid, sys_token, search_text)
    VALUES ('delete', OLD.id, OLD.sys_token, OLD.search_text);
    INSERT INTO codes_fts(rowid, sys_token, search_text) VALUES (NEW.id, NEW.sys_token, NEW.search_text);
END;

-- Where records use codes: the columns a code system's codes are stored in. ThesaurusStore::isUsed
-- and the upgrade read this table, so a code stored in one of these columns is never deleted. Each
-- module declares its own referencing columns in the migration that creates them, e.g.
--   INSERT INTO code_references(system, table_name, column_name) VALUES ('exposure', 'exposures', 'code');
-- case_insensitive = 1 when the column stores the code in another case (absences.cause is lower case
-- while the absence_cause codes of rules-contract.md are upper case).
CREATE TABLE code_references (
    system           TEXT NOT NULL,
    table_name       TEXT NOT NULL,
    column_name      TEXT NOT NULL,
    case_insensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_insensitive IN (0, 1)),
    PRIMARY KEY (system, table_name, column_name)
);
INSERT INTO code_references(system, table_name, column_name, case_insensitive) VALUES
    ('naf', 'establishments', 'naf', 0),
    ('commune', 'establishments', 'commune_insee', 0),
    ('commune', 'workers', 'birth_place_cog', 0),
    ('contract_type', 'employments', 'contract_type', 0),
    ('follow_up', 'employments', 'follow_up', 0),
    ('visit_kind', 'visits', 'kind', 0),
    ('absence_cause', 'absences', 'cause', 1);
