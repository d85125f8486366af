-- The directory's forms: a person's photo kept in the app, and the spelling-blind word keys of
-- every name, so a new person or organisation typed in one script finds its twin in another.

-- A small JPEG the form has already scaled down (about 256 px); the cap keeps the file small.
ALTER TABLE people ADD COLUMN photo BLOB
  CHECK (photo IS NULL OR (typeof(photo) = 'blob' AND length(photo) BETWEEN 1 AND 262144));

-- One row per distinct word key (domain/search-key.ts) of any of the row's names, in any language.
-- Written by the repositories in the same transaction as the row; rows written by other paths
-- (a restore from the trash, a file from before this migration) are keyed on the next check.
CREATE TABLE person_name_words (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  word       TEXT NOT NULL CHECK (length(word) > 0),
  UNIQUE (person_id, word)
);
CREATE INDEX person_name_words_word ON person_name_words(word);

CREATE TABLE organization_name_words (
  id               INTEGER PRIMARY KEY,
  organization_id  INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  word             TEXT NOT NULL CHECK (length(word) > 0),
  UNIQUE (organization_id, word)
);
CREATE INDEX organization_name_words_word ON organization_name_words(word);
