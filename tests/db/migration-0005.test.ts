// Migration 0005, the agreements register: a deleted document stays (marked, restorable), an
// activity says what kind of cooperation it is (what was there becomes "other"), and officers keep
// named filters of the register.
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseAt, insert, migrateTo, otherTables, queryPlan, rowsOf, uuidOf, type Db } from './migration-fixture';
import { AT, MEMORANDUM, OURS, PARTNER, writeUzbekVisit } from './migration-office';

let db: Db;
beforeEach(() => {
  db = databaseAt(4);
  writeUzbekVisit(db);
  const earlier = insert(db, 'agreements', {
    uuid: uuidOf(5, 1), type: 'agreement', status: 'in_force', signed_on: '2017-05-12', valid_from: '2017-06-01', valid_to: '2027-05-31',
    title_ru: 'Соглашение о сотрудничестве в области предупреждения и ликвидации чрезвычайных ситуаций', created_at: AT, updated_at: AT,
  });
  db.prepare('UPDATE agreements SET replaces_agreement_id = ? WHERE id = ?').run(earlier, MEMORANDUM);
  insert(db, 'documents', {
    uuid: uuidOf(5, 2), agreement_id: MEMORANDUM, file_name: 'Memorandum FHN-МЧС РУз (layihə).docx', kind: 'draft', language: 'az',
    media_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size_bytes: 38_912, sha256: 'b'.repeat(64), created_at: AT, updated_at: AT,
  });
  insert(db, 'agreement_activities', {
    uuid: uuidOf(5, 3), agreement_id: MEMORANDUM, title_az: 'Zəlzələ nəticələrinin aradan qaldırılması üzrə təcrübə mübadiləsi', status: 'in_progress',
  });
});

describe('migration 0005, the agreements register', () => {
  it('keeps every document out of the trash and calls every activity "other", leaving the rest as it was', () => {
    const documents = rowsOf(db, 'documents') as Record<string, unknown>[];
    const activities = rowsOf(db, 'agreement_activities') as Record<string, unknown>[];
    const untouched = otherTables(db, ['documents', 'agreement_activities']);
    migrateTo(db, 5);

    expect(rowsOf(db, 'documents')).toEqual(documents.map((document) => ({ ...document, deleted_at: null })));
    expect(rowsOf(db, 'agreement_activities')).toEqual(activities.map((activity) => ({ ...activity, kind: 'other' })));
    expect(otherTables(db, ['documents', 'agreement_activities', 'register_filters'])).toEqual(untouched);
  });

  it("puts the memorandum's draft in the trash at a UTC instant, and finds its signed scan still there through an index", () => {
    migrateTo(db, 5);
    const trash = (at: string) => () => db.prepare('UPDATE documents SET deleted_at = ? WHERE uuid = ?').run(at, uuidOf(5, 2));
    expect(trash('2025-12-10 08:00')).toThrow(/CHECK constraint failed/);
    trash('2025-12-10T08:00:00Z')();

    const signedScans = "SELECT id FROM documents WHERE agreement_id = ? AND kind = 'signed_scan' AND deleted_at IS NULL";
    expect(db.prepare(signedScans).pluck().all(MEMORANDUM)).toEqual([1]);
    expect(queryPlan(db, signedScans, MEMORANDUM)).toContain('USING INDEX documents_signed_scans (agreement_id=? AND kind=?)');
  });

  it('takes a joint exercise as a kind of cooperation, but not a kind the register does not know', () => {
    migrateTo(db, 5);
    const kind = (value: string) => () => db.prepare('UPDATE agreement_activities SET kind = ? WHERE id = 1').run(value);
    expect(kind('conference')).toThrow(/CHECK constraint failed/);
    kind('joint_exercise')();
    expect(db.prepare('SELECT title_en, kind FROM agreement_activities WHERE agreement_id = ? ORDER BY id').all(MEMORANDUM)).toEqual([
      { title_en: 'Joint command-post exercise', kind: 'joint_exercise' },
      { title_en: null, kind: 'other' },
    ]);
    expect(queryPlan(db, 'SELECT * FROM agreement_activities WHERE agreement_id = ?', MEMORANDUM)).toContain('INDEX agreement_activities_agreement (agreement_id=?)');
    expect(queryPlan(db, 'SELECT id FROM agreements WHERE replaces_agreement_id = ?', 2)).toContain('INDEX agreements_replaces (replaces_agreement_id=?)');
  });

  it('keeps "Uzbekistan, in force" as a named filter of the register, once, and only as a filter object', () => {
    migrateTo(db, 5);
    const filter = { uuid: uuidOf(5, 10), name: 'Özbəkistan, qüvvədə olanlar', created_at: AT, updated_at: AT };
    const uzbekistanInForce = JSON.stringify({ partnerIds: [PARTNER, OURS], statuses: ['in_force'], sort: { column: 'validTo', direction: 'asc' } });
    expect(() => insert(db, 'register_filters', { ...filter, filter: '["in_force"]' })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, 'register_filters', { ...filter, filter: '{"statuses": [' })).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, 'register_filters', { ...filter, name: '', filter: uzbekistanInForce })).toThrow(/CHECK constraint failed/);
    const id = insert(db, 'register_filters', { ...filter, filter: uzbekistanInForce });
    expect(() => insert(db, 'register_filters', { ...filter, uuid: uuidOf(5, 11), filter: '{}' })).toThrow(/UNIQUE constraint failed: register_filters.name/);
    expect(rowsOf(db, 'register_filters')).toEqual([{ id, ...filter, filter: uzbekistanInForce }]);
  });
});
