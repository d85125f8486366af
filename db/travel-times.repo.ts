// Travel minutes between two venues, recorded once per pair (the lower id first) and reused by
// every programme that moves someone between them.
import { randomUUID } from 'node:crypto';
import type { TravelTime } from '../domain/contract';
import { localized, selectLocalized, type LocalizedColumns } from './localized';
import type { Db } from './open';
import { statement } from './statements';

type TravelRow = LocalizedColumns<'from_name' | 'to_name'> & {
  id: number;
  from_venue_id: number;
  to_venue_id: number;
  minutes: number;
};

const SELECT = `SELECT t.id, t.from_venue_id, t.to_venue_id, t.minutes,
    ${selectLocalized('f.name', 'from_name')}, ${selectLocalized('v.name', 'to_name')}
  FROM venue_travel_times t JOIN venues f ON f.id = t.from_venue_id JOIN venues v ON v.id = t.to_venue_id`;

const toTravelTime = (row: TravelRow): TravelTime => ({
  id: row.id,
  fromVenueId: row.from_venue_id,
  fromVenueName: localized(row, 'from_name'),
  toVenueId: row.to_venue_id,
  toVenueName: localized(row, 'to_name'),
  minutes: row.minutes,
});

/** The pair in the order the table keeps it. */
const ordered = (a: number, b: number): [number, number] => (a < b ? [a, b] : [b, a]);

export function listTravelTimes(db: Db): TravelTime[] {
  return (statement(db, `${SELECT} ORDER BY f.name_en, v.name_en, t.id`).all() as TravelRow[]).map(toTravelTime);
}

export function findTravelTime(db: Db, a: number, b: number): TravelTime | undefined {
  const row = statement(db, `${SELECT} WHERE t.from_venue_id = ? AND t.to_venue_id = ?`).get(...ordered(a, b)) as TravelRow | undefined;
  return row && toTravelTime(row);
}

/** Minutes between two venues in either direction, or undefined when nobody has recorded them. */
export function travelMinutes(db: Db, a: number, b: number): number | undefined {
  const row = statement(db, 'SELECT minutes FROM venue_travel_times WHERE from_venue_id = ? AND to_venue_id = ?').get(...ordered(a, b)) as
    | { minutes: number }
    | undefined;
  return row?.minutes;
}

export function storeTravelTime(db: Db, a: number, b: number, minutes: number, uuid: string = randomUUID()): void {
  statement(
    db,
    `INSERT INTO venue_travel_times (uuid, from_venue_id, to_venue_id, minutes) VALUES (?, ?, ?, ?)
     ON CONFLICT (from_venue_id, to_venue_id) DO UPDATE SET minutes = excluded.minutes`,
  ).run(uuid, ...ordered(a, b), minutes);
}

export function removeTravelTime(db: Db, a: number, b: number): boolean {
  return statement(db, 'DELETE FROM venue_travel_times WHERE from_venue_id = ? AND to_venue_id = ?').run(...ordered(a, b)).changes > 0;
}
