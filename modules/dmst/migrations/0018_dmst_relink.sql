-- A merge of two identities relinks closed consultations and signed documents to the kept worker
-- (0017): the content stays byte for byte, only worker_id changes, and only while the merge runs.
DROP TRIGGER dmst_consultations_closed_immutable;
CREATE TRIGGER dmst_consultations_closed_immutable BEFORE UPDATE ON dmst_consultations
    WHEN OLD.status = 'closed' AND NOT ((SELECT active FROM _relink) = 1 AND NEW.worker_id IS NOT OLD.worker_id)
BEGIN
    SELECT RAISE(ABORT, 'dmst: a closed consultation cannot be changed; record a correction');
END;
DROP TRIGGER dmst_documents_signed_immutable;
CREATE TRIGGER dmst_documents_signed_immutable BEFORE UPDATE ON dmst_documents
    WHEN OLD.status = 'signed' AND NOT ((SELECT active FROM _relink) = 1 AND NEW.worker_id IS NOT OLD.worker_id)
BEGIN
    SELECT RAISE(ABORT, 'dmst: a signed document cannot be changed; issue a correction');
END;
