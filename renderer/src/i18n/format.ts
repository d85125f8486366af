// Every date, weekday and month name the app shows, on screen and in printed documents, is written
// here from date-fns's locale data, which ships inside the bundle. Chromium's own Intl data may
// have no Azerbaijani (Debian's build prints "2025 M12 3" and "Tue"), and the app must read the
// same on every PC, so nothing here asks Intl for a name. Intl is left the time-zone arithmetic
// and digits-only patterns (en-GB, en-CA), which every build carries.
// The main process writes no date names (its CSV and audit entries keep ISO dates), so this module
// stays in the renderer, which renders the printed documents too.
import { format, type Locale } from 'date-fns';
import { az, enGB, ru } from 'date-fns/locale';
import type { Language } from '../../../domain/contract';

const LOCALES: Record<Language, Locale> = { az, ru, en: enGB };

/**
 * A weekday as calendars abbreviate it: "B.e", "пн", "Mon". date-fns's three-letter form gives
 * "Baz.e" and "пнд", which no Azerbaijani or Russian calendar prints; its shortest form is theirs.
 */
const WEEKDAY_ABBREVIATION: Record<Language, string> = { az: 'EEEEEE', ru: 'EEEEEE', en: 'EEE' };

/**
 * Running text. date-fns capitalises Azerbaijani names, but Azerbaijani writes month and weekday
 * names in lower case inside a date ("3 dekabr 2025"), as Russian does.
 */
function inText(date: Date, pattern: string, lang: Language): string {
  const text = format(date, pattern, { locale: LOCALES[lang] });
  return lang === 'az' ? text.toLocaleLowerCase('az') : text;
}

/** A heading or a column title starts with a capital, whatever the language writes inside a sentence. */
function asHeading(text: string, lang: Language): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** A calendar date (`YYYY-MM-DD`) is a day, not an instant: build it locally so it never shifts. */
function dayOf(isoDate: string): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day);
}

export function formatDate(isoDate: string | null, lang: Language): string {
  return isoDate ? inText(dayOf(isoDate), 'd MMMM yyyy', lang) : '';
}

/** "2–4 December 2025", sharing the month and year when both ends have them in common. */
export function formatDateRange(from: string, to: string, lang: Language): string {
  return formatDaySpan(dayOf(from), dayOf(to), lang);
}

/** As `formatDateRange`, for days a calendar hands over; their own fields are the days shown. */
export function formatDaySpan(from: Date, to: Date, lang: Language): string {
  const end = inText(to, 'd MMMM yyyy', lang);
  if (from.getFullYear() !== to.getFullYear()) return `${inText(from, 'd MMMM yyyy', lang)} – ${end}`;
  if (from.getMonth() !== to.getMonth()) return `${inText(from, 'd MMMM', lang)} – ${end}`;
  return from.getDate() === to.getDate() ? end : `${inText(from, 'd', lang)}–${end}`;
}

/** "Wednesday, 3 December 2025", a programme day's heading. */
export function formatDayHeading(isoDate: string, lang: Language): string {
  return asHeading(inText(dayOf(isoDate), 'EEEE, d MMMM yyyy', lang), lang);
}

/** "Wednesday, 3 December": a day's column over a visit's programme, where the year goes without saying. */
export function formatWeekdayAndDate(day: Date, lang: Language): string {
  return asHeading(inText(day, 'EEEE, d MMMM', lang), lang);
}

/** "Mon", "Пн", "B.e": a month view's column titles. */
export function formatWeekdayAbbreviation(day: Date, lang: Language): string {
  return asHeading(inText(day, WEEKDAY_ABBREVIATION[lang], lang), lang);
}

/** "Tue 2", "Вт 2": a week view's column titles. */
export function formatWeekdayAndDay(day: Date, lang: Language): string {
  return `${formatWeekdayAbbreviation(day, lang)} ${format(day, 'd')}`;
}

/** "December 2025", a month's heading (the standalone form: «Декабрь», not «декабря»). */
export function formatMonthHeading(day: Date, lang: Language): string {
  return asHeading(inText(day, 'LLLL yyyy', lang), lang);
}

/** "09:05": the office reads the 24-hour clock in every language. */
export function formatClock(moment: Date): string {
  return format(moment, 'HH:mm');
}

/** An instant (UTC ISO) in the PC's local time: "2 dek 2025, 09:05". */
export function formatInstant(instant: string, lang: Language): string {
  return inText(new Date(instant), 'd MMM yyyy, HH:mm', lang);
}

/** The 24-hour clock in a time zone (digits only, so no locale data is needed). */
const clockIn = (timeZone: string) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });

/** Event times are shown in the event's own time zone, whatever the PC's zone is. */
export function formatTimeRange(startsAt: string, endsAt: string, timeZone: string): string {
  const clock = clockIn(timeZone);
  return `${clock.format(new Date(startsAt))}–${clock.format(new Date(endsAt))}`;
}

/** "3 December 2025, 10:00": a moment as its own time zone's clock read it. */
export function formatMomentInZone(instant: string, timeZone: string, lang: Language): string {
  return `${formatDate(dayInZone(instant, timeZone), lang)}, ${clockIn(timeZone).format(new Date(instant))}`;
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
