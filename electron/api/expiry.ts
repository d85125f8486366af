// The register's calendar: the expiry horizon the officer set, and what is overdue. Days are
// counted in domain/calendar.ts; what an agreement's dates make of its status is
// domain/agreement-status.ts. "Today" always comes from ctx.now(), so tests fix it.
import type { ExpiryWindow } from '../../domain/agreement-status';
import { addDays, officeDay } from '../../domain/calendar';
import type { HandlerContext } from './context';
import { getSettings } from './settings';

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
