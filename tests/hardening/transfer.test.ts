// Transfer bundles between two offices (two real database files): export, preview, merge by UUID,
// the officer's choice on records edited on both sides, and bad bundles that must change nothing.
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import { AGREEMENT, VISIT } from '../../electron/demo/keys';
import { TRANSFER_TABLES } from '../../db/transfer/tables';
import { call, openTestOffice, refused } from '../api/test-context';
import { uzbekOffice } from '../api/office';
import { otherPc, recordsOf, signerOf, trust } from './bundle-maker';

const idOf = (ctx: HandlerContext, table: string, uuid: string) => (ctx.db.prepare(`SELECT id FROM ${table} WHERE uuid = ?`).get(uuid) as { id: number }).id;

/** Every row of every table the import can touch, plus the audit log: compared row for row. */
function everyRow(ctx: HandlerContext): Record<string, unknown[]> {
  return Object.fromEntries([...TRANSFER_TABLES, 'audit_log', 'trusted_signers'].map((table) => [table, ctx.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()]));
}

async function demoBundle() {
  const source = openTestOffice();
  await call(source, 'demo:load', {});
  const exported = await call(source, 'transfer:export', {
    visitIds: [idOf(source, 'visits', VISIT.uzbekistan2025)],
    agreementIds: [idOf(source, 'agreements', AGREEMENT.uzbekistanPlan20262027)],
  });
  return { source, exported };
}

/** An office that trusts the PC the demo bundle comes from. */
function trustingOffice(content: string) {
  const office = openTestOffice();
  trust(office, signerOf(content));
  return office;
}

