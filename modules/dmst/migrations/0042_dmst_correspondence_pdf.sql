-- Issue 18 item 4 (part 4°): a letter between health professionals may carry its PDF, kept in the
-- database as a BLOB — encrypted with everything else, synchronised and backed up with the record,
-- never a file beside the database. `attachment_sha256` lets a copy be checked; the store refuses a
-- file that is not a PDF or is larger than 10 MiB.
ALTER TABLE dmst_correspondence ADD COLUMN attachment_name TEXT;
ALTER TABLE dmst_correspondence ADD COLUMN attachment_sha256 TEXT CHECK (attachment_sha256 IS NULL OR length(attachment_sha256) = 64);
ALTER TABLE dmst_correspondence ADD COLUMN attachment BLOB;
