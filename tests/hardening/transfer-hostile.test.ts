// Crafted bundles, as an attacker would carry them on a USB stick: each is sealed and signed by
// a trusted PC, so it gets past the hashes and the signature and must be stopped by the checks.
// Each refusal leaves every row and every file of the office as it was.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VISIT } from '../../electron/demo/keys';
import type { BundleRecord } from '../../db/transfer/bundle';
import type { HandlerContext } from '../../electron/api/context';
import { call, openTestOffice, refused } from '../api/test-context';
import { otherPc, recordsOf, trust, type TestPc } from './bundle-maker';
import { everyFile, everyRow } from './office-files';

type Record = Omit<BundleRecord, 'sha256'>;
const idOf = (ctx: HandlerContext, table: string, uuid: string) => (ctx.db.prepare(`SELECT id FROM ${table} WHERE uuid = ?`).get(uuid) as { id: number }).id;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** The Uzbek visit with a signed scan attached, exported from another office. */
async function exportedVisit() {
  const source = openTestOffice();
  await call(source, 'demo:load', {});
  const visitId = idOf(source, 'visits', VISIT.uzbekistan2025);
  await call(source, 'documents:add', { owner: { visitId }, fileName: 'note.pdf', mediaType: 'application/pdf', kind: 'signed_scan', language: 'ru', contentBase64: PDF.toString('base64') });
  const exported = await call(source, 'transfer:export', { visitIds: [visitId], agreementIds: [] });
  return recordsOf(exported.content);
}

function office(pc: TestPc) {
  const ctx = openTestOffice();
  trust(ctx, pc);
  return ctx;
}

/** Refused on preview and on import with `messageKey`, leaving every row and file as they were. */
async function expectRefused(ctx: HandlerContext, content: string, messageKey: string) {
  const rows = everyRow(ctx);
  const files = everyFile(join(ctx.dataDir, '..'));
  expect(await refused(ctx, 'transfer:preview', { content })).toMatchObject({ messageKey });
  expect(await refused(ctx, 'transfer:import', { content, choices: {} })).toMatchObject({ messageKey });
  expect(everyRow(ctx)).toEqual(rows);
  expect(everyFile(join(ctx.dataDir, '..'))).toEqual(files);
}

const withRecord = (records: Record[], table: string, change: (record: Record) => Record) => {
  let done = false;
  return records.map((record) => {
    if (done || record.table !== table) return record;
    done = true;
    return change(record);
  });
};

