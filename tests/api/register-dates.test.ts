import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUS_TRANSITIONS, canChangeStatus } from '../../domain/contract/status-transitions';
import { validityOn, type StatusFacts } from '../../domain/agreement-status';
import { addDays, daysBetween, officeDay } from '../../domain/calendar';
import { isOverdue } from '../../electron/api/expiry';

describe('agreement status transitions', () => {
  it('allows the path from draft to expiry, and nothing back from an end', () => {
    const allowed = (from: keyof typeof AGREEMENT_STATUS_TRANSITIONS, to: keyof typeof AGREEMENT_STATUS_TRANSITIONS) =>
      canChangeStatus(AGREEMENT_STATUS_TRANSITIONS, from, to);
    expect(allowed('draft', 'under_negotiation')).toBe(true);
    expect(allowed('under_negotiation', 'signed')).toBe(true);
    expect(allowed('signed', 'in_force')).toBe(true);
    expect(allowed('in_force', 'expired')).toBe(true);
    expect(allowed('in_force', 'terminated')).toBe(true);
    expect(allowed('draft', 'in_force')).toBe(false);
    expect(allowed('signed', 'draft')).toBe(false);
    expect(allowed('expired', 'in_force')).toBe(false);
    expect(allowed('terminated', 'signed')).toBe(false);
    expect(allowed('expired', 'expired')).toBe(true);
  });
});

describe('calendar days', () => {
  it('counts across month ends and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2026-09-01', '2026-12-31')).toBe(121);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });

  it("takes today on Baku's calendar, four hours ahead of UTC", () => {
    expect(officeDay(new Date('2026-12-31T19:59:59Z'))).toBe('2026-12-31');
    expect(officeDay(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });
});

describe('validity on a day', () => {
  const plan: StatusFacts = { status: 'in_force', signedOn: '2024-04-16', validFrom: '2024-01-01', validTo: '2026-12-31' };
  const on = (facts: StatusFacts, today: string, horizonDays: number) => validityOn(facts, { today, horizonEnd: addDays(today, horizonDays) });
  it('is expiring from the horizon day to the last valid day, then expired', () => {
    expect(on(plan, '2026-07-03', 180)).toBe('valid');
    expect(on(plan, '2026-07-04', 180)).toBe('expiring');
    expect(on(plan, '2026-12-30', 180)).toBe('expiring');
    expect(on(plan, '2026-12-31', 180)).toBe('expiring');
    expect(on(plan, '2027-01-01', 180)).toBe('expired');
  });

  it('counts a leap day in the horizon', () => {
    const leap = { ...plan, validTo: '2028-03-01' };
    // 2027-09-03 + 180 days is 2028-03-01 because 2028 has 29 February.
    expect(on(leap, '2027-09-03', 180)).toBe('expiring');
    expect(on(leap, '2027-09-02', 180)).toBe('valid');
    expect(on({ ...plan, validTo: '2028-02-29' }, '2028-02-29', 0)).toBe('expiring');
    expect(on({ ...plan, validTo: '2028-02-29' }, '2028-03-01', 0)).toBe('expired');
  });

  it('never expires when open-ended, and drafts are not binding', () => {
    expect(on({ ...plan, validTo: null }, '2099-01-01', 180)).toBe('open_ended');
    expect(on({ ...plan, status: 'draft' }, '2026-12-30', 180)).toBe('not_binding');
    expect(on({ ...plan, status: 'expired', validTo: '2030-01-01' }, '2026-12-30', 180)).toBe('expired');
  });

  it('makes an open activity overdue the day after its last due day', () => {
    const course = { status: 'planned', dueFrom: '2026-05-01', dueTo: '2026-05-31' };
    expect(isOverdue(course, '2026-05-31')).toBe(false);
    expect(isOverdue(course, '2026-06-01')).toBe(true);
    expect(isOverdue({ ...course, status: 'done' }, '2026-06-01')).toBe(false);
    expect(isOverdue({ status: 'in_progress', dueFrom: '2026-05-01', dueTo: null }, '2026-05-02')).toBe(true);
    expect(isOverdue({ status: 'planned', dueFrom: null, dueTo: null }, '2099-01-01')).toBe(false);
  });
});
