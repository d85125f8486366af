// An import killed at random moments, again and again: each bundle is in the office whole or not
// at all, and every import the writer reported is there with its audit entry. The writer imports
// through the app's own handlers and transfer worker (import-writer.ts).
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../db/transfer/signature';
import { openDatabase } from '../../db/open';
import { openTestOffice } from '../api/test-context';
import { trust } from './bundle-maker';
import { killWriterMidway } from './kill-writer';
import { PEOPLE_PER_BUNDLE } from './import-writer-size';

const KILLS = 8;
const writer = join(__dirname, 'import-writer.ts');

describe('an import killed in the middle', () => {
  it(`leaves each bundle whole or absent, and keeps every reported one, ${KILLS} kills over`, { timeout: 300_000 }, async () => {
    const keys = generateKeyPair();
    const office = openTestOffice();
    trust(office, { name: 'MES-UZ-PC', publicKey: keys.publicKey });
    const file = office.db.name;
    const reported: string[][] = [];
    for (const delay of fc.sample(fc.integer({ min: 0, max: 900 }), { numRuns: KILLS, seed: 5 })) {
      reported.push(...(await killWriterMidway(writer, [file, keys.publicKey, keys.privateKey], delay)).map((line) => line.split(',')));
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
