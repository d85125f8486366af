import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import { emercom, jointActionPlan, russianCsvLabels, uzbekOffice } from './office';
import { call, countRows, openTestOffice, refused } from './test-context';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');

/** Our ministry, Russia's, and the 2024-2026 plan in force. */
async function russianPlan(ctx: HandlerContext) {
  const { ours, partner: uzbek } = await uzbekOffice(ctx);
  const russia = await call(ctx, 'organizations:save', emercom());
  const plan = await call(ctx, 'agreements:save', {
    ...jointActionPlan([ours.id, russia.id]),
    title: { az: 'Birgə Fəaliyyət Planı 2024-2026', ru: 'План совместных действий на 2024-2026 годы', en: 'Joint Action Plan 2024-2026' },
    signedOn: '2024-04-16',
    validFrom: '2024-01-01',
    validTo: '2026-12-31',
    status: 'in_force',
  });
  return { ours, russia, uzbek, plan };
}

const at = (ctx: HandlerContext, instant: string) => {
  ctx.now = () => new Date(instant);
};

describe('alerts', () => {
  it('lists the plan as expiring from 180 days before its last day, until that day', async () => {
    const ctx = openTestOffice();
    const { plan } = await russianPlan(ctx);
    at(ctx, '2026-07-03T09:00:00Z');
    expect((await call(ctx, 'alerts:list', {})).expiring).toEqual([]);
    at(ctx, '2026-07-04T09:00:00Z');
    const alerts = await call(ctx, 'alerts:list', {});
    expect(alerts).toMatchObject({ today: '2026-07-04', horizonDays: 180, expiring: [{ id: plan.id, daysLeft: 180 }] });
    expect(alerts.expiring[0]?.partners.map((p) => p.name.en)).toEqual(['EMERCOM of Russia']);
    expect(alerts.renewalNotStarted.map((a) => a.id)).toEqual([plan.id]);
    at(ctx, '2026-12-31T19:59:00Z');
    expect((await call(ctx, 'alerts:list', {})).expiring.map((a) => a.daysLeft)).toEqual([0]);
    at(ctx, '2026-12-31T20:00:00Z'); // midnight in Baku
    expect((await call(ctx, 'alerts:list', {})).expiring).toEqual([]);

    at(ctx, '2026-09-01T09:00:00Z');
    await call(ctx, 'settings:save', { expiryHorizonDays: 90 });
    expect((await call(ctx, 'alerts:list', {})).expiring).toEqual([]);
  });

  it('stops asking for a renewal once a successor replaces the plan', async () => {
    const ctx = openTestOffice();
    const { ours, russia, plan } = await russianPlan(ctx);
    at(ctx, '2026-09-01T09:00:00Z');
    await call(ctx, 'agreements:save', {
      ...jointActionPlan([ours.id, russia.id]),
      status: 'under_negotiation',
      signedOn: null,
      validFrom: '2027-01-01',
      validTo: '2029-12-31',
      replacesAgreementId: plan.id,
    });
    const alerts = await call(ctx, 'alerts:list', {});
    expect(alerts.expiring.map((a) => a.id)).toEqual([plan.id]);
    expect(alerts.renewalNotStarted).toEqual([]);
  });

  it('names signed agreements without a signed scan until one is attached, and again once it is trashed', async () => {
    const ctx = openTestOffice();
    const { plan } = await russianPlan(ctx);
    expect((await call(ctx, 'alerts:list', {})).withoutScan.map((a) => a.id)).toEqual([plan.id]);
    const draft = await call(ctx, 'documents:add', {
      owner: { agreementId: plan.id }, fileName: 'draft.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      kind: 'draft', language: 'ru', contentBase64: Buffer.from('PK draft').toString('base64'),
    });
    expect(draft.version).toBe(1);
    expect((await call(ctx, 'alerts:list', {})).withoutScan.map((a) => a.id)).toEqual([plan.id]);
    const scan = await call(ctx, 'documents:add', {
      owner: { agreementId: plan.id }, fileName: 'План 2024-2026.pdf', mediaType: 'application/pdf', kind: 'signed_scan', language: 'ru',
      contentBase64: pdf.toString('base64'),
    });
    expect((await call(ctx, 'alerts:list', {})).withoutScan).toEqual([]);
    await call(ctx, 'documents:trash', { id: scan.id });
    expect((await call(ctx, 'alerts:list', {})).withoutScan.map((a) => a.id)).toEqual([plan.id]);
    await call(ctx, 'documents:restore', { id: scan.id });
    expect((await call(ctx, 'alerts:list', {})).withoutScan).toEqual([]);
  });

  it('shows activities overdue from the day after they fell due, and the plan\'s progress', async () => {
    const ctx = openTestOffice();
    const { plan } = await russianPlan(ctx);
    const activity = (title: string, dueTo: string, status: 'planned' | 'done') => ({
      agreementId: plan.id, kind: 'training_course' as const, title: { az: null, ru: title, en: null },
      responsibleOurs: 'Akademiya', responsiblePartner: 'Академия ГПС', dueFrom: null, dueTo, status,
    });
    const course = await call(ctx, 'activities:save', activity('Курсы', '2026-08-31', 'planned'));
    await call(ctx, 'activities:save', activity('Учения', '2026-06-30', 'done'));
    await call(ctx, 'activities:save', { ...activity('Отменено', '2026-06-30', 'planned'), status: 'cancelled' });
    at(ctx, '2026-08-31T09:00:00Z');
    expect((await call(ctx, 'alerts:list', {})).overdueActivities).toEqual([]);
    at(ctx, '2026-09-01T09:00:00Z');
    expect((await call(ctx, 'alerts:list', {})).overdueActivities).toMatchObject([{ id: course.id, daysLeft: -1, agreementId: plan.id }]);
    expect((await call(ctx, 'activities:list', { agreementId: plan.id })).map((a) => [a.title.ru, a.overdue])).toEqual([
      ['Учения', false],
      ['Отменено', false],
      ['Курсы', true],
    ]);
    expect((await call(ctx, 'agreements:get', { id: plan.id })).progress).toEqual({ done: 1, total: 2 });
    expect(await refused(ctx, 'activities:save', { ...activity('x', '2026-01-01', 'planned'), dueFrom: '2026-02-01' })).toMatchObject({
      code: 'validation',
    });
  });
});

