// Which hours the programme timeline shows. FullCalendar draws an event only inside the hours of its
// grid, so a grid cut to office hours drops the part of a late dinner that runs past midnight: the
// hours are widened to take in every day's part of every event.
import { instantToWall, nextDay } from '../../../../domain/programme-time';

const OFFICE_HOURS = { from: 8, to: 20 };
const MINUTES_IN_DAY = 24 * 60;

/** The stretch of one calendar day an event covers, in minutes after that day's midnight on the wall clock. */
export interface DayPart {
  day: string;
  fromMinute: number;
  toMinute: number;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** An event cut at each midnight of its time zone: one part for each day it is drawn on. */
export function dayParts(startsAt: string, endsAt: string, timeZone: string): DayPart[] {
  const start = instantToWall(startsAt, timeZone);
  const end = instantToWall(endsAt, timeZone);
  const parts: DayPart[] = [];
  for (let day = start.day; day <= end.day; day = nextDay(day)) {
    const fromMinute = day === start.day ? minutesOf(start.time) : 0;
    const toMinute = day === end.day ? minutesOf(end.time) : MINUTES_IN_DAY;
    // An event that ends at midnight sharp is not drawn on the next day.
    if (day !== start.day && toMinute === 0) continue;
    parts.push({ day, fromMinute, toMinute });
  }
  return parts;
}

const clock = (hours: number) => `${String(hours).padStart(2, '0')}:00`;

/** The grid's first and last hour (`slotMinTime`, `slotMaxTime`): office hours, widened to whole hours around every part of every event. */
export function gridHours(events: { startsAt: string; endsAt: string }[], timeZone: string): { from: string; to: string } {
  let from = OFFICE_HOURS.from;
  let to = OFFICE_HOURS.to;
  for (const event of events) {
    for (const part of dayParts(event.startsAt, event.endsAt, timeZone)) {
      from = Math.min(from, Math.floor(part.fromMinute / 60));
      to = Math.max(to, Math.ceil(part.toMinute / 60));
    }
  }
  return { from: clock(from), to: clock(to) };
}
