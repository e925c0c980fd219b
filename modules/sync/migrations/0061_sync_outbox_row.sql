-- Applying a pulled change looks up the device's own entries for that row (a pending one: keep both;
-- one acknowledged later: the device's version is the newer). Without this index each lookup reads the
-- whole outbox, which is never emptied by acknowledgements.
CREATE INDEX _outbox_row ON _outbox(table_name, row_id, state);
