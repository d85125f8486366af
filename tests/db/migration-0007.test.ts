// Migration 0007: the people name indexes also hold each person's organisation, so the list walks
// its name index for a filter on the organisation without reading a single wide people row.
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseAt, indexColumns, migrateTo, otherTables, queryPlan, type Db } from './migration-fixture';
import { PARTNER, writeUzbekVisit } from './migration-office';

let db: Db;
beforeEach(() => {
  db = databaseAt(6);
  writeUzbekVisit(db);
});

/** The people of the Uzbek ministry in Russian name order, as the list walks them (db/paging.ts). */
const UZBEK_MINISTRY_IN_NAME_ORDER = `SELECT p.id FROM people p INDEXED BY people_sort_ru WHERE p.organization_id = ?
  ORDER BY fold(coalesce(p.name_ru, p.name_en, p.name_az)), p.id`;

describe('migration 0007, lists that page a few matches', () => {
  it("walks the Russian name index for the Uzbek ministry's people without reading their rows", () => {
    expect(queryPlan(db, UZBEK_MINISTRY_IN_NAME_ORDER, PARTNER)).toBe('SCAN p USING INDEX people_sort_ru');
    migrateTo(db, 7);

    const plan = queryPlan(db, UZBEK_MINISTRY_IN_NAME_ORDER, PARTNER);
    expect(plan).toContain('SCAN p USING COVERING INDEX people_sort_ru');
    // Only ties of one name are sorted by id; the walk still stops at the page.
    expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY');
    expect(db.prepare(UZBEK_MINISTRY_IN_NAME_ORDER).pluck().all(PARTNER)).toEqual([2, 3]);
  });

  it('holds the organisation after the name in all three languages, and changes no record', () => {
    const records = otherTables(db, []);
    migrateTo(db, 7);

    expect(['people_sort_az', 'people_sort_ru', 'people_sort_en'].map((index) => indexColumns(db, index))).toEqual([
      [null, 'organization_id'],
      [null, 'organization_id'],
      [null, 'organization_id'],
    ]);
    expect(otherTables(db, [])).toEqual(records);
  });
});
