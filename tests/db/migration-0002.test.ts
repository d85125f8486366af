// Migration 0002: a checklist task's one title becomes three languages (what was typed is kept as
// the English text), tasks are found by their owner through an index, and a trash table keeps
// deleted records as JSON until they are restored.
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseAt, insert, migrateTo, otherTables, queryPlan, rowsOf, uuidOf, type Db } from './migration-fixture';
import { AT, MAMMADOV, VISIT, writeUzbekVisit } from './migration-office';

let db: Db;
beforeEach(() => {
  db = databaseAt(1);
  writeUzbekVisit(db);
  const task = (n: number, kind: string, title: string | null, extra: Record<string, unknown> = {}) =>
    insert(db, 'tasks', { uuid: uuidOf(2, n), visit_id: VISIT, kind, title, created_at: AT, updated_at: AT, ...extra });
  task(1, 'hotel', 'Rooms for 12 guests at the Fairmont', { owner_person_id: MAMMADOV, due_offset_days: -7, status: 'in_progress', notes: 'Held until 2 December' });
  task(2, 'flags', 'Флаги Азербайджана и Узбекистана в зале переговоров', { owner_person_id: MAMMADOV, due_offset_days: -1 });
  task(3, 'wreath', null, { status: 'done' });
});

describe('migration 0002, visit planning', () => {
  it('keeps each task title as typed, as its English text, and the rest of the task as it was', () => {
    const before = rowsOf(db, 'tasks') as Record<string, unknown>[];
    const untouched = otherTables(db, ['tasks']);
    migrateTo(db, 2);

    expect(rowsOf(db, 'tasks')).toEqual(before.map(({ title, ...task }) => ({ ...task, title_az: null, title_ru: null, title_en: title })));
    expect(db.prepare('SELECT title_en FROM tasks ORDER BY id').pluck().all()).toEqual([
      'Rooms for 12 guests at the Fairmont', 'Флаги Азербайджана и Узбекистана в зале переговоров', null,
    ]);
    expect(otherTables(db, ['tasks', 'trash'])).toEqual(untouched);
  });

  it("finds Məmmədov's tasks through an index of their owner", () => {
    migrateTo(db, 2);
    expect(queryPlan(db, 'SELECT * FROM tasks WHERE owner_person_id = ?', MAMMADOV)).toContain('SEARCH tasks USING INDEX tasks_owner (owner_person_id=?)');
  });

  it('keeps a deleted wreath-laying in the trash as its JSON snapshot, and refuses a snapshot that is not JSON', () => {
    migrateTo(db, 2);
    const entry = {
      uuid: uuidOf(2, 10), entity: 'event', source_table: 'events', source_id: 2, source_uuid: uuidOf(0, 13),
      label_az: 'Fəxri xiyabanın ziyarəti', label_ru: 'Посещение Аллеи почётного захоронения', label_en: 'Wreath-laying at the Alley of Honours',
      snapshot: JSON.stringify({ root: { table: 'events', row: { id: 2 }, children: [] }, links: [] }),
      deleted_at: '2025-11-21T10:00:00.000Z', deleted_by: 'r.mammadov',
    };
    expect(() => insert(db, 'trash', { ...entry, snapshot: '{"root": {"table": "events"' })).toThrow(/CHECK constraint failed/);
    const id = insert(db, 'trash', entry);
    expect(() => insert(db, 'trash', { ...entry, source_id: 3 })).toThrow(/UNIQUE constraint failed: trash.uuid/);
    expect(rowsOf(db, 'trash')).toEqual([{ id, ...entry }]);
  });
});
