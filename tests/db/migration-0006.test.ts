// Migration 0006, search across scripts: every record already in the office gets its row of
// spelling-blind keys in search_index (rowid = id * 8 + kind), triggers keep that row in step with
// the record, and the lists get their sort indexes.
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseAt, insert, migrateTo, otherTables, queryPlan, searchIndexMatches, searchIndexOfRecords, searchIndexRows, uuidOf, type Db } from './migration-fixture';
import { AT, HEYDAROV, KARIMOVA, MAMMADOV, MEMORANDUM, writeUzbekVisit } from './migration-office';

let db: Db;
beforeEach(() => {
  db = databaseAt(5);
  writeUzbekVisit(db);
  insert(db, 'documents', {
    uuid: uuidOf(6, 1), agreement_id: MEMORANDUM, file_name: 'Memorandum (köhnə layihə).docx', kind: 'draft', media_type: 'application/msword',
    size_bytes: 30_000, sha256: 'c'.repeat(64), deleted_at: '2025-11-25T12:00:00Z', created_at: AT, updated_at: AT,
  });
});

const found = (word: string) => searchIndexMatches(db, word);

describe('migration 0006, search across scripts', () => {
  it('indexes everything the office already holds, except a document in the trash, and changes no record', () => {
    const records = otherTables(db, []);
    migrateTo(db, 6);

    expect(searchIndexRows(db)).toEqual(searchIndexOfRecords(db));
    expect(searchIndexRows(db).map((row) => row.rowid)).not.toContain(3 * 8 + 7);
    expect(otherTables(db, [])).toEqual(records);
  });

  it('finds Minister Heydarov, written before search existed, as «Гейдаров», Heydarov and Heydərov', () => {
    migrateTo(db, 6);
    const heydarov = HEYDAROV * 8 + 1;
    expect([found('Гейдаров'), found('Heydarov'), found('Heydərov')]).toEqual([[heydarov], [heydarov], [heydarov]]);
  });

  it('ranks the memorandum whose title says «сотрудничество» above Karimova, whose position does', () => {
    migrateTo(db, 6);
    expect(found('сотрудничеств')).toEqual([MEMORANDUM * 8 + 6, KARIMOVA * 8 + 1]);
  });

  it('keeps the index in step as people are added, renamed and deleted, and documents trashed and restored', () => {
    migrateTo(db, 6);
    insert(db, 'people', { uuid: uuidOf(6, 2), name_ru: 'Ильхам Рагимов', organization_id: 1, created_at: AT, updated_at: AT });
    db.prepare("UPDATE people SET name_az = 'Dilnoza Karimova-Yusupova', name_en = 'Dilnoza Karimova-Yusupova' WHERE id = ?").run(KARIMOVA);
    db.prepare('DELETE FROM people WHERE id = ?').run(MAMMADOV);
    db.prepare("UPDATE documents SET deleted_at = '2025-12-10T08:00:00Z' WHERE id = 1").run();
    db.prepare('UPDATE documents SET deleted_at = NULL WHERE id = 3').run();

    expect(searchIndexRows(db)).toEqual(searchIndexOfRecords(db));
    expect([found('Rahimov'), found('Юсупова'), found('Məmmədov')]).toEqual([[5 * 8 + 1], [KARIMOVA * 8 + 1], []]);
  });

  it('reads the people list in name order, and the visits by status and date, from indexes', () => {
    migrateTo(db, 6);
    expect(queryPlan(db, 'SELECT id FROM people ORDER BY fold(coalesce(name_ru, name_en, name_az))')).toMatch(/^SCAN people USING (COVERING )?INDEX people_sort_ru$/);
    expect(queryPlan(db, 'SELECT id FROM visits WHERE status = ? ORDER BY start_date', 'confirmed')).toContain('INDEX visits_status_start (status=?)');
    expect(queryPlan(db, 'SELECT id FROM visits WHERE status = ? ORDER BY start_date', 'confirmed')).not.toContain('TEMP B-TREE');
  });
});
