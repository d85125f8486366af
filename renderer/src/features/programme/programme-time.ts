// Programme times are stored as UTC instants and planned in the host city's wall-clock time; these
// convert between the two in a named time zone, whatever zone the officer's PC is set to.
import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';

/** `YYYY-MM-DD` and `HH:mm` in a time zone → the UTC instant as the database stores it. */
export function wallToInstant(day: string, time: string, timeZone: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(new TZDate(year, month - 1, date, hours, minutes, 0, 0, timeZone).getTime()).toISOString().replace('.000Z', 'Z');
}

/** The day and the clock time an instant shows in a time zone. */
export function instantToWall(instant: string, timeZone: string): { day: string; time: string } {
  const local = new TZDate(Date.parse(instant), timeZone);
  return { day: format(local, 'yyyy-MM-dd'), time: format(local, 'HH:mm') };
}

/** The calendar day after `day`. */
export function nextDay(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return format(addDays(new Date(year, month - 1, date), 1), 'yyyy-MM-dd');
}

/** Days from the first to the last of a visit, both included. */
export function visitDayCount(startDate: string, endDate: string): number {
  return Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000) + 1;
}
