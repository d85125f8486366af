// The 2026-2027 plan with Uzbekistan, signed at the December 2025 visit and valid from
// 1 January 2026, is recorded as "signed". Read in November 2026 it is in force, and every place
// that shows its status says so; the recorded status stays what the officer set.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import type { ChannelInput } from '../../domain/contract';
import { emercom, jointActionPlan, russianCsvLabels, uzbekOffice } from './office';
import { call, openTestOffice } from './test-context';

const at = (ctx: HandlerContext, instant: string) => {
  ctx.now = () => new Date(instant);
};

const NOVEMBER_2026 = '2026-11-20T09:30:00Z';

/** The Uzbek plan signed at the visit, and the 2023-2025 plan with Russia recorded as signed and never updated. */
async function twoPlans(ctx: HandlerContext) {
  const { ours, partner, visit } = await uzbekOffice(ctx);
  const russia = await call(ctx, 'organizations:save', emercom());
  const russianPlan = await call(ctx, 'agreements:save', {
    ...jointActionPlan([ours.id, russia.id]),
    title: { az: null, ru: 'План совместных действий на 2023-2025 годы', en: 'Joint Action Plan 2023-2025' },
    signedOn: '2023-03-01',
    validFrom: '2023-03-01',
    validTo: '2025-12-31',
  });
  const uzbekPlan = await call(ctx, 'agreements:save', { ...jointActionPlan([ours.id, partner.id]), signedAtVisitId: visit.id });
  return { partner, russia, visit, uzbekPlan, russianPlan };
}

const labels = russianCsvLabels();

/** Title and status of each row of the register's CSV. */
function csvStatuses(csv: string): string[][] {
  const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  const status = header?.indexOf('Статус') ?? -1;
  return rows.map((row) => [row[0] ?? '', row[status] ?? '']);
}

describe('the status an agreement shows follows its dates', () => {
  it('shows the plan signed in December 2025 and valid from 1 January 2026 as in force in November 2026, everywhere', async () => {
    const ctx = openTestOffice();
    const { partner, visit, uzbekPlan, russianPlan } = await twoPlans(ctx);
    at(ctx, NOVEMBER_2026);

    expect(await call(ctx, 'agreements:get', { id: uzbekPlan.id })).toMatchObject({ status: 'signed', shownStatus: 'in_force' });
    const register = await call(ctx, 'agreements:list', {});
    expect(register.rows.map((a) => [a.id, a.status, a.shownStatus])).toEqual([
      [uzbekPlan.id, 'signed', 'in_force'],
      [russianPlan.id, 'signed', 'expired'],
    ]);

    const csv = await call(ctx, 'agreements:exportCsv', { filter: {}, lang: 'ru', labels });
    expect(csvStatuses(csv.csv)).toEqual([
      ['План совместных действий на 2026-2027 годы', 'Действует'],
      ['План совместных действий на 2023-2025 годы', 'Истекло'],
    ]);

    const history = await call(ctx, 'partners:history', { id: partner.id });
    expect(history.timeline.find((item) => item.kind === 'agreement')).toMatchObject({ id: uzbekPlan.id, detail: 'in_force' });
    expect(history.inForce.map((a) => [a.id, a.shownStatus])).toEqual([[uzbekPlan.id, 'in_force']]);

    const alerts = await call(ctx, 'alerts:list', {});
    expect(alerts.withoutScan.map((a) => [a.id, a.shownStatus])).toEqual([[uzbekPlan.id, 'in_force']]);

    const pack = await call(ctx, 'briefing:get', { visitId: visit.id });
    expect(pack.agreements.map((a) => [a.id, a.shownStatus, a.expiresSoon])).toEqual([[uzbekPlan.id, 'in_force', false]]);
  });

  it('finds the plan when the register is filtered by "in force", and sorts by the status shown', async () => {
    const ctx = openTestOffice();
    const { uzbekPlan, russianPlan } = await twoPlans(ctx);
    at(ctx, NOVEMBER_2026);
    const ids = async (input: ChannelInput<'agreements:list'>) => (await call(ctx, 'agreements:list', input)).rows.map((a) => a.id);

    expect(await ids({ status: 'in_force' })).toEqual([uzbekPlan.id]);
    expect(await ids({ status: 'expired' })).toEqual([russianPlan.id]);
    expect(await ids({ status: 'signed' })).toEqual([]);
    expect(await ids({ expiry: 'expired' })).toEqual([russianPlan.id]);
    // Recorded, both are "signed" and the Russian plan would come first by id.
    expect(await ids({ sort: { column: 'status', direction: 'asc' } })).toEqual([uzbekPlan.id, russianPlan.id]);
    expect(await ids({ search: 'план', sort: { column: 'status', direction: 'desc' } })).toEqual([russianPlan.id, uzbekPlan.id]);

    const csv = await call(ctx, 'agreements:exportCsv', { filter: { status: 'in_force' }, lang: 'ru', labels });
    expect(csvStatuses(csv.csv)).toEqual([['План совместных действий на 2026-2027 годы', 'Действует']]);
  });

  it("comes into force at midnight in Baku on 1 January 2026, by the office's clock", async () => {
    const ctx = openTestOffice();
    const { uzbekPlan } = await twoPlans(ctx);
    at(ctx, '2025-12-31T19:59:00Z');
    expect((await call(ctx, 'agreements:get', { id: uzbekPlan.id })).shownStatus).toBe('signed');
    at(ctx, '2025-12-31T20:00:00Z');
    expect((await call(ctx, 'agreements:get', { id: uzbekPlan.id })).shownStatus).toBe('in_force');
  });

  it('keeps a terminated plan terminated, whatever its dates say', async () => {
    const ctx = openTestOffice();
    const { uzbekPlan } = await twoPlans(ctx);
    at(ctx, NOVEMBER_2026);
    const terminated = await call(ctx, 'agreements:save', { ...jointActionPlan(uzbekPlan.parties.map((p) => p.organizationId)), id: uzbekPlan.id, status: 'terminated' });
    expect(terminated).toMatchObject({ status: 'terminated', shownStatus: 'terminated' });
    expect((await call(ctx, 'agreements:list', { status: 'in_force' })).total).toBe(0);
  });

  it('marks the plan as expiring in the briefing pack by the horizon the officer saved in Settings', async () => {
    const ctx = openTestOffice();
    const { visit, uzbekPlan } = await twoPlans(ctx);
    at(ctx, NOVEMBER_2026);
    const expiresSoon = async () => (await call(ctx, 'briefing:get', { visitId: visit.id })).agreements.find((a) => a.id === uzbekPlan.id)?.expiresSoon;
    // From 20 November 2026 to 31 December 2027, its last valid day, is 406 days.
    await call(ctx, 'settings:save', { expiryHorizonDays: 405 });
    expect(await expiresSoon()).toBe(false);
    await call(ctx, 'settings:save', { expiryHorizonDays: 406 });
    expect(await expiresSoon()).toBe(true);
    expect((await call(ctx, 'briefing:get', { visitId: visit.id })).alertHorizonDays).toBe(406);
    expect((await call(ctx, 'alerts:list', {})).expiring.map((a) => a.id)).toEqual([uzbekPlan.id]);
  });
});
