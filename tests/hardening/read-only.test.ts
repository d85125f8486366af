// A database the office may only read: a read-only file, or a file in a folder that can't be
// written (SQLite must create its -wal and -shm files there). It opens read-only, says why, shows
// everything, and refuses every save with conflict.readOnly without changing a byte. The places
// are made read-only for real (read-only-places.ts), as root too.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { contract, READ_ONLY_CHANNELS, type ChannelInput } from '../../domain/contract';
import type { HandlerContext } from '../../electron/api/context';
import { toApiError } from '../../electron/api/errors';
import { startOffice } from '../../electron/api/recovery';
import { openDatabase } from '../../db/open';
import { readOnlyAccess } from '../../db/read-only';
import { ACTOR, NOW, call, refused } from '../api/test-context';
import { locker, ReadOnlyPlaces } from './read-only-places';

const places = new ReadOnlyPlaces();
afterEach(() => places.dispose());

const person = (en: string, ru: string): ChannelInput<'people:save'> => ({
  name: { az: null, ru, en },
  rank: { az: null, ru: null, en: null },
  position: { az: null, ru: null, en: 'Deputy Minister' },
  bio: { az: null, ru: null, en: null },
  organizationId: null,
  languages: ['ru'],
  interpreterNeeded: false,
  dietaryNotes: { az: null, ru: null, en: null },
  protocolNotes: null,
  contact: null,
  precedence: 1,
});

/** An office database with one person in it, closed cleanly (so no -wal or -shm file is left). */
async function officeWithHeydarov(dir: string): Promise<string> {
  const file = join(dir, 'desk.sqlite');
  const ctx: HandlerContext = { db: openDatabase(file), actor: ACTOR, now: () => NOW, dataDir: dir };
  await call(ctx, 'people:save', person('Kamaladdin Heydarov', 'Кямаледдин Гейдаров'));
  ctx.db.close();
  return file;
}

async function start(file: string, dataDir: string): Promise<HandlerContext> {
  const ctx = await startOffice({ file, dataDir, actor: ACTOR, now: () => NOW });
  places.onDispose(() => ctx.db.close());
  return ctx;
}

const names = async (ctx: HandlerContext) => (await call(ctx, 'people:list', { offset: 0, limit: 50 })).rows.map((row) => row.name.en);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The saves an officer makes, of every kind; each must be refused as read-only. */
async function expectEverySaveRefused(ctx: HandlerContext): Promise<void> {
  const saves: [string, unknown][] = [
    ['people:save', person('Elchin Guliyev', 'Эльчин Гулиев')],
    ['people:delete', { id: 1 }],
    ['settings:save', { language: 'ru' }],
    ['backup:create', {}],
    ['backup:restore', { name: 'protocol-desk-2025-11-20T09-30-00Z-manual.sqlite' }],
    ['demo:load', {}],
    ['briefing:exportPdf', { visitId: 1 }],
    ['agreements:exportCsv', {}],
    ['transfer:import', {}],
  ];
  for (const [channel, input] of saves) {
    expect(await refused(ctx, channel, input), channel).toEqual({ code: 'conflict', messageKey: 'conflict.readOnly' });
  }
}

