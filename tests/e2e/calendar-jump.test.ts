// An officer types a date into the calendar's "Go to date" box and the calendar opens that
// month, named in the reader's language.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;

beforeAll(async () => {
  app = await launchApp({ now: () => new Date('2026-01-15T09:00:00Z'), route: '#/calendar' });
  app.page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await app?.close();
});

describe('the calendar', () => {
  for (const [lang, label, month] of [['ru', 'Перейти к дате', 'Март 2024'], ['az', 'Tarixə keç', 'Mart 2024']] as const) {
    it(`jumps to a typed date, in ${lang}`, async () => {
      const { page } = app;
      await page.evaluate((language) => window.api.invoke('settings:save', { language }), lang);
      await page.reload();
      const box = page.getByLabel(label, { exact: true });
      await box.fill('15.03.2024');
      await box.press('Enter');
      await page.getByRole('heading', { name: month, exact: false }).waitFor();
      await app.screenshot(`calendar-jump-${lang}`);
    });
  }
});
