// A new PC: the app first asks which language to speak, in the system's language, and remembers
// the answer; the empty lists then say what to do next, and the visit page names its documents.
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOffice } from '../../electron/demo/load';
import { readStoredSettings } from '../../db/settings.repo';
import { launchApp, type LaunchedApp } from './harness';

const NOW = new Date('2026-01-15T09:00:00Z');
let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ now: () => NOW, route: '#/people', firstStart: true });
  page = app.page;
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await app?.close();
});

/** Restarts the page as if the operating system were set to this locale. */
async function startWithSystemLocale(locale: string) {
  await page.addInitScript((value) => Object.defineProperty(Navigator.prototype, 'language', { get: () => value, configurable: true }), locale);
  await page.reload();
}

describe('the first start on a new PC', () => {
  it('asks for the language before anything else, in the system’s language', async () => {
    await page.getByRole('heading', { name: 'Which language should Protocol Desk use?' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'English' }).evaluate((button) => button === document.activeElement)).toBe(true);

    await startWithSystemLocale('az-AZ');
    await page.getByRole('heading', { name: 'Protocol Desk hansı dildə işləsin?' }).waitFor();
    await app.screenshot('first-start-question-az');

    await startWithSystemLocale('ru-RU');
    await page.getByRole('heading', { name: 'На каком языке работать Protocol Desk?' }).waitFor();
    await app.screenshot('first-start-question-ru');
  });

  it('shows the app in Russian once Русский is chosen, and does not ask again', async () => {
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('heading', { name: 'Персоналии' }).waitFor();
    expect(readStoredSettings(app.db)).toMatchObject({ language: 'ru', languageChosen: true });

    await page.reload();
    await page.getByRole('heading', { name: 'Персоналии' }).waitFor();
    expect(await page.getByRole('heading', { name: 'На каком языке работать Protocol Desk?' }).count()).toBe(0);
  });

  it('says on the empty people screen what to do next, and its button opens the new-person form', async () => {
    const empty = page.getByTestId('empty-office');
    await empty.getByText('Персоналий пока нет. Добавьте первую персоналию или загрузите демонстрационные данные в настройках.').waitFor();
    await app.screenshot('empty-people-ru');
    await empty.getByRole('button', { name: 'Добавить первую персоналию' }).click();
    await page.getByRole('dialog', { name: 'Новая персоналия' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByText('AZ', { exact: true }).click();
    await empty.getByText('Hələ şəxs yoxdur. İlk şəxsi əlavə edin və ya Parametrlərdə nümayiş məlumatlarını yükləyin.').waitFor();
    await empty.getByRole('button', { name: 'İlk şəxsi əlavə et' }).waitFor();
    await app.screenshot('empty-people-az');
  });

  it('gives the visit page’s documents a heading', async () => {
    loadDemoOffice({ db: app.db, actor: 'e2e-officer', now: () => NOW, dataDir: dirname(app.dbFile) });
    await page.goto(`${app.origin}/index.html#/visits`);
    await page.getByRole('table', { name: 'Səfərlər' }).locator('tbody tr').first().click();
    await page.waitForURL(/#\/visits\/\d+$/);
    await page.getByRole('heading', { name: 'Sənədlər', level: 3 }).waitFor();
  });
});
