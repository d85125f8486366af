// Debian's Chromium has no Azerbaijani in its Intl data, so a calendar left to Intl reads
// "2025 M12" and "Tue 2". An officer opens the calendar by month and by week, and the Uzbek
// minister's programme, in Azerbaijani and then in Russian, and reads the month, the weekdays and
// the days in that language: the app writes them from the locale data it ships.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput, Language } from '../../domain/contract';
import { artifactsDir, launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;
let uzbekVisitId = 0;

async function invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await page.evaluate(([c, i]) => window.api.invoke(c as Channel, i as never), [channel, input] as const)) as {
    ok: boolean;
    value: ChannelOutput<C>;
  };
  expect(result, channel).toMatchObject({ ok: true });
  return result.value;
}

async function openInLanguage(language: Language, route: string) {
  await invoke('settings:save', { language });
  await page.goto(`${app.origin}/index.html#${route}`);
  await page.reload();
}

/** A full-page picture from the top, so the fixed header sits above the page rather than across it. */
async function screenshot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot(name);
}

beforeAll(async () => {
  app = await launchApp({ route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(10_000);
  // The calendar opens on the PC's today: the week of the Uzbek minister's visit, 2–5 December 2025.
  await page.clock.setFixedTime(new Date('2025-12-03T09:00:00+04:00'));
  await invoke('demo:load', {});
  const visits = await invoke('visits:list', { search: 'Qudratxocayev', lang: 'az' });
  uzbekVisitId = visits.rows[0]?.id ?? 0;
  expect(uzbekVisitId).toBeGreaterThan(0);
});
afterAll(async () => {
  await app?.close();
});

/** What each screen must read, written out as an Azerbaijani or Russian officer expects it. */
const EXPECTED = [
  {
    language: 'az' as const,
    calendar: 'Təqvim',
    weekButton: 'Həftə',
    monthTitle: 'Dekabr 2025',
    monthColumns: ['B.e', 'Ç.a', 'Ç.', 'C.a', 'C.', 'Ş.', 'B.'],
    weekTitle: '1–7 dekabr 2025',
    weekColumns: ['B.e 1', 'Ç.a 2', 'Ç. 3', 'C.a 4', 'C. 5', 'Ş. 6', 'B. 7'],
    timeline: 'Günlər üzrə proqram',
    programmeColumns: ['Çərşənbə axşamı, 2 dekabr', 'Çərşənbə, 3 dekabr', 'Cümə axşamı, 4 dekabr', 'Cümə, 5 dekabr'],
  },
  {
    language: 'ru' as const,
    calendar: 'Календарь',
    weekButton: 'Неделя',
    monthTitle: 'Декабрь 2025',
    monthColumns: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
    weekTitle: '1–7 декабря 2025',
    weekColumns: ['Пн 1', 'Вт 2', 'Ср 3', 'Чт 4', 'Пт 5', 'Сб 6', 'Вс 7'],
    timeline: 'Программа по дням',
    programmeColumns: ['Вторник, 2 декабря', 'Среда, 3 декабря', 'Четверг, 4 декабря', 'Пятница, 5 декабря'],
  },
];

// What the column heads show; FullCalendar keeps a screen reader's text beside it, hidden from the eye.
const columnHeads = (within = page.locator('body')) => within.locator('[role=columnheader] [aria-hidden=true]').allInnerTexts();

describe.each(EXPECTED)('dates in $language, from the locale data the app ships', (expected) => {
  it('names the month and the weekdays in the calendar’s month view', async () => {
    await openInLanguage(expected.language, '/calendar');
    await page.getByRole('heading', { name: expected.calendar }).waitFor();
    await page.getByRole('heading', { name: expected.monthTitle, exact: true }).waitFor();
    expect(await columnHeads()).toEqual(expected.monthColumns);
    await screenshot(`locale-calendar-month-${expected.language}`);
  });

  it('names the week’s days in the week view, on the 24-hour clock', async () => {
    await page.getByText(expected.weekButton, { exact: true }).click();
    await page.getByRole('heading', { name: expected.weekTitle, exact: true }).waitFor();
    expect(await columnHeads()).toEqual(expected.weekColumns);
    await page.getByText('07:00', { exact: true }).first().waitFor();
    await screenshot(`locale-calendar-week-${expected.language}`);
  });

  it('heads each day of the Uzbek minister’s programme with its weekday and date', async () => {
    await openInLanguage(expected.language, `/visits/${uzbekVisitId}`);
    const timeline = page.getByRole('region', { name: expected.timeline });
    await timeline.waitFor();
    expect(await columnHeads(timeline)).toEqual(expected.programmeColumns);
    await timeline.getByText('10:00–11:00', { exact: true }).waitFor(); // the ministers' meeting on the 3rd
    await screenshot(`locale-programme-timeline-${expected.language}`);
    // The timeline's head at full size too: in the whole page's picture its column titles are a few pixels high.
    const box = await timeline.boundingBox();
    if (!box) throw new Error('the programme timeline is not on the page');
    const path = join(artifactsDir, 'screenshots', `locale-programme-timeline-head-${expected.language}.png`);
    await page.screenshot({ path, fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: 400 } });
  });
});
