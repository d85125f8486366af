// Programme times are stored as UTC instants and planned in the host city's wall-clock time; these
// convert between the two in a named time zone, whatever zone the PC is set to. The event form
// converts only through `plannedInstants` and `plannedTimesOf`, and main copies a programme into
// another visit through `instantToWall` and `wallToInstant`, so the rule for an event that runs
// past midnight, and for a day in another zone, lives here and nowhere else.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { addDays, daysBetween } from './calendar';
import { toInstant } from './contract/common';

/** An event's times as an officer plans them: a day, and clock times (`HH:mm`) in the event's time zone. */
export interface PlannedTimes {
  day: string;
  starts: string;
  ends: string;
  /** Said on purpose, so that "15:00 to 14:30" is a typo to point out, never a 23½-hour event. */
  endsNextDay: boolean;
}

/** An end at or before the start on the clock, when the officer has not said the event ends the next day. */
export function endsBeforeStart({ starts, ends, endsNextDay }: Omit<PlannedTimes, 'day'>): boolean {
  return !endsNextDay && ends <= starts;
}

/** The planned times as the UTC instants the database stores. */
export function plannedInstants(times: PlannedTimes, timeZone: string): { startsAt: string; endsAt: string } {
  return {
    startsAt: wallToInstant(times.day, times.starts, timeZone),
    endsAt: wallToInstant(times.endsNextDay ? nextDay(times.day) : times.day, times.ends, timeZone),
  };
}

/** The stored instants as the officer plans them; an end on a later day than the start ends the next day. */
export function plannedTimesOf(startsAt: string, endsAt: string, timeZone: string): PlannedTimes {
  const start = instantToWall(startsAt, timeZone);
  const end = instantToWall(endsAt, timeZone);
  return { day: start.day, starts: start.time, ends: end.time, endsNextDay: end.day > start.day };
}

/** An hour from a clock time picked on the timeline; past midnight it ends the next day. */
export function anHourFrom(day: string, starts: string, timeZone: string): PlannedTimes {
  const startsAt = wallToInstant(day, starts, timeZone);
  return plannedTimesOf(startsAt, new Date(Date.parse(startsAt) + 3_600_000).toISOString(), timeZone);
}

/** `YYYY-MM-DD` and `HH:mm` in a time zone → the UTC instant as the database stores it. */
export function wallToInstant(day: string, time: string, timeZone: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return toInstant(new TZDate(year, month - 1, date, hours, minutes, 0, 0, timeZone).getTime());
}

/** The day and the clock time an instant shows in a time zone. */
export function instantToWall(instant: string, timeZone: string): { day: string; time: string } {
  const local = new TZDate(Date.parse(instant), timeZone);
  return { day: format(local, 'yyyy-MM-dd'), time: format(local, 'HH:mm') };
}

/** The calendar day after `day`. */
export const nextDay = (day: string): string => addDays(day, 1);

/** Days from the first to the last of a visit, both included. */
export const visitDayCount = (startDate: string, endDate: string): number => daysBetween(startDate, endDate) + 1;
