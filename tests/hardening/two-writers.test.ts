// Two programs writing one database file at once, as the app and a command-line tool would: for ten
// seconds each saves through the app's own handlers as fast as it can. Every write begins
// IMMEDIATE, so one waits for the other's lock instead of failing; nothing fails as `internal`.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { toApiError } from '../../electron/api/errors';
import { openDatabase } from '../../db/open';
import { call, refused } from '../api/test-context';

const SECONDS = 10;
const root = resolve(__dirname, '../..');
const writer = join(__dirname, 'two-writers-writer.ts');
const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-two-writers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Tally {
  writes: number;
  ok: number;
  busy: number;
  internal: number;
  other: number;
  otherKeys: string[];
  internalCodes: string[];
}

interface Writer {
  child: ChildProcessByStdio<Writable, Readable, Readable>;
  ready: Promise<void>;
  tally: Promise<Tally>;
}

function startWriter(file: string, name: string, sharedId: number): Writer {
  // tsx's loader inside this one process, as the attachments crash test does.
  const child = spawn(process.execPath, ['--import', 'tsx', writer, file, name, String(SECONDS * 1000), String(sharedId)], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const ready = new Promise<void>((done, fail) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.startsWith('ready\n')) done();
    });
    child.on('error', fail);
    child.on('close', () => fail(new Error(`${name} ended before it was ready: ${errors}`)));
  });
  const tally = new Promise<Tally>((done, fail) => {
    child.on('close', (code) => {
      const line = out.split('\n').find((text) => text.startsWith('{'));
      if (code !== 0 || line === undefined) return fail(new Error(`${name} failed (${code}): ${errors}`));
      done(JSON.parse(line) as Tally);
    });
  });
  return { child, ready, tally };
}

const guliyev = {
  name: { az: 'Elçin Quliyev', ru: 'Эльчин Гулиев', en: 'Elchin Guliyev' },
  rank: { az: null, ru: null, en: null },
  position: { az: null, ru: null, en: null },
  bio: { az: null, ru: null, en: null },
  organizationId: null,
  languages: [],
  interpreterNeeded: false,
  dietaryNotes: { az: null, ru: null, en: null },
  protocolNotes: null,
  contact: null,
  precedence: 1,
};

describe('two programs writing one database file', () => {
  it(`refuse at most 1 % of saves and fail none as internal, over ${SECONDS} seconds`, async () => {
    const file = join(dir, 'desk.sqlite');
    const db = openDatabase(file);
    const ctx = { db, actor: 'n.aliyeva', now: () => new Date(), dataDir: dir };
    const shared = await call(ctx, 'people:save', guliyev);
    db.close();

    const writers = [startWriter(file, 'desk-app', shared.id), startWriter(file, 'desk-cli', shared.id)];
    await Promise.all(writers.map((one) => one.ready));
    for (const one of writers) one.child.stdin.end('go\n');
    const tallies = await Promise.all(writers.map((one) => one.tally));

    const writes = tallies.reduce((sum, tally) => sum + tally.writes, 0);
    const refused = tallies.reduce((sum, tally) => sum + tally.writes - tally.ok, 0);
    const internal = tallies.reduce((sum, tally) => sum + tally.internal, 0);
    const share = writes === 0 ? 0 : (100 * refused) / writes;
    console.info(`two writers: ${writes} writes, ${refused} refused (${share.toFixed(2)} %), ${internal} internal`);

    for (const tally of tallies) {
      expect(tally.internal, `internal errors: ${tally.internalCodes.join(', ')}`).toBe(0);
      expect(tally.other, `other refusals: ${tally.otherKeys.join(', ')}`).toBe(0);
      // Each wrote in earnest, so the two really did meet.
      expect(tally.writes).toBeGreaterThan(100);
    }
    expect(share).toBeLessThanOrEqual(1);

    // Every save that succeeded is there with its audit entry, and nothing of a refused one.
    const check = openDatabase(file);
    try {
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      const audited = check.prepare("SELECT actor, count(*) AS n FROM audit_log WHERE actor LIKE 'desk-%' GROUP BY actor ORDER BY actor").all();
      expect(audited).toEqual([
        { actor: 'desk-app', n: tallies[0]!.ok },
        { actor: 'desk-cli', n: tallies[1]!.ok },
      ]);
    } finally {
      check.close();
    }
  }, 60_000);

  it('tell the officer that another program is using the database when the wait runs out', async () => {
    const file = join(dir, 'held.sqlite');
    const ctx = { db: openDatabase(file), actor: 'n.aliyeva', now: () => new Date(), dataDir: dir };
    const other = new Database(file);
    try {
      ctx.db.pragma('busy_timeout = 100');
      other.exec('BEGIN IMMEDIATE');
      expect(await refused(ctx, 'people:save', guliyev)).toEqual({ code: 'conflict', messageKey: 'conflict.busy' });
      other.exec('ROLLBACK');
      await call(ctx, 'people:save', guliyev);
    } finally {
      other.close();
      ctx.db.close();
    }
    // Whichever way SQLite says it: the lock, a stale snapshot, a recovery under way, a timeout.
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT']) {
      expect(toApiError(new Database.SqliteError('database is locked', code)), code).toEqual({ code: 'conflict', messageKey: 'conflict.busy' });
    }
  });
});
