import Database from 'better-sqlite3';
import { migrate } from './migrations';
import { openReadOnlyConnection } from './read-only';
import { registerFunctions } from './statements';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI under `npm start`). */
  nativeBinding?: string;
  /** Opens without writing anything: no journal mode change, no migrations (see `openReadOnlyConnection`). */
  readonly?: boolean;
  /** Runs after the pragmas and before the migrations, e.g. a quick integrity check at start. */
  beforeMigrate?: (db: Database.Database) => void;
}

/**
 * Every connection's settings: write-ahead log, durable at each commit against a crash of the app.
 * The busy timeout comes first, so that even switching to WAL waits for another program's write.
 */
export const CONNECTION_PRAGMAS = ['busy_timeout = 5000', 'journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON'] as const;

/** Opens (or creates) a Protocol Desk database and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = options.readonly ? openReadOnlyConnection(file, options.nativeBinding) : new Database(file, { nativeBinding: options.nativeBinding });
  try {
    // Choosing the journal mode is a write; a read-only file keeps the one it has.
    for (const pragma of CONNECTION_PRAGMAS) if (!(options.readonly && pragma.startsWith('journal_mode'))) db.pragma(pragma);
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