describe('a crafted bundle', () => {
  it('naming a document by a path, or by a UUID with a NUL byte in it, is refused and writes no file anywhere', async () => {
    const pc = otherPc();
    const records = await exportedVisit();
    const target = office(pc);
    for (const hostile of ['../../autostart/x.desktop'.padEnd(36, 'x'), `${randomUUID()}\u0000/../../../../Startup/run.bat`, randomUUID().toUpperCase()]) {
      const crafted = withRecord(records, 'documents', (record) => ({ ...record, uuid: hostile, row: { ...record.row, uuid: hostile } }));
      await expectRefused(target, pc.seal(crafted), 'validation.bundle.badIdentifier');
    }
    expect(existsSync(join(target.dataDir, '..', 'autostart'))).toBe(false);
  });

  it('with a reference that is no UUID is refused', async () => {
    const pc = otherPc();
    const crafted = withRecord(await exportedVisit(), 'visit_members', (record) => ({ ...record, row: { ...record.row, visit_id: { ref: '../visits' } } }));
    await expectRefused(office(pc), pc.seal(crafted), 'validation.bundle.badIdentifier');
  });

  it('putting bytes in a name, or a name longer than the form allows, is refused', async () => {
    const pc = otherPc();
    const records = await exportedVisit();
    const target = office(pc);
    const blobName = withRecord(records, 'people', (record) => ({ ...record, row: { ...record.row, name_en: { base64: 'AAEC' } } }));
    await expectRefused(target, pc.seal(blobName), 'validation.bundle.invalidRecord');
    const longName = withRecord(records, 'people', (record) => ({ ...record, row: { ...record.row, position_en: 'Ə'.repeat(5000) } }));
    await expectRefused(target, pc.seal(longName), 'validation.bundle.invalidRecord');
    const numberAsTitle = withRecord(records, 'visits', (record) => ({ ...record, row: { ...record.row, title_en: 12 } }));
    await expectRefused(target, pc.seal(numberAsTitle), 'validation.bundle.invalidRecord');
  });

  it('carrying a document over the office’s size limit, or of another size than it says, is refused', async () => {
    const pc = otherPc();
    const records = await exportedVisit();
    const target = office(pc);
    await call(target, 'settings:save', { documentSizeLimitMb: 1 });
    const big = Buffer.alloc(1024 * 1024 + 1, 0x41);
    const { createHash } = await import('node:crypto');
    const tooLarge = withRecord(records, 'documents', (record) => ({
      ...record,
      row: { ...record.row, size_bytes: big.length, sha256: createHash('sha256').update(big).digest('hex') },
      fileBase64: big.toString('base64'),
    }));
    await expectRefused(target, pc.seal(tooLarge), 'validation.bundle.documentTooLarge');
    const misstated = withRecord(records, 'documents', (record) => ({ ...record, row: { ...record.row, size_bytes: 3 } }));
    await expectRefused(target, pc.seal(misstated), 'validation.bundle.invalidRecord');
  });

  it('with more records than a bundle may hold is refused before anything is checked', async () => {
    const pc = otherPc();
    const [person] = (await exportedVisit()).filter((record) => record.table === 'people');
    const crowd = Array.from({ length: 20_001 }, () => {
      const uuid = randomUUID();
      return { ...person!, uuid, row: { ...person!.row, uuid } };
    });
    await expectRefused(office(pc), pc.seal(crowd), 'validation.bundle.tooManyRecords');
  });

  it('carrying one UUID twice, in one table or in two, is refused', async () => {
    const pc = otherPc();
    const records = await exportedVisit();
    const target = office(pc);
    const person = records.find((record) => record.table === 'people')!;
    await expectRefused(target, pc.seal([...records, person]), 'validation.bundle.duplicate');
    const venue = records.find((record) => record.table === 'venues')!;
    const shared = { ...venue, uuid: person.uuid, row: { ...venue.row, uuid: person.uuid } };
    await expectRefused(target, pc.seal([...records.filter((record) => record !== venue), shared]), 'validation.bundle.duplicate');
  });

  it('naming a parent that is neither in it nor here is refused, even where the parent is optional', async () => {
    const pc = otherPc();
    const records = await exportedVisit();
    const orphan = withRecord(records, 'organizations', (record) => ({ ...record, row: { ...record.row, parent_id: { ref: randomUUID() } } }));
    await expectRefused(office(pc), pc.seal(orphan), 'validation.bundle.missingParent');
  });

  it('re-sending a known document with other bytes is refused, and the stored file stays', async () => {
    const pc = otherPc();
    const records = await exportedVisit();
    const target = office(pc);
    await call(target, 'transfer:import', { content: pc.seal(records), choices: {} });
    const other = Buffer.from('%PDF-1.7\nsomething else entirely\n%%EOF\n');
    const { createHash } = await import('node:crypto');
    const swapped = withRecord(records, 'documents', (record) => ({
      ...record,
      row: { ...record.row, size_bytes: other.length, sha256: createHash('sha256').update(other).digest('hex'), updated_at: '2099-01-01T00:00:00.000Z' },
      fileBase64: other.toString('base64'),
    }));
    await expectRefused(target, pc.seal(swapped), 'validation.bundle.documentChanged');
  });
});

