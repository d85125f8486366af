// Backups of the office's database with SQLite's online backup API, kept in `<data folder>/backups/`.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DAY_MS } from '../domain/calendar';
import { verifyDatabaseCopy } from './integrity';
import type { Db } from './open';

/** Automatic backups are made at start and at quit; the others by hand, or just before a restore. */
export const BACKUP_KINDS = ['start', 'quit', 'manual', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
const AUTOMATIC: readonly BackupKind[] = ['start', 'quit'];

export interface BackupFile {
  name: string;
  /** When it was made (UTC, from the app's clock), as written in its name. */
  at: string;
  kind: BackupKind;
  sizeBytes: number;
}

const NAME = /^protocol-desk-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(start|quit|manual|before-restore)(?:-\d+)?\.sqlite$/;

export const backupsDir = (dataDir: string) => join(dataDir, 'backups');

function parseName(name: string): Omit<BackupFile, 'sizeBytes'> | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, kind] = match;
  return { name, at: `${day}T${hours}:${minutes}:${seconds}Z`, kind: kind as BackupKind };
}

/** Every backup in the folder, newest first; files that aren't ours are left alone. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map(parseName)
    .filter((found): found is Omit<BackupFile, 'sizeBytes'> => found !== undefined)
    .map((found) => ({ ...found, sizeBytes: statSync(join(dir, found.name)).size }))
    .sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name));
}

/** The path of a listed backup; a name that isn't one (e.g. `../x`) gives undefined. */
export function backupPath(dataDir: string, name: string): string | undefined {
  return listBackups(dataDir).some((backup) => backup.name === name) ? join(backupsDir(dataDir), name) : undefined;
}

function freeName(dir: string, at: Date, kind: BackupKind): string {
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  for (let n = 1; ; n++) {
    const name = `protocol-desk-${stamp}-${kind}${n > 1 ? `-${n}` : ''}.sqlite`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/**
 * Copies the live database with the online backup API (consistent even while it is written),
 * first under a temporary name, so a half-written copy never looks like a backup.
 */
export async function writeBackup(db: Db, dataDir: string, kind: BackupKind, at: Date): Promise<BackupFile> {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const name = freeName(dir, at, kind);
  const partial = join(dir, `${name}.partial`);
  await db.backup(partial);
  renameSync(partial, join(dir, name));
  const written = listBackups(dataDir).find((backup) => backup.name === name);
  if (!written) throw new Error(`backup ${name} vanished`);
  return written;
}

/** At most one automatic backup a day. */
export function isAutomaticBackupDue(dataDir: string, now: Date): boolean {
  const last = listBackups(dataDir).find((backup) => AUTOMATIC.includes(backup.kind));
  return !last || now.getTime() - Date.parse(last.at) >= DAY_MS;
}

/** Keeps the newest `keep` automatic backups and removes older ones; backups made by hand stay. */
export function rotateBackups(dataDir: string, keep: number): string[] {
  const surplus = listBackups(dataDir)
    .filter((backup) => AUTOMATIC.includes(backup.kind))
    .slice(keep);
  for (const backup of surplus) rmSync(join(backupsDir(dataDir), backup.name));
  return surplus.map((backup) => backup.name);
}

/**
 * Puts a verified copy of `source` at `file`. The caller has closed the database at `file` (and
 * backed it up); the copy is made beside it under a temporary name and renamed into place, so an
 * interruption leaves either the old file or the new one, never half of each.
 */
export function replaceDatabaseFile(file: string, source: string, nativeBinding?: string): void {
  verifyDatabaseCopy(source, nativeBinding);
  const incoming = `${file}.restoring`;
  copyFileSync(source, incoming);
  verifyDatabaseCopy(incoming, nativeBinding);
  // After a clean close SQLite has folded the WAL into the file; leftovers would belong to the old data.
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  renameSync(incoming, file);
}
