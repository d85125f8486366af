// Kills a writing process with SIGKILL at random moments, many times over: after each kill the
// database is whole and holds every transaction the writer had reported as committed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CONNECTION_PRAGMAS, openDatabase } from '../../db/open';

const KILLS = 50;
const writer = join(__dirname, 'crash-writer.mjs');
const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has committed at least once, kills it `delayMs` later, and returns what it reported. */
function writeThenKill(file: string, firstSeq: number, delayMs: number): Promise<number[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, file, String(firstSeq), JSON.stringify(CONNECTION_PRAGMAS)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let errors = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!armed && out.includes('\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('error', fail);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`the writer ended by itself: ${errors}`));
      // Only whole lines were written after a commit; a torn last line can't happen with one writeSync, but be strict.
      done(out.split('\n').filter((line) => /^\d+$/.test(line)).map(Number));
    });
  });
}

describe('a writer killed in the middle of its transactions', () => {
  it(`keeps every committed transaction and a whole database, ${KILLS} kills over`, async () => {
    const file = join(dir, 'desk.sqlite');
    openDatabase(file).close();
    const delays = fc.sample(fc.integer({ min: 0, max: 120 }), { numRuns: KILLS, seed: 7 });
    const committed: number[] = [];
    let survived = 0;
    for (const [round, delay] of delays.entries()) {
      committed.push(...(await writeThenKill(file, round * 1_000_000, delay)));
      const db = openDatabase(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const stored = new Set(
          (db.prepare("SELECT key FROM settings WHERE key LIKE 'crash-seq:%'").all() as { key: string }[]).map((row) => Number(row.key.slice(10))),
        );
        const lost = committed.filter((seq) => !stored.has(seq));
        expect(lost, `round ${round}: committed but lost`).toEqual([]);
        // Each row came with its audit entry, in the same transaction: never one without the other.
        const { rows, entries } = db
          .prepare("SELECT (SELECT count(*) FROM settings WHERE key LIKE 'crash-seq:%') AS rows, (SELECT count(*) FROM audit_log WHERE actor = 'crash-writer') AS entries")
          .get() as { rows: number; entries: number };
        expect(entries).toBe(rows);
      } finally {
        db.close();
      }
      survived++;
    }
    console.info(`crash test: ${survived} kills survived, ${committed.length} committed transactions all kept`);
    expect(survived).toBe(KILLS);
  }, 120_000);
});
