// A notice that arrives while a dialog is open (here: the person was deleted from another PC
// while the officer edited them) is shown above the dialog without covering any of its buttons,
// and the agreements summary stays under dialogs.
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOffice } from '../../electron/demo/load';
import { dialogSettled, launchApp, type LaunchedApp } from './harness';

const NOW = new Date('2026-01-15T09:00:00Z');
let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ now: () => NOW, route: '#/people' });
  page = app.page;
  page.setDefaultTimeout(15_000);
  loadDemoOffice({ db: app.db, actor: 'e2e-officer', now: () => NOW, dataDir: dirname(app.dbFile) });
  await page.evaluate(() => window.api.invoke('settings:save', { language: 'ru' }));
  await page.reload();
});
afterAll(async () => {
  await app?.close();
});

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('notices over an open dialog', () => {
  it('cover none of the dialog’s buttons', async () => {
    await page.getByTestId('person-new').click();
    await page.getByTestId('person-given-name-ru').fill('Рустам');
    await page.getByTestId('person-surname-ru').fill('Исмоилов');
    await page.keyboard.press('Control+S');
    const row = page.getByRole('table', { name: 'Персоналии' }).getByText('Исмоилов, Рустам');
    await row.click();
    await dialogSettled(page);
    app.db.prepare("DELETE FROM people WHERE name_ru = 'Рустам Исмоилов'").run();
    await page.keyboard.press('Control+S');
    const notice = page.getByRole('status').filter({ hasText: 'не найден' }).first();
    await notice.waitFor();
    await app.screenshot('notice-over-dialog-ru');
    const noticeBox = await notice.evaluate((element) => element.getBoundingClientRect().toJSON() as Box);
    const buttons = await page.getByRole('dialog').getByRole('button').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as Box));
    expect(buttons.length).toBeGreaterThan(1);
    expect(buttons.filter((button) => overlaps(noticeBox, button))).toEqual([]);
  });
});
