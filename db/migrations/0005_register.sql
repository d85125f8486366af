-- The agreements register: documents go to a recoverable trash, activities say what kind of
-- cooperation they are, and officers keep named filters of the register.

-- Set when an officer deletes a document: the row and its file stay, so it can be restored.
ALTER TABLE documents ADD COLUMN deleted_at TEXT
  CHECK (deleted_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', deleted_at) = deleted_at);
CREATE INDEX documents_signed_scans ON documents(agreement_id, kind) WHERE deleted_at IS NULL;

ALTER TABLE agreement_activities ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'
  CHECK (kind IN ('experience_exchange', 'joint_exercise', 'training_course', 'visit', 'other'));
CREATE INDEX agreement_activities_agreement ON agreement_activities(agreement_id);
CREATE INDEX agreements_replaces ON agreements(replaces_agreement_id);

CREATE TABLE register_filters (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  -- The register's filter and sort as the contract's RegisterFilter object.
  filter      TEXT NOT NULL CHECK (json_valid(filter) AND json_type(filter) = 'object'),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
