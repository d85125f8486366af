-- The search key now gives a word one key per reading of a letter that reads two ways (Russian ё
-- and х, Uzbek Latin o and oʻ; domain/search-key.ts). Every stored key is computed again: setting a
-- name to itself fires the search index's own update triggers (0006), and the name-word tables
-- (0004), emptied, are keyed again on their next use (keyUnkeyedRows in db/names/name-words.ts).
UPDATE people SET name_az = name_az;
UPDATE organizations SET name_az = name_az;
UPDATE venues SET name_az = name_az;
UPDATE visits SET title_az = title_az;
UPDATE events SET title_az = title_az;
UPDATE agreements SET title_az = title_az;
UPDATE documents SET file_name = file_name;
DELETE FROM person_name_words;
DELETE FROM organization_name_words;
