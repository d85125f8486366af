-- Global search across scripts, and indexes that keep 100,000-row lists fast.
--
-- search_index holds, for every searchable record, the spelling-blind keys of its name or title
-- in all three languages (search_keys(), domain/search-key.ts, registered on every connection), so
-- «Гейдаров», "Heydarov" and "Heydərov" are one word here. The triggers below keep it in step
-- inside the very transaction that writes the record. A record's row is found by its rowid:
-- id * 8 + the kind's number (1 person, 2 organisation, 3 venue, 4 visit, 5 event,
-- 6 agreement, 7 document), so updates and deletes touch one row, never scan.
CREATE VIRTUAL TABLE search_index USING fts5(
  title_keys,
  detail_keys,
  tokenize = 'unicode61 remove_diacritics 0',
  prefix = '1 2 3'
);
-- A hit in the name counts ten times a hit in the details (position, city, short name).
INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(10.0, 1.0)');

-- People: name; details are rank and position.
CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
  INSERT INTO search_index(rowid, title_keys, detail_keys) VALUES (new.id * 8 + 1,
    search_keys(new.name_az, new.name_ru, new.name_en),
    search_keys(new.rank_az, new.rank_ru, new.rank_en, new.position_az, new.position_ru, new.position_en));
END;
CREATE TRIGGER people_search_update AFTER UPDATE OF name_az, name_ru, name_en, rank_az, rank_ru, rank_en,
  position_az, position_ru, position_en ON people BEGIN
  UPDATE search_index SET title_keys = search_keys(new.name_az, new.name_ru, new.name_en),
    detail_keys = search_keys(new.rank_az, new.rank_ru, new.rank_en, new.position_az, new.position_ru, new.position_en)
  WHERE rowid = new.id * 8 + 1;
END;
CREATE TRIGGER people_search_delete AFTER DELETE ON people BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;

-- Organisations: name; details are the short name and the country code.
CREATE TRIGGER organizations_search_insert AFTER INSERT ON organizations BEGIN
  INSERT INTO search_index(rowid, title_keys, detail_keys) VALUES (new.id * 8 + 2,
    search_keys(new.name_az, new.name_ru, new.name_en),
    search_keys(new.short_az, new.short_ru, new.short_en, new.country));
END;
CREATE TRIGGER organizations_search_update AFTER UPDATE OF name_az, name_ru, name_en, short_az, short_ru, short_en,
  country ON organizations BEGIN
  UPDATE search_index SET title_keys = search_keys(new.name_az, new.name_ru, new.name_en),
    detail_keys = search_keys(new.short_az, new.short_ru, new.short_en, new.country)
  WHERE rowid = new.id * 8 + 2;
END;
CREATE TRIGGER organizations_search_delete AFTER DELETE ON organizations BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;

-- Venues: name; details are the city and address.
CREATE TRIGGER venues_search_insert AFTER INSERT ON venues BEGIN
  INSERT INTO search_index(rowid, title_keys, detail_keys) VALUES (new.id * 8 + 3,
    search_keys(new.name_az, new.name_ru, new.name_en), search_keys(new.city, new.address));
END;
CREATE TRIGGER venues_search_update AFTER UPDATE OF name_az, name_ru, name_en, city, address ON venues BEGIN
  UPDATE search_index SET title_keys = search_keys(new.name_az, new.name_ru, new.name_en),
    detail_keys = search_keys(new.city, new.address)
  WHERE rowid = new.id * 8 + 3;
END;
CREATE TRIGGER venues_search_delete AFTER DELETE ON venues BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;

-- Visits: title; details are the city.
CREATE TRIGGER visits_search_insert AFTER INSERT ON visits BEGIN
  INSERT INTO search_index(rowid, title_keys, detail_keys) VALUES (new.id * 8 + 4,
    search_keys(new.title_az, new.title_ru, new.title_en), search_keys(new.city_az, new.city_ru, new.city_en));
END;
CREATE TRIGGER visits_search_update AFTER UPDATE OF title_az, title_ru, title_en, city_az, city_ru, city_en ON visits BEGIN
  UPDATE search_index SET title_keys = search_keys(new.title_az, new.title_ru, new.title_en),
    detail_keys = search_keys(new.city_az, new.city_ru, new.city_en)
  WHERE rowid = new.id * 8 + 4;
END;
CREATE TRIGGER visits_search_delete AFTER DELETE ON visits BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;

-- Programme events: title.
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
  INSERT INTO search_index(rowid, title_keys, detail_keys) VALUES (new.id * 8 + 5,
    search_keys(new.title_az, new.title_ru, new.title_en), '');
END;
CREATE TRIGGER events_search_update AFTER UPDATE OF title_az, title_ru, title_en ON events BEGIN
  UPDATE search_index SET title_keys = search_keys(new.title_az, new.title_ru, new.title_en)
  WHERE rowid = new.id * 8 + 5;
END;
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;