describe.skipIf(locker === null)('a database the office may only read', () => {
  it('in a read-only folder, opens read-only: everything can be read, every save is refused, the folder is untouched', async () => {
    const dir = places.folder();
    const file = await officeWithHeydarov(dir);
    places.lockFolder(dir);
    const before = readdirSync(dir);
    expect(before).toEqual(['desk.sqlite']);

    expect(readOnlyAccess(file)).toEqual({ reason: 'folder', path: dir });
    const ctx = await start(file, dir);
    // SQLite can't create the -shm file it needs to open a WAL database in place, so it reads a copy in memory.
    expect(ctx.db.memory).toBe(true);
    expect(await call(ctx, 'recovery:status', {})).toEqual({ problem: null, readOnly: { reason: 'folder', path: dir } });
    expect(await names(ctx)).toEqual(['Kamaladdin Heydarov']);
    // The duplicate check and search read the name keys the file already holds.
    expect((await call(ctx, 'people:similar', { name: { az: null, ru: 'Гейдаров Кямаледдин', en: null } })).map((row) => row.name.en)).toEqual([
      'Kamaladdin Heydarov',
    ]);
    expect((await call(ctx, 'search:global', { text: 'heydarov' })).groups.flatMap((group) => group.hits)).toHaveLength(1);
    expect((await call(ctx, 'settings:get', {})).language).toBe('en');
    expect((await call(ctx, 'audit:list', { offset: 0, limit: 10 })).total).toBe(1);

    await expectEverySaveRefused(ctx);
    expect(await names(ctx)).toEqual(['Kamaladdin Heydarov']);
    expect(readdirSync(dir)).toEqual(before);
  });

  it('left by a crash in a read-only folder with its log, still shows the last save', async () => {
    const scratch = places.scratch('protocol-desk-crashed-');
    const db = openDatabase(join(scratch, 'desk.sqlite'));
    const ctx: HandlerContext = { db, actor: ACTOR, now: () => NOW, dataDir: scratch };
    await call(ctx, 'people:save', person('Kamaladdin Heydarov', 'Кямаледдин Гейдаров'));
    db.pragma('wal_checkpoint(TRUNCATE)');
    await call(ctx, 'people:save', person('Elchin Guliyev', 'Эльчин Гулиев'));
    // Copied while the connection is open, as a killed app leaves them: the last save is in the log only.
    const dir = places.folder();
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(join(scratch, `desk.sqlite${suffix}`), join(dir, `desk.sqlite${suffix}`));
    db.close();
    expect(statSync(join(dir, 'desk.sqlite-wal')).size).toBeGreaterThan(0);
    places.lockFolder(dir);

    const office = await start(join(dir, 'desk.sqlite'), dir);
    expect(office.office?.readOnly?.reason).toBe('folder');
    // With its -shm file there, SQLite reads the file and its log in place.
    expect(office.db.memory).toBe(false);
    expect(await names(office)).toEqual(['Elchin Guliyev', 'Kamaladdin Heydarov']);
    expect(await refused(office, 'people:save', person('Ilham Rahimov', 'Ильхам Рагимов'))).toMatchObject({ messageKey: 'conflict.readOnly' });
  });

  it('whose log can’t be read in a read-only folder is not opened, and nothing is moved', async () => {
    const scratch = places.scratch('protocol-desk-crashed-');
    const db = openDatabase(join(scratch, 'desk.sqlite'));
    db.pragma('wal_checkpoint(TRUNCATE)');
    await call({ db, actor: ACTOR, now: () => NOW, dataDir: scratch }, 'people:save', person('Elchin Guliyev', 'Эльчин Гулиев'));
    const dir = places.folder();
    // The log without its shared-memory index: SQLite would have to create the index beside it.
    for (const suffix of ['', '-wal']) copyFileSync(join(scratch, `desk.sqlite${suffix}`), join(dir, `desk.sqlite${suffix}`));
    db.close();
    places.lockFolder(dir);

    const office = await start(join(dir, 'desk.sqlite'), dir);
    expect(office.office?.problem).toMatchObject({ reason: 'unreadable', movedTo: null });
    expect(readdirSync(dir).sort()).toEqual(['desk.sqlite', 'desk.sqlite-wal']);
  });

  it('as a read-only file in a writable folder, opens read-only and its bytes stay as they were', async () => {
    const dir = places.scratch();
    const file = await officeWithHeydarov(dir);
    places.lockFile(file);
    const hash = sha256(file);

    const ctx = await start(file, dir);
    expect(await call(ctx, 'recovery:status', {})).toEqual({ problem: null, readOnly: { reason: 'file', path: file } });
    expect(await names(ctx)).toEqual(['Kamaladdin Heydarov']);
    await expectEverySaveRefused(ctx);
    expect(sha256(file)).toBe(hash);
    // No start backup either: it couldn't be recorded in the audit log.
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('from an older version, read-only, is neither upgraded nor moved', async () => {
    const dir = places.folder();
    const file = await officeWithHeydarov(dir);
    const older = new Database(file);
    older.pragma('user_version = 1');
    older.close();
    places.lockFolder(dir);

    const ctx = await start(file, dir);
    expect(ctx.office?.problem).toMatchObject({ reason: 'unreadable', movedTo: null });
    expect(ctx.office?.problem?.detail).toContain('read-only');
    expect(readdirSync(dir)).toEqual(['desk.sqlite']);
  });
});

describe('a database the office may write', () => {
  it('opens as before, with nothing read-only to report', async () => {
    const dir = places.scratch('protocol-desk-writable-');
    mkdirSync(join(dir, 'documents'));
    const file = await officeWithHeydarov(dir);
    expect(readOnlyAccess(file)).toBeNull();
    const ctx = await start(file, dir);
    expect(await call(ctx, 'recovery:status', {})).toEqual({ problem: null, readOnly: null });
    await call(ctx, 'people:save', person('Elchin Guliyev', 'Эльчин Гулиев'));
    // The write check leaves nothing behind in the folder.
    expect(readdirSync(dir).filter((name) => name.includes('write-check'))).toEqual([]);
  });

  it('that becomes read-only while open answers a failed write as read-only, not as internal', () => {
    for (const code of ['SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'SQLITE_READONLY_DIRECTORY']) {
      expect(toApiError(new Database.SqliteError('attempt to write a readonly database', code))).toEqual({
        code: 'conflict',
        messageKey: 'conflict.readOnly',
      });
    }
  });
});

describe('the channels that answer while the database is read-only', () => {
  it('are all channels of the contract', () => {
    expect(READ_ONLY_CHANNELS.filter((channel) => !Object.hasOwn(contract, channel))).toEqual([]);
  });
});
