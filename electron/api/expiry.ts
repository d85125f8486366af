// Calendar arithmetic for the register: what is expiring, what has expired, what is overdue.
// Dates are `YYYY-MM-DD` days, counted in UTC so no zone or daylight change shifts a day.
// "Today" is always given by the caller, from ctx.now(), so tests fix it.
import type { AgreementStatus } from '../contract';

/** The office works on Baku time: an agreement valid "to 31 December" expires at Baku's midnight. */
export const OFFICE_TIME_ZONE = 'Asia/Baku';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day an instant falls on in the office's time zone. */
export function officeDay(now: Date, timeZone = OFFICE_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(now);
}

const epochDay = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

export function addDays(isoDate: string, days: number): string {
  return new Date((epochDay(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: 1 for tomorrow, -1 for yesterday. */
export function daysBetween(from: string, to: string): number {
  return Math.round(epochDay(to) - epochDay(from));
}

/** Statuses in which an agreement binds the parties, so its end date matters. */
export const BINDING_STATUSES: readonly AgreementStatus[] = ['signed', 'in_force'];

export type Validity = 'open_ended' | 'valid' | 'expiring' | 'expired' | 'not_binding';

/**
 * Where an agreement stands on `today`. The last day of validity is still a valid day; it is
 * "expiring" when that day is within `horizonDays` of today (inclusive at both ends).
 */
export function validityOn(
  agreement: { status: AgreementStatus; validTo: string | null },
  today: string,
  horizonDays: number,
): Validity {
  if (agreement.status === 'expired') return 'expired';
  if (!BINDING_STATUSES.includes(agreement.status)) return 'not_binding';
  if (agreement.validTo === null) return 'open_ended';
  const daysLeft = daysBetween(today, agreement.validTo);
  if (daysLeft < 0) return 'expired';
  return daysLeft <= horizonDays ? 'expiring' : 'valid';
}

/** The day an activity must be done by: the end of its period, or its single due date. */
export function dueDay(activity: { dueFrom: string | null; dueTo: string | null }): string | null {
  return activity.dueTo ?? activity.dueFrom;
}

export function isOverdue(activity: { status: string; dueFrom: string | null; dueTo: string | null }, today: string): boolean {
  const due = dueDay(activity);
  return (activity.status === 'planned' || activity.status === 'in_progress') && due !== null && due < today;
}
