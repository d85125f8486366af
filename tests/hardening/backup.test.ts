// Backups, restore and the start-up check, on real database files in a temporary data folder.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import { automaticBackup } from '../../electron/api/backup';
import { startOffice } from '../../electron/api/recovery';
import { backupsDir } from '../../db/backup';
import { openDatabase } from '../../db/open';
import { uzMes } from '../api/office';
import { ACTOR, call, refused } from '../api/test-context';

const dirs: string[] = [];
const contexts: HandlerContext[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) if (ctx.db.open) ctx.db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A data folder with a clock the test moves. */
function dataFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-backup-'));
  dirs.push(dir);
  const clock = { at: new Date('2025-11-20T09:30:00Z') };
  return { dir, file: join(dir, 'protocol-desk.sqlite'), clock, now: () => clock.at };
}

async function start(folder: ReturnType<typeof dataFolder>): Promise<HandlerContext> {
  const ctx = await startOffice({ file: folder.file, dataDir: folder.dir, actor: ACTOR, now: folder.now, onBackupError: (error) => { throw error; } });
  contexts.push(ctx);
  return ctx;
}

const names = (ctx: HandlerContext) => readdirSync(backupsDir(ctx.dataDir)).sort();
const orgCount = (ctx: HandlerContext) => (ctx.db.prepare('SELECT count(*) AS n FROM organizations').get() as { n: number }).n;

describe('automatic backups', () => {
  it('are made at start and at quit, at most once a day, keeping the newest seven', async () => {
    const folder = dataFolder();
    const ctx = await start(folder);
    expect(names(ctx)).toEqual(['protocol-desk-2025-11-20T09-30-00Z-start.sqlite']);
    expect(await automaticBackup(ctx, 'quit')).toBeNull();

    for (let day = 1; day <= 9; day++) {
      folder.clock.at = new Date(Date.UTC(2025, 10, 20 + day, 18));
      expect(await automaticBackup(ctx, 'quit')).not.toBeNull();
    }
    const kept = (await call(ctx, 'backup:list', {})).backups;
    expect(kept).toHaveLength(7);
    expect(kept[0]).toMatchObject({ at: '2025-11-29T18:00:00Z', kind: 'quit' });
    expect(kept.at(-1)).toMatchObject({ at: '2025-11-23T18:00:00Z' });
    const audit = await call(ctx, 'audit:list', { action: 'backup' });
    expect(audit.total).toBe(10);
  });

  it('keeps as many as the officer sets, and never rotates away backups made by hand', async () => {
    const folder = dataFolder();
    const ctx = await start(folder);
    await call(ctx, 'backup:create', {});
    for (let day = 1; day <= 4; day++) {
      folder.clock.at = new Date(Date.UTC(2025, 10, 20 + day, 8));
      await automaticBackup(ctx, 'start');
    }
    const list = await call(ctx, 'backup:saveSettings', { keep: 2 });
    expect(list.keep).toBe(2);
    expect(list.backups.map((backup) => backup.kind)).toEqual(['start', 'start', 'manual']);
    expect(await refused(ctx, 'backup:saveSettings', { keep: 0 })).toMatchObject({ code: 'validation' });
  });
});