-- Agreements: title; details are the place of signing.
CREATE TRIGGER agreements_search_insert AFTER INSERT ON agreements BEGIN
  INSERT INTO search_index(rowid, title_keys, detail_keys) VALUES (new.id * 8 + 6,
    search_keys(new.title_az, new.title_ru, new.title_en),
    search_keys(new.signing_place_az, new.signing_place_ru, new.signing_place_en));
END;
CREATE TRIGGER agreements_search_update AFTER UPDATE OF title_az, title_ru, title_en, signing_place_az, signing_place_ru,
  signing_place_en ON agreements BEGIN
  UPDATE search_index SET title_keys = search_keys(new.title_az, new.title_ru, new.title_en),
    detail_keys = search_keys(new.signing_place_az, new.signing_place_ru, new.signing_place_en)
  WHERE rowid = new.id * 8 + 6;
END;
CREATE TRIGGER agreements_search_delete AFTER DELETE ON agreements BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
END;

-- Documents: the file name, while the document is not in the trash.
CREATE TRIGGER documents_search_insert AFTER INSERT ON documents WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index(rowid, title_keys, detail_keys) VALUES (new.id * 8 + 7, search_keys(new.file_name), '');
END;
CREATE TRIGGER documents_search_update AFTER UPDATE OF file_name, deleted_at ON documents BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 7;
  INSERT INTO search_index(rowid, title_keys, detail_keys)
    SELECT new.id * 8 + 7, search_keys(new.file_name), '' WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 7;
END;

-- What is already there.
INSERT INTO search_index(rowid, title_keys, detail_keys)
  SELECT id * 8 + 1, search_keys(name_az, name_ru, name_en),
    search_keys(rank_az, rank_ru, rank_en, position_az, position_ru, position_en) FROM people;
INSERT INTO search_index(rowid, title_keys, detail_keys)
  SELECT id * 8 + 2, search_keys(name_az, name_ru, name_en), search_keys(short_az, short_ru, short_en, country)
  FROM organizations;
INSERT INTO search_index(rowid, title_keys, detail_keys)
  SELECT id * 8 + 3, search_keys(name_az, name_ru, name_en), search_keys(city, address) FROM venues;
INSERT INTO search_index(rowid, title_keys, detail_keys)
  SELECT id * 8 + 4, search_keys(title_az, title_ru, title_en), search_keys(city_az, city_ru, city_en) FROM visits;
INSERT INTO search_index(rowid, title_keys, detail_keys)
  SELECT id * 8 + 5, search_keys(title_az, title_ru, title_en), '' FROM events;
INSERT INTO search_index(rowid, title_keys, detail_keys)
  SELECT id * 8 + 6, search_keys(title_az, title_ru, title_en),
    search_keys(signing_place_az, signing_place_ru, signing_place_en) FROM agreements;
INSERT INTO search_index(rowid, title_keys, detail_keys)
  SELECT id * 8 + 7, search_keys(file_name), '' FROM documents WHERE deleted_at IS NULL;

-- Lists sort by a name in the reader's language (localizedSortKey in db/localized.ts): one index
-- per language, so a page of 100,000 people is read in order instead of sorted whole.
CREATE INDEX people_sort_az ON people(fold(coalesce(name_az, name_en, name_ru)));
CREATE INDEX people_sort_ru ON people(fold(coalesce(name_ru, name_en, name_az)));
CREATE INDEX people_sort_en ON people(fold(coalesce(name_en, name_ru, name_az)));
CREATE INDEX people_precedence ON people(precedence);
CREATE INDEX people_updated ON people(updated_at);
CREATE INDEX organizations_sort_az ON organizations(fold(coalesce(name_az, name_en, name_ru)));
CREATE INDEX organizations_sort_ru ON organizations(fold(coalesce(name_ru, name_en, name_az)));
CREATE INDEX organizations_sort_en ON organizations(fold(coalesce(name_en, name_ru, name_az)));
CREATE INDEX visits_status_start ON visits(status, start_date);
CREATE INDEX visits_sort_az ON visits(fold(coalesce(title_az, title_en, title_ru)));
CREATE INDEX visits_sort_ru ON visits(fold(coalesce(title_ru, title_en, title_az)));
CREATE INDEX visits_sort_en ON visits(fold(coalesce(title_en, title_ru, title_az)));
CREATE INDEX agreements_sort_az ON agreements(fold(coalesce(title_az, title_en, title_ru)));
CREATE INDEX agreements_sort_ru ON agreements(fold(coalesce(title_ru, title_en, title_az)));
CREATE INDEX agreements_sort_en ON agreements(fold(coalesce(title_en, title_ru, title_az)));
CREATE INDEX agreements_signed_on ON agreements(signed_on);
CREATE INDEX agreements_status_signed_on ON agreements(status, signed_on);
CREATE INDEX audit_log_entity_at ON audit_log(entity, at);
CREATE INDEX audit_log_action_at ON audit_log(action, at);
