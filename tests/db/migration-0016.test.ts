// Migration 0016 adds the stored seating plans: new tables only, nothing else changed; a plan and
// its places go with their event, a place with its person, and one person has one place a plan.
import { describe, expect, it } from 'vitest';
import { databaseAt, insert, migrateTo, otherTables, uuidOf } from './migration-fixture';
import { AT } from './migration-office';

function writeEvent(db: ReturnType<typeof databaseAt>) {
  const partner = insert(db, 'organizations', { uuid: uuidOf(16, 1), country: 'UZ', name_en: 'Ministry of Emergency Situations of Uzbekistan', created_at: AT, updated_at: AT });
  const guest = insert(db, 'people', { uuid: uuidOf(16, 2), name_en: 'Botir Kudratkhodjaev', organization_id: partner, created_at: AT, updated_at: AT });
  const visit = insert(db, 'visits', {
    uuid: uuidOf(16, 3), direction: 'incoming', title_en: 'Visit of the Uzbek minister', partner_organization_id: partner,
    start_date: '2025-12-02', end_date: '2025-12-05', status: 'planned', created_at: AT, updated_at: AT,
  });
  insert(db, 'visit_members', { uuid: uuidOf(16, 4), visit_id: visit, person_id: guest, side: 'guest', role: 'head', sort_order: 10 });
  const event = insert(db, 'events', {
    uuid: uuidOf(16, 5), visit_id: visit, type: 'bilateral_meeting', title_en: 'Talks', starts_at: '2025-12-03T07:00:00Z',
    ends_at: '2025-12-03T08:00:00Z', time_zone: 'Asia/Baku', created_at: AT, updated_at: AT,
  });
  insert(db, 'event_participants', { uuid: uuidOf(16, 6), event_id: event, person_id: guest });
  return { guest, event };
}

describe('migration 0016 on its own', () => {
  it('adds the two tables, empty, and changes no other row', () => {
    const db = databaseAt(15);
    writeEvent(db);
    const before = otherTables(db, []);
    migrateTo(db, 16);
    expect(otherTables(db, ['seating_plans', 'seating_places'])).toEqual(before);
    expect(otherTables(db, []).seating_plans).toEqual([]);
  });

  it('keeps one place a person in a plan, and lets the plan go with its event', () => {
    const db = databaseAt(16);
    const { guest, event } = writeEvent(db);
    const plan = insert(db, 'seating_plans', { uuid: uuidOf(16, 7), event_id: event, layout: 'talks', created_at: AT, updated_at: AT });
    insert(db, 'seating_places', { uuid: uuidOf(16, 8), plan_id: plan, seat_key: 'guest-0', person_id: guest, locked: 1 });
    expect(() => insert(db, 'seating_places', { uuid: uuidOf(16, 9), plan_id: plan, seat_key: 'guest-1', person_id: guest })).toThrow(/UNIQUE/);
    expect(() => insert(db, 'seating_plans', { uuid: uuidOf(16, 10), event_id: event, layout: 'banquet', created_at: AT, updated_at: AT })).toThrow(/CHECK|UNIQUE/);
    expect(() => insert(db, 'seating_places', { uuid: 'not-a-uuid-but-36-characters-long!!!', plan_id: plan, seat_key: 'x', person_id: guest })).toThrow(/uuid.notCanonical/);
    db.prepare('DELETE FROM event_participants').run();
    db.prepare('DELETE FROM events WHERE id = ?').run(event);
    expect(otherTables(db, []).seating_plans).toEqual([]);
    expect(otherTables(db, []).seating_places).toEqual([]);
  });
});
