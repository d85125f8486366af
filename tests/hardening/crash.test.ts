// Kills a writing process with SIGKILL at random moments, many times over: after each kill the
// database is whole and holds every save the writer had reported as committed, each with its
// audit entry. The writer saves through the app's own handlers (crash-writer.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { killWriterMidway } from './kill-writer';

const KILLS = 50;
const writer = join(__dirname, 'crash-writer.ts');
const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a writer killed in the middle of its transactions', () => {
  it(`keeps every committed transaction and a whole database, ${KILLS} kills over`, async () => {
    const file = join(dir, 'desk.sqlite');
    openDatabase(file).close();
    const delays = fc.sample(fc.integer({ min: 0, max: 120 }), { numRuns: KILLS, seed: 7 });
    const committed: number[] = [];
    let survived = 0;
    for (const [round, delay] of delays.entries()) {
      committed.push(...(await killWriterMidway(writer, [file, String(round * 1_000_000)], delay)).map(Number));
      const db = openDatabase(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const people = db.prepare("SELECT uuid, name_en FROM people WHERE name_en LIKE 'Crash %'").all() as { uuid: string; name_en: string }[];
        const stored = new Set(people.map((row) => Number(row.name_en.slice(6))));
        const lost = committed.filter((seq) => !stored.has(seq));
        expect(lost, `round ${round}: committed but lost`).toEqual([]);
        // Each person came with its audit entry, in the same transaction: the same UUIDs on both sides.
        const audited = (db.prepare("SELECT entity_uuid FROM audit_log WHERE actor = 'crash-writer' AND action = 'create' AND entity = 'person'").all() as { entity_uuid: string }[]).map((row) => row.entity_uuid);
        expect(audited.sort(), `round ${round}: rows and audit entries`).toEqual(people.map((row) => row.uuid).sort());
      } finally {
        db.close();
      }
      survived++;
    }
    console.info(`crash test: ${survived} kills survived, ${committed.length} committed saves all kept with their audit entries`);
    expect(survived).toBe(KILLS);
  }, 300_000);
});
