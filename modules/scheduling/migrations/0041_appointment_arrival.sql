-- Issue 18 ("Ma journée"): the worker's arrival at the appointment, marked by the professional (UTC,
-- ISO 8601); NULL while expected.
ALTER TABLE appointments ADD COLUMN arrived_at TEXT;
