// Migration 0013: the texts a document prints (a partner's profile, a venue's address and city, an
// event's cues, a person's dietary needs) become three-language columns. A text written at
// version 12 moves to the language its letters show, and nothing else about the row changes.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../db/migrations';
import { keysQuery, matchingIds } from '../../db/search.repo';
import { registerFunctions } from '../../db/statements';

const AT = '2025-12-01T00:00:00.000Z';

function officeAtVersion12() {
  const db = new Database(':memory:');
  registerFunctions(db);
  migrate(db, readMigrations().filter((migration) => migration.version <= 12));
  const org = (uuid: string, notes: string | null) =>
    db.prepare("INSERT INTO organizations (uuid, country, name_en, notes, created_at, updated_at) VALUES (?, 'UZ', 'Partner', ?, ?, ?)").run(uuid, notes, AT, AT);
  org('de700000-0013-4000-8000-000000000001', 'Штаб-квартира в Ташкенте.');
  org('de700000-0013-4000-8000-000000000002', 'Mərkəzi Daşkənddədir.');
  org('de700000-0013-4000-8000-000000000003', 'Headquarters in Tashkent.');
  org('de700000-0013-4000-8000-000000000004', null);
  db.prepare('INSERT INTO venues (uuid, name_en, address, city, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    'de700000-0013-4000-8000-000000000005', 'Alley of Honours', 'проспект Азадлыг, 1Б', 'Baku', AT, AT,
  );
  db.prepare("INSERT INTO people (uuid, name_en, dietary_notes, created_at, updated_at) VALUES (?, 'Botir', 'Halal meals.', ?, ?)").run(
    'de700000-0013-4000-8000-000000000006', AT, AT,
  );
  return db;
}

describe('migration 0013, printed texts in three languages', () => {
  it('moves each text to the language its letters show', () => {
    const db = officeAtVersion12();
    migrate(db, readMigrations());
    expect(db.prepare('SELECT notes_az, notes_ru, notes_en FROM organizations ORDER BY id').all()).toEqual([
      { notes_az: null, notes_ru: 'Штаб-квартира в Ташкенте.', notes_en: null },
      { notes_az: 'Mərkəzi Daşkənddədir.', notes_ru: null, notes_en: null },
      { notes_az: null, notes_ru: null, notes_en: 'Headquarters in Tashkent.' },
      { notes_az: null, notes_ru: null, notes_en: null },
    ]);
    expect(db.prepare('SELECT address_az, address_ru, address_en, city_az, city_ru, city_en, name_en FROM venues').get()).toEqual({
      address_az: null, address_ru: 'проспект Азадлыг, 1Б', address_en: null, city_az: null, city_ru: null, city_en: 'Baku', name_en: 'Alley of Honours',
    });
    expect(db.prepare('SELECT dietary_notes_az, dietary_notes_ru, dietary_notes_en FROM people').get()).toEqual({
      dietary_notes_az: null, dietary_notes_ru: null, dietary_notes_en: 'Halal meals.',
    });
    for (const [table, column] of [['organizations', 'notes'], ['events', 'notes'], ['people', 'dietary_notes'], ['venues', 'address'], ['venues', 'city']]) {
      const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((info) => info.name);
      expect(columns, table).not.toContain(column);
    }
  });

  it('keeps finding a venue by the words of its address, now in its language columns', () => {
    const db = officeAtVersion12();
    migrate(db, readMigrations());
    const found = (word: string) => db.prepare(`SELECT id FROM venues WHERE id IN ${matchingIds('venue')}`).all({ match: keysQuery(word) });
    expect(found('Азадлыг')).toHaveLength(1);
    expect(found('Azadlıq')).toHaveLength(1);
    db.prepare("UPDATE venues SET address_en = '1B Azadlig Avenue', address_ru = NULL").run();
    expect(found('avenue')).toHaveLength(1);
    expect(found('проспект')).toHaveLength(0);
  });
});
