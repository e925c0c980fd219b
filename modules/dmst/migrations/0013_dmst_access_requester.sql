-- The worker's access request (R4624-45-8, L1111-7 CSP) also records who asks and what is asked:
-- the worker himself, a physician he designates, his legal representative or, after his death, an
-- heir (L1110-4 CSP); the scope is the whole record or the parts named. Existing requests were the
-- worker's own, for the whole record.
ALTER TABLE dmst_access_requests ADD COLUMN requester TEXT NOT NULL DEFAULT 'worker'
    CHECK (requester IN ('worker', 'physician', 'representative', 'heir'));
ALTER TABLE dmst_access_requests ADD COLUMN requester_name TEXT;
ALTER TABLE dmst_access_requests ADD COLUMN scope TEXT;
