-- The service's interval between two primary-prevention actions at an establishment (issue 19 item 6,
-- offre socle §3.2.3: "une action de prévention primaire tous les 4 ans"): a setting of the service, in
-- years, from 1 to the offer's 4. One row (none: 4 years); synchronised, the administrator's
-- (sync/Scope.cpp).
CREATE TABLE prevention_settings (
    id                        TEXT PRIMARY KEY,
    primary_prevention_years  INTEGER NOT NULL DEFAULT 4 CHECK (primary_prevention_years BETWEEN 1 AND 4),
    row_version               INTEGER NOT NULL DEFAULT 1,
    hlc                       TEXT NOT NULL,
    updated_by                TEXT NOT NULL,
    deleted                   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
