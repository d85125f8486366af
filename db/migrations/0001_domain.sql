-- The whole domain of the international relations office.
-- Conventions: every row has a stable `uuid` (rows travel between air-gapped PCs), texts that
-- users read come in az/ru/en columns, dates are ISO `YYYY-MM-DD`, instants are UTC ISO
-- `YYYY-MM-DDTHH:MM:SSZ` with the IANA zone they were planned in kept beside them.

CREATE TABLE organizations (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  country     TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
  name_az     TEXT,
  name_ru     TEXT,
  name_en     TEXT,
  short_az    TEXT,
  short_ru    TEXT,
  short_en    TEXT,
  parent_id   INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
  is_ours     INTEGER NOT NULL DEFAULT 0 CHECK (is_ours IN (0, 1)),
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (coalesce(name_az, name_ru, name_en) IS NOT NULL),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX organizations_parent ON organizations(parent_id);

CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  file_name     TEXT NOT NULL CHECK (length(file_name) > 0),
  media_type    TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('signed_scan', 'draft', 'photo', 'other')),
  size_bytes    INTEGER NOT NULL CHECK (size_bytes >= 0),
  sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
  language      TEXT CHECK (language IN ('az', 'ru', 'en')),
  version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  agreement_id  INTEGER REFERENCES agreements(id) ON DELETE CASCADE,
  visit_id      INTEGER REFERENCES visits(id) ON DELETE CASCADE,
  person_id     INTEGER REFERENCES people(id) ON DELETE CASCADE,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  -- A document belongs to exactly one agreement, visit or person.
  CHECK ((agreement_id IS NOT NULL) + (visit_id IS NOT NULL) + (person_id IS NOT NULL) = 1)
);
CREATE INDEX documents_agreement ON documents(agreement_id);
CREATE INDEX documents_visit ON documents(visit_id);
CREATE INDEX documents_person ON documents(person_id);

CREATE TABLE people (
  id                  INTEGER PRIMARY KEY,
  uuid                TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  name_az             TEXT,
  name_ru             TEXT,
  name_en             TEXT,
  rank_az             TEXT,
  rank_ru             TEXT,
  rank_en             TEXT,
  position_az         TEXT,
  position_ru         TEXT,
  position_en         TEXT,
  bio_az              TEXT,
  bio_ru              TEXT,
  bio_en              TEXT,
  organization_id     INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
  photo_document_id   INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  -- ISO 639-1 codes as a JSON array, e.g. ["uz","ru"].
  languages           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages) AND json_type(languages) = 'array'),
  interpreter_needed  INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
  dietary_notes       TEXT,
  protocol_notes      TEXT,
  contact             TEXT,
  -- Order of precedence: 1 is the most senior.
  precedence          INTEGER NOT NULL DEFAULT 100 CHECK (precedence >= 1),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  CHECK (coalesce(name_az, name_ru, name_en) IS NOT NULL)
);
CREATE INDEX people_organization ON people(organization_id);

CREATE TABLE venues (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  name_az     TEXT,
  name_ru     TEXT,
  name_en     TEXT,
  address     TEXT,
  city        TEXT,
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (coalesce(name_az, name_ru, name_en) IS NOT NULL)
);

-- Travel minutes between two venues, recorded once (from_venue_id < to_venue_id) and reused.
CREATE TABLE venue_travel_times (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  from_venue_id   INTEGER NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
  to_venue_id     INTEGER NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
  minutes         INTEGER NOT NULL CHECK (minutes >= 0),
  CHECK (from_venue_id < to_venue_id),
  UNIQUE (from_venue_id, to_venue_id)
);

CREATE TABLE visits (
  id                      INTEGER PRIMARY KEY,
  uuid                    TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  direction               TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
  title_az                TEXT,
  title_ru                TEXT,
  title_en                TEXT,
  partner_organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
  start_date              TEXT NOT NULL CHECK (date(start_date) = start_date),
  end_date                TEXT NOT NULL CHECK (date(end_date) = end_date),
  time_zone               TEXT NOT NULL DEFAULT 'Asia/Baku',
  city_az                 TEXT,
  city_ru                 TEXT,
  city_en                 TEXT,
  purpose_az              TEXT,
  purpose_ru              TEXT,
  purpose_en              TEXT,
  framework_event_az      TEXT,
  framework_event_ru      TEXT,
  framework_event_en      TEXT,
  talking_points_az       TEXT,
  talking_points_ru       TEXT,
  talking_points_en       TEXT,
  responsible_officer_id  INTEGER REFERENCES people(id) ON DELETE SET NULL,
  status                  TEXT NOT NULL DEFAULT 'draft'
                          CHECK (status IN ('draft', 'planned', 'confirmed', 'in_progress', 'completed', 'cancelled')),
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  CHECK (end_date >= start_date),
  CHECK (coalesce(title_az, title_ru, title_en) IS NOT NULL)
);
CREATE INDEX visits_partner ON visits(partner_organization_id);
CREATE INDEX visits_start ON visits(start_date);

-- The delegation (side 'guest') and our participants (side 'host') of a visit.
CREATE TABLE visit_members (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  visit_id      INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
  person_id     INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  side          TEXT NOT NULL CHECK (side IN ('guest', 'host')),
  role          TEXT NOT NULL CHECK (role IN ('head', 'deputy', 'member', 'interpreter', 'security', 'press', 'escort', 'liaison')),
  -- Position in this visit's list; starts from the person's precedence, reordered by hand.
  sort_order    INTEGER NOT NULL,
  UNIQUE (visit_id, person_id)
);
CREATE UNIQUE INDEX visit_members_one_head ON visit_members(visit_id, side) WHERE role = 'head';
CREATE INDEX visit_members_person ON visit_members(person_id);

