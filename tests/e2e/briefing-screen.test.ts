// An officer prepares the Uzbek visit's briefing pack in the app: picks Russian and the
// «Для служебного пользования» marking, edits the talking points, exports the PDF through the
// app's printer (here headless Chromium, as the harness gives it) and a CSV car list.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOffice } from '../../electron/demo/load';
import { VISIT } from '../../electron/demo/keys';
import { idByUuid } from '../../db/rows';
import { launchApp, type LaunchedApp } from './harness';
import { pdfText } from './pdf-tools';

let app: LaunchedApp;
let page: Page;
let folder: string;

beforeAll(async () => {
  app = await launchApp({ now: () => new Date('2026-01-15T09:00:00Z') });
  page = app.page;
  page.setDefaultTimeout(20_000);
  folder = dirname(app.dbFile);
  loadDemoOffice({ db: app.db, actor: 'e2e-officer', now: () => new Date('2026-01-15T09:00:00Z'), dataDir: folder });
  const id = idByUuid(app.db, 'visits', VISIT.uzbekistan2025);
  await page.goto(`${app.origin}/index.html#/visits/${id}`);
});
afterAll(async () => {
  await app?.close();
});

const exports = () =>
  (app.db.prepare("SELECT actor, entity_uuid, details FROM audit_log WHERE action = 'export' ORDER BY id").all() as {
    actor: string;
    entity_uuid: string;
    details: string;
  }[]).map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));

/** Confirmations sit over the lower right of the screen until they fade; close them at once. */
async function closeNotices() {
  const notices = page.getByRole('status');
  while ((await notices.count()) > 0) await notices.first().getByRole('button').click();
}

describe('the briefing pack screen', () => {
  it('opens from the visit and previews the pack in the chosen language with its marking', async () => {
    await page.getByRole('link', { name: 'Briefing pack' }).click();
    await page.getByRole('heading', { name: 'Briefing pack' }).waitFor();
    await page.locator('[aria-label="Language of the document"]').getByText('Russian').click();
    await page.getByLabel('Для служебного пользования').check();
    const preview = page.getByTestId('briefing-preview');
    await preview.getByRole('heading', { name: 'Программа визита' }).waitFor();
    await expect(preview.getByText('Для служебного пользования').count()).resolves.toBeGreaterThan(0);
    await app.screenshot('briefing-screen-ru-pack');
  });

  it('saves Russian talking points and shows them in the preview', async () => {
    await page.getByLabel('Text (Markdown)').fill('## Главное\n\n- Укрепление стратегического партнёрства');
    await page.getByRole('button', { name: 'Save talking points' }).click();
    await page.getByText('Talking points saved.').waitFor();
    await page.getByTestId('briefing-preview').getByRole('heading', { name: 'Главное' }).waitFor();
  });

  it('exports the PDF and writes who, which visit, the language and the marking to the audit log', async () => {
    await closeNotices();
    await page.getByRole('button', { name: 'Export PDF' }).first().click();
    await page.getByText(/^Saved: /).first().waitFor();
    const [entry] = exports();
    expect(entry).toMatchObject({ actor: 'e2e-officer', entity_uuid: VISIT.uzbekistan2025 });
    expect(entry?.details).toMatchObject({ document: 'pack', lang: 'ru', marking: 'dsp' });
    const text = await pdfText(join(folder, String(entry?.details.file)));
    for (const expected of ['Для служебного пользования', 'Кудратходжаев', 'Укрепление стратегического партнёрства']) expect(text).toContain(expected);
  });

  it('exports the car list as CSV for Excel, in the document language', async () => {
    await closeNotices();
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await page.getByText(/^Saved: .*\.csv$/).first().waitFor();
    const csvFile = readdirSync(folder).find((name) => name.endsWith('.csv')) as string;
    const csv = readFileSync(join(folder, csvFile), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Автомобили и транспорт');
    expect(exports().at(-1)?.details).toMatchObject({ format: 'csv', kind: 'cars', lang: 'ru' });
    await app.screenshot('briefing-screen-ru-lists');
  });
  it("saves the delegation's name badges as PDF, each name in two scripts", async () => {
    await closeNotices();
    const before = exports().length;
    await page.getByRole('button', { name: 'Print badges' }).click();
    await page.getByRole('menuitem', { name: 'Save as PDF…' }).first().click();
    await expect.poll(() => exports().length, { timeout: 60_000 }).toBeGreaterThan(before);
    const entry = exports().at(-1);
    expect(entry?.details).toMatchObject({ document: 'badges', lang: 'ru', side: 'guest' });
    const text = await pdfText(join(folder, String(entry?.details.file)));
    for (const expected of ['Кудратходжаев', 'Qudratxocayev', 'Рахимов']) expect(text).toContain(expected);
  });
});
