// Dates read in the officer's language from the locale data the app ships (date-fns), the same in
// the office's Electron and in a Chromium whose Intl knows no Azerbaijani; the end-to-end test
// tests/e2e/locale-dates.test.ts shows the calendars doing so in Debian's Chromium.
import type { FormatterInput } from '@fullcalendar/react';
import { describe, expect, it } from 'vitest';
import { CALENDAR_TEXTS } from '../../renderer/src/i18n/calendar-formats';
import {
  formatDate,
  formatDateRange,
  formatDayHeading,
  formatMonthHeading,
  formatWeekdayAbbreviation,
  formatWeekdayAndDate,
  formatWeekdayAndDay,
} from '../../renderer/src/i18n/format';

// Tuesday, 2 December 2025, as a day on the PC's own calendar.
const tuesday = new Date(2025, 11, 2);

/** Runs one of the calendar's formatting functions as FullCalendar does, on wall-clock markers. */
function calendarText(formatter: FormatterInput, start: Date, end?: Date): string {
  if (typeof formatter !== 'function') throw new Error('the calendar was given an Intl format, not a function');
  const at = (marker: Date) => ({ marker, instantMs: marker.getTime(), timeZoneOffset: 0, array: [], year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0 });
  return formatter({ date: at(start), start: at(start), end: end ? at(end) : null, timeZone: 'Asia/Baku', localeCodes: [] });
}

describe('dates in Azerbaijani', () => {
  it('write month and weekday names in lower case inside a date', () => {
    expect(formatDate('2025-12-02', 'az')).toBe('2 dekabr 2025');
    expect(formatDateRange('2025-12-02', '2025-12-04', 'az')).toBe('2–4 dekabr 2025');
    expect(formatDateRange('2025-11-28', '2025-12-02', 'az')).toBe('28 noyabr – 2 dekabr 2025');
  });

  it('lower-case the dotted İ of İyun and İyul the Azerbaijani way', () => {
    expect(formatDate('2025-06-03', 'az')).toBe('3 iyun 2025');
    expect(formatDate('2025-07-15', 'az')).toBe('15 iyul 2025');
  });

  it('start headings and column titles with a capital', () => {
    expect(formatDayHeading('2025-12-02', 'az')).toBe('Çərşənbə axşamı, 2 dekabr 2025');
    expect(formatWeekdayAndDate(tuesday, 'az')).toBe('Çərşənbə axşamı, 2 dekabr');
    expect(formatMonthHeading(tuesday, 'az')).toBe('Dekabr 2025');
    expect(formatWeekdayAbbreviation(tuesday, 'az')).toBe('Ç.a');
    expect(formatWeekdayAndDay(tuesday, 'az')).toBe('Ç.a 2');
  });
});

describe('dates in Russian', () => {
  it('decline the month inside a date and keep it nominative in a month heading', () => {
    expect(formatDate('2025-12-02', 'ru')).toBe('2 декабря 2025');
    expect(formatDayHeading('2025-12-02', 'ru')).toBe('Вторник, 2 декабря 2025');
    expect(formatMonthHeading(tuesday, 'ru')).toBe('Декабрь 2025');
  });

  it('abbreviate weekdays as Russian calendars print them', () => {
    expect(formatWeekdayAbbreviation(tuesday, 'ru')).toBe('Вт');
    expect(formatWeekdayAndDay(tuesday, 'ru')).toBe('Вт 2');
  });
});

describe('dates in English', () => {
  it('read day, month, year, as in Britain', () => {
    expect(formatDate('2025-12-02', 'en')).toBe('2 December 2025');
    expect(formatDayHeading('2025-12-02', 'en')).toBe('Tuesday, 2 December 2025');
    expect(formatWeekdayAndDay(tuesday, 'en')).toBe('Tue 2');
  });
});

describe('the calendars’ texts', () => {
  // FullCalendar hands over the calendar's wall clock in the UTC fields of its markers.
  const december = (day: number, hours = 0, minutes = 0) => new Date(Date.UTC(2025, 11, day, hours, minutes));

  it('title a whole month by its name, and a week by its days', () => {
    const { titleFormat } = CALENDAR_TEXTS.az.options;
    expect(calendarText(titleFormat, december(1), december(31, 23, 59))).toBe('Dekabr 2025');
    expect(calendarText(titleFormat, december(1), december(7, 23, 59))).toBe('1–7 dekabr 2025');
    expect(calendarText(CALENDAR_TEXTS.ru.options.titleFormat, december(1), december(31, 23, 59))).toBe('Декабрь 2025');
  });

  it('name the columns of a month, a week and a programme', () => {
    expect(calendarText(CALENDAR_TEXTS.az.weekdayHeader, december(2))).toBe('Ç.a');
    expect(calendarText(CALENDAR_TEXTS.ru.options.dayHeaderFormat, december(2))).toBe('Вт 2');
    expect(calendarText(CALENDAR_TEXTS.az.weekdayAndDateHeader, december(2))).toBe('Çərşənbə axşamı, 2 dekabr');
  });

  it('read times on the 24-hour clock of the calendar’s own zone, late evening included', () => {
    expect(calendarText(CALENDAR_TEXTS.az.options.slotHeaderFormat, december(2, 7))).toBe('07:00');
    expect(calendarText(CALENDAR_TEXTS.ru.options.eventTimeFormat, december(2, 9), december(2, 23, 30))).toBe('09:00–23:30');
    // Late at night in Baku is still the same day, whatever zone the PC is in.
    expect(calendarText(CALENDAR_TEXTS.ru.weekdayAndDateHeader, december(2, 23, 30))).toBe('Вторник, 2 декабря');
  });
});
