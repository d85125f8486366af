// A visit's programme: protocol events and who takes part in each.
import { randomUUID } from 'node:crypto';
import type { ParsedInput, ProtocolEvent } from '../domain/contract';
import type { PrecedenceRules } from '../domain/precedence';
import { localized, localizedList, localizedParams, optionalLocalized, selectLocalized, type LocalizedColumns } from './localized';
import type { Db } from './open';
import { insertRow, updateRow, type Values } from './rows';
import { PARTICIPANT_MEMBERSHIP, PRECEDENCE_COLUMNS, inPrecedence, type PrecedenceColumns } from './participant-order';
import { statement } from './statements';

type EventInput = ParsedInput<'events:save'>;
type Participant = ProtocolEvent['participants'][number];
type EventRow = LocalizedColumns<'title' | 'venue_name' | 'dress_code' | 'transport' | 'interpreter' | 'notes'> & {
  id: number;
  uuid: string;
  visit_id: number;
  type: ProtocolEvent['type'];
  starts_at: string;
  ends_at: string;
  time_zone: string;
  venue_id: number | null;
  responsible_officer_id: number | null;
  acknowledged_conflicts: string;
  created_at: string;
  updated_at: string;
};
type ParticipantRow = LocalizedColumns<'name'> &
  PrecedenceColumns & { event_id: number; person_id: number; attendance: Participant['attendance'] };

const SELECT = `SELECT e.id, e.uuid, e.visit_id, e.type, ${localizedList('e.title')}, e.starts_at, e.ends_at, e.time_zone,
    e.venue_id, ${selectLocalized('venue.name', 'venue_name')}, ${localizedList('e.dress_code')},
    ${localizedList('e.transport')}, ${localizedList('e.interpreter')}, e.responsible_officer_id, ${localizedList('e.notes')},
    e.acknowledged_conflicts, e.created_at, e.updated_at
  FROM events e LEFT JOIN venues venue ON venue.id = e.venue_id`;
// In the order they were added; the order of precedence is applied to the rows (inPrecedence).
const PARTICIPANTS = `SELECT ep.event_id, ep.person_id, ep.attendance, ${localizedList('p.name')}, ${PRECEDENCE_COLUMNS}
  FROM event_participants ep JOIN people p ON p.id = ep.person_id ${PARTICIPANT_MEMBERSHIP}`;

function toEvent(row: EventRow, participants: Participant[]): ProtocolEvent {
  return {
    id: row.id,
    uuid: row.uuid,
    visitId: row.visit_id,
    type: row.type,
    title: localized(row, 'title'),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    venueId: row.venue_id,
    venueName: optionalLocalized(row, 'venue_name'),
    dressCode: localized(row, 'dress_code'),
    transport: localized(row, 'transport'),
    interpreter: localized(row, 'interpreter'),
    responsibleOfficerId: row.responsible_officer_id,
    notes: localized(row, 'notes'),
    participants,
    acknowledgedConflicts: JSON.parse(row.acknowledged_conflicts) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const toParticipant = (row: ParticipantRow): Participant => ({
  personId: row.person_id,
  name: localized(row, 'name'),
  attendance: row.attendance,
});

/** An event with its participants in the order of precedence. */
export function findEvent(db: Db, id: number, rules: PrecedenceRules): ProtocolEvent | undefined {
  const row = statement(db, `${SELECT} WHERE e.id = ?`).get(id) as EventRow | undefined;
  if (!row) return undefined;
  const participants = statement(db, `${PARTICIPANTS} WHERE ep.event_id = ? ORDER BY ep.id`).all(id) as ParticipantRow[];
  return toEvent(row, inPrecedence(participants, rules).map(toParticipant));
}

/** The visit's programme in time order, each event with its participants (two queries, not one per event). */
export function listVisitEvents(db: Db, visitId: number, rules: PrecedenceRules): ProtocolEvent[] {
  const rows = statement(db, `${SELECT} WHERE e.visit_id = ? ORDER BY e.starts_at, e.id`).all(visitId) as EventRow[];
  const participants = inPrecedence(statement(db, `${PARTICIPANTS} WHERE pe.visit_id = ? ORDER BY ep.id`).all(visitId) as ParticipantRow[], rules);
  return rows.map((row) =>
    toEvent(
      row,
      participants.filter((participant) => participant.event_id === row.id).map(toParticipant),
    ),
  );
}

function values(input: EventInput): Values {
  return {
    visit_id: input.visitId,
    type: input.type,
    ...localizedParams('title', input.title),
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    time_zone: input.timeZone,
    venue_id: input.venueId,
    ...localizedParams('dress_code', input.dressCode),
    ...localizedParams('transport', input.transport),
    ...localizedParams('interpreter', input.interpreter),
    responsible_officer_id: input.responsibleOfficerId,
    ...localizedParams('notes', input.notes),
    acknowledged_conflicts: JSON.stringify(input.acknowledgedConflicts),
  };
}

/** Makes the participants exactly `personIds`, keeping the attendance already recorded for those who stay. */
function setParticipants(db: Db, eventId: number, personIds: number[]): void {
  statement(db, 'DELETE FROM event_participants WHERE event_id = ? AND person_id NOT IN (SELECT value FROM json_each(?))').run(
    eventId,
    JSON.stringify(personIds),
  );
  const add = statement(
    db,
    'INSERT INTO event_participants (uuid, event_id, person_id) VALUES (?, ?, ?) ON CONFLICT (event_id, person_id) DO NOTHING',
  );
  for (const personId of new Set(personIds)) add.run(randomUUID(), eventId, personId);
}

export function insertEvent(db: Db, input: EventInput, at: string): number {
  const id = insertRow(db, 'events', { ...values(input), uuid: input.uuid ?? randomUUID(), created_at: at, updated_at: at });
  setParticipants(db, id, input.participantIds);
  return id;
}

export function updateEvent(db: Db, id: number, input: EventInput, at: string): void {
  updateRow(db, 'events', id, { ...values(input), updated_at: at });
  setParticipants(db, id, input.participantIds);
}
