// Calendar arithmetic for the register: today, the expiry horizon, what is overdue. What an
// agreement's dates make of its status is db/agreement-status.ts.
// Dates are `YYYY-MM-DD` days, counted in UTC so no zone or daylight change shifts a day.
// "Today" always comes from ctx.now(), so tests fix it.
import type { ExpiryWindow } from '../../db/agreement-status';
import type { HandlerContext } from './context';
import { getSettings } from './settings';

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

/** Today, and the expiry horizon the officer set in Settings (`expiryHorizonDays`): its length and last day. */
export function expiryWindow(ctx: HandlerContext): ExpiryWindow & { horizonDays: number } {
  const today = officeDay(ctx.now());
  const horizonDays = getSettings(ctx).expiryHorizonDays;
  return { today, horizonEnd: addDays(today, horizonDays), horizonDays };
}

/** The day an activity must be done by: the end of its period, or its single due date. */
export function dueDay(activity: { dueFrom: string | null; dueTo: string | null }): string | null {
  return activity.dueTo ?? activity.dueFrom;
}

export function isOverdue(activity: { status: string; dueFrom: string | null; dueTo: string | null }, today: string): boolean {
  const due = dueDay(activity);
  return (activity.status === 'planned' || activity.status === 'in_progress') && due !== null && due < today;
}
