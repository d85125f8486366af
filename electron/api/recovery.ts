// Opening the office at start, and the way back when its database can't be used.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { classifyProblem, moveAside, openCheckedDatabase } from '../../db/integrity';
import { openDatabase, type Db } from '../../db/open';
import { readOnlyAccess } from '../../db/read-only';
import type { ChannelOutput } from '../../domain/contract';
import { automaticBackup } from './backup';
import type { HandlerContext } from './context';
import { ConflictError } from './errors';
import { inTransaction, recordAudit } from './saving';

export interface StartOptions {
  file: string;
  dataDir: string;
  actor: string;
  now: () => Date;
  nativeBinding?: string;
  onBackupError?: (error: unknown) => void;
  /** Told what the start-up sweep of stored documents removed or found missing, for the log. */
  onSweep?: (sweep: DocumentSweep) => void;
}

export interface DocumentSweep {
  /** Files no row names (a crash between writing the file and committing its row), and half-written ones. */
  removed: string[];
  /** Rows whose file is gone: kept, and reported, since deleting the row would lose what is known about it. */
  missing: string[];
}

/**
 * Stored documents after a crash: a document's file is written (and renamed into place) before its
 * row commits, so a committed row always has its file; what a crash can leave is a file without a
 * row, or a `.partial` file. Those are removed here, at start, before anyone could add a document.
 */
export function sweepDocumentFiles(db: Db, dataDir: string): DocumentSweep {
  const folder = join(dataDir, 'documents');
  const known = new Set((db.prepare('SELECT uuid FROM documents').all() as { uuid: string }[]).map((row) => row.uuid));
  const present = existsSync(folder) ? readdirSync(folder) : [];
  const removed = present.filter((name) => !known.has(name) && statSync(join(folder, name)).isFile());
  for (const name of removed) rmSync(join(folder, name), { force: true });
  const missing = [...known].filter((uuid) => !present.includes(uuid));
  return { removed, missing };
}

/**
 * Opens the database after a quick check and makes the day's start backup. If the file is
 * corrupt, unreadable or from a newer app, it is moved aside (renamed, never deleted) and the
 * office starts in recovery: only the recovery channels answer, over an in-memory stand-in,
 * until the officer restores a backup or starts an empty database. If the file or its folder
 * can't be written, the database is opened read-only: it is shown, and every save is refused.
 */
export async function startOffice(options: StartOptions): Promise<HandlerContext> {
  const { file, dataDir, actor, now, nativeBinding } = options;
  const readOnly = readOnlyAccess(file);
  let db: Db;
  try {
    db = openCheckedDatabase(file, { nativeBinding, readonly: readOnly !== null });
  } catch (error) {
    const problem = classifyProblem(error);
    // A file the office may not write is not renamed either: it stays as it is, where it is.
    const movedTo = readOnly === null && existsSync(file) ? moveAside(file, now()) : null;
    return {
      db: openDatabase(':memory:', { nativeBinding }),
      actor,
      now,
      dataDir,
      office: { file, nativeBinding, problem: { reason: problem.reason, detail: problem.message, movedTo } },
    };
  }
  // Read-only: no sweep of stored documents and no start backup, since neither could be recorded.
  if (readOnly !== null) return { db, actor, now, dataDir, office: { file, nativeBinding, readOnly } };
  const ctx: HandlerContext = { db, actor, now, dataDir, office: { file, nativeBinding } };
  const sweep = sweepDocumentFiles(db, dataDir);
  if (sweep.removed.length > 0 || sweep.missing.length > 0) options.onSweep?.(sweep);
  // A failed backup (a full disk, say) is reported but doesn't keep the office from working.
  await automaticBackup(ctx, 'start').catch(options.onBackupError ?? (() => {}));
  return ctx;
}

export const recoveryStatus = (ctx: HandlerContext): ChannelOutput<'recovery:status'> => ({
  problem: ctx.office?.problem ?? null,
  readOnly: ctx.office?.readOnly ?? null,
});

/** Leaves recovery with a new, empty database where the unusable one was. */
export function startEmpty(ctx: HandlerContext): ChannelOutput<'recovery:startEmpty'> {
  const office = ctx.office;
  if (!office?.problem) throw new ConflictError('conflict.notInRecovery');
  if (existsSync(office.file)) throw new ConflictError('conflict.databaseStillInPlace');
  ctx.db.close();
  ctx.db = openCheckedDatabase(office.file, { nativeBinding: office.nativeBinding });
  ctx.office = { file: office.file, nativeBinding: office.nativeBinding };
  inTransaction(ctx, () => recordAudit(ctx, 'create', 'database', null, { after: office.problem?.reason, setAside: office.problem?.movedTo }));
  return { started: true };
}
