import Database from 'better-sqlite3';
import { migrate } from './migrations';
import { registerFunctions } from './statements';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI under `npm start`). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Runs after the pragmas and before the migrations, e.g. a quick integrity check at start. */
  beforeMigrate?: (db: Database.Database) => void;
}

/** Every connection's settings: write-ahead log, durable at each commit against a crash of the app. */
export const CONNECTION_PRAGMAS = ['journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON', 'busy_timeout = 5000'] as const;

/** Opens (or creates) a Protocol Desk database and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, { nativeBinding: options.nativeBinding, readonly: options.readonly ?? false });
  try {
    for (const pragma of CONNECTION_PRAGMAS) db.pragma(pragma);
    // A ten-year archive is a few hundred megabytes; 64 MB of cache keeps lists and search in memory.
    db.pragma('cache_size = -65536');
    registerFunctions(db);
    options.beforeMigrate?.(db);
    if (!options.readonly) migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
