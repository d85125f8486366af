// For any recorded status, any dates and any day, the one status function (domain/agreement-status.ts)
// and every place that shows an agreement's status or standing say the same: its SQL, the register
// (page, filters, sort, CSV), the agreement itself, a partner's history, the alerts and the briefing
// pack. Dates fall within a few weeks of each other so that "the same day" comes up often: the
// boundaries are where the old copies of this rule disagreed.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  BINDING_SQL,
  SHOWN_STATUS_SQL,
  VALIDITY_SQL,
  isBinding,
  shownStatus,
  validityOn,
  type ExpiryWindow,
  type StatusFacts,
  type Validity,
} from '../../domain/agreement-status';
import type { HandlerContext } from '../../electron/api/context';
import { addDays } from '../../domain/calendar';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, CSV_COLUMNS, type AgreementStatus } from '../../domain/contract';
import { jointActionPlan, uzbekOffice } from './office';
import { call, openTestOffice } from './test-context';

const day = fc.integer({ min: 0, max: 30 }).map((offset) => addDays('2026-01-01', offset));

// The contract refuses a last day before the first, so such pairs are drawn the other way round.
const facts: fc.Arbitrary<StatusFacts> = fc
  .record({ status: fc.constantFrom(...AGREEMENT_STATUSES), signedOn: fc.option(day), validFrom: fc.option(day), validTo: fc.option(day) })
  .map((drawn) =>
    drawn.validFrom !== null && drawn.validTo !== null && drawn.validTo < drawn.validFrom
      ? { ...drawn, validFrom: drawn.validTo, validTo: drawn.validFrom }
      : drawn,
  );

const horizon = fc.record({ today: day, horizonDays: fc.integer({ min: 1, max: 20 }) });
const windowOf = ({ today, horizonDays }: { today: string; horizonDays: number }): ExpiryWindow => ({
  today,
  horizonEnd: addDays(today, horizonDays),
});

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const keyed = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key): [string, string] => [key, key])) as Record<K, string>;
const LABELS = { columns: keyed(CSV_COLUMNS), types: keyed(AGREEMENT_TYPES), statuses: keyed(AGREEMENT_STATUSES), openEnded: '' };

interface Expected {
  id: number;
  title: string;
  shown: AgreementStatus;
  validity: Validity;
  binding: boolean;
  atVisit: boolean;
}

