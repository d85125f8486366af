// Migration 0011 keys again what the search index and the name-word tables hold, so records
// written under the old single key are found by each reading of their ambiguous letters.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../db/migrations';
import { keyUnkeyedRows, nameWords } from '../../db/names/name-words';
import { openDatabase } from '../../db/open';
import { searchRecords } from '../../db/search.repo';
import {
  databaseAt, insert, migrateTo, otherTables, rowsOf, searchIndexMatches, searchIndexOfRecords, searchIndexRows, uuidOf,
} from './migration-fixture';
import { AT, PARTNER, writeUzbekVisit } from './migration-office';

const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-0011-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0011, over an office written before it', () => {
  it('keys every name again, so «Хасанов» stored under the old key is found as Həsənov', () => {
    const file = join(dir, 'desk.sqlite');
    const at = '2025-11-20T09:30:00Z';
    let personId = 0;
    const db = openDatabase(file, {
      beforeMigrate: (before) => {
        migrateTo(before, 10);
        personId = Number(before.prepare('INSERT INTO people (uuid, name_ru, created_at, updated_at) VALUES (?, ?, ?, ?)').run(randomUUID(), 'Хасанов Семён', at, at).lastInsertRowid);
        // What the app before 0011 stored: one key a word, х read as x and ё as o.
        before.prepare('UPDATE search_index SET title_keys = ? WHERE rowid = ?').run('xasanov samon', personId * 8 + 1);
        before.prepare('DELETE FROM person_name_words WHERE person_id = ?').run(personId);
        before.prepare('INSERT INTO person_name_words (person_id, word) VALUES (?, ?), (?, ?)').run(personId, 'xasanov', personId, 'samon');
      },
    });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(readMigrations().at(-1)?.version);
      const found = (text: string) => searchRecords(db, text, 10).flatMap((group) => group.hits.map((hit) => hit.id));
      expect(found('Həsənov')).toEqual([personId]);
      expect(found('Семен')).toEqual([personId]);
      keyUnkeyedRows(db, 'person');
      const words = db.prepare('SELECT word FROM person_name_words WHERE person_id = ?').pluck().all(personId);
      expect(words.sort()).toEqual(nameWords(['Хасанов Семён']).sort());
      expect(words).toContain('gasanov');
    } finally {
      db.close();
    }
  });
});

describe('migration 0011 on its own', () => {
  it('keys every record of every kind again, and empties the name-word tables to be keyed on their next use', () => {
    const db = databaseAt(10);
    writeUzbekVisit(db);
    const hasanov = insert(db, 'people', { uuid: uuidOf(11, 1), name_ru: 'Хасанов Семён', organization_id: PARTNER, created_at: AT, updated_at: AT });
    // Keys the old search key wrote (х read as x, ё as o), here left in every row so none is missed.
    db.prepare("UPDATE search_index SET title_keys = 'xasanov samon', detail_keys = ''").run();
    insert(db, 'person_name_words', { person_id: hasanov, word: 'xasanov' });
    insert(db, 'organization_name_words', { organization_id: PARTNER, word: 'mcs' });
    const records = otherTables(db, ['person_name_words', 'organization_name_words']);
    migrateTo(db, 11);

    expect(searchIndexRows(db)).toEqual(searchIndexOfRecords(db));
    expect([searchIndexMatches(db, 'Həsənov'), searchIndexMatches(db, 'Семен')]).toEqual([[hasanov * 8 + 1], [hasanov * 8 + 1]]);
    expect([rowsOf(db, 'person_name_words'), rowsOf(db, 'organization_name_words')]).toEqual([[], []]);
    expect(otherTables(db, ['person_name_words', 'organization_name_words'])).toEqual(records);
  });
});
