// Migration 0003, the programme editor: an event's transport and interpreter become three
// languages (what was typed is kept as the English text), an event remembers the conflict
// warnings saved over on purpose, and the conflict checks read a person's events and a venue's
// bookings from indexes.
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseAt, insert, migrateTo, otherTables, queryPlan, rowsOf, schemaSql, uuidOf, type Db } from './migration-fixture';
import { AT, ARRIVAL, HEYDAROV, TALKS, VISIT, writeUzbekVisit } from './migration-office';

let db: Db;
beforeEach(() => {
  db = databaseAt(2);
  writeUzbekVisit(db);
  const plan = db.prepare('UPDATE events SET transport = ?, interpreter = ? WHERE id = ?');
  plan.run('Motorcade from Heydar Aliyev International Airport', 'Шахноза Ризаева', ARRIVAL);
  plan.run(null, 'Uzbek–Azerbaijani, consecutive', TALKS);
});

describe('migration 0003, the programme editor', () => {
  it("keeps the arrival's transport and interpreter as typed, as their English texts, with no warning acknowledged", () => {
    const before = rowsOf(db, 'events') as Record<string, unknown>[];
    const untouched = otherTables(db, ['events']);
    migrateTo(db, 3);

    expect(rowsOf(db, 'events')).toEqual(
      before.map(({ transport, interpreter, ...event }) => ({
        ...event,
        transport_az: null, transport_ru: null, transport_en: transport,
        interpreter_az: null, interpreter_ru: null, interpreter_en: interpreter,
        acknowledged_conflicts: '[]',
      })),
    );
    expect(db.prepare('SELECT transport_en, interpreter_en FROM events WHERE id = ?').get(ARRIVAL)).toEqual({
      transport_en: 'Motorcade from Heydar Aliyev International Airport', interpreter_en: 'Шахноза Ризаева',
    });
    expect(otherTables(db, ['events'])).toEqual(untouched);
  });

  it('keeps the acknowledged warnings of a press approach saved over a clash as a JSON list, and nothing else', () => {
    migrateTo(db, 3);
    const pressApproach = (acknowledged: string) => () =>
      insert(db, 'events', {
        uuid: uuidOf(3, 1), visit_id: VISIT, type: 'press', title_en: 'Press approach', starts_at: '2025-12-03T10:00:00Z',
        ends_at: '2025-12-03T10:20:00Z', time_zone: 'Asia/Baku', venue_id: 2, acknowledged_conflicts: acknowledged, created_at: AT, updated_at: AT,
      });
    expect(pressApproach('{"venueOverlap": 3}')).toThrow(/CHECK constraint failed/);
    expect(pressApproach('venueOverlap:3')).toThrow(/CHECK constraint failed/);
    pressApproach('["venueOverlap:3"]')();
    expect(db.prepare('SELECT acknowledged_conflicts FROM events WHERE uuid = ?').pluck().get(uuidOf(3, 1))).toBe('["venueOverlap:3"]');
  });

  it("reads Minister Heydarov's events, and the bookings of the headquarters, from indexes made for those checks", () => {
    migrateTo(db, 3);
    expect(queryPlan(db, 'SELECT event_id FROM event_participants WHERE person_id = ?', HEYDAROV)).toContain(
      'USING COVERING INDEX event_participants_person_event (person_id=?)',
    );
    expect(queryPlan(db, 'SELECT id FROM events WHERE venue_id = ? AND starts_at < ? AND ends_at > ?', 2, '2025-12-03T10:30:00Z', '2025-12-03T09:00:00Z'))
      .toContain('USING COVERING INDEX events_venue_start_end (venue_id=? AND starts_at<?)');
    expect([schemaSql(db, 'event_participants_person'), schemaSql(db, 'events_venue_start')]).toEqual([undefined, undefined]);
  });
});