describe('restoring a backup', () => {
  it('brings back the data of the backup, after backing up the current data', async () => {
    const folder = dataFolder();
    const ctx = await start(folder);
    await call(ctx, 'organizations:save', uzMes());
    const backup = await call(ctx, 'backup:create', {});
    await call(ctx, 'organizations:save', { ...uzMes(), country: 'RU' });
    expect(orgCount(ctx)).toBe(2);

    const result = await call(ctx, 'backup:restore', { name: backup.name });
    expect(result.safetyCopy?.kind).toBe('before-restore');
    expect(orgCount(ctx)).toBe(1);
    expect((ctx.db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check).toBe('ok');
    const restoreEntry = (await call(ctx, 'audit:list', { action: 'restore' })).rows[0];
    expect(restoreEntry).toMatchObject({ actor: ACTOR, entity: 'database', details: { backup: backup.name } });

    // The safety copy holds what was there just before: both organisations.
    const copy = new Database(join(backupsDir(folder.dir), result.safetyCopy?.name ?? ''), { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM organizations').get() as { n: number }).n).toBe(2);
    copy.close();
  });

  it('refuses a damaged backup, one from a newer version, and names that are not backups, leaving the data as it was', async () => {
    const folder = dataFolder();
    const ctx = await start(folder);
    await call(ctx, 'organizations:save', uzMes());
    const dir = backupsDir(folder.dir);
    writeFileSync(join(dir, 'protocol-desk-2025-11-19T10-00-00Z-manual.sqlite'), 'not a database at all'.repeat(300));
    const newer = openDatabase(join(dir, 'protocol-desk-2025-11-18T10-00-00Z-manual.sqlite'));
    newer.pragma('user_version = 9999');
    newer.close();

    expect(await refused(ctx, 'backup:restore', { name: 'protocol-desk-2025-11-19T10-00-00Z-manual.sqlite' })).toMatchObject({
      messageKey: 'validation.backupUnusable.corrupt',
    });
    expect(await refused(ctx, 'backup:restore', { name: 'protocol-desk-2025-11-18T10-00-00Z-manual.sqlite' })).toMatchObject({
      messageKey: 'validation.backupUnusable.tooNew',
    });
    expect(await refused(ctx, 'backup:restore', { name: '../protocol-desk.sqlite' })).toMatchObject({ code: 'validation' });
    expect(await refused(ctx, 'backup:restore', { name: 'protocol-desk-2020-01-01T00-00-00Z-manual.sqlite' })).toMatchObject({
      code: 'not_found',
    });
    expect(orgCount(ctx)).toBe(1);
    expect((await call(ctx, 'backup:list', {})).backups.filter((backup) => backup.kind === 'before-restore')).toEqual([]);
  });
});

// Each case writes, damages, checks and restores real files: slow on a busy machine, so a wider timeout.
describe('the start-up check', { timeout: 30_000 }, () => {
  const damages: [string, (file: string) => void, string][] = [
    ['garbage', (file) => writeFileSync(file, Buffer.alloc(8192, 0x5a)), 'corrupt'],
    ['a damaged header', (file) => {
      const bytes = readFileSync(file);
      bytes.write('NOT SQLITE AT ALL', 0);
      writeFileSync(file, bytes);
    }, 'corrupt'],
    ['a newer schema', (file) => {
      const db = new Database(file);
      db.pragma('user_version = 9999');
      db.close();
    }, 'tooNew'],
  ];

  it.each(damages)('moves a database with %s aside, untouched, and offers the backups', async (_name, damage, reason) => {
    const folder = dataFolder();
    const first = await start(folder);
    await call(first, 'organizations:save', uzMes());
    first.db.close();
    damage(folder.file);
    const damaged = readFileSync(folder.file);

    folder.clock.at = new Date('2025-11-21T08:00:00Z');
    const ctx = await start(folder);
    const { problem } = await call(ctx, 'recovery:status', {});
    expect(problem).toMatchObject({ reason });
    expect(problem?.movedTo).toMatch(/protocol-desk\.sqlite\.unusable-2025-11-21T08-00-00-000Z$/);
    expect(readFileSync(problem?.movedTo ?? '')).toEqual(damaged);
    expect(existsSync(folder.file)).toBe(false);

    // Only the way back answers until then.
    expect(await refused(ctx, 'organizations:list', {})).toMatchObject({ messageKey: 'conflict.databaseUnavailable' });
    const [backup] = (await call(ctx, 'backup:list', {})).backups;
    expect(backup?.kind).toBe('start');
    const restored = await call(ctx, 'backup:restore', { name: backup?.name ?? '' });
    expect(restored.safetyCopy).toBeNull();
    expect((await call(ctx, 'recovery:status', {})).problem).toBeNull();
    // The start backup was made before the organisation was added.
    expect((await call(ctx, 'organizations:list', {})).total).toBe(0);
    expect(await refused(ctx, 'recovery:startEmpty', {})).toMatchObject({ messageKey: 'conflict.notInRecovery' });
  });

  it('can start an empty database instead, keeping the unusable one aside', async () => {
    const folder = dataFolder();
    writeFileSync(folder.file, 'garbage');
    const ctx = await start(folder);
    expect((await call(ctx, 'recovery:status', {})).problem?.reason).toBe('corrupt');
    await call(ctx, 'recovery:startEmpty', {});
    expect(await call(ctx, 'organizations:list', {})).toMatchObject({ total: 0 });
    expect((await call(ctx, 'audit:list', { entity: 'database' })).rows[0]).toMatchObject({ action: 'create', details: { after: 'corrupt' } });
    expect(readdirSync(folder.dir).filter((name) => name.includes('.unusable-'))).toHaveLength(1);
  });
});
