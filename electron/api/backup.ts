// Backups by hand and automatically, and restoring one; the files live in `<data folder>/backups/`.
import { BACKUP_KEEP_DEFAULT, type ChannelOutput, type ParsedInput } from '../../domain/contract';
import { backupPath, backupsDir, isAutomaticBackupDue, listBackups, replaceDatabaseFile, rotateBackups, writeBackup } from '../../db/backup';
import type { BackupFile, BackupKind } from '../../db/backup';
import { classifyProblem, openCheckedDatabase, verifyDatabaseCopy } from '../../db/integrity';
import { openDatabase } from '../../db/open';
import type { HandlerContext, OfficeFile } from './context';
import { NotFoundError, ValidationError } from './errors';
import { inTransaction, recordAudit } from './saving';
import { getSettings, storeSettings } from './settings';

export const officeFile = (ctx: HandlerContext): OfficeFile => ctx.office ?? { file: ctx.db.name };
const inRecovery = (ctx: HandlerContext) => ctx.office?.problem !== undefined;

/** How many automatic backups to keep; while the database is unusable, the default. */
export function backupKeep(ctx: HandlerContext): number {
  if (inRecovery(ctx)) return BACKUP_KEEP_DEFAULT;
  return getSettings(ctx).backupKeep;
}

function recordBackup(ctx: HandlerContext, backup: BackupFile): void {
  inTransaction(ctx, () => recordAudit(ctx, 'backup', 'database', null, { name: backup.name, kind: backup.kind }));
}

export const listBackupFiles = (ctx: HandlerContext): ChannelOutput<'backup:list'> => ({
  backups: listBackups(ctx.dataDir),
  keep: backupKeep(ctx),
  folder: backupsDir(ctx.dataDir),
});

export async function createBackup(ctx: HandlerContext): Promise<ChannelOutput<'backup:create'>> {
  const backup = await writeBackup(ctx.db, ctx.dataDir, 'manual', ctx.now());
  recordBackup(ctx, backup);
  return backup;
}

/**
 * The start and quit backups: at most one a day, then the oldest beyond the kept number go. None
 * while the database is read-only: nothing changes, and the audit log couldn't record it.
 */
export async function automaticBackup(ctx: HandlerContext, kind: Extract<BackupKind, 'start' | 'quit'>): Promise<BackupFile | null> {
  if (inRecovery(ctx) || ctx.db.readonly || !isAutomaticBackupDue(ctx.dataDir, ctx.now())) return null;
  const backup = await writeBackup(ctx.db, ctx.dataDir, kind, ctx.now());
  recordBackup(ctx, backup);
  rotateBackups(ctx.dataDir, backupKeep(ctx));
  return backup;
}

export function saveBackupSettings(ctx: HandlerContext, input: ParsedInput<'backup:saveSettings'>): ChannelOutput<'backup:list'> {
  inTransaction(ctx, () => {
    storeSettings(ctx, { backupKeep: input.keep });
  });
  rotateBackups(ctx.dataDir, input.keep);
  return listBackupFiles(ctx);
}

/**
 * Replaces the office's data with a backup: the backup is verified first, the current data is
 * backed up (unless it is the unusable file already moved aside), then the file is swapped and
 * reopened. The restore is recorded in the restored database's own log.
 */
export async function restoreBackup(ctx: HandlerContext, input: ParsedInput<'backup:restore'>): Promise<ChannelOutput<'backup:restore'>> {
  const source = backupPath(ctx.dataDir, input.name);
  const restored = listBackups(ctx.dataDir).find((backup) => backup.name === input.name);
  if (!source || !restored) throw new NotFoundError('backup', input.name);
  const office = officeFile(ctx);
  try {
    verifyDatabaseCopy(source, office.nativeBinding);
  } catch (error) {
    throw new ValidationError(`validation.backupUnusable.${classifyProblem(error).reason}`);
  }
  const recovering = inRecovery(ctx);
  const safetyCopy = recovering ? null : await writeBackup(ctx.db, ctx.dataDir, 'before-restore', ctx.now());
  ctx.db.close();
  try {
    replaceDatabaseFile(office.file, source, office.nativeBinding);
  } catch (error) {
    // The file in place is untouched: reopen it (or, while recovering, the stand-in) and report.
    ctx.db = recovering ? openDatabase(':memory:', { nativeBinding: office.nativeBinding }) : openCheckedDatabase(office.file, { nativeBinding: office.nativeBinding });
    throw error;
  }
  ctx.db = openCheckedDatabase(office.file, { nativeBinding: office.nativeBinding });
  ctx.office = { file: office.file, nativeBinding: office.nativeBinding };
  inTransaction(ctx, () => recordAudit(ctx, 'restore', 'database', null, { backup: input.name, safetyCopy: safetyCopy?.name ?? null }));
  return { restored, safetyCopy };
}
