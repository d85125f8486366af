-- Every text a briefing pack or working list prints has an Azerbaijani, Russian and English value,
-- like names and titles already do: a partner's notes (the pack's profile), a venue's address and
-- city (the run sheet), an event's notes (the run sheet's cues) and a person's dietary notes (the
-- dietary list). Until now each held one string in whatever language it was typed in.
--
-- An existing text moves to the language its letters show: Cyrillic to Russian, Azerbaijani's own
-- letters (ə, ğ, ı, ş, …) to Azerbaijani, anything else to English. The forms then show the
-- other two as missing translations.

CREATE TEMP TABLE script_of (text TEXT PRIMARY KEY, lang TEXT NOT NULL);

-- The rule above, written once: every old value with the language it goes to.
INSERT OR IGNORE INTO script_of (text, lang)
SELECT text,
  CASE
    WHEN text GLOB '*[а-яА-ЯёЁ]*' THEN 'ru'
    WHEN text GLOB '*[əƏğĞıİşŞçÇöÖüÜ]*' THEN 'az'
    ELSE 'en'
  END
FROM (
  SELECT notes AS text FROM organizations WHERE notes IS NOT NULL
  UNION SELECT address FROM venues WHERE address IS NOT NULL
  UNION SELECT city FROM venues WHERE city IS NOT NULL
  UNION SELECT notes FROM events WHERE notes IS NOT NULL
  UNION SELECT dietary_notes FROM people WHERE dietary_notes IS NOT NULL
);

ALTER TABLE organizations ADD COLUMN notes_az TEXT;
ALTER TABLE organizations ADD COLUMN notes_ru TEXT;
ALTER TABLE organizations ADD COLUMN notes_en TEXT;
UPDATE organizations SET
  notes_az = CASE (SELECT lang FROM script_of WHERE text = notes) WHEN 'az' THEN notes END,
  notes_ru = CASE (SELECT lang FROM script_of WHERE text = notes) WHEN 'ru' THEN notes END,
  notes_en = CASE (SELECT lang FROM script_of WHERE text = notes) WHEN 'en' THEN notes END
WHERE notes IS NOT NULL;
ALTER TABLE organizations DROP COLUMN notes;

ALTER TABLE events ADD COLUMN notes_az TEXT;
ALTER TABLE events ADD COLUMN notes_ru TEXT;
ALTER TABLE events ADD COLUMN notes_en TEXT;
UPDATE events SET
  notes_az = CASE (SELECT lang FROM script_of WHERE text = notes) WHEN 'az' THEN notes END,
  notes_ru = CASE (SELECT lang FROM script_of WHERE text = notes) WHEN 'ru' THEN notes END,
  notes_en = CASE (SELECT lang FROM script_of WHERE text = notes) WHEN 'en' THEN notes END
WHERE notes IS NOT NULL;
ALTER TABLE events DROP COLUMN notes;

ALTER TABLE people ADD COLUMN dietary_notes_az TEXT;
ALTER TABLE people ADD COLUMN dietary_notes_ru TEXT;
ALTER TABLE people ADD COLUMN dietary_notes_en TEXT;
UPDATE people SET
  dietary_notes_az = CASE (SELECT lang FROM script_of WHERE text = dietary_notes) WHEN 'az' THEN dietary_notes END,
  dietary_notes_ru = CASE (SELECT lang FROM script_of WHERE text = dietary_notes) WHEN 'ru' THEN dietary_notes END,
  dietary_notes_en = CASE (SELECT lang FROM script_of WHERE text = dietary_notes) WHEN 'en' THEN dietary_notes END
WHERE dietary_notes IS NOT NULL;
ALTER TABLE people DROP COLUMN dietary_notes;

-- The venue's search details read the address and city, so their triggers move to the new columns.
DROP TRIGGER venues_search_insert;
DROP TRIGGER venues_search_update;
ALTER TABLE venues ADD COLUMN address_az TEXT;
ALTER TABLE venues ADD COLUMN address_ru TEXT;
ALTER TABLE venues ADD COLUMN address_en TEXT;
ALTER TABLE venues ADD COLUMN city_az TEXT;
ALTER TABLE venues ADD COLUMN city_ru TEXT;
ALTER TABLE venues ADD COLUMN city_en TEXT;
UPDATE venues SET
  address_az = CASE (SELECT lang FROM script_of WHERE text = address) WHEN 'az' THEN address END,
  address_ru = CASE (SELECT lang FROM script_of WHERE text = address) WHEN 'ru' THEN address END,
  address_en = CASE (SELECT lang FROM script_of WHERE text = address) WHEN 'en' THEN address END,
  city_az = CASE (SELECT lang FROM script_of WHERE text = city) WHEN 'az' THEN city END,
  city_ru = CASE (SELECT lang FROM script_of WHERE text = city) WHEN 'ru' THEN city END,
  city_en = CASE (SELECT lang FROM script_of WHERE text = city) WHEN 'en' THEN city END;
ALTER TABLE venues DROP COLUMN address;
ALTER TABLE venues DROP COLUMN city;

CREATE TRIGGER venues_search_insert AFTER INSERT ON venues BEGIN
  INSERT INTO search_index(rowid, title_keys, detail_keys) VALUES (new.id * 8 + 3,
    search_keys(new.name_az, new.name_ru, new.name_en),
    search_keys(new.city_az, new.city_ru, new.city_en, new.address_az, new.address_ru, new.address_en));
END;
CREATE TRIGGER venues_search_update AFTER UPDATE OF name_az, name_ru, name_en,
  city_az, city_ru, city_en, address_az, address_ru, address_en ON venues BEGIN
  UPDATE search_index SET title_keys = search_keys(new.name_az, new.name_ru, new.name_en),
    detail_keys = search_keys(new.city_az, new.city_ru, new.city_en, new.address_az, new.address_ru, new.address_en)
  WHERE rowid = new.id * 8 + 3;
END;
-- Re-run the venue triggers' keys over the moved values (they are the same words, now in columns).
UPDATE venues SET name_az = name_az;

DROP TABLE script_of;

-- A name missing in Azerbaijani is shown in Russian before English (FALLBACK_ORDER in the contract,
-- one order for screens, documents and sort keys); the Azerbaijani sort indexes follow it.
DROP INDEX people_sort_az;
CREATE INDEX people_sort_az ON people(alphabetical_key('az', coalesce(name_az, name_ru, name_en)), organization_id);
DROP INDEX organizations_sort_az;
CREATE INDEX organizations_sort_az ON organizations(alphabetical_key('az', coalesce(name_az, name_ru, name_en)));
DROP INDEX visits_sort_az;
CREATE INDEX visits_sort_az ON visits(alphabetical_key('az', coalesce(title_az, title_ru, title_en)));
DROP INDEX agreements_sort_az;
CREATE INDEX agreements_sort_az ON agreements(alphabetical_key('az', coalesce(title_az, title_ru, title_en)));
