// Migration 0008 holds every row's uuid to the one canonical form (lower-case 8-4-4-4-12). Rows
// already here that break it are listed in uuid_form_report and otherwise left alone, still
// editable; no new or changed uuid may break it again.
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseAt, insert, migrateTo, otherTables, rowsOf, uuidOf, type Db } from './migration-fixture';
import { AT, VISIT, writeUzbekVisit } from './migration-office';

const UPPER_CASE = 'DE700000-0008-4000-8000-0000000000AA';
const PATH = '../../autostart/evil.desktop'.padEnd(36, '_');
const UNDERSCORES = 'de700000_0008_4000_8000_000000000003';

let db: Db;
beforeEach(() => {
  db = databaseAt(7);
  writeUzbekVisit(db);
  // As an old import from a spreadsheet left them, and a bundle crafted to name a path.
  insert(db, 'people', { uuid: UPPER_CASE, name_ru: 'Шухрат Ризаев', organization_id: 2, created_at: AT, updated_at: AT });
  insert(db, 'visit_members', { uuid: PATH, visit_id: VISIT, person_id: 5, side: 'guest', role: 'interpreter', sort_order: 30 });
  insert(db, 'register_filters', { uuid: UNDERSCORES, name: 'Узбекистан', filter: '{}', created_at: AT, updated_at: AT });
});

const tablesWithUuids = (db: Db) =>
  db.prepare("SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'uuid') ORDER BY m.name").pluck().all() as string[];

describe('migration 0008, the canonical uuid', () => {
  it('reports each row whose uuid breaks the form, and changes no row', () => {
    const rows = otherTables(db, []);
    migrateTo(db, 8);

    expect(rowsOf(db, 'uuid_form_report')).toEqual([
      { table_name: 'people', row_id: 5, uuid: UPPER_CASE },
      { table_name: 'register_filters', row_id: 1, uuid: UNDERSCORES },
      { table_name: 'visit_members', row_id: 4, uuid: PATH },
    ]);
    expect(otherTables(db, ['uuid_form_report'])).toEqual(rows);
  });

  it('refuses a new interpreter, or a changed visit, whose uuid is upper-case, a path or has a NUL in it', () => {
    migrateTo(db, 8);
    const visit = rowsOf(db, 'visits');
    for (const uuid of [UPPER_CASE.replace('AA', 'BB'), PATH.replace('evil', 'evi2'), `${uuidOf(8, 1).slice(0, 35)}\u0000`]) {
      expect(() => insert(db, 'people', { uuid, name_ru: 'Ойбек Турсунов', created_at: AT, updated_at: AT })).toThrow('uuid.notCanonical');
      expect(() => db.prepare('UPDATE visits SET uuid = ? WHERE id = ?').run(uuid, VISIT)).toThrow('uuid.notCanonical');
    }
    expect(rowsOf(db, 'visits')).toEqual(visit);
    insert(db, 'people', { uuid: uuidOf(8, 1), name_ru: 'Ойбек Турсунов', created_at: AT, updated_at: AT });
  });

  it('still lets an officer correct the name of Rizaev, whose row came in before the rule', () => {
    migrateTo(db, 8);
    db.prepare("UPDATE people SET name_en = 'Shukhrat Rizaev', updated_at = '2025-12-01T10:00:00.000Z' WHERE uuid = ?").run(UPPER_CASE);
    expect(db.prepare('SELECT uuid, name_ru, name_en FROM people WHERE id = 5').get()).toEqual({ uuid: UPPER_CASE, name_ru: 'Шухрат Ризаев', name_en: 'Shukhrat Rizaev' });
  });

  it('holds every table that has a uuid to the rule, on insert and on a change of uuid', () => {
    migrateTo(db, 8);
    const triggers = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%\\_uuid\\_form\\_%' ESCAPE '\\' ORDER BY name").pluck().all();
    expect(triggers).toEqual(tablesWithUuids(db).filter((table) => table !== 'uuid_form_report').flatMap((table) => [`${table}_uuid_form_insert`, `${table}_uuid_form_update`]));
  });
});
