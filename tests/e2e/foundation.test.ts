// The foundation's story, in a real browser over the real handlers and a real SQLite file:
// an officer switches to Russian, loads the demo office, finds the Uzbek minister's visit and
// reads its programme, then switches to Azerbaijani and sees the same visit in Azerbaijani.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  // Every step here takes well under a second; fail fast rather than wait out Playwright's 30 s.
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await app?.close();
});

async function chooseLanguage(label: string, endonym: string) {
  // The select's listbox carries the same label as its input; click the input.
  await page.locator('input').and(page.getByLabel(label, { exact: true })).click();
  await page.getByRole('option', { name: endonym }).click();
}

async function openSection(name: string) {
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

const htmlLang = () => page.evaluate(() => document.documentElement.lang);

describe('a protocol officer on the first day', () => {
  it('starts on the visits, with a hint where the demo office is', async () => {
    await page.getByRole('heading', { name: 'Visits' }).waitFor();
    await page.getByText('No visits yet. Add the first visit, or load the demo office in Settings.').waitFor();
  });

  it('switches the interface to Russian in Settings', async () => {
    await openSection('Settings');
    await chooseLanguage('Interface language', 'Русский');
    await page.getByRole('heading', { name: 'Настройки' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Визиты' }).waitFor();
    expect(await htmlLang()).toBe('ru');
  });

  it('loads the demo office and is told how much was added', async () => {
    await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
    const notice = page.getByText(/Добавлено записей: \d+/);
    await notice.waitFor();
    expect(Number((await notice.textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Закрыть' }).click();
    await notice.waitFor({ state: 'detached' });
  });

  it('finds «Кудратходжаев» in the visits table by typing in the search box', async () => {
    await openSection('Визиты');
    const table = page.getByRole('table', { name: 'Визиты' });
    await table.waitFor();
    await page.getByRole('textbox', { name: 'Поиск' }).fill('Кудратходжаев');
    await page.getByText('1–1 из 1').waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Кудратходжаев');
    await app.screenshot('visits-table-ru');
  });

  it('opens the visit and reads its programme in Russian, in Baku time', async () => {
    await page.getByRole('table', { name: 'Визиты' }).locator('tbody tr').first().click();
    await page.getByRole('heading', { name: 'Программа' }).waitFor();
    await page.getByRole('heading', { name: 'Делегация' }).waitFor();
    const signing = page.getByRole('region', { name: 'Программа по дням' }).getByText('Подписание Плана совместных действий на 2026-2027 годы');
    await signing.first().waitFor();
    expect(await page.getByRole('table', { name: 'Делегация' }).textContent()).toContain('Кудратходжаев');
    await page.getByText('Время принимающего города (UTC+4)').waitFor();
    await app.screenshot('visit-detail-ru');
  });

  it('remembers Russian after the app is reloaded', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Программа' }).waitFor();
    expect(await htmlLang()).toBe('ru');
  });

  it('shows the same visit with Azerbaijani labels after switching to Azerbaijani', async () => {
    const visitUrl = page.url();
    await openSection('Настройки');
    await chooseLanguage('Язык интерфейса', 'Azərbaycan dili');
    await page.getByRole('heading', { name: 'Parametrlər' }).waitFor();
    expect(await htmlLang()).toBe('az');

    await openSection('Səfərlər');
    await page.getByRole('textbox', { name: 'Axtarış' }).fill('Кудратходжаев');
    await page.getByText('1–1, cəmi 1').waitFor();
    await app.screenshot('visits-table-az');

    await page.goto(visitUrl);
    await page.getByRole('heading', { name: 'Proqram' }).waitFor();
    await page.getByRole('heading', { name: 'Nümayəndə heyəti' }).waitFor();
    await page.getByRole('region', { name: 'Günlər üzrə proqram' }).getByText('2026-2027-ci illər üçün Birgə Fəaliyyət Planının imzalanması').first().waitFor();
    await app.screenshot('visit-detail-az');
  });

  it('asked for nothing outside the app', () => {
    expect(app.foreignRequests).toEqual([]);
  });
});
