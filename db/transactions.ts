// Where every write begins.
import type Database from 'better-sqlite3';

/**
 * The one way anything writes: a transaction that takes the write lock when it begins
 * (`BEGIN IMMEDIATE`). A deferred transaction that reads first and writes later can't wait for
 * another program's write: SQLite refuses it at once (SQLITE_BUSY_SNAPSHOT), since its snapshot
 * is already stale; an immediate one waits up to the busy timeout, and reads a fresh snapshot.
 * Inside another transaction it becomes a savepoint, as better-sqlite3's transactions do.
 */
export function writeTransaction<T>(db: Database.Database, work: () => T): T {
  return db.transaction(work).immediate();
}
