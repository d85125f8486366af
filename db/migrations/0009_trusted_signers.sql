-- The office's trusted PCs: whose signed transfer bundles import without a question. A PC is
-- known by its Ed25519 public key; the fingerprint is what officers read out over the phone.
CREATE TABLE trusted_signers (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  public_key  TEXT NOT NULL UNIQUE CHECK (length(public_key) <= 200),
  fingerprint TEXT NOT NULL UNIQUE,
  added_at    TEXT NOT NULL,
  added_by    TEXT NOT NULL
);

CREATE TRIGGER trusted_signers_uuid_form_insert BEFORE INSERT ON trusted_signers WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER trusted_signers_uuid_form_update BEFORE UPDATE OF uuid ON trusted_signers WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
