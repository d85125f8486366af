// Migration 0004, the directory's forms: a person gets a small photo kept in the row, and people and
// organisations get tables of their names' word keys, filled by the app (a file from before is
// keyed on its next check), so a name typed in one script finds its twin in another.
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseAt, insert, migrateTo, otherTables, queryPlan, rowsOf, uuidOf, type Db } from './migration-fixture';
import { AT, HEYDAROV, MAMMADOV, writeUzbekVisit } from './migration-office';

let db: Db;
beforeEach(() => {
  db = databaseAt(3);
  writeUzbekVisit(db);
});

const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 4, 0x2a)]);

describe('migration 0004, the directory', () => {
  it('gives everyone in the directory an empty photo and leaves every record as it was', () => {
    const people = rowsOf(db, 'people') as Record<string, unknown>[];
    const untouched = otherTables(db, ['people']);
    migrateTo(db, 4);

    expect(rowsOf(db, 'people')).toEqual(people.map((person) => ({ ...person, photo: null })));
    expect(otherTables(db, ['people', 'person_name_words', 'organization_name_words'])).toEqual(untouched);
    expect([rowsOf(db, 'person_name_words'), rowsOf(db, 'organization_name_words')]).toEqual([[], []]);
  });

  it("keeps Minister Heydarov's portrait as a small JPEG, and refuses a text, an empty file or a full-size photo", () => {
    migrateTo(db, 4);
    const setPhoto = (photo: unknown) => () => db.prepare('UPDATE people SET photo = ? WHERE id = ?').run(photo, HEYDAROV);
    expect(setPhoto(`data:image/jpeg;base64,${jpeg(64).toString('base64')}`)).toThrow(/CHECK constraint failed/);
    expect(setPhoto(Buffer.alloc(0))).toThrow(/CHECK constraint failed/);
    expect(setPhoto(jpeg(262_145))).toThrow(/CHECK constraint failed/);
    setPhoto(jpeg(24_000))();
    expect(db.prepare('SELECT photo FROM people WHERE id = ?').pluck().get(HEYDAROV)).toEqual(jpeg(24_000));
  });

  it("keeps each word key of a name once, finds the people by a word through its index, and lets a person's words go with them", () => {
    migrateTo(db, 4);
    const word = (personId: number, key: string) => () => insert(db, 'person_name_words', { person_id: personId, word: key });
    word(HEYDAROV, 'kamaladdin')();
    word(HEYDAROV, 'gaydarov')();
    word(MAMMADOV, 'mammadov')();
    expect(word(HEYDAROV, 'gaydarov')).toThrow(/UNIQUE constraint failed/);
    expect(word(HEYDAROV, '')).toThrow(/CHECK constraint failed/);
    expect(queryPlan(db, 'SELECT person_id FROM person_name_words WHERE word = ?', 'gaydarov')).toContain('INDEX person_name_words_word (word=?)');

    db.prepare('DELETE FROM people WHERE id = ?').run(MAMMADOV);
    expect(rowsOf(db, 'person_name_words')).toEqual([
      { id: 1, person_id: HEYDAROV, word: 'kamaladdin' },
      { id: 2, person_id: HEYDAROV, word: 'gaydarov' },
    ]);
  });

  it("lets an organisation's word keys go with it", () => {
    migrateTo(db, 4);
    const russia = insert(db, 'organizations', { uuid: uuidOf(4, 1), country: 'RU', name_ru: 'МЧС России', created_at: AT, updated_at: AT });
    insert(db, 'organization_name_words', { organization_id: russia, word: 'mcs' });
    insert(db, 'organization_name_words', { organization_id: 2, word: 'mcs' });
    expect(() => insert(db, 'organization_name_words', { organization_id: russia, word: 'mcs' })).toThrow(/UNIQUE constraint failed/);
    expect(queryPlan(db, 'SELECT organization_id FROM organization_name_words WHERE word = ?', 'mcs')).toContain('INDEX organization_name_words_word (word=?)');

    db.prepare('DELETE FROM organizations WHERE id = ?').run(russia);
    expect(rowsOf(db, 'organization_name_words')).toEqual([{ id: 2, organization_id: 2, word: 'mcs' }]);
  });
});
