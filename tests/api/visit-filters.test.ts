// The visits list narrowed by year, status and partner, as the filters above it send them.
import { describe, expect, it } from 'vitest';
import { call, openTestOffice } from './test-context';
import { azMes, uzbekVisit, uzMes } from './office';

describe('the visits list filters', () => {
  it('finds a visit in every year it touches, and narrows by status and partner together', async () => {
    const ctx = openTestOffice();
    const uzbekistan = await call(ctx, 'organizations:save', uzMes());
    const ours = await call(ctx, 'organizations:save', azMes());
    const overNewYear = await call(ctx, 'visits:save', { ...uzbekVisit(uzbekistan.id), startDate: '2025-12-30', endDate: '2026-01-02' });
    const december = await call(ctx, 'visits:save', { ...uzbekVisit(uzbekistan.id), startDate: '2025-12-03', endDate: '2025-12-04', status: 'planned' });
    const march = await call(ctx, 'visits:save', { ...uzbekVisit(ours.id), startDate: '2026-03-10', endDate: '2026-03-12' });
    const ids = async (filters: Record<string, unknown>) =>
      (await call(ctx, 'visits:list', { ...filters, sort: { column: 'startDate', direction: 'asc' } })).rows.map((visit) => visit.id);

    expect(await ids({ year: 2025 })).toEqual([december.id, overNewYear.id]);
    expect(await ids({ year: 2026 })).toEqual([overNewYear.id, march.id]);
    expect(await ids({ year: 2024 })).toEqual([]);
    expect(await ids({ year: 2025, status: 'planned' })).toEqual([december.id]);
    expect(await ids({ year: 2026, partnerOrganizationId: ours.id })).toEqual([march.id]);
    expect(await ids({ status: 'draft', partnerOrganizationId: uzbekistan.id })).toEqual([overNewYear.id]);
  });
});
