-- Issue 18 (the clinicians' day): who drafted a document (only its author deletes a draft), and the
-- health problems of a consultation coded with the health_problem list (codes separated by spaces),
-- the free text kept beside in `problems`; the appointment a consultation was started from ("Ma journée":
-- in consultation, done).
ALTER TABLE dmst_documents ADD COLUMN drafted_by TEXT REFERENCES accounts(id);
ALTER TABLE dmst_consultations ADD COLUMN problem_codes TEXT NOT NULL DEFAULT '';
ALTER TABLE dmst_consultations ADD COLUMN appointment_id TEXT REFERENCES appointments(id);
