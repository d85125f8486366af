// Migration 0001 creates the domain. At its own version, with nothing after it, the schema alone
// holds the office's basic rules: the shapes of dates and instants, one head a side, a name in some
// language, what a deleted visit takes with it and what can't be deleted at all.
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseAt, insert, rowsOf, uuidOf, type Db } from './migration-fixture';
import { AT, HEYDAROV, KARIMOVA, MEMORANDUM, PARTNER, VISIT, writeUzbekVisit } from './migration-office';

let db: Db;
beforeEach(() => {
  db = databaseAt(1);
  writeUzbekVisit(db);
});

const event = (startsAt: string, endsAt: string) => () =>
  insert(db, 'events', {
    uuid: uuidOf(1, 1), visit_id: VISIT, type: 'press', title_en: 'Press approach', starts_at: startsAt, ends_at: endsAt,
    time_zone: 'Asia/Baku', created_at: AT, updated_at: AT,
  });

describe('migration 0001, the domain', () => {
  it('takes the press approach only as a UTC instant to the second, ending after it starts', () => {
    expect(event('2025-12-03T06:00:00+04:00', '2025-12-03T06:30:00Z')).toThrow(/CHECK constraint failed/);
    expect(event('2025-12-03 06:00', '2025-12-03T06:30:00Z')).toThrow(/CHECK constraint failed/);
    expect(event('2025-12-03T06:00:00Z', '2025-12-03T10:30:00+04:00')).toThrow(/CHECK constraint failed/);
    expect(event('2025-12-03T06:30:00Z', '2025-12-03T06:30:00Z')).toThrow(/CHECK constraint failed/);
    event('2025-12-03T11:00:00Z', '2025-12-03T11:15:00Z')();
    expect(db.prepare('SELECT starts_at, ends_at FROM events WHERE uuid = ?').get(uuidOf(1, 1))).toEqual({ starts_at: '2025-12-03T11:00:00Z', ends_at: '2025-12-03T11:15:00Z' });
  });

  it("lets Minister Heydarov head our side while Kudratkhodjaev heads the guests, but gives neither side a second head", () => {
    const member = (side: string) => () =>
      insert(db, 'visit_members', { uuid: uuidOf(1, 2), visit_id: VISIT, person_id: 4, side, role: 'head', sort_order: 5 });
    expect(member('guest')).toThrow(/UNIQUE constraint failed/);
    expect(member('host')).toThrow(/UNIQUE constraint failed/);
    expect(db.prepare("SELECT person_id, side FROM visit_members WHERE role = 'head' ORDER BY side").all()).toEqual([
      { person_id: 2, side: 'guest' },
      { person_id: HEYDAROV, side: 'host' },
    ]);
  });

  it('refuses a partner without a name in any language, and a memorandum in force until before it began', () => {
    expect(() => insert(db, 'organizations', { uuid: uuidOf(1, 3), country: 'RU', created_at: AT, updated_at: AT })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, 'organizations', { uuid: uuidOf(1, 3), country: 'ru', name_ru: 'МЧС России', created_at: AT, updated_at: AT })).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE agreements SET valid_to = '2025-12-02' WHERE id = ?").run(MEMORANDUM)).toThrow(/CHECK constraint failed/);
    db.prepare('UPDATE agreements SET valid_to = NULL WHERE id = ?').run(MEMORANDUM);
    expect(db.prepare('SELECT valid_from, valid_to FROM agreements').get()).toEqual({ valid_from: '2025-12-03', valid_to: null });
  });

  it('deletes a visit with its delegation and programme, keeps the memorandum signed at it, and keeps the partner', () => {
    const agreement = db.prepare('SELECT * FROM agreements').get() as Record<string, unknown>;
    expect(() => db.prepare('DELETE FROM organizations WHERE id = ?').run(PARTNER)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => db.prepare('DELETE FROM people WHERE id = ?').run(KARIMOVA)).toThrow(/FOREIGN KEY constraint failed/);

    db.prepare('DELETE FROM visits WHERE id = ?').run(VISIT);
    expect(rowsOf(db, 'visit_members')).toEqual([]);
    expect(rowsOf(db, 'events')).toEqual([]);
    expect(rowsOf(db, 'event_participants')).toEqual([]);
    expect(rowsOf(db, 'agreements')).toEqual([{ ...agreement, signed_at_visit_id: null }]);
  });

  it('keeps the audit log append-only', () => {
    const entries = rowsOf(db, 'audit_log');
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone.else'").run()).toThrow('audit_log is append-only');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('audit_log is append-only');
    expect(rowsOf(db, 'audit_log')).toEqual(entries);
  });
});
