-- An event's seating plan as the officer left it: its layout, and who sits on which seat, some
-- locked so that seating the rest again keeps them. The seats themselves are computed from the
-- layout and the participants (domain/seating.ts), so a seat is named by its key.
CREATE TABLE seating_plans (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  event_id    INTEGER NOT NULL UNIQUE REFERENCES events(id) ON DELETE CASCADE,
  layout      TEXT NOT NULL CHECK (layout IN ('talks', 'signing', 'presidium', 'banquetFrench', 'banquetEnglish')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- Two people on one seat is allowed here, and reported by the plan's checks: a plan saved before
-- the participants changed must still open.
CREATE TABLE seating_places (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  plan_id     INTEGER NOT NULL REFERENCES seating_plans(id) ON DELETE CASCADE,
  seat_key    TEXT NOT NULL CHECK (length(seat_key) BETWEEN 1 AND 40),
  person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  locked      INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  UNIQUE (plan_id, person_id)
);
CREATE INDEX seating_places_person ON seating_places(person_id);

CREATE TRIGGER seating_plans_uuid_form_insert BEFORE INSERT ON seating_plans WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER seating_plans_uuid_form_update BEFORE UPDATE OF uuid ON seating_plans WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER seating_places_uuid_form_insert BEFORE INSERT ON seating_places WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER seating_places_uuid_form_update BEFORE UPDATE OF uuid ON seating_places WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
