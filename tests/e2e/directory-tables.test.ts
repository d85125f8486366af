// The other tables of the office, in English, over the demo office: people in order of
// precedence, the organisations, and the two joint action plans.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  page.setDefaultTimeout(10_000);
  // Loading the demo through the UI is the foundation story's job; here it is only the setting.
  await page.evaluate(() => window.api.invoke('demo:load', {}));
});
afterAll(async () => {
  await app?.close();
});

async function openTable(section: string) {
  await page.getByRole('navigation').getByRole('link', { name: section }).click();
  const table = page.getByRole('table', { name: section });
  await table.locator('tbody tr').first().waitFor();
  return table;
}

const columnTexts = (page: Page, table: string, column: number) =>
  page.getByRole('table', { name: table }).locator(`tbody tr td:nth-child(${column})`).allTextContents();

describe('the office directory', () => {
  it('lists people and sorts them by precedence, most senior first', async () => {
    await openTable('People');
    await page.getByRole('button', { name: /Precedence/ }).click();
    await page.getByRole('columnheader', { name: /Precedence/ }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    await page.waitForFunction(() => !document.querySelector('table[aria-busy="true"]'));
    const precedence = (await columnTexts(page, 'People', 5)).map(Number);
    expect(precedence.length).toBeGreaterThan(3);
    expect(precedence).toEqual([...precedence].sort((a, b) => a - b));
    await app.screenshot('people-table-en');
  });

  it('lists the organisations with their countries', async () => {
    const table = await openTable('Organisations');
    const text = await table.textContent();
    expect(text).toContain('Uzbekistan');
    expect(text).toContain('Azerbaijan');
    await app.screenshot('organizations-table-en');
  });

  it('lists both joint action plans and finds one by search', async () => {
    const table = await openTable('Agreements');
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    await app.screenshot('agreements-table-en');
    await page.getByRole('textbox', { name: 'Search' }).fill('2024');
    await page.getByText('1–1 of 1').waitFor();
    expect(await table.textContent()).toContain('2026');
  });
});