describe('the signer of a bundle', () => {
  it('must be a trusted PC, or the officer decides: once, or trust it from now on; the audit log names the signer', async () => {
    const pc = otherPc('MES-Uzbekistan-liaison');
    const records = await exportedVisit();
    const target = openTestOffice();
    const content = pc.seal(records);
    const preview = await call(target, 'transfer:preview', { content });
    expect(preview.signer).toMatchObject({ name: 'MES-Uzbekistan-liaison', trusted: false, trustedAs: null });
    expect(preview.signer.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    const rows = everyRow(target);
    expect(await refused(target, 'transfer:import', { content, choices: {} })).toMatchObject({
      messageKey: 'validation.bundle.unknownSigner',
      params: { fingerprint: preview.signer.fingerprint },
    });
    expect(everyRow(target)).toEqual(rows);

    await call(target, 'transfer:import', { content, choices: {}, unknownSigner: 'importOnce' });
    expect(await call(target, 'transfer:signers', {})).toEqual([]);
    await call(target, 'transfer:import', { content, choices: {}, unknownSigner: 'trust' });
    expect(await call(target, 'transfer:signers', {})).toMatchObject([{ name: 'MES-Uzbekistan-liaison', fingerprint: preview.signer.fingerprint }]);
    expect((await call(target, 'transfer:preview', { content })).signer).toMatchObject({ trusted: true, trustedAs: 'MES-Uzbekistan-liaison' });

    const imports = (await call(target, 'audit:list', { action: 'import' })).rows.map((row) => (row.details as { signer: unknown }).signer);
    expect(imports).toEqual(
      expect.arrayContaining([
        { name: 'MES-Uzbekistan-liaison', fingerprint: preview.signer.fingerprint, trusted: false, decision: 'importOnce' },
        { name: 'MES-Uzbekistan-liaison', fingerprint: preview.signer.fingerprint, trusted: false, decision: 'trust' },
      ]),
    );
  });

  it('is added from its key file, and a key file that is not one is refused', async () => {
    const source = openTestOffice();
    const identity = await call(source, 'transfer:identity', {});
    const target = openTestOffice();
    const added = await call(target, 'transfer:trustKeyFile', { content: identity.keyFile.content });
    expect(added).toMatchObject({ name: identity.name, fingerprint: identity.fingerprint });
    for (const content of ['{}', 'not json', JSON.stringify({ ...JSON.parse(identity.keyFile.content), publicKey: 'AAAA' })]) {
      expect(await refused(target, 'transfer:trustKeyFile', { content })).toMatchObject({ messageKey: 'validation.keyFile' });
    }
    await call(target, 'transfer:forgetSigner', { id: added.id });
    expect(await call(target, 'transfer:signers', {})).toEqual([]);
  });
});

describe('a long import', () => {
  it('runs off the main thread: progress answers while it runs, and a cancel leaves everything as it was', async () => {
    const pc = otherPc();
    const records = await exportedVisit();
    const [person] = records.filter((record) => record.table === 'people');
    const many = Array.from({ length: 6000 }, () => {
      const uuid = randomUUID();
      return { ...person!, uuid, row: { ...person!.row, uuid } };
    });
    const target = office(pc);
    const rows = everyRow(target);
    const importing = refused(target, 'transfer:import', { content: pc.seal([...records, ...many]), choices: {} });
    // As the window polls: a call now and then, each its own task, while the worker works.
    const poll = async () => {
      await new Promise((done) => setTimeout(done, 20));
      return call(target, 'transfer:progress', {});
    };
    let progress = await poll();
    while (progress.running && progress.phase !== 'writing') progress = await poll();
    expect(progress).toMatchObject({ running: true, phase: 'writing', total: records.length + 6000 });
    expect(await call(target, 'transfer:cancel', {})).toEqual({ cancelling: true });
    expect(await importing).toMatchObject({ code: 'conflict', messageKey: 'conflict.transferCancelled' });
    expect(everyRow(target)).toEqual(rows);
    expect(await call(target, 'transfer:progress', {})).toEqual({ running: false, phase: null, done: 0, total: 0 });
  }, 60_000);
});
