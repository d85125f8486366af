// Calendar days, `YYYY-MM-DD`, counted in UTC so that no zone or daylight change shifts a day, and
// "today" as the office in Baku counts it. Main's handlers, the database's backup schedule and the
// conflict rules all count days with these.

/** The office works on Baku time: an agreement valid "to 31 December" expires at Baku's midnight. */
export const OFFICE_TIME_ZONE = 'Asia/Baku';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day an instant falls on in a time zone, the office's by default. */
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
