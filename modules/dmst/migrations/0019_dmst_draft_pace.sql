-- The autosave's pace (issue 13 item 8), local to this workstation and never synchronised (its name
-- starts with '_'): when a draft consultation's save last went to the outbox and to the audit trail.
-- Saves in between are committed like any other (nothing typed is lost) but not captured nor audited.
CREATE TABLE _dmst_draft_pace (
    consultation_id TEXT PRIMARY KEY REFERENCES dmst_consultations(id),
    captured_at     TEXT NOT NULL,
    audited_at      TEXT NOT NULL
);
