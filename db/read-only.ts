// A database the office may only read: a read-only file, or a file in a folder it can't write to.
import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { ReadOnlyAccess } from '../domain/contract';

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Runs `probe`; false only if the system refused it as a write. Any other failure (a file another
 * program holds, say) is not taken as read-only: opening the database then says what it is.
 */
function writable(probe: () => void): boolean {
  try {
    probe();
    return true;
  } catch (error) {
    return !NOT_WRITABLE.has(String((error as NodeJS.ErrnoException).code));
  }
}

/**
 * Whether this process may write the database, asked of the system itself rather than read from
 * permission bits: an administrator may write a file marked read-only, and a read-only drive or
 * an ACL may refuse a file whose bits allow it. SQLite writes the file and also creates its
 * `-wal` and `-shm` files beside it, so the folder must take a new file. The folder is named first:
 * while it refuses, making the file writable would not help. Null when both can be written, and
 * when the folder doesn't exist (opening then fails and says so).
 */
export function readOnlyAccess(file: string): ReadOnlyAccess | null {
  const folder = dirname(file);
  if (!existsSync(folder)) return null;
  const probe = join(folder, `.${basename(file)}.write-check-${process.pid}`);
  const folderWritable = writable(() => {
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  });
  if (!folderWritable) return { reason: 'folder', path: folder };
  // 'r+' opens for writing without changing a byte.
  if (existsSync(file) && !writable(() => closeSync(openSync(file, 'r+')))) return { reason: 'file', path: file };
  return null;
}

/** Bytes 18 and 19 of the header are the file format versions: 2 for a write-ahead-log database, 1 for a rollback journal. */
const WAL_FORMAT = 2;
const ROLLBACK_FORMAT = 1;

export class UnreadableWalError extends Error {
  readonly code = 'SQLITE_CANTOPEN';
}

/**
 * Opens a database read-only. A WAL database in a folder that can't be written can't be opened
 * in place when its `-shm` file is gone (it is removed at every clean close), because SQLite must
 * create it; better-sqlite3 builds SQLite without URI file names, so `immutable=1` isn't there.
 * The file is then read into memory, marked as a rollback-journal database so SQLite reads it
 * without a log, and opened from there. A `-wal` file that still holds transactions can't be read
 * that way without losing them, so that is refused.
 */
export function openReadOnlyConnection(file: string, nativeBinding?: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    // Opening is lazy: the first read is what opens the log.
    db.pragma('schema_version');
    return db;
  } catch (error) {
    db.close();
    // A read-only mount says SQLITE_CANTOPEN; a folder whose permissions refuse, SQLITE_READONLY_DIRECTORY.
    if (!/^SQLITE_(CANTOPEN|READONLY)/.test(String((error as { code?: unknown }).code))) throw error;
  }
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new UnreadableWalError('the database has a write-ahead log that cannot be read in a read-only folder');
  }
  const bytes = readFileSync(file);
  if (bytes[18] === WAL_FORMAT && bytes[19] === WAL_FORMAT) {
    bytes[18] = ROLLBACK_FORMAT;
    bytes[19] = ROLLBACK_FORMAT;
  }
  return new Database(bytes, { readonly: true, nativeBinding });
}
