// Backups, restore, and the recovery screen shown when the database can't be opened.
import { z } from 'zod';

export const BackupKind = z.enum(['start', 'quit', 'manual', 'before-restore']);
export const BackupFile = z.object({
  name: z.string(),
  at: z.string(),
  kind: BackupKind,
  sizeBytes: z.number().int().min(0),
});
export type BackupFile = z.output<typeof BackupFile>;

export const BACKUP_KEEP_DEFAULT = 7;
export const BackupKeep = z.number().int().min(1).max(90);

export const BackupList = z.object({
  backups: z.array(BackupFile),
  /** How many automatic backups are kept. */
  keep: BackupKeep,
  folder: z.string(),
});

/** A backup is named by its file name only, never a path. */
export const BackupName = z
  .string()
  .max(120)
  .regex(/^protocol-desk-[0-9TZ-]+-[a-z-]+\.sqlite$/);
export const BackupRestoreInput = z.object({ name: BackupName }).strict();
export const BackupRestored = z.object({ restored: BackupFile, safetyCopy: BackupFile.nullable() });

export const BackupSettingsInput = z.object({ keep: BackupKeep }).strict();

export const DatabaseProblemReason = z.enum(['corrupt', 'unreadable', 'tooNew']);
export const RecoveryStatus = z.object({
  /** Null when the database opened normally. */
  problem: z
    .object({
      reason: DatabaseProblemReason,
      detail: z.string(),
      /** Where the unusable file was moved; null if it couldn't be moved and stays in place. */
      movedTo: z.string().nullable(),
    })
    .nullable(),
});
export type RecoveryStatus = z.output<typeof RecoveryStatus>;
export const RecoveryStartedEmpty = z.object({ started: z.literal(true) });

/** The channels that still answer while the database can't be opened. */
export const RECOVERY_CHANNELS: readonly string[] = ['recovery:status', 'recovery:startEmpty', 'backup:list', 'backup:restore'];
