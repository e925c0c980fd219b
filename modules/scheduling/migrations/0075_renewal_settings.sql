-- The service's renewal delays (issue 19 item 3): the periodicities of the periodic visits the service
-- applies to every team (R4624-16, R4624-17, R4624-28), set by the administrator. Never longer than the
-- law: the bounds repeat the domain's check (RenewalDelays.h); a team's protocol may shorten them
-- further (the shorter of the two applies). One row (none: the legal maxima); synchronised, the
-- administrator's (sync/Scope.cpp).
CREATE TABLE renewal_settings (
    id                       TEXT PRIMARY KEY,
    si_renewal_months        INTEGER NOT NULL DEFAULT 60 CHECK (si_renewal_months BETWEEN 1 AND 60),
    sia_renewal_months       INTEGER NOT NULL DEFAULT 36 CHECK (sia_renewal_months BETWEEN 1 AND 36),
    sir_renewal_months       INTEGER NOT NULL DEFAULT 48 CHECK (sir_renewal_months BETWEEN 1 AND 48),
    sir_intermediate_months  INTEGER NOT NULL DEFAULT 24 CHECK (sir_intermediate_months BETWEEN 1 AND 24),
    row_version              INTEGER NOT NULL DEFAULT 1,
    hlc                      TEXT NOT NULL,
    updated_by               TEXT NOT NULL,
    deleted                  INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
