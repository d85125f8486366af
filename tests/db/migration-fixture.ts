// One migration at a time, as Signal Desktop tests them (`migration_<n>_test`): a fresh database
// brought to the version before, the office's data written there in plain SQL, then the one
// migration, and what it changed compared row by row.
import Database from 'better-sqlite3';
import { migrate, readMigrations } from '../../db/migrations';
import { searchKeys, wordKeys } from '../../domain/search-key';
import { registerFunctions } from '../../db/statements';

export type Db = Database.Database;

/**
 * A fresh SQLite database (in memory unless `file` is named) at `version`: foreign keys on and the
 * app's SQL functions registered, as on every connection the app opens.
 */
export function databaseAt(version: number, file = ':memory:'): Db {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  registerFunctions(db);
  migrateTo(db, version);
  return db;
}

/** Runs the migrations above the database's version up to `version`, and none after it. */
export function migrateTo(db: Db, version: number): void {
  migrate(db, readMigrations().filter((migration) => migration.version <= version));
  const reached = db.pragma('user_version', { simple: true });
  if (reached !== version) throw new Error(`the database is at version ${String(reached)}, not ${version}`);
}

/** A canonical uuid that says which test wrote the row: `de700000-00NN-4000-8000-…`. */
export const uuidOf = (migration: number, n: number): string =>
  `de700000-${String(migration).padStart(4, '0')}-4000-8000-${String(n).padStart(12, '0')}`;

/** Writes one row as a plain INSERT of the given columns, values bound; returns its rowid. */
export function insert(db: Db, table: string, row: Record<string, unknown>): number {
  const columns = Object.keys(row);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`;
  return Number(db.prepare(sql).run(row).lastInsertRowid);
}

/** Every row of `table`, in rowid order. */
export const rowsOf = (db: Db, table: string): unknown[] => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();

/**
 * The rows of every ordinary table but `except` (virtual tables and their shadow tables left out,
 * the search index's content being keys, not records): compared before and after a migration, it
 * shows that nothing else was changed, added or dropped.
 */
export function otherTables(db: Db, except: string[]): Record<string, unknown[]> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema t WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
         AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
         AND NOT EXISTS (SELECT 1 FROM sqlite_schema v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND t.name LIKE v.name || '\\_%' ESCAPE '\\')
       ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.filter((table) => !except.includes(table)).map((table) => [table, rowsOf(db, table)]));
}

/** How SQLite would run `sql`: the details of its query plan, one a line. */
export const queryPlan = (db: Db, sql: string, ...params: unknown[]): string =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((step) => step.detail).join('\n');

/** The columns and expressions an index holds, in order (an expression shows as `<expr>`). */
export const indexColumns = (db: Db, index: string): (string | null)[] =>
  (db.pragma(`index_info(${index})`) as { name: string | null }[]).map((column) => column.name);

/** The CREATE statement SQLite keeps for an index, table, trigger or view, or undefined. */
export const schemaSql = (db: Db, name: string): string | undefined =>
  db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name) as string | undefined;

/** The names and details each kind's search_index row holds, migrations 0006 to 0012 (0013 moved a venue's city and address). */
const SEARCHED = [
  { kind: 1, table: 'people', title: ['name_az', 'name_ru', 'name_en'], details: ['rank_az', 'rank_ru', 'rank_en', 'position_az', 'position_ru', 'position_en'] },
  { kind: 2, table: 'organizations', title: ['name_az', 'name_ru', 'name_en'], details: ['short_az', 'short_ru', 'short_en', 'country'] },
  { kind: 3, table: 'venues', title: ['name_az', 'name_ru', 'name_en'], details: ['city', 'address'] },
  { kind: 4, table: 'visits', title: ['title_az', 'title_ru', 'title_en'], details: ['city_az', 'city_ru', 'city_en'] },
  { kind: 5, table: 'events', title: ['title_az', 'title_ru', 'title_en'], details: [] },
  { kind: 6, table: 'agreements', title: ['title_az', 'title_ru', 'title_en'], details: ['signing_place_az', 'signing_place_ru', 'signing_place_en'] },
  { kind: 7, table: 'documents WHERE deleted_at IS NULL', title: ['file_name'], details: [] },
];

export interface SearchIndexRow {
  rowid: number;
  title_keys: string;
  detail_keys: string;
}

/** What search_index should hold for the records as they are: one row each, rowid = id * 8 + kind. */
export function searchIndexOfRecords(db: Db): SearchIndexRow[] {
  return SEARCHED.flatMap(({ kind, table, title, details }) =>
    (db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]).map((row) => ({
      rowid: Number(row.id) * 8 + kind,
      title_keys: searchKeys(...title.map((column) => row[column])),
      detail_keys: searchKeys(...details.map((column) => row[column])),
    })),
  ).sort((a, b) => a.rowid - b.rowid);
}

/** What search_index holds, in rowid order. */
export const searchIndexRows = (db: Db): SearchIndexRow[] =>
  db.prepare('SELECT rowid, title_keys, detail_keys FROM search_index ORDER BY rowid').all() as SearchIndexRow[];

/** The search_index rowids whose keys hold a word as typed (any script, as a prefix), best rank first. */
export const searchIndexMatches = (db: Db, word: string): number[] =>
  db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank').pluck().all(wordKeys(word).map((key) => `"${key}"*`).join(' OR ')) as number[];
