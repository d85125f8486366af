import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Db } from './open';
import { alphabeticalKey } from '../domain/contract/alphabet';
import { isCanonicalUuid, LANGUAGES, type Language } from '../domain/contract/common';
import { keysBegin, searchKeys } from '../domain/search-key';
import { listedPersonName, runningPersonName, splitPersonName } from './names/person-name-sql';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

type Statement = Database.Statement<unknown[], unknown>;

const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * The prepared statement for `sql` on this connection, prepared once and then reused. List
 * queries vary their ORDER BY and WHERE, but only among whitelisted fragments, so the cache holds
 * one statement per query shape and stays small.
 */
export function statement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
    registerFunctions(db);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

// SQLite's lower() and LIKE fold only ASCII, but officers search in Azerbaijani and Russian:
// fold() lowers every script, so «кудратходжаев» finds «Кудратходжаев». The schema uses both
// functions (alphabetical_key() in sort indexes, search_keys() in the search index's triggers; the uuid
// triggers use is_canonical_uuid(), migration 0010 random_uuid()), so every
// connection that reads or writes those tables registers them first: openDatabase does.
export function registerFunctions(db: Db): void {
  db.function('fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
  db.function('search_keys', { deterministic: true, varargs: true }, searchKeys);
  // A list's first pages of a search that matches too much to collect test each row in sort order.
  let typed = { json: '', words: [] as string[][] };
  db.function('keys_begin', { deterministic: true }, (stored: unknown, typedJson: unknown) => {
    if (typeof stored !== 'string' || typeof typedJson !== 'string') return 0;
    // The same typed words for every row of one query: parsed once.
    if (typedJson !== typed.json) typed = { json: typedJson, words: JSON.parse(typedJson) as string[][] };
    return keysBegin(stored, typed.words) ? 1 : 0;
  });
  // The name sort indexes of migration 0012 order by each language's alphabet.
  db.function('alphabetical_key', { deterministic: true }, (lang: unknown, text: unknown) =>
    typeof text === 'string' && isLanguage(lang) ? alphabeticalKey(lang, text) : text,
  );
  // The triggers of migration 0008 hold every row's uuid to the contract's one canonical form.
  db.function('is_canonical_uuid', { deterministic: true }, (value: unknown) => (isCanonicalUuid(value) ? 1 : 0));
  // Migration 0010 writes trash and audit rows in SQL, each with a fresh uuid like any other row's.
  db.function('random_uuid', { deterministic: false }, () => randomUUID());
  // Migration 0014 splits stored names into parts; its sort indexes order people surname first.
  db.function('split_person_name', { deterministic: true }, splitPersonName);
  db.function('running_person_name', { deterministic: true }, runningPersonName);
  db.function('listed_person_name', { deterministic: true }, listedPersonName);
}
