// The facts the programme's conflict rules judge: who else has events near an event's time, what
// else is booked at its venue, the visit's dates and head of delegation, and travel times.
// Each query starts from an index (person, venue or visit) and narrows by time on the few rows left.
import type { LocalizedText } from '../domain/contract';
import type { OtherEvent } from '../domain/conflict-rules';
import { localized, localizedList, type LocalizedColumns } from './localized';
import type { Db } from './open';
import { statement } from './statements';

type OtherRow = LocalizedColumns<'title'> & {
  id: number;
  uuid: string;
  visit_id: number;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  venue_id: number | null;
};
const OTHER_COLUMNS = `e.id, e.uuid, e.visit_id, ${localizedList('e.title')}, e.starts_at, e.ends_at, e.time_zone, e.venue_id`;

const toOther = (row: OtherRow): OtherEvent => ({
  id: row.id,
  uuid: row.uuid,
  visitId: row.visit_id,
  title: localized(row, 'title'),
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  timeZone: row.time_zone,
  venueId: row.venue_id,
});

/** A time window around an event: wide enough for any travel leg before or after it. */
export interface Window {
  from: string;
  to: string;
}

/** Parameters: person ids as a JSON array, window end, window start. Exported for the query-plan test. */
export const PERSON_EVENTS_NEAR = `SELECT ep.person_id, ${OTHER_COLUMNS}
    FROM event_participants ep JOIN events e ON e.id = ep.event_id
   WHERE ep.person_id IN (SELECT value FROM json_each(?)) AND e.starts_at < ? AND e.ends_at > ?
   ORDER BY e.starts_at, e.id`;

/** Parameters: venue id, end, start. */
export const VENUE_EVENTS_DURING = `SELECT ${OTHER_COLUMNS} FROM events e
   WHERE e.venue_id = ? AND e.starts_at < ? AND e.ends_at > ? ORDER BY e.starts_at, e.id`;

/** Events of these people (of every visit) that touch the window, one row per person and event. */
export function personEventsNear(db: Db, personIds: number[], window: Window): { personId: number; event: OtherEvent }[] {
  const rows = statement(db, PERSON_EVENTS_NEAR).all(JSON.stringify(personIds), window.to, window.from) as (OtherRow & {
    person_id: number;
  })[];
  return rows.map((row) => ({ personId: row.person_id, event: toOther(row) }));
}

/** Events at a venue that overlap [startsAt, endsAt). */
export function venueEventsDuring(db: Db, venueId: number, startsAt: string, endsAt: string): OtherEvent[] {
  const rows = statement(db, VENUE_EVENTS_DURING).all(venueId, endsAt, startsAt) as OtherRow[];
  return rows.map(toOther);
}

export interface VisitFacts {
  startDate: string;
  endDate: string;
  timeZone: string;
  head: { id: number; name: LocalizedText } | null;
}

export function visitFacts(db: Db, visitId: number): VisitFacts | undefined {
  const visit = statement(db, 'SELECT start_date, end_date, time_zone FROM visits WHERE id = ?').get(visitId) as
    | { start_date: string; end_date: string; time_zone: string }
    | undefined;
  if (!visit) return undefined;
  const head = statement(
    db,
    `SELECT p.id, ${localizedList('p.name')} FROM visit_members m JOIN people p ON p.id = m.person_id
      WHERE m.visit_id = ? AND m.side = 'guest' AND m.role = 'head'`,
  ).get(visitId) as (LocalizedColumns<'name'> & { id: number }) | undefined;
  return {
    startDate: visit.start_date,
    endDate: visit.end_date,
    timeZone: visit.time_zone,
    head: head ? { id: head.id, name: localized(head, 'name') } : null,
  };
}

export function personNames(db: Db, ids: number[]): Map<number, LocalizedText> {
  const rows = statement(db, `SELECT id, ${localizedList('name')} FROM people WHERE id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as (LocalizedColumns<'name'> & { id: number })[];
  return new Map(rows.map((row) => [row.id, localized(row, 'name')]));
}

export function venueNames(db: Db, ids: number[]): Map<number, LocalizedText> {
  const rows = statement(db, `SELECT id, ${localizedList('name')} FROM venues WHERE id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as (LocalizedColumns<'name'> & { id: number })[];
  return new Map(rows.map((row) => [row.id, localized(row, 'name')]));
}
