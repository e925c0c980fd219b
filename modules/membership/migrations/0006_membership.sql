-- Membership (issue 5, parts 1–3): what enterprises and establishments need beyond 0002 (status
-- dates, contacts, status history), the membership form with the prevention culture score, the
-- contribution settings (national reference and the service's rate, per year), the service's own
-- identity as the seller of invoices, the price list of complementary services, and the invoices.
-- Every table here is synchronised (id, row_version, hlc, updated_by, deleted) except where noted.
-- Money is integer euro cents; VAT rates are integer basis points (2000 = 20 %). Dates are ISO 8601.

-- The date of the current status (active since the membership date, suspended or left since ...).
ALTER TABLE establishments ADD COLUMN status_since TEXT;
-- The address: `address` (0002) holds the number and street; this is the second line (building, lieu-dit).
ALTER TABLE establishments ADD COLUMN address_extra TEXT;

-- Every status an establishment has had, with its date: appended at each change, never rewritten.
CREATE TABLE establishment_status_history (
    id               TEXT PRIMARY KEY,
    establishment_id TEXT NOT NULL REFERENCES establishments(id),
    status           TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'left')),
    since            TEXT NOT NULL,
    note             TEXT NOT NULL DEFAULT '',
    recorded_at      TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX establishment_status_history_establishment ON establishment_status_history(establishment_id, since);

