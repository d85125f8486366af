-- The programme editor: transport and interpreter in the office's three languages, the conflict
-- warnings an officer acknowledged when saving an event, and the indexes the conflict checks use.

-- Transport and interpreter are printed in the guest programme like the title, so they get the
-- three languages. The old single column held what was typed, which we keep as the English text.
ALTER TABLE events ADD COLUMN transport_az TEXT;
ALTER TABLE events ADD COLUMN transport_ru TEXT;
ALTER TABLE events ADD COLUMN transport_en TEXT;
UPDATE events SET transport_en = transport;
ALTER TABLE events DROP COLUMN transport;
ALTER TABLE events ADD COLUMN interpreter_az TEXT;
ALTER TABLE events ADD COLUMN interpreter_ru TEXT;
ALTER TABLE events ADD COLUMN interpreter_en TEXT;
UPDATE events SET interpreter_en = interpreter;
ALTER TABLE events DROP COLUMN interpreter;

-- The keys of the conflict warnings saved over on purpose, as a JSON array; the audit entry of the
-- save holds the full warnings and who acknowledged them.
ALTER TABLE events ADD COLUMN acknowledged_conflicts TEXT NOT NULL DEFAULT '[]'
  CHECK (json_valid(acknowledged_conflicts) AND json_type(acknowledged_conflicts) = 'array');

-- A person's events across all visits, found from the person without reading the events table.
DROP INDEX event_participants_person;
CREATE INDEX event_participants_person_event ON event_participants(person_id, event_id);
-- Overlaps at a venue: the venue, then the start bound; the end is checked on the few rows left.
DROP INDEX events_venue_start;
CREATE INDEX events_venue_start_end ON events(venue_id, starts_at, ends_at);
