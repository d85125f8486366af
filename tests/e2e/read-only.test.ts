// The office's database in a folder the app can't write to: the app opens it read-only, says so
// above every screen in the officer's language, and turns the save buttons off.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDemoOffice } from '../../electron/demo/load';
import { openDatabase } from '../../db/open';
import { locker, ReadOnlyPlaces } from '../hardening/read-only-places';
import { launchApp } from './harness';

const places = new ReadOnlyPlaces();
afterAll(() => places.dispose());

describe.skipIf(locker === null)('a database in a read-only folder', () => {
  it('opens read-only, with a banner saying why, in Russian and Azerbaijani, and no way to save', async () => {
    const folder = places.folder();
    const app = await launchApp({
      route: '#/people',
      dbFile: join(folder, 'protocol-desk.sqlite'),
      startLikeTheShell(dataDir, dbFile) {
        const db = openDatabase(dbFile);
        loadDemoOffice({ db, actor: 'n.aliyeva', now: () => new Date('2025-11-19T17:00:00Z'), dataDir });
        db.close();
        places.lockFolder(folder);
      },
    });
    try {
      const { page } = app;
      const banner = page.getByTestId('read-only-banner');
      await banner.getByText('The database is read-only').waitFor();
      await expect(banner.getByText(folder, { exact: false }).isVisible()).resolves.toBe(true);
      // The officer still reads everything.
      await page.locator('tbody tr').first().waitFor();
      expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);

      // The language changes, though the choice can't be stored.
      await page.getByText('RU', { exact: true }).first().click();
      await banner.getByText('База данных открыта только для чтения').waitFor();
      await banner.getByText(/В папку с базой данных нельзя записывать/).waitFor();
      await app.screenshot('read-only-ru');
      await expect(page.getByText('Произошла ошибка').count()).resolves.toBe(0);

      await page.getByTestId('person-new').click();
      await expect(page.getByTestId('person-save').isDisabled()).resolves.toBe(true);
      await page.keyboard.press('Escape');

      await page.getByText('AZ', { exact: true }).first().click();
      await banner.getByText('Verilənlər bazası yalnız oxumaq üçün açılıb').waitFor();
      await banner.getByText(/Verilənlər bazasının olduğu qovluğa yazmaq olmur/).waitFor();
      await app.screenshot('read-only-az');

      // A save that has no form of its own is refused with the same reason.
      await page.goto(`${app.origin}/index.html#/settings`);
      await page.getByRole('button', { name: 'Nümayiş məlumatlarını yüklə' }).click();
      await page.getByText(/yalnız oxumaq üçün açılıb, ona görə heç nəyi yadda saxlamaq/).waitFor();
      await app.screenshot('read-only-refused-az');
    } finally {
      await app.close();
    }
  });
});
