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

/**
 * Why the office's database can only be read: the file itself is read-only, or the folder that
 * holds it is (SQLite must create its `-wal` and `-shm` files beside the database to write).
 */
export const ReadOnlyReason = z.enum(['file', 'folder']);
export const ReadOnlyAccess = z.object({
  reason: ReadOnlyReason,
  /** The file or folder that can't be written, for the administrator. */
  path: z.string(),
});
export type ReadOnlyAccess = z.output<typeof ReadOnlyAccess>;

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
  /** Set when the database opened but can only be read: every save is refused with `conflict.readOnly`. */
  readOnly: ReadOnlyAccess.nullable(),
});
export type RecoveryStatus = z.output<typeof RecoveryStatus>;
export const RecoveryStartedEmpty = z.object({ started: z.literal(true) });

/** The channels that still answer while the database can't be opened. */
export const RECOVERY_CHANNELS: readonly string[] = ['recovery:status', 'recovery:startEmpty', 'backup:list', 'backup:restore'];

/**
 * The channels that only read, and so still answer while the database is read-only; every other
 * channel is refused with `conflict.readOnly` before it does anything (an export would otherwise
 * write its file and only then fail to record it in the audit log). A new channel is refused
 * until it is listed here. `documents:read` for an export records one, and is refused there.
 */
export const READ_ONLY_CHANNELS: readonly string[] = [
  'organizations:list', 'organizations:get', 'organizations:similar',
  'people:list', 'people:get', 'people:similar', 'people:photo', 'names:transliterate',
  'venues:list', 'venues:get',
  'visits:list', 'visits:get', 'events:list', 'events:get', 'seating:plan', 'visits:conflicts', 'travelTimes:list', 'tasks:list',
  'calendar:range', 'trash:list',
  'agreements:list', 'agreements:get', 'registerFilters:list', 'activities:list',
  'documents:list', 'documents:read', 'alerts:list', 'partners:history',
  'audit:list', 'audit:facets', 'search:global', 'settings:get', 'briefing:get',
  'backup:list', 'recovery:status', 'transfer:signers', 'transfer:progress',
];
