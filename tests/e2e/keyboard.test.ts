// An officer without a mouse: reaches the visits list's rows with Tab, moves with the arrows,
// opens one with Enter, adds an event with Alt+E, starts a new visit with Alt+N from another
// screen, saves a person with Ctrl+S, and finds all of this under Help (F1), in Russian too.
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOffice } from '../../electron/demo/load';
import { dialogSettled, launchApp, type LaunchedApp } from './harness';

const NOW = new Date('2026-01-15T09:00:00Z');
let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ now: () => NOW, route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(15_000);
  loadDemoOffice({ db: app.db, actor: 'e2e-officer', now: () => NOW, dataDir: dirname(app.dbFile) });
  await page.reload();
  await page.getByRole('table', { name: 'Visits' }).waitFor();
});
afterAll(async () => {
  await app?.close();
});

const focused = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent ?? '' }));

describe('the keyboard', () => {
  it('reaches the list’s rows with Tab, moves with the arrows and opens a row with Enter', async () => {
    await page.getByRole('textbox', { name: 'Search' }).first().focus();
    for (let presses = 0; presses < 20 && (await focused()).tag !== 'TR'; presses++) await page.keyboard.press('Tab');
    const rows = page.getByRole('table', { name: 'Visits' }).locator('tbody tr');
    expect((await focused()).text).toBe(await rows.nth(0).textContent());
    await page.keyboard.press('ArrowDown');
    expect((await focused()).text).toBe(await rows.nth(1).textContent());
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/visits\/\d+$/);
  });

  it('adds an event to the open visit’s programme with Alt+E', async () => {
    await page.getByRole('heading', { name: 'Programme' }).waitFor();
    await page.keyboard.press('Alt+E');
    await page.getByRole('dialog').getByRole('form', { name: 'Event' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('starts a new visit with Alt+N from another screen', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await page.keyboard.press('Alt+N');
    await page.waitForURL(/#\/visits\?new/);
    await page.getByRole('dialog').getByRole('form', { name: 'Visit' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('saves the open form with Ctrl+S, from inside the field being typed in', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await page.getByTestId('person-new').click();
    await page.getByTestId('person-given-name-en').fill('Rustam');
    await page.getByTestId('person-surname-en').fill('Ismoilov');
    await page.keyboard.press('Control+S');
    await page.getByRole('table', { name: 'People' }).getByText('Ismoilov, Rustam').waitFor();
    expect(app.db.prepare("SELECT count(*) FROM people WHERE name_en = 'Rustam Ismoilov'").pluck().get()).toBe(1);
  });

  it('lists every shortcut under Help, opened with F1, in the reader’s language', async () => {
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const keys of ['Alt+N', 'Alt+E', 'Ctrl+K', 'Ctrl+S', 'F1']) await help.getByText(keys, { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.api.invoke('settings:save', { language: 'ru' }));
    await page.reload();
    await page.getByRole('button', { name: 'Справка' }).click();
    await page.getByRole('dialog', { name: 'Сочетания клавиш' }).getByText('Сохранить открытую форму').waitFor();
    await dialogSettled(page);
    await app.screenshot('keyboard-help-ru');
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.api.invoke('settings:save', { language: 'az' }));
    await page.reload();
    await page.getByRole('button', { name: 'Kömək' }).waitFor();
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: 'Klaviatura kombinasiyaları' }).getByText('Açıq formanı saxla').waitFor();
    await dialogSettled(page);
    await app.screenshot('keyboard-help-az');
  });
});
