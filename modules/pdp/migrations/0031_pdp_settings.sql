-- The service's delays for the job-retention reviews (issue 17 part 3, domain-rules.md §7): the social
-- worker's reviews at 3 and 6 months from the start of her follow-up and the one-year evaluation from
-- the return to work are the offer's (Présanse §3.5.2.1, §3.5.3), not a regulation: settings of the
-- service, defaulting to 3, 6 and 12 months. One row (none: the defaults); synchronised, the
-- administrator's (sync/Scope.cpp).
CREATE TABLE pdp_settings (
    id                   TEXT PRIMARY KEY,
    first_social_months  INTEGER NOT NULL DEFAULT 3 CHECK (first_social_months BETWEEN 1 AND 24),
    second_social_months INTEGER NOT NULL DEFAULT 6 CHECK (second_social_months BETWEEN 2 AND 36),
    outcome_months       INTEGER NOT NULL DEFAULT 12 CHECK (outcome_months BETWEEN 1 AND 36),
    row_version          INTEGER NOT NULL DEFAULT 1,
    hlc                  TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (second_social_months > first_social_months)
);
