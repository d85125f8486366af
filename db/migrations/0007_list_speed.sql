-- Lists that page a few matches out of 100,000 people.
--
-- A one-letter filter keeps half the people; rather than fold and sort 50,000 names, the list walks
-- the name index and stops at the page (db/paging.ts). Each step tests the filter, which asks for
-- the person's organisation too ("k" also finds everyone at a matching organisation): with the
-- organisation in the index the walk never reads the wide people rows, so even a filter whose
-- matches sit late in the alphabet costs a scan of the index, not 100,000 row reads.
DROP INDEX people_sort_az;
DROP INDEX people_sort_ru;
DROP INDEX people_sort_en;
CREATE INDEX people_sort_az ON people(fold(coalesce(name_az, name_en, name_ru)), organization_id);
CREATE INDEX people_sort_ru ON people(fold(coalesce(name_ru, name_en, name_az)), organization_id);
CREATE INDEX people_sort_en ON people(fold(coalesce(name_en, name_ru, name_az)), organization_id);