describe('documents', () => {
  it('stores the file by its UUID with its SHA-256, and gives back the same bytes', async () => {
    const ctx = openTestOffice();
    const { plan } = await russianPlan(ctx);
    const scan = await call(ctx, 'documents:add', {
      owner: { agreementId: plan.id }, fileName: 'scan.pdf', mediaType: 'application/pdf', kind: 'signed_scan', language: 'ru',
      version: 2, contentBase64: pdf.toString('base64'),
    });
    expect(scan).toMatchObject({ sizeBytes: pdf.length, version: 2, agreementId: plan.id, deletedAt: null });
    expect(scan.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(readFileSync(join(ctx.dataDir, 'documents', scan.uuid))).toEqual(pdf);
    const read = await call(ctx, 'documents:read', { id: scan.id, purpose: 'export' });
    expect(read.preview).toBe('pdf');
    expect(Buffer.from(read.contentBase64, 'base64')).toEqual(pdf);
    expect((await call(ctx, 'audit:list', { entity: 'document' })).rows.map((e) => e.action).sort()).toEqual(['create', 'export']);
  });

  it('reports a stored file changed on disk as an integrity error when it is opened', async () => {
    const ctx = openTestOffice();
    const { plan } = await russianPlan(ctx);
    const scan = await call(ctx, 'documents:add', {
      owner: { agreementId: plan.id }, fileName: 'scan.pdf', mediaType: 'application/pdf', kind: 'signed_scan', language: null,
      contentBase64: pdf.toString('base64'),
    });
    const file = join(ctx.dataDir, 'documents', scan.uuid);
    const tampered = Buffer.from(pdf);
    tampered[10] = 0x21;
    writeFileSync(file, tampered);
    expect(await refused(ctx, 'documents:read', { id: scan.id, purpose: 'view' })).toEqual({
      code: 'conflict', messageKey: 'conflict.documentIntegrity', params: { fileName: 'scan.pdf' },
    });
  });

  it('refuses a file over the size limit in Settings, leaving neither a row nor a file', async () => {
    const ctx = openTestOffice();
    const { plan } = await russianPlan(ctx);
    await call(ctx, 'settings:save', { documentSizeLimitMb: 1 });
    const input = {
      owner: { agreementId: plan.id }, fileName: 'big.bin', mediaType: '', kind: 'other', language: null,
      contentBase64: Buffer.alloc(1024 * 1024 + 1).toString('base64'),
    };
    expect(await refused(ctx, 'documents:add', input)).toMatchObject({ messageKey: 'validation.documentTooLarge', params: { limitMb: 1 } });
    expect(countRows(ctx, 'documents')).toBe(0);
    // A document for an owner that doesn't exist fails after nothing is left behind either.
    expect(await refused(ctx, 'documents:add', { ...input, owner: { visitId: 999 }, contentBase64: 'AAAA' })).toMatchObject({ code: 'not_found' });
    expect(existsSync(join(ctx.dataDir, 'documents')) ? readdirSync(join(ctx.dataDir, 'documents')) : []).toEqual([]);
    expect(await refused(ctx, 'documents:add', { ...input, owner: { visitId: 1, personId: 1 } })).toMatchObject({ code: 'validation' });
  });

  it('keeps trashed documents apart and restores them', async () => {
    const ctx = openTestOffice();
    const { visit } = await uzbekOffice(ctx);
    const photo = await call(ctx, 'documents:add', {
      owner: { visitId: visit.id }, fileName: 'photo.png', mediaType: 'image/png', kind: 'photo', language: null,
      contentBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64'),
    });
    await call(ctx, 'documents:trash', { id: photo.id });
    expect(await call(ctx, 'documents:list', { owner: { visitId: visit.id } })).toEqual([]);
    expect((await call(ctx, 'documents:list', { owner: { visitId: visit.id }, trashed: true })).map((d) => d.deletedAt)).toEqual([
      '2025-11-20T09:30:00Z',
    ]);
    await call(ctx, 'documents:restore', { id: photo.id });
    expect((await call(ctx, 'documents:list', { owner: { visitId: visit.id } })).map((d) => d.id)).toEqual([photo.id]);
    expect((await call(ctx, 'documents:read', { id: photo.id, purpose: 'view' })).preview).toBe('image');
  });
});

describe('register', () => {
  it('filters by expiry and type in SQL, saves the view, and exports it as CSV that Excel reads', async () => {
    const ctx = openTestOffice();
    const { ours, uzbek, plan } = await russianPlan(ctx);
    await call(ctx, 'agreements:save', { ...jointActionPlan([ours.id, uzbek.id]), type: 'memorandum', validTo: null });
    at(ctx, '2026-09-01T09:00:00Z');
    const expiring = await call(ctx, 'agreements:list', { expiry: 'expiring' });
    expect(expiring.rows.map((a) => a.id)).toEqual([plan.id]);
    expect((await call(ctx, 'agreements:list', { expiry: 'openEnded' })).rows.map((a) => a.type)).toEqual(['memorandum']);
    expect((await call(ctx, 'agreements:list', { type: 'memorandum', expiry: 'expiring' })).total).toBe(0);

    const view = { filter: { expiry: 'expiring' as const }, sort: { column: 'validTo' as const, direction: 'asc' as const } };
    const saved = await call(ctx, 'registerFilters:save', { name: 'Истекают', view });
    await call(ctx, 'registerFilters:save', { name: 'Истекают', view: { filter: {} } });
    expect(await call(ctx, 'registerFilters:list', {})).toEqual([{ ...saved, view: { filter: {} } }]);

    const labels = russianCsvLabels();
    const csv = await call(ctx, 'agreements:exportCsv', { ...view, lang: 'ru', labels });
    expect(csv.rows).toBe(1);
    expect(csv.fileName).toBe('agreements-2026-09-01.csv');
    expect(csv.csv.startsWith('\uFEFFНазвание;Вид;Стороны;')).toBe(true);
    expect(csv.csv).toContain('План совместных действий на 2024-2026 годы;План совместных действий;');
    expect(csv.csv).toContain('2026-12-31;Действует;');
    const az = await call(ctx, 'agreements:exportCsv', { filter: { expiry: 'openEnded' }, lang: 'az', labels });
    expect(az.csv).toContain('Birgə Fəaliyyət Planı 2026-2027');
    expect(az.csv).toContain(';бессрочно;');
  });

  it("shows a partner's visits, events and agreements on one timeline", async () => {
    const ctx = openTestOffice();
    const { ours, partner, visit } = await uzbekOffice(ctx);
    const plan = await call(ctx, 'agreements:save', { ...jointActionPlan([ours.id, partner.id]), signedAtVisitId: visit.id });
    await call(ctx, 'activities:save', {
      agreementId: plan.id, kind: 'joint_exercise', title: { az: null, ru: 'Совместные учения', en: null },
      responsibleOurs: null, responsiblePartner: null, dueFrom: '2026-10-01', dueTo: '2026-10-03', status: 'planned',
    });
    at(ctx, '2026-09-01T09:00:00Z');
    const history = await call(ctx, 'partners:history', { id: partner.id });
    expect(history.timeline.map((item) => [item.kind, item.date])).toEqual([
      ['agreement', '2025-12-03'],
      ['visit', '2025-12-03'],
    ]);
    expect(history.inForce.map((a) => a.id)).toEqual([plan.id]);
    expect(history.nextActions.map((a) => [a.dueOn, a.daysLeft])).toEqual([['2026-10-03', 32]]);
    expect(await refused(ctx, 'partners:history', { id: 999 })).toMatchObject({ code: 'not_found' });
  });
});
