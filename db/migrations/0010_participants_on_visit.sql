-- Everyone taking part in a visit's event is on that visit (the delegation or our side) or is one
-- of our own people (their organisation is ours). Before this rule, removing a member left them
-- in the programme: the event form showed them as a bare id, and the run sheet still printed them.
--
-- The rule is written once, as the view of participations that break it; each trigger runs after
-- a change that could break it and refuses the change when the view shows a row it touched.

CREATE VIEW event_participants_off_visit AS
SELECT ep.id, ep.event_id, ep.person_id, e.visit_id
  FROM event_participants ep
  JOIN events e ON e.id = ep.event_id
 WHERE NOT EXISTS (SELECT 1 FROM visit_members m WHERE m.visit_id = e.visit_id AND m.person_id = ep.person_id)
   AND NOT EXISTS (SELECT 1 FROM people p JOIN organizations o ON o.id = p.organization_id WHERE p.id = ep.person_id AND o.is_ours = 1);

-- Participations that already break the rule are what removing a member left behind. They go to
-- the trash, one entry each with its audit entry, as a deletion in the app would: nothing is lost,
-- and restoring one is refused until the person is on the visit again.
INSERT INTO trash (uuid, entity, source_table, source_id, source_uuid, label_az, label_ru, label_en, snapshot, deleted_at, deleted_by)
SELECT random_uuid(), 'eventParticipant', 'event_participants', ep.id, ep.uuid,
       coalesce(p.name_az, p.name_ru, p.name_en) || ' · ' || coalesce(e.title_az, e.title_ru, e.title_en),
       coalesce(p.name_ru, p.name_en, p.name_az) || ' · ' || coalesce(e.title_ru, e.title_en, e.title_az),
       coalesce(p.name_en, p.name_ru, p.name_az) || ' · ' || coalesce(e.title_en, e.title_ru, e.title_az),
       json_object(
         'root', json_object(
           'table', 'event_participants',
           'row', json_object('id', ep.id, 'uuid', ep.uuid, 'event_id', ep.event_id, 'person_id', ep.person_id, 'attendance', ep.attendance),
           'children', json_array()),
         'links', json_array()),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'migration 0010'
  FROM event_participants_off_visit off
  JOIN event_participants ep ON ep.id = off.id
  JOIN people p ON p.id = ep.person_id
  JOIN events e ON e.id = ep.event_id
 ORDER BY ep.id;

INSERT INTO audit_log (uuid, at, actor, action, entity, entity_uuid, details)
SELECT random_uuid(), t.deleted_at, t.deleted_by, 'delete', t.entity, t.source_uuid, json_object('trashId', t.id, 'rows', 1)
  FROM trash t
 WHERE t.entity = 'eventParticipant' AND t.source_uuid IN (SELECT ep.uuid FROM event_participants_off_visit off JOIN event_participants ep ON ep.id = off.id)
 ORDER BY t.id;

DELETE FROM event_participants WHERE id IN (SELECT id FROM event_participants_off_visit);

-- A participant added, or moved to another event or person.
CREATE TRIGGER event_participants_on_visit_insert AFTER INSERT ON event_participants
WHEN EXISTS (SELECT 1 FROM event_participants_off_visit WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'participant.notOnVisit'); END;
CREATE TRIGGER event_participants_on_visit_update AFTER UPDATE OF event_id, person_id ON event_participants
WHEN EXISTS (SELECT 1 FROM event_participants_off_visit WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'participant.notOnVisit'); END;

-- An event moved to another visit.
CREATE TRIGGER events_participants_on_visit_update AFTER UPDATE OF visit_id ON events
WHEN OLD.visit_id <> NEW.visit_id AND EXISTS (SELECT 1 FROM event_participants_off_visit WHERE event_id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'participant.notOnVisit'); END;

-- A member removed while still in the visit's events: the app takes them out of the events first,
-- in the same transaction. Deleting the whole visit removes its members after the visit row and
-- before its events, so a member whose visit is already gone is let go.
CREATE TRIGGER visit_members_participants_on_visit_delete AFTER DELETE ON visit_members
WHEN EXISTS (SELECT 1 FROM visits WHERE id = OLD.visit_id)
 AND EXISTS (SELECT 1 FROM event_participants_off_visit WHERE visit_id = OLD.visit_id AND person_id = OLD.person_id)
BEGIN SELECT RAISE(ABORT, 'participant.notOnVisit'); END;
CREATE TRIGGER visit_members_participants_on_visit_update AFTER UPDATE OF visit_id, person_id ON visit_members
WHEN (OLD.visit_id <> NEW.visit_id OR OLD.person_id <> NEW.person_id)
 AND EXISTS (SELECT 1 FROM event_participants_off_visit WHERE visit_id = OLD.visit_id AND person_id = OLD.person_id)
BEGIN SELECT RAISE(ABORT, 'participant.notOnVisit'); END;

-- One of our own people who stops being ours (another organisation, or theirs deleted, which sets
-- it to NULL and so fires this too), or an organisation that stops being ours.
CREATE TRIGGER people_participants_on_visit_update AFTER UPDATE OF organization_id ON people
WHEN OLD.organization_id IS NOT NEW.organization_id
 AND EXISTS (SELECT 1 FROM event_participants_off_visit WHERE person_id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'participant.notOnVisit'); END;
CREATE TRIGGER organizations_participants_on_visit_update AFTER UPDATE OF is_ours ON organizations
WHEN OLD.is_ours = 1 AND NEW.is_ours = 0
 AND EXISTS (SELECT 1 FROM event_participants_off_visit WHERE person_id IN (SELECT id FROM people WHERE organization_id = NEW.id))
BEGIN SELECT RAISE(ABORT, 'participant.notOnVisit'); END;
