// FullCalendar writes its titles, column heads and times with Intl unless it is handed functions,
// and Chromium's Intl may have no Azerbaijani ("2025 M12", "Mon"). These functions hand every
// such text to ./format.ts, so the calendars read like the rest of the app on any PC. FullCalendar's
// own locales are kept for their button texts ("Bu Gün", "Неделя") and first day of the week.
import { TZDate } from '@date-fns/tz';
import type { FormatterInput, LocaleInput } from '@fullcalendar/react';
import azLocale from '@fullcalendar/react/locales/az';
import enLocale from '@fullcalendar/react/locales/en-gb';
import ruLocale from '@fullcalendar/react/locales/ru';
import { isFirstDayOfMonth, isLastDayOfMonth, isSameMonth } from 'date-fns';
import { LANGUAGES, type Language } from '../../../domain/contract';
import {
  formatClock,
  formatDaySpan,
  formatMonthHeading,
  formatWeekdayAbbreviation,
  formatWeekdayAndDate,
  formatWeekdayAndDay,
} from './format';

const CALENDAR_LOCALES: Record<Language, LocaleInput> = { az: azLocale, ru: ruLocale, en: enLocale };

/** What FullCalendar passes a formatting function: the dates as they read in the calendar's zone. */
interface CalendarDates {
  start: { marker: Date };
  end?: { marker: Date } | null;
}

/**
 * FullCalendar's "marker" carries the calendar's wall clock in its UTC fields; read in UTC, the
 * date-fns patterns see that wall clock whatever zone the PC is in, with no daylight-saving gap.
 */
const wallClock = (at: { marker: Date }): Date => new TZDate(at.marker.getTime(), 'UTC');

/** A formatting function of one day or moment, in the shape FullCalendar takes. */
const ofDay =
  (write: (day: Date) => string): FormatterInput =>
  ({ start }: CalendarDates) =>
    write(wallClock(start));

/** "Dekabr 2025" for a whole month, "1–7 dekabr 2025" for a week or a visit's days. */
const title =
  (lang: Language): FormatterInput =>
  ({ start, end }: CalendarDates) => {
    const from = wallClock(start);
    const to = end ? wallClock(end) : from;
    const wholeMonth = isFirstDayOfMonth(from) && isLastDayOfMonth(to) && isSameMonth(from, to);
    return wholeMonth ? formatMonthHeading(from, lang) : formatDaySpan(from, to, lang);
  };

/** "09:00" alone, or "09:00–10:30" where the calendar shows where an event ends. */
const clock: FormatterInput = ({ start, end }: CalendarDates) =>
  end ? `${formatClock(wallClock(start))}–${formatClock(wallClock(end))}` : formatClock(wallClock(start));

type CalendarFormat = 'titleFormat' | 'dayHeaderFormat' | 'dayCellFormat' | 'popoverFormat' | 'slotHeaderFormat' | 'eventTimeFormat';

export interface CalendarTexts {
  /** Spread into every FullCalendar: its locale, title, times, day numbers and column titles of a week. */
  options: { locale: LocaleInput } & Record<CalendarFormat, FormatterInput>;
  /** Column titles of a month view, where a column is a weekday rather than one day. */
  weekdayHeader: FormatterInput;
  /** Column titles over a visit's programme, a few days wide. */
  weekdayAndDateHeader: FormatterInput;
}

function textsFor(lang: Language): CalendarTexts {
  const weekdayAndDate = ofDay((day) => formatWeekdayAndDate(day, lang));
  return {
    options: {
      locale: CALENDAR_LOCALES[lang],
      titleFormat: title(lang),
      dayHeaderFormat: ofDay((day) => formatWeekdayAndDay(day, lang)),
      dayCellFormat: ofDay((day) => String(day.getDate())),
      popoverFormat: weekdayAndDate,
      slotHeaderFormat: clock,
      eventTimeFormat: clock,
    },
    weekdayHeader: ofDay((day) => formatWeekdayAbbreviation(day, lang)),
    weekdayAndDateHeader: weekdayAndDate,
  };
}

/** Made once per language: a re-render hands FullCalendar the same functions, so it sees no changed options. */
export const CALENDAR_TEXTS = Object.fromEntries(LANGUAGES.map((lang) => [lang, textsFor(lang)])) as Record<Language, CalendarTexts>;
