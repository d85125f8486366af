-- A person's name in parts, per language: surname, given name(s), patronymic (отчество
-- «Магомедович»; Azerbaijani "Mahir oğlu" / "Mahir qızı"). name_* stays, as the running form
-- composed from the parts (given, patronymic, surname), so search keys, audit labels and
-- transfer bundles read it as before; lists whose header says "surname first" read the parts.
--
-- Stored names were one string each, given name first. They are split by splitRunningName
-- (domain/contract/person-name.ts): the last word is the surname; before it, a father's name
-- with oğlu / qızı, or a Russian patronymic (-ович, -овна, -ична) in a name of three or more
-- words, is the patronymic; the words before are the given names; one word is a surname.
ALTER TABLE people ADD COLUMN surname_az TEXT;
ALTER TABLE people ADD COLUMN surname_ru TEXT;
ALTER TABLE people ADD COLUMN surname_en TEXT;
ALTER TABLE people ADD COLUMN given_name_az TEXT;
ALTER TABLE people ADD COLUMN given_name_ru TEXT;
ALTER TABLE people ADD COLUMN given_name_en TEXT;
ALTER TABLE people ADD COLUMN patronymic_az TEXT;
ALTER TABLE people ADD COLUMN patronymic_ru TEXT;
ALTER TABLE people ADD COLUMN patronymic_en TEXT;

UPDATE people SET
  surname_az = split_person_name(name_az, 'surname'),
  given_name_az = split_person_name(name_az, 'givenName'),
  patronymic_az = split_person_name(name_az, 'patronymic'),
  surname_ru = split_person_name(name_ru, 'surname'),
  given_name_ru = split_person_name(name_ru, 'givenName'),
  patronymic_ru = split_person_name(name_ru, 'patronymic'),
  surname_en = split_person_name(name_en, 'surname'),
  given_name_en = split_person_name(name_en, 'givenName'),
  patronymic_en = split_person_name(name_en, 'patronymic');

-- Composing the parts gives the stored text back, but for runs of spaces inside a name.
UPDATE people SET name_az = running_person_name(surname_az, given_name_az, patronymic_az)
  WHERE name_az IS NOT running_person_name(surname_az, given_name_az, patronymic_az);
UPDATE people SET name_ru = running_person_name(surname_ru, given_name_ru, patronymic_ru)
  WHERE name_ru IS NOT running_person_name(surname_ru, given_name_ru, patronymic_ru);
UPDATE people SET name_en = running_person_name(surname_en, given_name_en, patronymic_en)
  WHERE name_en IS NOT running_person_name(surname_en, given_name_en, patronymic_en);

-- The directory sorts surname first, then given name and patronymic, in the reader's alphabet:
-- the sort indexes of 0012 are made again on the listed form, with the expression
-- peopleSortKey (db/people.repo.ts) writes, falling back to another language as names do.
DROP INDEX people_sort_az;
DROP INDEX people_sort_ru;
DROP INDEX people_sort_en;
CREATE INDEX people_sort_az ON people(alphabetical_key('az', coalesce(
  listed_person_name(surname_az, given_name_az, patronymic_az, name_az),
  listed_person_name(surname_ru, given_name_ru, patronymic_ru, name_ru),
  listed_person_name(surname_en, given_name_en, patronymic_en, name_en))), organization_id);
CREATE INDEX people_sort_ru ON people(alphabetical_key('ru', coalesce(
  listed_person_name(surname_ru, given_name_ru, patronymic_ru, name_ru),
  listed_person_name(surname_en, given_name_en, patronymic_en, name_en),
  listed_person_name(surname_az, given_name_az, patronymic_az, name_az))), organization_id);
CREATE INDEX people_sort_en ON people(alphabetical_key('en', coalesce(
  listed_person_name(surname_en, given_name_en, patronymic_en, name_en),
  listed_person_name(surname_ru, given_name_ru, patronymic_ru, name_ru),
  listed_person_name(surname_az, given_name_az, patronymic_az, name_az))), organization_id);
