// An import killed at random moments, again and again: each bundle is in the office whole or not
// at all, and every import the writer reported is there with its audit entry. The writer imports
// through the app's own handlers and transfer worker (import-writer.ts).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../db/transfer/signature';
import { openDatabase } from '../../db/open';
import { openTestOffice } from '../api/test-context';
import { trust } from './bundle-maker';
import { PEOPLE_PER_BUNDLE } from './import-writer-size';

const KILLS = 8;
const root = resolve(__dirname, '../..');
const writer = join(__dirname, 'import-writer.ts');

function importThenKill(file: string, keys: { publicKey: string; privateKey: string }, delayMs: number): Promise<string[][]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file, keys.publicKey, keys.privateKey], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
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
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`the writer ended by itself: ${errors}`));
      done(out.split('\n').filter((line) => line.split(',').length === PEOPLE_PER_BUNDLE).map((line) => line.split(',')));
    });
  });
}

describe('an import killed in the middle', () => {
  it(`leaves each bundle whole or absent, and keeps every reported one, ${KILLS} kills over`, { timeout: 300_000 }, async () => {
    const keys = generateKeyPair();
    const office = openTestOffice();
    trust(office, { name: 'MES-UZ-PC', publicKey: keys.publicKey });
    const file = office.db.name;
    const reported: string[][] = [];
    for (const delay of fc.sample(fc.integer({ min: 0, max: 900 }), { numRuns: KILLS, seed: 5 })) {
      reported.push(...(await importThenKill(file, keys, delay)));
      const db = openDatabase(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const present = new Set((db.prepare("SELECT uuid FROM people WHERE name_en LIKE 'Imported %'").all() as { uuid: string }[]).map((row) => row.uuid));
        for (const batch of reported) expect(batch.filter((uuid) => !present.has(uuid)), 'a reported import lost people').toEqual([]);
        // Whole or not at all: the people come in bundles, one audit entry each.
        expect(present.size % PEOPLE_PER_BUNDLE).toBe(0);
        const imports = (db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'import' AND entity = 'bundle'").get() as { n: number }).n;
        expect(imports).toBe(present.size / PEOPLE_PER_BUNDLE);
      } finally {
        db.close();
      }
    }
    console.info(`import crash test: ${KILLS} kills, ${reported.length} reported imports all kept whole with their audit entries`);
  });
});
