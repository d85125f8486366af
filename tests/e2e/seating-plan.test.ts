// An officer opens the seating plan of the Uzbek minister's bilateral meeting from the programme:
// Minister Heydarov and Minister Kudratkhodjaev face each other across the table at the talks, the
// layout switches to the signing ceremony, and the plan reads the same in Russian and Azerbaijani.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language, ProtocolEvent } from '../../domain/contract';
import { invoke } from './app-calls';
import { artifactsDir, dialogSettled, launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;
let visitId = 0;
let meeting: ProtocolEvent;

async function openIn(language: Language, route: string) {
  await invoke(page, 'settings:save', { language });
  await page.reload();
  await page.goto(`${app.origin}/index.html#${route}`);
}

const picture = () => page.getByTestId('seating-picture');

/** Opens the meeting from the timeline, then its seating plan with the event's own button. */
async function openSeating(seatingButton: string, seatingTitle: RegExp) {
  await page.getByTestId(`timeline-event-${meeting.id}`).click();
  await page.getByRole('button', { name: seatingButton, exact: true }).click();
  await page.getByRole('dialog', { name: seatingTitle }).waitFor();
  await picture().waitFor();
  await dialogSettled(page);
}

/** A picture of the seating dialog alone, as the officer sees it over the event's form. */
async function screenshot(name: string) {
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(join(artifactsDir, 'screenshots'), { recursive: true });
  await page.getByRole('dialog').filter({ has: picture() }).screenshot({ path: join(artifactsDir, 'screenshots', `${name}.png`) });
}

/** The names the drawing writes, line by line joined back into whole names. */
const drawnText = () => picture().locator('text').allTextContents();

beforeAll(async () => {
  app = await launchApp({ route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await invoke(page, 'demo:load', {});
  visitId = (await invoke(page, 'visits:list', { search: 'Kudratkhodjaev', lang: 'en' })).rows[0]?.id ?? 0;
  const visit = await invoke(page, 'visits:get', { id: visitId });
  const found = visit.events.find((event) => event.type === 'bilateral_meeting');
  if (!found) throw new Error('the Uzbek visit has no bilateral meeting');
  meeting = found;
});
afterAll(async () => {
  await app?.close();
});

describe('the seating plan of the bilateral meeting with the Uzbek minister', () => {
  it('seats the two ministers across the table at the talks, in English', async () => {
    await openIn('en', `/visits/${visitId}`);
    await openSeating('Seating', /^Seating plan: Bilateral meeting with Kamaladdin Heydarov/);
    const svg = picture();
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('aria-label')).toMatch(/^Talks seating plan for “Bilateral meeting with Kamaladdin Heydarov”/);
    const text = (await drawnText()).join(' ');
    expect(text).toContain('Heydarov');
    expect(text).toContain('Kudratkhodjaev');
    // The heads sit in the centre of their rows, the delegation across the table from our side.
    const heads = svg.locator('[data-kind=principal]');
    expect(await heads.count()).toBe(2);
    expect(await svg.getByText('Delegation', { exact: true }).count()).toBe(1);
    expect(await svg.getByText('Our side', { exact: true }).count()).toBe(1);
    expect(await svg.getByText('Entrance', { exact: true }).count()).toBe(1);
    await page.getByTestId('seating-problems').getByText('No problems found').waitFor();
    // The whole plan, its problems included, fits the window the office's PCs open (1440×900).
    const content = page.locator('.mantine-Modal-content').filter({ has: svg });
    expect(await content.evaluate((box) => box.scrollHeight - box.clientHeight)).toBeLessThanOrEqual(0);

    await page.getByRole('dialog').getByText('Presidium', { exact: true }).click();
    await expect.poll(() => svg.getAttribute('aria-label')).toMatch(/^Presidium seating plan/);
    expect(await svg.locator('[data-flag]').count()).toBe(0);
    await screenshot('seating-presidium-en');
  });

  it('reads the same in Russian, at the talks and at a signing ceremony', async () => {
    await openIn('ru', `/visits/${visitId}`);
    await openSeating('Рассадка', /^Рассадка: Двусторонняя встреча/);
    const text = (await drawnText()).join(' ');
    expect(text).toContain('Гейдаров');
    expect(text).toContain('Кудратходжаев');
    expect(await picture().getAttribute('aria-label')).toMatch(/^Рассадка «Переговоры»/);
    await screenshot('seating-talks-ru');

    await page.getByRole('dialog').getByText('Церемония подписания', { exact: true }).click();
    await expect.poll(() => picture().getAttribute('aria-label')).toMatch(/^Рассадка «Церемония подписания»/);
    expect(await picture().locator('[data-kind=standing]').count()).toBeGreaterThan(0);
    expect((await drawnText()).join(' ')).toContain('Гейдаров');
    await screenshot('seating-signing-ru');
  });

  it('reads the same in Azerbaijani', async () => {
    await openIn('az', `/visits/${visitId}`);
    await openSeating('Oturma planı', /^Oturma planı: Kəmaləddin Heydərov ilə ikitərəfli görüş/);
    const text = (await drawnText()).join(' ');
    expect(text).toContain('Heydərov');
    expect(text).toContain('Qudratxocayev');
    expect(await picture().getByText('Nümayəndə heyəti', { exact: true }).count()).toBe(1);
    await screenshot('seating-talks-az');
    await page.keyboard.press('Escape');
    await expect.poll(() => picture().count()).toBe(0);
  });
});
