// Dates, times and country names in the interface language. Calendar dates go through date-fns
// because Chromium's built-in Intl data has no Azerbaijani (it would print "2025 M12 3").
import { format, type Locale } from 'date-fns';
import { az, enGB, ru } from 'date-fns/locale';
import type { Language } from '../../../electron/contract';

const LOCALES: Record<Language, Locale> = { az, ru, en: enGB };

/** A calendar date (`YYYY-MM-DD`) is a day, not an instant: build it locally so it never shifts. */
function dayOf(isoDate: string): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** Azerbaijani writes month and weekday names in lower case inside a date ("3 dekabr 2025"). */
function formatDay(date: Date, pattern: string, lang: Language): string {
  const text = format(date, pattern, { locale: LOCALES[lang] });
  return lang === 'az' ? text.toLocaleLowerCase('az') : text;
}

export function formatDate(isoDate: string | null, lang: Language): string {
  return isoDate ? formatDay(dayOf(isoDate), 'd MMMM yyyy', lang) : '';
}

/** "2–4 December 2025", sharing the month and year when both ends have them in common. */
export function formatDateRange(from: string, to: string, lang: Language): string {
  if (from === to) return formatDate(from, lang);
  const end = formatDate(to, lang);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${formatDay(dayOf(from), 'd', lang)}–${end}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return `${formatDay(dayOf(from), 'd MMMM', lang)} – ${end}`;
  return `${formatDate(from, lang)} – ${end}`;
}

/** "Wednesday, 3 December 2025", a programme day's heading. */
export function formatDayHeading(isoDate: string, lang: Language): string {
  const text = formatDay(dayOf(isoDate), 'EEEE, d MMMM yyyy', lang);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** Event times are shown in the event's own time zone, whatever the PC's zone is. */
export function formatTimeRange(startsAt: string, endsAt: string, timeZone: string): string {
  const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return `${clock.format(new Date(startsAt))}–${clock.format(new Date(endsAt))}`;
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone; groups a programme by day. */
export function dayInZone(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(new Date(instant));
}

/** "UTC+4" for Asia/Baku, so officers see the offset rather than a database name. */
export function zoneOffset(timeZone: string, atInstant: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date(atInstant));
  const offset = parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return offset.replace(/^GMT/, 'UTC');
}
