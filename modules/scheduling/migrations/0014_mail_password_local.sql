-- Issue 13 item 6: the SMTP password is a secret of this workstation, not a setting to synchronise.
-- It moves to a local-only table (no sync columns, hence no change-capture trigger and no outbox
-- row); mail_settings.password is emptied and no longer written, and the copies that the change
-- capture already put in the outbox's payloads are removed before anything was ever sent.
CREATE TABLE local_mail_secret (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    password  TEXT NOT NULL
);
INSERT INTO local_mail_secret(singleton, password)
    SELECT 1, password FROM mail_settings WHERE deleted = 0 AND password IS NOT NULL AND password <> '' LIMIT 1;
UPDATE mail_settings SET password = NULL WHERE password IS NOT NULL;
UPDATE _outbox SET payload = json_remove(payload, '$.password')
    WHERE table_name = 'mail_settings' AND payload IS NOT NULL AND json_valid(payload);