CREATE TABLE establishment_contacts (
    id               TEXT PRIMARY KEY,
    establishment_id TEXT NOT NULL REFERENCES establishments(id),
    role             TEXT NOT NULL CHECK (role IN ('employer', 'hr', 'prevention_referent', 'billing', 'other')),
    name             TEXT NOT NULL,
    phone            TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    position         INTEGER NOT NULL DEFAULT 0,
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX establishment_contacts_establishment ON establishment_contacts(establishment_id);

-- The membership form (adhésion): first declared risks, estimated follow-up categories and the six
-- answers of the prevention culture score. One row per form filled; the latest one is current.
CREATE TABLE membership_forms (
    id               TEXT PRIMARY KEY,
    establishment_id TEXT NOT NULL REFERENCES establishments(id),
    form_date        TEXT NOT NULL,
    estimated_si     INTEGER NOT NULL DEFAULT 0 CHECK (estimated_si >= 0),
    estimated_sia    INTEGER NOT NULL DEFAULT 0 CHECK (estimated_sia >= 0),
    estimated_sir    INTEGER NOT NULL DEFAULT 0 CHECK (estimated_sir >= 0),
    q1               INTEGER NOT NULL CHECK (q1 IN (0, 1)),
    q2               INTEGER NOT NULL CHECK (q2 IN (0, 1)),
    q3               INTEGER NOT NULL CHECK (q3 IN (0, 1)),
    q4               INTEGER NOT NULL CHECK (q4 IN (0, 1)),
    q5               INTEGER NOT NULL CHECK (q5 IN (0, 1)),
    q6               INTEGER NOT NULL CHECK (q6 IN (0, 1)),
    score_tenths     INTEGER NOT NULL CHECK (score_tenths BETWEEN 0 AND 50), -- 4.2 is stored as 42
    notes            TEXT NOT NULL DEFAULT '',
    recorded_at      TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX membership_forms_establishment ON membership_forms(establishment_id, form_date);

CREATE TABLE membership_form_risks (
    id          TEXT PRIMARY KEY,
    form_id     TEXT NOT NULL REFERENCES membership_forms(id),
    code        TEXT NOT NULL,                      -- a code of the exposure thesaurus
    row_version INTEGER NOT NULL DEFAULT 1,
    hlc         TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX membership_form_risks_form ON membership_form_risks(form_id);
INSERT INTO code_references(system, table_name, column_name, case_insensitive) VALUES
    ('exposure', 'membership_form_risks', 'code', 0);

-- Per year: the national average cost of the ensemble socle (arrêté, D4622-27-5) and the per-capita
-- rate the service's assemblée générale set within 80–120 % of it (D4622-27-6; checked by the domain).
CREATE TABLE contribution_years (
    id                     TEXT PRIMARY KEY,
    year                   INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2999),
    national_average_cents INTEGER NOT NULL CHECK (national_average_cents > 0),
    rate_cents             INTEGER NOT NULL CHECK (rate_cents > 0),
    vat_rate_bp            INTEGER NOT NULL DEFAULT 0 CHECK (vat_rate_bp BETWEEN 0 AND 10000),
    row_version            INTEGER NOT NULL DEFAULT 1,
    hlc                    TEXT NOT NULL,
    updated_by             TEXT NOT NULL,
    deleted                INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- The service itself, as the seller named on its invoices and the sender of its documents. One row.
CREATE TABLE service_identity (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    legal_form     TEXT NOT NULL DEFAULT '',
    street         TEXT NOT NULL,
    postal_code    TEXT NOT NULL,
    city           TEXT NOT NULL,
    siret          TEXT NOT NULL CHECK (length(siret) = 14),
    vat_number     TEXT NOT NULL DEFAULT '',        -- intra-community VAT number, when registered
    vat_exemption  TEXT NOT NULL DEFAULT '',        -- the mention printed on lines without VAT
    payment_days   INTEGER NOT NULL DEFAULT 30 CHECK (payment_days BETWEEN 0 AND 60),
    iban           TEXT NOT NULL DEFAULT '',
    bic            TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    website        TEXT NOT NULL DEFAULT '',
    row_version    INTEGER NOT NULL DEFAULT 1,
    hlc            TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- Complementary services (offre complémentaire, L4622-6): the price list approved by the assemblée
-- générale. The services ordered by members (service_orders, below) go on the next contribution invoice.
CREATE TABLE price_list (
    id               TEXT PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    label            TEXT NOT NULL,
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    vat_rate_bp      INTEGER NOT NULL DEFAULT 0 CHECK (vat_rate_bp BETWEEN 0 AND 10000),
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- Invoices are immutable once issued: seller and buyer are copied into them (JSON) so that a reprint
-- years later is the same document. Numbers form one gap-free sequence per issue year (series = the
-- year): the next number is allocated inside the transaction that writes the invoice (InvoiceStore),
-- so a failed write leaves no hole; UNIQUE (series, seq) refuses a duplicate.
CREATE TABLE invoices (
    id                TEXT PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    series            INTEGER NOT NULL,
    seq               INTEGER NOT NULL CHECK (seq > 0),
    kind              TEXT NOT NULL CHECK (kind IN ('contribution')),
    contribution_year INTEGER NOT NULL,
    establishment_id  TEXT NOT NULL REFERENCES establishments(id),
    issue_date        TEXT NOT NULL,
    due_date          TEXT NOT NULL,
    seller            TEXT NOT NULL,                -- JSON snapshot of service_identity
    buyer             TEXT NOT NULL,                -- JSON snapshot of the member
    workers           INTEGER NOT NULL,             -- units of the per-capita contribution
    total_ht_cents    INTEGER NOT NULL,
    total_vat_cents   INTEGER NOT NULL,
    total_ttc_cents   INTEGER NOT NULL,
    issued_by         TEXT NOT NULL,
    row_version       INTEGER NOT NULL DEFAULT 1,
    hlc               TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (series, seq),
    UNIQUE (establishment_id, contribution_year, kind)
);
CREATE INDEX invoices_year ON invoices(contribution_year);

CREATE TABLE service_orders (
    id               TEXT PRIMARY KEY,
    establishment_id TEXT NOT NULL REFERENCES establishments(id),
    price_code       TEXT NOT NULL,
    label            TEXT NOT NULL,                 -- copied from the price list when ordered
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    vat_rate_bp      INTEGER NOT NULL DEFAULT 0,
    service_date     TEXT NOT NULL,
    invoice_id       TEXT REFERENCES invoices(id),  -- set when invoiced
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX service_orders_establishment ON service_orders(establishment_id, service_date);

CREATE TABLE invoice_lines (
    id               TEXT PRIMARY KEY,
    invoice_id       TEXT NOT NULL REFERENCES invoices(id),
    position         INTEGER NOT NULL,
    description      TEXT NOT NULL,
    quantity         INTEGER NOT NULL,
    unit_price_cents INTEGER NOT NULL,
    vat_rate_bp      INTEGER NOT NULL,
    amount_ht_cents  INTEGER NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1,
    hlc              TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (invoice_id, position)
);

-- Payments received; the payment status (unpaid, partly paid, paid, overdue) is computed from them.
CREATE TABLE invoice_payments (
    id           TEXT PRIMARY KEY,
    invoice_id   TEXT NOT NULL REFERENCES invoices(id),
    paid_on      TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    reference    TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1,
    hlc          TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX invoice_payments_invoice ON invoice_payments(invoice_id);

-- Issued invoices cannot be changed or removed: a correction is a credit note (not in this release).
CREATE TRIGGER invoices_immutable BEFORE UPDATE ON invoices
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed'); END;
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be deleted'); END;
CREATE TRIGGER invoice_lines_immutable BEFORE UPDATE ON invoice_lines
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed'); END;
CREATE TRIGGER invoice_lines_no_delete BEFORE DELETE ON invoice_lines
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be deleted'); END;
