// Checks that a database file is whole and one this app understands, before the office uses it.
import { existsSync, renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import { readMigrations, SchemaTooNewError } from './migrations';
import { openDatabase, type Db, type OpenOptions } from './open';
import { registerFunctions } from './statements';

/** Why a database file can't be used: its pages are damaged, it can't be read, or a newer app wrote it. */
export type DatabaseProblemReason = 'corrupt' | 'unreadable' | 'tooNew';

export class DatabaseProblem extends Error {
  constructor(
    readonly reason: DatabaseProblemReason,
    detail: string,
  ) {
    super(detail);
  }
}

const CORRUPT_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE']);

/** Names what went wrong when a file was opened or checked. */
export function classifyProblem(error: unknown): DatabaseProblem {
  if (error instanceof DatabaseProblem) return error;
  if (error instanceof SchemaTooNewError) return new DatabaseProblem('tooNew', error.message);
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && CORRUPT_CODES.has(code)) return new DatabaseProblem('corrupt', message);
  return new DatabaseProblem('unreadable', message);
}

/** The latest schema version this app knows. */
export const appSchemaVersion = (): number => readMigrations().at(-1)?.version ?? 0;

/** `PRAGMA integrity_check` (or the faster quick_check) plus the foreign keys; throws a DatabaseProblem. */
export function checkIntegrity(db: Db, depth: 'quick' | 'full'): void {
  const rows = db.pragma(depth === 'quick' ? 'quick_check' : 'integrity_check') as Record<string, string>[];
  const verdict = rows.map((row) => Object.values(row)[0]).join('; ');
  if (verdict !== 'ok') throw new DatabaseProblem('corrupt', verdict);
  // quick_check skips foreign keys; a backup with dangling references must not become the office's data.
  if (depth === 'full' && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
    throw new DatabaseProblem('corrupt', 'foreign_key_check found dangling references');
  }
}

/** A database opened read-only can't be migrated: it must already be at this app's schema. */
function checkReadableSchema(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const latest = appSchemaVersion();
  if (version > latest) throw new SchemaTooNewError(version, latest);
  if (version < latest) {
    throw new DatabaseProblem('unreadable', `the database is read-only and its schema (${version}) is older than this app's (${latest}), so it cannot be brought up to date`);
  }
}

/** Opens the office's database for use, after a quick check; throws a DatabaseProblem if it can't be used. */
export function openCheckedDatabase(file: string, options: OpenOptions = {}): Db {
  try {
    return openDatabase(file, {
      ...options,
      beforeMigrate: (opened) => {
        checkIntegrity(opened, 'quick');
        if (options.readonly) checkReadableSchema(opened);
      },
    });
  } catch (error) {
    throw classifyProblem(error);
  }
}

/**
 * Verifies a copy before it replaces the office's data: it must be a whole SQLite file, pass
 * integrity_check and foreign_key_check, and have a schema no newer than this app's.
 */
export function verifyDatabaseCopy(file: string, nativeBinding?: string): { schemaVersion: number } {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    // Indexes on the app's SQL functions can only be checked with those functions in place.
    registerFunctions(db);
    checkIntegrity(db, 'full');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > appSchemaVersion()) throw new SchemaTooNewError(schemaVersion, appSchemaVersion());
    const hasAudit = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'").get();
    if (!hasAudit) throw new DatabaseProblem('corrupt', 'not a Protocol Desk database');
    return { schemaVersion };
  } catch (error) {
    throw classifyProblem(error);
  } finally {
    db?.close();
  }
}

const SIDE_FILES = ['', '-wal', '-shm'] as const;

/**
 * Moves a database that can't be used out of the way, with its WAL and shared-memory files,
 * renamed with a timestamp: never overwritten, never deleted. Returns the new name of the main
 * file, or null if it couldn't be moved (then it stays where it is, untouched).
 */
export function moveAside(file: string, at: Date): string | null {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.unusable-${stamp}`;
  try {
    for (const suffix of SIDE_FILES) if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
    return target;
  } catch {
    return null;
  }
}