describe('one status function, shown the same everywhere', () => {
  it('its SQL says what the function says', () => {
    const ctx = openTestOffice();
    const judge = ctx.db.prepare(`SELECT ${SHOWN_STATUS_SQL} AS shown, ${VALIDITY_SQL} AS validity, ${BINDING_SQL} AS binding
      FROM (SELECT @status AS status, @signedOn AS signed_on, @validFrom AS valid_from, @validTo AS valid_to) AS a`);
    fc.assert(
      fc.property(facts, horizon, (agreement, drawn) => {
        const window = windowOf(drawn);
        expect(judge.get({ ...agreement, ...window })).toEqual({
          shown: shownStatus(agreement, window.today),
          validity: validityOn(agreement, window),
          binding: isBinding(agreement, window.today) ? 1 : 0,
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('every channel that shows a status or standing agrees with it', async () => {
    const ctx = openTestOffice();
    const office = await uzbekOffice(ctx);
    const drawnAgreements = fc.array(fc.record({ facts, atVisit: fc.boolean() }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(drawnAgreements, horizon, async (agreements, drawn) => {
        ctx.db.prepare('DELETE FROM agreements').run();
        ctx.now = () => new Date(`${drawn.today}T08:00:00Z`); // noon in Baku
        await call(ctx, 'settings:save', { expiryHorizonDays: drawn.horizonDays });
        const window = windowOf(drawn);
        const expected: Expected[] = [];
        for (const [index, agreement] of agreements.entries()) {
          const title = `Plan ${index}`;
          const saved = await call(ctx, 'agreements:save', {
            ...jointActionPlan([office.ours.id, office.partner.id]),
            ...agreement.facts,
            title: { az: null, ru: null, en: title },
            signedAtVisitId: agreement.atVisit ? office.visit.id : null,
          });
          expected.push({
            id: saved.id,
            title,
            shown: shownStatus(agreement.facts, window.today),
            validity: validityOn(agreement.facts, window),
            binding: isBinding(agreement.facts, window.today),
            atVisit: agreement.atVisit,
          });
        }
        await theRegisterAgrees(ctx, expected);
        await theHistoryAlertsAndPackAgree(ctx, expected, office);
      }),
      { numRuns: 60 },
    );
  });
});

const idsWhere = (expected: Expected[], keep: (agreement: Expected) => boolean) => sorted(expected.filter(keep).map((a) => a.id));
const shownOf = (expected: Expected[], id: number) => expected.find((agreement) => agreement.id === id)?.shown;

async function theRegisterAgrees(ctx: HandlerContext, expected: Expected[]) {
  for (const agreement of expected) {
    expect((await call(ctx, 'agreements:get', { id: agreement.id })).shownStatus).toBe(agreement.shown);
  }
  const page = await call(ctx, 'agreements:list', { limit: 100, sort: { column: 'status', direction: 'asc' } });
  expect(page.rows.map((row) => row.shownStatus)).toEqual(page.rows.map((row) => shownOf(expected, row.id)));
  const order = page.rows.map((row) => AGREEMENT_STATUSES.indexOf(row.shownStatus));
  expect(order).toEqual([...order].sort((a, b) => a - b));

  for (const status of AGREEMENT_STATUSES) {
    const filtered = await call(ctx, 'agreements:list', { status, limit: 100 });
    expect(sorted(filtered.rows.map((row) => row.id))).toEqual(idsWhere(expected, (a) => a.shown === status));
  }
  for (const expiry of ['expiring', 'expired'] as const) {
    const filtered = await call(ctx, 'agreements:list', { expiry, limit: 100 });
    expect(sorted(filtered.rows.map((row) => row.id))).toEqual(idsWhere(expected, (a) => a.validity === expiry));
  }

  const { csv } = await call(ctx, 'agreements:exportCsv', { filter: {}, lang: 'en', labels: LABELS });
  const [header = [], ...rows] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  const statusColumn = header.indexOf('status');
  const csvStatus = new Map(rows.map((row) => [row[0], row[statusColumn]]));
  expect(Object.fromEntries(csvStatus)).toEqual(Object.fromEntries(expected.map((a) => [a.title, a.shown])));
}

async function theHistoryAlertsAndPackAgree(ctx: HandlerContext, expected: Expected[], office: Awaited<ReturnType<typeof uzbekOffice>>) {
  const summariesAgree = (summaries: { id: number; shownStatus: AgreementStatus }[]) =>
    expect(summaries.map((summary) => summary.shownStatus)).toEqual(summaries.map((summary) => shownOf(expected, summary.id)));
  const ids = (summaries: { id: number }[]) => sorted(summaries.map((summary) => summary.id));

  const history = await call(ctx, 'partners:history', { id: office.partner.id });
  const onTimeline = history.timeline.filter((item) => item.kind === 'agreement');
  expect(onTimeline.map((item) => item.detail)).toEqual(onTimeline.map((item) => shownOf(expected, item.id)));
  expect(ids(history.inForce)).toEqual(idsWhere(expected, (a) => a.validity === 'valid' || a.validity === 'open_ended'));
  expect(ids(history.expiring)).toEqual(idsWhere(expected, (a) => a.validity === 'expiring'));
  expect(ids(history.expired)).toEqual(idsWhere(expected, (a) => a.validity === 'expired'));
  [history.inForce, history.expiring, history.expired].forEach(summariesAgree);

  const alerts = await call(ctx, 'alerts:list', {});
  expect(ids(alerts.expiring)).toEqual(idsWhere(expected, (a) => a.validity === 'expiring'));
  expect(ids(alerts.renewalNotStarted)).toEqual(idsWhere(expected, (a) => a.validity === 'expiring'));
  expect(ids(alerts.withoutScan)).toEqual(idsWhere(expected, (a) => a.binding));
  [alerts.expiring, alerts.withoutScan].forEach(summariesAgree);

  const pack = await call(ctx, 'briefing:get', { visitId: office.visit.id });
  expect(ids(pack.agreements)).toEqual(idsWhere(expected, (a) => a.binding || a.atVisit));
  summariesAgree(pack.agreements);
  expect(pack.agreements.map((a) => a.expiresSoon)).toEqual(pack.agreements.map((a) => expected.find((e) => e.id === a.id)?.validity === 'expiring'));
}
