-- Every row's uuid in the one canonical form (lower-case hex, 8-4-4-4-12), as the contract's
-- Uuid requires: a document's file is named by its row's uuid, and rows travel between PCs.
-- Adding CHECK constraints to existing tables would mean rebuilding all seventeen of them with
-- their indexes and search triggers; BEFORE triggers hold the same rule for every new or changed
-- row. is_canonical_uuid() is registered on every connection (db/statements.ts). A row already
-- here that breaks the rule is listed in uuid_form_report, never dropped or changed.

CREATE TABLE uuid_form_report (
  table_name TEXT NOT NULL,
  row_id     INTEGER NOT NULL,
  uuid       BLOB,
  PRIMARY KEY (table_name, row_id)
);

INSERT INTO uuid_form_report SELECT 'agreement_activities', id, uuid FROM agreement_activities WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'agreement_parties', id, uuid FROM agreement_parties WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'agreement_signatories', id, uuid FROM agreement_signatories WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'agreements', id, uuid FROM agreements WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'audit_log', id, uuid FROM audit_log WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'documents', id, uuid FROM documents WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'event_participants', id, uuid FROM event_participants WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'events', id, uuid FROM events WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'organizations', id, uuid FROM organizations WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'people', id, uuid FROM people WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'register_filters', id, uuid FROM register_filters WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'tasks', id, uuid FROM tasks WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'trash', id, uuid FROM trash WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'venue_travel_times', id, uuid FROM venue_travel_times WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'venues', id, uuid FROM venues WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'visit_members', id, uuid FROM visit_members WHERE NOT is_canonical_uuid(uuid);
INSERT INTO uuid_form_report SELECT 'visits', id, uuid FROM visits WHERE NOT is_canonical_uuid(uuid);

CREATE TRIGGER agreement_activities_uuid_form_insert BEFORE INSERT ON agreement_activities WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER agreement_activities_uuid_form_update BEFORE UPDATE OF uuid ON agreement_activities WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER agreement_parties_uuid_form_insert BEFORE INSERT ON agreement_parties WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER agreement_parties_uuid_form_update BEFORE UPDATE OF uuid ON agreement_parties WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER agreement_signatories_uuid_form_insert BEFORE INSERT ON agreement_signatories WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER agreement_signatories_uuid_form_update BEFORE UPDATE OF uuid ON agreement_signatories WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER agreements_uuid_form_insert BEFORE INSERT ON agreements WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER agreements_uuid_form_update BEFORE UPDATE OF uuid ON agreements WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER audit_log_uuid_form_insert BEFORE INSERT ON audit_log WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER audit_log_uuid_form_update BEFORE UPDATE OF uuid ON audit_log WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER documents_uuid_form_insert BEFORE INSERT ON documents WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER documents_uuid_form_update BEFORE UPDATE OF uuid ON documents WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER event_participants_uuid_form_insert BEFORE INSERT ON event_participants WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER event_participants_uuid_form_update BEFORE UPDATE OF uuid ON event_participants WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER events_uuid_form_insert BEFORE INSERT ON events WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER events_uuid_form_update BEFORE UPDATE OF uuid ON events WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER organizations_uuid_form_insert BEFORE INSERT ON organizations WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER organizations_uuid_form_update BEFORE UPDATE OF uuid ON organizations WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER people_uuid_form_insert BEFORE INSERT ON people WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER people_uuid_form_update BEFORE UPDATE OF uuid ON people WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER register_filters_uuid_form_insert BEFORE INSERT ON register_filters WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER register_filters_uuid_form_update BEFORE UPDATE OF uuid ON register_filters WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER tasks_uuid_form_insert BEFORE INSERT ON tasks WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER tasks_uuid_form_update BEFORE UPDATE OF uuid ON tasks WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER trash_uuid_form_insert BEFORE INSERT ON trash WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER trash_uuid_form_update BEFORE UPDATE OF uuid ON trash WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER venue_travel_times_uuid_form_insert BEFORE INSERT ON venue_travel_times WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER venue_travel_times_uuid_form_update BEFORE UPDATE OF uuid ON venue_travel_times WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER venues_uuid_form_insert BEFORE INSERT ON venues WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER venues_uuid_form_update BEFORE UPDATE OF uuid ON venues WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER visit_members_uuid_form_insert BEFORE INSERT ON visit_members WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER visit_members_uuid_form_update BEFORE UPDATE OF uuid ON visit_members WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;

CREATE TRIGGER visits_uuid_form_insert BEFORE INSERT ON visits WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
CREATE TRIGGER visits_uuid_form_update BEFORE UPDATE OF uuid ON visits WHEN NOT is_canonical_uuid(NEW.uuid)
BEGIN SELECT RAISE(ABORT, 'uuid.notCanonical'); END;