CREATE TABLE events (
  id                      INTEGER PRIMARY KEY,
  uuid                    TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  visit_id                INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
  type                    TEXT NOT NULL CHECK (type IN ('arrival', 'wreath_laying', 'bilateral_meeting', 'signing_ceremony',
                                                        'facility_tour', 'official_dinner', 'press', 'departure', 'other')),
  title_az                TEXT,
  title_ru                TEXT,
  title_en                TEXT,
  starts_at               TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', starts_at) = starts_at),
  ends_at                 TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', ends_at) = ends_at),
  time_zone               TEXT NOT NULL,
  venue_id                INTEGER REFERENCES venues(id) ON DELETE SET NULL,
  dress_code_az           TEXT,
  dress_code_ru           TEXT,
  dress_code_en           TEXT,
  transport               TEXT,
  interpreter             TEXT,
  responsible_officer_id  INTEGER REFERENCES people(id) ON DELETE SET NULL,
  notes                   TEXT,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (coalesce(title_az, title_ru, title_en) IS NOT NULL)
);
CREATE INDEX events_visit_start ON events(visit_id, starts_at);
CREATE INDEX events_venue_start ON events(venue_id, starts_at);

CREATE TABLE event_participants (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  attendance  TEXT NOT NULL DEFAULT 'expected' CHECK (attendance IN ('expected', 'attended', 'absent', 'excused')),
  UNIQUE (event_id, person_id)
);
CREATE INDEX event_participants_person ON event_participants(person_id);

CREATE TABLE agreements (
  id                      INTEGER PRIMARY KEY,
  uuid                    TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  type                    TEXT NOT NULL CHECK (type IN ('joint_action_plan', 'memorandum', 'agreement', 'protocol', 'other')),
  title_az                TEXT,
  title_ru                TEXT,
  title_en                TEXT,
  signed_on               TEXT CHECK (signed_on IS NULL OR date(signed_on) = signed_on),
  signing_place_az        TEXT,
  signing_place_ru        TEXT,
  signing_place_en        TEXT,
  signed_at_visit_id      INTEGER REFERENCES visits(id) ON DELETE SET NULL,
  valid_from              TEXT CHECK (valid_from IS NULL OR date(valid_from) = valid_from),
  -- NULL means open-ended.
  valid_to                TEXT CHECK (valid_to IS NULL OR date(valid_to) = valid_to),
  status                  TEXT NOT NULL DEFAULT 'draft'
                          CHECK (status IN ('draft', 'under_negotiation', 'signed', 'in_force', 'expired', 'terminated')),
  replaces_agreement_id   INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
  notes                   TEXT,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
  CHECK (replaces_agreement_id IS NULL OR replaces_agreement_id <> id),
  CHECK (coalesce(title_az, title_ru, title_en) IS NOT NULL)
);
CREATE INDEX agreements_valid_to ON agreements(valid_to);

CREATE TABLE agreement_parties (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  agreement_id     INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  organization_id  INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
  UNIQUE (agreement_id, organization_id)
);
CREATE INDEX agreement_parties_organization ON agreement_parties(organization_id);

-- Each signatory signs for one party, on a date of their own (the UN treaty collection's model).
CREATE TABLE agreement_signatories (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  agreement_id     INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  person_id        INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  organization_id  INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
  signed_on        TEXT CHECK (signed_on IS NULL OR date(signed_on) = signed_on),
  UNIQUE (agreement_id, person_id)
);

-- Activities a joint action plan commits the parties to.
CREATE TABLE agreement_activities (
  id                    INTEGER PRIMARY KEY,
  uuid                  TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  agreement_id          INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  title_az              TEXT,
  title_ru              TEXT,
  title_en              TEXT,
  responsible_ours      TEXT,
  responsible_partner   TEXT,
  due_from              TEXT CHECK (due_from IS NULL OR date(due_from) = due_from),
  due_to                TEXT CHECK (due_to IS NULL OR date(due_to) = due_to),
  status                TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  CHECK (due_to IS NULL OR due_from IS NULL OR due_to >= due_from),
  CHECK (coalesce(title_az, title_ru, title_en) IS NOT NULL)
);

-- A visit's logistics checklist.
CREATE TABLE tasks (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  visit_id          INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
  kind              TEXT NOT NULL CHECK (kind IN ('hotel', 'cars', 'interpreters', 'flags', 'gifts', 'wreath',
                                                  'accreditation', 'security_clearance', 'press', 'other')),
  title             TEXT,
  owner_person_id   INTEGER REFERENCES people(id) ON DELETE SET NULL,
  -- Due date relative to the visit's arrival day (negative: before arrival).
  due_offset_days   INTEGER NOT NULL DEFAULT 0,
  status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'not_needed')),
  notes             TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX tasks_visit ON tasks(visit_id);

-- Who changed what and when, including exports and prints. Append-only.
CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'export', 'print', 'backup', 'import', 'demo')),
  entity       TEXT NOT NULL,
  entity_uuid  TEXT,
  details      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_uuid);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL CHECK (json_valid(value))
);
