// Migration 0015 gives each person a place in the office's ranking table: the keys of their post
// and rank, and since when they hold the post. People already stored keep everything and start
// with none of the three, so the lists keep the order of their precedence numbers.
import { describe, expect, it } from 'vitest';
import { databaseAt, insert, migrateTo, otherTables, uuidOf } from './migration-fixture';
import { AT } from './migration-office';

/** Two people as version 14 stores them, one in an organisation; returns the first one's id. */
function writePeople(db: ReturnType<typeof databaseAt>): number {
  const ministry = insert(db, 'organizations', { uuid: uuidOf(15, 1), country: 'AZ', is_ours: 1, name_az: 'Fövqəladə Hallar Nazirliyi', created_at: AT, updated_at: AT });
  const heydarov = insert(db, 'people', { uuid: uuidOf(15, 2), name_ru: 'Кямаледдин Гейдаров', rank_ru: 'генерал-полковник', organization_id: ministry, precedence: 1, created_at: AT, updated_at: AT });
  insert(db, 'people', { uuid: uuidOf(15, 3), name_en: 'Botir Kudratkhodjaev', precedence: 2, created_at: AT, updated_at: AT });
  return heydarov;
}

describe('migration 0015 on its own', () => {
  it('adds the three columns, empty, and changes no other row', () => {
    const db = databaseAt(14);
    writePeople(db);
    const people = db.prepare('SELECT * FROM people ORDER BY id').all() as Record<string, unknown>[];
    const others = otherTables(db, ['people']);
    migrateTo(db, 15);
    const after = db.prepare('SELECT * FROM people ORDER BY id').all() as Record<string, unknown>[];
    expect(after).toEqual(people.map((person) => ({ ...person, post_tier: null, rank_tier: null, in_post_since: null })));
    expect(otherTables(db, ['people'])).toEqual(others);
  });

  it('holds what the columns keep to the forms the contract writes', () => {
    const db = databaseAt(15);
    const heydarov = writePeople(db);
    const set = (column: string, value: string) => () => db.prepare(`UPDATE people SET ${column} = ? WHERE id = ?`).run(value, heydarov);
    set('post_tier', 'deputy-minister')();
    set('rank_tier', 'colonel-general')();
    set('in_post_since', '2006-02-06')();
    for (const [column, value] of [['post_tier', 'Министр'], ['post_tier', ''], ['rank_tier', 'a'.repeat(41)], ['in_post_since', '06.02.2006']] as const) {
      expect(set(column, value), `${column} = ${value}`).toThrow(/CHECK constraint failed/);
    }
    const id = insert(db, 'people', { uuid: uuidOf(15, 4), name_ru: 'Куренков Александр', created_at: AT, updated_at: AT });
    expect(db.prepare('SELECT post_tier, rank_tier, in_post_since FROM people WHERE id = ?').get(id)).toEqual({ post_tier: null, rank_tier: null, in_post_since: null });
  });
});
