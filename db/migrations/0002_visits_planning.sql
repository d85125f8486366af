-- Visit planning: checklist titles in the office's three languages, and a recoverable trash.

-- A task's title is read by officers in az, ru and en like every other title. The old single
-- column held whatever was typed, which we keep as the English text.
ALTER TABLE tasks ADD COLUMN title_az TEXT;
ALTER TABLE tasks ADD COLUMN title_ru TEXT;
ALTER TABLE tasks ADD COLUMN title_en TEXT;
UPDATE tasks SET title_en = title;
ALTER TABLE tasks DROP COLUMN title;
CREATE INDEX tasks_owner ON tasks(owner_person_id);

-- Deleted visits, people and events wait here until restored. `snapshot` holds the row and
-- everything its deletion cascaded to, as JSON, so a restore puts back the same rows with the
-- same ids and uuids; `label_*` lets the trash list show what it was without parsing that.
CREATE TABLE trash (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  entity       TEXT NOT NULL,
  source_table TEXT NOT NULL,
  source_id    INTEGER NOT NULL,
  source_uuid  TEXT NOT NULL,
  label_az     TEXT,
  label_ru     TEXT,
  label_en     TEXT,
  snapshot     TEXT NOT NULL CHECK (json_valid(snapshot)),
  deleted_at   TEXT NOT NULL,
  deleted_by   TEXT NOT NULL
);
CREATE INDEX trash_deleted_at ON trash(deleted_at);