describe('a transfer bundle', () => {
  it('carries the chosen visit and agreement with their people, organisations and programme, and merges by UUID', async () => {
    const { exported } = await demoBundle();
    expect(exported.records).toBeGreaterThan(20);
    const target = trustingOffice(exported.content);
    const preview = await call(target, 'transfer:preview', { content: exported.content });
    expect(new Set(preview.items.map((item) => item.status))).toEqual(new Set(['added']));
    for (const table of ['visits', 'agreements', 'people', 'organizations', 'events', 'visit_members']) {
      expect(preview.items.some((item) => item.table === table), table).toBe(true);
    }

    const imported = await call(target, 'transfer:import', { content: exported.content, choices: {} });
    expect(imported.added).toBe(exported.records);
    expect(target.db.pragma('foreign_key_check')).toEqual([]);
    const visit = await call(target, 'visits:get', { id: idOf(target, 'visits', VISIT.uzbekistan2025) });
    expect(visit.title.en).toMatch(/Uzbekistan/);
    expect((await call(target, 'audit:list', { action: 'import' })).rows[0]).toMatchObject({ entity: 'bundle', details: { added: exported.records } });

    // The same bundle again changes nothing.
    const again = await call(target, 'transfer:preview', { content: exported.content });
    expect(new Set(again.items.map((item) => item.status))).toEqual(new Set(['unchanged']));
  });

  it('lets the officer choose for a record edited on both sides, newer winning by default', async () => {
    const { source, exported } = await demoBundle();
    const target = trustingOffice(exported.content);
    await call(target, 'transfer:import', { content: exported.content, choices: {} });
    const uzbekistan = VISIT.uzbekistan2025;

    // Edited here later than there: a conflict, and by default ours stays.
    target.db.prepare("UPDATE visits SET city_en = 'Ganja', updated_at = '2099-01-01T00:00:00.000Z' WHERE uuid = ?").run(uzbekistan);
    const preview = await call(target, 'transfer:preview', { content: exported.content });
    expect(preview.items.find((item) => item.uuid === uzbekistan)).toMatchObject({ status: 'conflicting', defaultChoice: 'local' });
    await call(target, 'transfer:import', { content: exported.content, choices: {} });
    expect((target.db.prepare('SELECT city_en FROM visits WHERE uuid = ?').get(uzbekistan) as { city_en: string }).city_en).toBe('Ganja');

    // The officer takes the bundle's version instead.
    const result = await call(target, 'transfer:import', { content: exported.content, choices: { [uzbekistan]: 'incoming' } });
    expect(result.updated).toBe(1);
    const there = source.db.prepare('SELECT city_en FROM visits WHERE uuid = ?').get(uzbekistan);
    expect(target.db.prepare('SELECT city_en FROM visits WHERE uuid = ?').get(uzbekistan)).toEqual(there);

    // Edited there later than here: an update, applied by default.
    target.db.prepare("UPDATE visits SET city_en = 'Ganja', updated_at = '2000-01-01T00:00:00.000Z' WHERE uuid = ?").run(uzbekistan);
    expect((await call(target, 'transfer:preview', { content: exported.content })).items.find((item) => item.uuid === uzbekistan)).toMatchObject({
      status: 'updated',
      defaultChoice: 'incoming',
    });
  });

  it('refuses malformed, truncated, tampered and wrong-version bundles with a clear error, changing nothing', async () => {
    const { exported } = await demoBundle();
    const bundle = JSON.parse(exported.content) as { version: number; format: string; sha256: string; signature: string; records: { row: Record<string, unknown>; table: string }[] };
    const tamperedRecord = structuredClone(bundle);
    if (tamperedRecord.records[0]) tamperedRecord.records[0].row.notes_en = 'changed on the way';
    const resealedNothing = { ...structuredClone(bundle), exportedBy: 'someone else' };
    const wrongVersion = { ...structuredClone(bundle), version: 3 };
    const unsigned = { ...structuredClone(bundle), version: 1 };
    const wrongFormat = { ...structuredClone(bundle), format: 'zip' };
    const unknownTable = structuredClone(bundle);
    if (unknownTable.records[0]) unknownTable.records[0].table = 'audit_log';

    // Sealed and signed properly by a trusted PC, so the hashes and signature hold, but wrong inside.
    const pc = otherPc();
    const records = recordsOf(exported.content);
    const sealedForeignTable = pc.seal(records.slice(0, 1).map((record) => ({ ...record, table: 'audit_log' })));
    const orphanMember = records.find((record) => record.table === 'visit_members')!;
    const nowhere = { ref: '00000000-0000-4000-8000-000000000000' };
    const sealedOrphan = pc.seal([{ ...orphanMember, row: { ...orphanMember.row, visit_id: nowhere } }]);
    const forged = { ...JSON.parse(pc.seal(records)), signature: bundle.signature };

    const bad: [string, string, string][] = [
      ['a sealed bundle writing to the audit log', sealedForeignTable, 'validation.bundle.malformed'],
      ['a sealed bundle whose delegation member has no visit anywhere', sealedOrphan, 'validation.bundle.missingParent'],
      ['not JSON', 'PK\u0003\u0004 this is a zip', 'validation.bundle.malformed'],
      ['empty', '', 'validation.bundle.malformed'],
      ['JSON but not a bundle', '{"hello": 1}', 'validation.bundle.wrongFormat'],
      ['truncated', exported.content.slice(0, Math.floor(exported.content.length / 2)), 'validation.bundle.truncated'],
      ['a record changed', JSON.stringify(tamperedRecord), 'validation.bundle.tampered'],
      ['the header changed', JSON.stringify(resealedNothing), 'validation.bundle.tampered'],
      ['a newer format version', JSON.stringify(wrongVersion), 'validation.bundle.wrongVersion'],
      ['an unsigned bundle of the first version', JSON.stringify(unsigned), 'validation.bundle.wrongVersion'],
      ['another format', JSON.stringify(wrongFormat), 'validation.bundle.wrongFormat'],
      ['a table the bundle may not carry', JSON.stringify(unknownTable), 'validation.bundle.tampered'],
      ['records not a list', JSON.stringify({ ...bundle, records: 'all of them' }), 'validation.bundle.malformed'],
      ['another PC’s signature on re-sealed records', JSON.stringify(forged), 'validation.bundle.badSignature'],
    ];
    // An empty office and one holding other records than the bundle's: anything a refused import
    // left behind shows in both. (Where the office held the bundle's own records, it would look unchanged.)
    const empty = openTestOffice();
    const holding = openTestOffice();
    await uzbekOffice(holding);
    for (const target of [empty, holding]) {
      trust(target, pc);
      const before = everyRow(target);
      for (const [name, content, messageKey] of bad) {
        expect(await refused(target, 'transfer:preview', { content }), name).toMatchObject({ messageKey });
        expect(await refused(target, 'transfer:import', { content, choices: {}, unknownSigner: 'importOnce' }), name).toMatchObject({ messageKey });
        expect(everyRow(target), name).toEqual(before);
      }
    }
    console.info(`transfer: ${bad.length} bad bundles tried on an empty office and one holding other records, each refused on preview and import, database unchanged row for row`);
  }, 180_000);
});
