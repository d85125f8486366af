-- Lists sort by each language's alphabet (alphabetical_key(), domain/contract/alphabet.ts), not
-- by code point: in Azerbaijani Ə follows E, Ö follows O and Ş follows S. The sort indexes are
-- made again on the new key, with the expressions localizedSortKey (db/localized.ts) writes.
DROP INDEX people_sort_az;
DROP INDEX people_sort_ru;
DROP INDEX people_sort_en;
CREATE INDEX people_sort_az ON people(alphabetical_key('az', coalesce(name_az, name_en, name_ru)), organization_id);
CREATE INDEX people_sort_ru ON people(alphabetical_key('ru', coalesce(name_ru, name_en, name_az)), organization_id);
CREATE INDEX people_sort_en ON people(alphabetical_key('en', coalesce(name_en, name_ru, name_az)), organization_id);
DROP INDEX organizations_sort_az;
DROP INDEX organizations_sort_ru;
DROP INDEX organizations_sort_en;
CREATE INDEX organizations_sort_az ON organizations(alphabetical_key('az', coalesce(name_az, name_en, name_ru)));
CREATE INDEX organizations_sort_ru ON organizations(alphabetical_key('ru', coalesce(name_ru, name_en, name_az)));
CREATE INDEX organizations_sort_en ON organizations(alphabetical_key('en', coalesce(name_en, name_ru, name_az)));
DROP INDEX visits_sort_az;
DROP INDEX visits_sort_ru;
DROP INDEX visits_sort_en;
CREATE INDEX visits_sort_az ON visits(alphabetical_key('az', coalesce(title_az, title_en, title_ru)));
CREATE INDEX visits_sort_ru ON visits(alphabetical_key('ru', coalesce(title_ru, title_en, title_az)));
CREATE INDEX visits_sort_en ON visits(alphabetical_key('en', coalesce(title_en, title_ru, title_az)));
DROP INDEX agreements_sort_az;
DROP INDEX agreements_sort_ru;
DROP INDEX agreements_sort_en;
CREATE INDEX agreements_sort_az ON agreements(alphabetical_key('az', coalesce(title_az, title_en, title_ru)));
CREATE INDEX agreements_sort_ru ON agreements(alphabetical_key('ru', coalesce(title_ru, title_en, title_az)));
CREATE INDEX agreements_sort_en ON agreements(alphabetical_key('en', coalesce(title_en, title_ru, title_az)));
