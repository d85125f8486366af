// The audit log as an officer reads it: each entry names its record (a person edited and then
// deleted is still named) and says what happened in a sentence, in English, Russian and Azerbaijani.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heydarov } from '../api/office';
import { invoke } from './app-calls';
import { launchApp } from './harness';

const SHOTS = '/tmp/shots-audit';

/** What the log says about the person edited and deleted, and the exported car list, in each language. */
const READINGS = [
  { switch: 'EN', person: 'Samir Gasimov', trashed: 'Moved to the trash', changed: 'Changed: Position', exported: 'Exported «Car list» as CSV, in Russian' },
  { switch: 'RU', person: 'Самир Гасымов', trashed: 'Перемещено в корзину', changed: 'Изменено: Должность', exported: '«Список автомобилей» экспортирован в CSV, на русском' },
  { switch: 'AZ', person: 'Samir Qasımov', trashed: 'səbətə köçürüldü', changed: 'Dəyişdirildi: Vəzifə', exported: '«Avtomobillərin siyahısı» CSV formatında ixrac edildi, rus dilində' },
];

describe('the audit log', () => {
  it('names the person each entry is about and tells what happened, in the reader’s language', async () => {
    const app = await launchApp({ route: '#/settings' });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Load demo office' }).click();
      await page.getByText(/Demo office loaded/).waitFor();
      const liaison = { ...heydarov(null), name: { az: 'Samir Qasımov', ru: 'Самир Гасымов', en: 'Samir Gasimov' }, precedence: 40 };
      const person = await invoke(page, 'people:save', liaison);
      await invoke(page, 'people:save', { ...liaison, id: person.id, position: { az: 'Əlaqə zabiti', ru: 'Офицер связи', en: 'Liaison officer' } });
      await invoke(page, 'people:delete', { id: person.id });
      const [visit] = (await invoke(page, 'visits:list', {})).rows;
      await invoke(page, 'briefing:exportCsv', { visitId: visit?.id ?? 0, kind: 'cars', lang: 'ru', columns: ['time'], header: ['Время'], rows: [['09:00']] });
      await page.getByRole('button', { name: 'Back up now' }).click();
      await page.getByText(/Backup saved/).waitFor();

      // The notices of those actions would cover the log in the pictures.
      const dismiss = page.getByRole('button', { name: 'Close' });
      while ((await dismiss.count()) > 0) await dismiss.first().click();
      await page.getByRole('link', { name: 'Audit log' }).click();
      const log = page.getByTestId('audit-log');
      const rowOf = (text: string | RegExp) => log.locator('tbody tr').filter({ hasText: text });
      await log.getByText('Samir Gasimov').first().waitFor();
      await expect(rowOf(/Backup made by hand: protocol-desk-.*\.sqlite/).count()).resolves.toBe(1);
      mkdirSync(SHOTS, { recursive: true });
      for (const reading of READINGS) {
        await page.getByText(reading.switch, { exact: true }).first().click();
        const personRows = rowOf(reading.person);
        await expect.poll(() => personRows.count()).toBe(3);
        await expect(personRows.filter({ hasText: reading.trashed }).count()).resolves.toBe(1);
        await expect(personRows.filter({ hasText: reading.changed }).count()).resolves.toBe(1);
        await expect(rowOf(reading.exported).count()).resolves.toBe(1);
        await page.screenshot({ path: join(SHOTS, `audit-log-${reading.switch.toLowerCase()}.png`) });
      }
    } finally {
      await app.close();
    }
  });
});
