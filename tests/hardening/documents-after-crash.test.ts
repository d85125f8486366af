// Stored documents stay consistent with their rows through crashes: a writer adding documents is
// killed with SIGKILL again and again; after each start-up sweep, every row has its file with the
// right SHA-256, and no file is left that no row names.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOffice } from '../../electron/api/recovery';
import type { Db } from '../../db/open';
import { call, openTestOffice } from '../api/test-context';
import { killWriterMidway } from './kill-writer';

const KILLS = 10;
const writer = join(__dirname, 'document-writer.ts');

interface Reported {
  uuid: string;
  sha256: string;
}

/** Each line the writer printed: a committed document's UUID and SHA-256. */
const asReported = (line: string): Reported => ({ uuid: line.slice(0, 36), sha256: line.slice(37) });

/** The owner the documents are attached to. */
const addPerson = (db: Db) =>
  Number(db.prepare("INSERT INTO people (uuid, name_en, created_at, updated_at) VALUES ('11111111-1111-4111-8111-111111111111', 'Anar Jafarov', '2025-11-20T09:30:00Z', '2025-11-20T09:30:00Z')").run().lastInsertRowid);

function checkConsistent(dataDir: string, rows: { uuid: string; sha256: string }[]): void {
  const files = existsSync(join(dataDir, 'documents')) ? readdirSync(join(dataDir, 'documents')).sort() : [];
  expect(files).toEqual(rows.map((row) => row.uuid).sort());
  for (const row of rows) {
    expect(createHash('sha256').update(readFileSync(join(dataDir, 'documents', row.uuid))).digest('hex')).toBe(row.sha256);
  }
}

describe('stored documents after a crash', () => {
  it('sweeps files no row names and half-written files at start, keeping every document', async () => {
    const ctx = openTestOffice();
    const personId = addPerson(ctx.db);
    for (const name of ['a.pdf', 'b.pdf']) {
      await call(ctx, 'documents:add', { owner: { personId }, fileName: name, mediaType: 'application/pdf', kind: 'other', language: null, contentBase64: Buffer.from(`%PDF-${name}`).toString('base64') });
    }
    mkdirSync(join(ctx.dataDir, 'documents'), { recursive: true });
    writeFileSync(join(ctx.dataDir, 'documents', '22222222-2222-4222-8222-222222222222'), 'orphan');
    writeFileSync(join(ctx.dataDir, 'documents', '33333333-3333-4333-8333-333333333333.partial'), 'half');
    const file = ctx.db.name;
    ctx.db.close();

    const swept: unknown[] = [];
    const restarted = await startOffice({ file, dataDir: ctx.dataDir, actor: 'x', now: () => new Date(), onSweep: (sweep) => swept.push(sweep) });
    ctx.db = restarted.db;
    expect(swept).toEqual([{ removed: ['22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333.partial'], missing: [] }]);
    checkConsistent(ctx.dataDir, restarted.db.prepare('SELECT uuid, sha256 FROM documents').all() as { uuid: string; sha256: string }[]);
  });

  it(`holds through ${KILLS} kills of a writer adding documents`, { timeout: 180_000 }, async () => {
    const ctx = openTestOffice();
    const personId = addPerson(ctx.db);
    const file = ctx.db.name;
    ctx.db.close();
    const reported: Reported[] = [];
    for (const delay of fc.sample(fc.integer({ min: 0, max: 150 }), { numRuns: KILLS, seed: 11 })) {
      reported.push(...(await killWriterMidway(writer, [file, String(personId)], delay)).map(asReported));
      const restarted = await startOffice({ file, dataDir: ctx.dataDir, actor: 'x', now: () => new Date() });
      ctx.db = restarted.db;
      const rows = restarted.db.prepare('SELECT uuid, sha256 FROM documents').all() as Reported[];
      // Every document the writer reported as committed is there, with the hash the handler gave.
      expect(rows).toEqual(expect.arrayContaining(reported));
      checkConsistent(ctx.dataDir, rows);
      // Each row came with its audit entry, in the same transaction.
      const audited = (restarted.db.prepare("SELECT entity_uuid FROM audit_log WHERE action = 'create' AND entity = 'document'").all() as { entity_uuid: string }[]).map((row) => row.entity_uuid);
      expect(audited.sort()).toEqual(rows.map((row) => row.uuid).sort());
      restarted.db.close();
    }
    console.info(`documents crash test: ${KILLS} kills, ${reported.length} committed documents all kept with their files, hashes and audit entries, no orphan`);
  });
});
