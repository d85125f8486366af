// A list's first pages of a one-letter search test rows one by one in sort order (rowKeysMatch),
// instead of collecting every match from the index (matchingIds). Both must keep the same records,
// for any names and any typed words, in every script the office types.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { keysQuery, matchingIds, rowKeysMatch } from '../../db/search.repo';
import { textKeys } from '../../domain/search-key';

const db = openDatabase(':memory:');
afterAll(() => db.close());

// Letters that read two ways or fold together (ё and е, ə and e, г and h, ç and c, Uzbek oʻ), and
// a few plain ones so that words also differ.
const LETTERS = ['a', 'ə', 'e', 'ё', 'е', 'г', 'х', 'h', 'x', 'k', 'q', 'ç', 'c', 'ş', 'sh', 'ı', 'i', 'oʻ', 'о', 'дж', 'j', 'm', 'n', '1'];
const word = (maxLength: number) => fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength }).map((letters) => letters.join(''));
const text = (maxWords: number, maxLength: number) => fc.array(word(maxLength), { minLength: 1, maxLength: maxWords }).map((words) => words.join(' '));

const at = '2026-01-01T00:00:00.000Z';
const ids = (sql: string, params: Record<string, unknown>) => (db.prepare(sql).all(params) as { id: number }[]).map((row) => row.id);

describe('testing a search row by row', () => {
  it('keeps exactly the people and organisations the index finds, for any names and typed words', () => {
    fc.assert(
      fc.property(fc.array(text(3, 6), { minLength: 1, maxLength: 12 }), text(2, 3), (names, typed) => {
        const match = keysQuery(typed);
        fc.pre(match !== null);
        db.exec('SAVEPOINT one_case');
        try {
          const organization = db
            .prepare("INSERT INTO organizations (uuid, country, name_en, created_at, updated_at) VALUES (?, 'AZ', ?, ?, ?)")
            .run(randomUUID(), names[0], at, at).lastInsertRowid;
          const addPerson = db.prepare('INSERT INTO people (uuid, name_ru, organization_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
          names.forEach((name, n) => addPerson.run(randomUUID(), name, n % 2 === 0 ? organization : null, at, at));
          const typedKeys = JSON.stringify(textKeys(typed));
          for (const [kind, table] of [['person', 'people'], ['organization', 'organizations']] as const) {
            const collected = ids(`SELECT id FROM ${table} WHERE id IN ${matchingIds(kind)} ORDER BY id`, { match });
            const walked = ids(`SELECT id FROM ${table} WHERE ${rowKeysMatch(kind, 'id')} ORDER BY id`, { typedKeys });
            expect(walked).toEqual(collected);
          }
          // A person with no organisation has no organisation's keys to match.
          expect(ids(`SELECT id FROM people WHERE ${rowKeysMatch('organization', 'organization_id')} AND organization_id IS NULL`, { typedKeys })).toEqual([]);
        } finally {
          db.exec('ROLLBACK TO one_case; RELEASE one_case');
        }
      }),
      { numRuns: 300 },
    );
  });
});
