// An event's stored seating plan: its layout and its places (migration 0016).
import { randomUUID } from 'node:crypto';
import type { Placement, SeatingLayout } from '../domain/contract';
import type { Db } from './open';
import { statement } from './statements';

export interface StoredSeating {
  id: number;
  uuid: string;
  layout: SeatingLayout;
  placements: Placement[];
}

export function findSeating(db: Db, eventId: number): StoredSeating | undefined {
  const plan = statement(db, 'SELECT id, uuid, layout FROM seating_plans WHERE event_id = ?').get(eventId) as
    | { id: number; uuid: string; layout: SeatingLayout }
    | undefined;
  if (!plan) return undefined;
  const places = statement(db, 'SELECT seat_key, person_id, locked FROM seating_places WHERE plan_id = ? ORDER BY id').all(plan.id) as {
    seat_key: string;
    person_id: number;
    locked: 0 | 1;
  }[];
  return { ...plan, placements: places.map((place) => ({ seatKey: place.seat_key, personId: place.person_id, locked: place.locked === 1 })) };
}

/** Replaces the event's plan with this one, in the caller's transaction; returns the plan's uuid. */
export function storeSeating(db: Db, eventId: number, layout: SeatingLayout, placements: readonly Placement[], at: string): string {
  const existing = statement(db, 'SELECT id, uuid FROM seating_plans WHERE event_id = ?').get(eventId) as { id: number; uuid: string } | undefined;
  let planId: number;
  let uuid: string;
  if (existing) {
    ({ id: planId, uuid } = existing);
    statement(db, 'UPDATE seating_plans SET layout = ?, updated_at = ? WHERE id = ?').run(layout, at, planId);
    statement(db, 'DELETE FROM seating_places WHERE plan_id = ?').run(planId);
  } else {
    uuid = randomUUID();
    planId = Number(statement(db, 'INSERT INTO seating_plans (uuid, event_id, layout, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(uuid, eventId, layout, at, at).lastInsertRowid);
  }
  const insert = statement(db, 'INSERT INTO seating_places (uuid, plan_id, seat_key, person_id, locked) VALUES (?, ?, ?, ?, ?)');
  for (const placement of placements) insert.run(randomUUID(), planId, placement.seatKey, placement.personId, placement.locked ? 1 : 0);
  return uuid;
}
