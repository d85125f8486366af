// An officer working in Russian presses Ctrl+K, types the minister's name in English Latin, and
// finds «Гейдаров», marked, among people and programme events; Enter opens him.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;
/** What the Russian interface calls people, in the search's groups and the list alike. */
const PEOPLE = 'Персоналии';

beforeAll(async () => {
  app = await launchApp({ route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await page.evaluate(() => window.api.invoke('demo:load', {}));
  await page.getByText('RU', { exact: true }).click();
  await page.getByRole('heading', { name: 'Визиты' }).waitFor();
});
afterAll(async () => {
  await app?.close();
});

describe('global search', () => {
  it('finds «Гейдаров» from "heydarov" in the Russian interface, marked, and Enter opens him', async () => {
    await page.keyboard.press('Control+k');
    const box = page.getByPlaceholder('Поиск людей, визитов, соглашений… на любом алфавите');
    await box.fill('heydarov');

    const people = page.getByRole('group', { name: PEOPLE });
    await people.waitFor();
    // The person himself comes first of all, before the meetings that mention him.
    const first = page.locator('.mantine-Spotlight-action').first();
    expect(await first.textContent()).toContain('Кямаледдин Гейдаров');
    expect(await first.locator('mark').allTextContents()).toEqual(['Гейдаров']);
    // The programme's "meeting with Kamaladdin Heydarov" is found through the inflected «Гейдаровым».
    const events = page.getByRole('group', { name: 'Мероприятия программы' });
    await events.waitFor();
    // Their dates and times read as a Russian reader writes them, in the event's own time zone.
    expect(await events.textContent()).toMatch(/\d{1,2} декабря 2025, \d\d:\d\d/);
    expect(await events.textContent()).not.toMatch(/2025-12-/);
    await app.screenshot('global-search-ru');

    // The arrow keys move through the hits; Enter opens the one selected.
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL(/#\/people\?q=/);
    const table = page.getByRole('table', { name: PEOPLE });
    await table.locator('tbody tr').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('table[aria-busy="true"]'));
    // The directory lists him surname first.
    expect(await table.locator('tbody tr').allTextContents()).toEqual([expect.stringContaining('Гейдаров, Кямаледдин')]);
  });

  it('opens from the box in the header, and says so when nothing matches', async () => {
    await page.getByRole('button', { name: 'Поиск по всем данным отдела' }).click();
    const box = page.getByPlaceholder('Поиск людей, визитов, соглашений… на любом алфавите');
    await box.fill('qwzxv');
    await page.getByText('Ничего не найдено').waitFor();
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'hidden' });
  });
});
