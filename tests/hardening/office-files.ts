// What an office holds, compared exactly: every row of every table the import can touch, and
// every file under the data folder with its hash. "Unchanged" means equal here, not equal counts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { HandlerContext } from '../../electron/api/context';
import { TRANSFER_TABLES } from '../../db/transfer/tables';

export function everyRow(ctx: HandlerContext): Record<string, unknown[]> {
  return Object.fromEntries([...TRANSFER_TABLES, 'audit_log', 'trusted_signers', 'settings'].map((table) => [table, ctx.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
}

/** Every file below `dir` (the database's own files left out: SQLite rewrites them as it reads) with its SHA-256. */
export function everyFile(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    if (/\.sqlite(-wal|-shm)?$/.test(name)) continue;
    files[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}
