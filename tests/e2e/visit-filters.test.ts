// An officer narrows the visits list by status, year and partner, in Russian, and an empty
// result says nothing matches rather than that the office has no visits.
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOffice } from '../../electron/demo/load';
import { launchApp, type LaunchedApp } from './harness';

const NOW = new Date('2026-01-15T09:00:00Z');
let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ now: () => NOW, route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(15_000);
  loadDemoOffice({ db: app.db, actor: 'e2e-officer', now: () => NOW, dataDir: dirname(app.dbFile) });
  await page.evaluate(() => window.api.invoke('settings:save', { language: 'ru' }));
  await page.reload();
  await page.getByRole('table', { name: 'Визиты' }).locator('tbody tr').first().waitFor();
});
afterAll(async () => {
  await app?.close();
});

const filters = () => page.getByRole('group', { name: 'Отбор визитов' });
const choose = async (label: string, option: string) => {
  await filters().getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};
const shown = () => page.getByRole('table', { name: 'Визиты' }).locator('tbody tr');
const stored = (sql: string) => app.db.prepare(sql).pluck().all() as string[];

describe('the visits list filters', () => {
  it('narrow by status and year, and say when nothing matches', async () => {
    await choose('Статус', 'Завершён');
    await expect.poll(async () => shown().count()).toBe(stored("SELECT id FROM visits WHERE status = 'completed'").length);
    for (const row of await shown().all()) expect(await row.textContent()).toContain('Завершён');

    const year = stored("SELECT substr(start_date, 1, 4) FROM visits WHERE status = 'completed' ORDER BY start_date DESC LIMIT 1")[0]!;
    await choose('Год', year);
    const inYear = stored(`SELECT id FROM visits WHERE status = 'completed' AND start_date <= '${year}-12-31' AND end_date >= '${year}-01-01'`);
    await expect.poll(async () => shown().count()).toBe(inYear.length);
    await app.screenshot('visit-filters-ru');

    await choose('Год', String(new Date().getFullYear() - 10));
    await page.getByText('По вашему запросу ничего не найдено.').waitFor();
    expect(await page.getByText('Визитов пока нет').count()).toBe(0);
  });
});
