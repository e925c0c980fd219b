-- Team protocols (issue 6 part 1): the médecin du travail's protocol may SHORTEN the periodicities of
-- the follow-up (R4624-16, R4624-17, R4624-28), never lengthen them. One live protocol per team; a
-- NULL interval keeps the legal maximum. The bounds repeat the domain's check (Protocol.h) so that no
-- writer can store a longer interval than the law allows.
CREATE TABLE team_protocols (
    id                       TEXT PRIMARY KEY,
    team_id                  TEXT NOT NULL REFERENCES teams(id),
    si_renewal_months        INTEGER CHECK (si_renewal_months BETWEEN 1 AND 60),
    sia_renewal_months       INTEGER CHECK (sia_renewal_months BETWEEN 1 AND 36),
    sir_renewal_months       INTEGER CHECK (sir_renewal_months BETWEEN 1 AND 48),
    sir_intermediate_months  INTEGER CHECK (sir_intermediate_months BETWEEN 1 AND 24),
    signed_by                TEXT NOT NULL REFERENCES accounts(id),  -- the team's physician
    signed_on                TEXT NOT NULL,                          -- YYYY-MM-DD
    note                     TEXT,
    row_version              INTEGER NOT NULL DEFAULT 1,
    hlc                      TEXT NOT NULL,
    updated_by               TEXT NOT NULL,
    deleted                  INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX team_protocols_live ON team_protocols(team_id) WHERE deleted = 0;

-- The service's mail server may require TLS and authentication (most relays outside the service's own
-- network do): 'none' (plain, the service's internal relay), 'starttls' (upgrade on port 587 or 25),
-- 'tls' (TLS from the first byte, port 465). The password lives in the encrypted database only.
ALTER TABLE mail_settings ADD COLUMN security TEXT NOT NULL DEFAULT 'none' CHECK (security IN ('none', 'starttls', 'tls'));
ALTER TABLE mail_settings ADD COLUMN username TEXT;
ALTER TABLE mail_settings ADD COLUMN password TEXT;
