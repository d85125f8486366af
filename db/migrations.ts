import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { writeTransaction } from './transactions';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// The .sql files sit beside this module in the source tree; the Electron build copies them
// next to the main bundle, so the same lookup works in both.
const defaultMigrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export function readMigrations(dir: string = defaultMigrationsDir): Migration[] {
  return readdirSync(dir)
    .map((file) => /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([file, version, name]) => ({
      version: Number(version),
      name: name ?? '',
      sql: readFileSync(`${dir}/${file}`, 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

export class SchemaTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(`database schema ${databaseVersion} is newer than this app understands (${appVersion})`);
  }
}

/** Applies every migration above `PRAGMA user_version`, each in its own transaction. */
export function migrate(db: Database.Database, migrations: Migration[] = readMigrations()): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new SchemaTooNewError(current, latest);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    // Immediate, like every write: two copies starting together must not both migrate on one snapshot.
    writeTransaction(db, () => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    });
  }
  return latest;
}
