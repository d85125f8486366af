// An officer prints the Uzbek visit's run sheet in Russian, but the partner's profile and the
// signing's cues were only ever written in English. Before the export the app lists them; the
// officer translates the profile from that list, prints the rest anyway, and the audit log says
// which text went out in English. The forms show the missing translation where it is.
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOffice } from '../../electron/demo/load';
import { ORG, VISIT } from '../../electron/demo/keys';
import { idByUuid } from '../../db/rows';
import { dialogSettled, launchApp, type LaunchedApp } from './harness';
import { pdfText } from './pdf-tools';

const NOW = new Date('2026-01-15T09:00:00Z');
const PROFILE_EN = 'Headquarters in Tashkent. Working language with our ministry: Russian.';
const PROFILE_RU = 'Штаб-квартира в Ташкенте. Рабочий язык с нашим министерством: русский.';
const CUES_EN = 'Two originals, each in Azerbaijani, Uzbek and Russian. Flags of both countries; press photo after signing.';

let app: LaunchedApp;
let page: Page;
let folder: string;
let visitId: number;

beforeAll(async () => {
  app = await launchApp({ now: () => NOW });
  page = app.page;
  page.setDefaultTimeout(20_000);
  folder = dirname(app.dbFile);
  loadDemoOffice({ db: app.db, actor: 'e2e-officer', now: () => NOW, dataDir: folder });
  // Written in English only, as an officer short of time leaves them.
  app.db.prepare('UPDATE organizations SET notes_az = NULL, notes_ru = NULL WHERE uuid = ?').run(ORG.mesUzbekistan);
  app.db.prepare("UPDATE events SET notes_az = NULL, notes_ru = NULL WHERE type = 'signing_ceremony' AND visit_id = (SELECT id FROM visits WHERE uuid = ?)").run(VISIT.uzbekistan2025);
  visitId = idByUuid(app.db, 'visits', VISIT.uzbekistan2025) ?? 0;
  await page.evaluate(() => window.api.invoke('settings:save', { language: 'ru' }));
  await page.reload();
  await page.goto(`${app.origin}/index.html#/visits/${visitId}/briefing`);
});
afterAll(async () => {
  await app?.close();
});

const exports = () =>
  (app.db.prepare("SELECT details FROM audit_log WHERE action = 'export' ORDER BY id").all() as { details: string }[]).map(
    (row) => JSON.parse(row.details) as { file: string; untranslated?: { count: number; texts: { record: string; field: string; shownIn: string }[] } },
  );

async function exportRunSheetInRussian() {
  await page.locator('[aria-label="Язык документа"]').getByText('русский', { exact: true }).click();
  await page.getByText('Внутренний сценарий', { exact: true }).click();
  await page.getByRole('button', { name: 'Экспортировать в PDF' }).first().click();
}

describe('texts a document would print in another language', () => {
  it('are listed before the export, each with a way to open its record', async () => {
    await page.getByRole('heading', { name: 'Справочные материалы' }).waitFor();
    await exportRunSheetInRussian();
    const dialog = page.getByRole('dialog', { name: 'Не все тексты на русском' });
    await dialog.waitFor();
    await dialogSettled(page);
    const items = dialog.getByTestId('untranslated-list').getByRole('listitem');
    await expect(items.count()).resolves.toBe(2);
    await dialog.getByText(/Мероприятие «Подписание.*примечания: будет напечатано на английском/).waitFor();
    await dialog.getByText(/Организация «Министерство по чрезвычайным ситуациям Республики Узбекистан» — примечания/).waitFor();
    await app.screenshot('untranslated-before-export-ru');
    expect(exports()).toEqual([]);
  });

  it('takes the officer to the partner, whose form marks the missing Russian profile', async () => {
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('listitem').filter({ hasText: 'Организация' }).getByRole('link', { name: 'Открыть' }).click();
    await page.getByRole('table', { name: 'Организации' }).getByText('Министерство по чрезвычайным ситуациям Республики Узбекистан').click();
    const form = page.getByRole('dialog');
    await form.getByTestId('organization-notes-ru').waitFor();
    await dialogSettled(page);
    await expect(form.getByText('Нет перевода: документ на этом языке напечатает здесь текст на другом').count()).resolves.toBe(2);
    await form.getByTestId('organization-notes-ru').scrollIntoViewIfNeeded();
    await app.screenshot('untranslated-organization-form-ru');
    await form.getByTestId('organization-notes-ru').fill(PROFILE_RU);
    await form.getByTestId('organization-save').click();
    await form.waitFor({ state: 'detached' });
  });

  it('prints anyway what is still untranslated, and the audit log names it', async () => {
    await page.goto(`${app.origin}/index.html#/visits/${visitId}/briefing`);
    await exportRunSheetInRussian();
    const dialog = page.getByRole('dialog', { name: 'Не все тексты на русском' });
    await expect(dialog.getByRole('listitem').count()).resolves.toBe(1);
    await dialog.getByRole('button', { name: 'Всё равно напечатать' }).click();
    await page.getByText(/^Сохранено: /).first().waitFor();

    const [entry] = exports();
    expect(entry?.untranslated).toEqual({ count: 1, texts: [expect.objectContaining({ record: 'event', field: 'notes', shownIn: 'en' })] });
    const text = (await pdfText(join(folder, String(entry?.file)))).replace(/\s+/g, ' ');
    expect(text).toContain(PROFILE_RU);
    expect(text).not.toContain(PROFILE_EN);
    expect(text).toContain(CUES_EN.slice(0, 40));
  });

  it('reads in the audit log, in Azerbaijani, which text went out in English', async () => {
    await page.evaluate(() => window.api.invoke('settings:save', { language: 'az' }));
    await page.reload();
    await page.goto(`${app.origin}/index.html#/audit`);
    await page.getByText(/tərcüməsiz çap edildi \(1\): Tədbir «.*» — qeydlər: ingiliscə çap olunacaq\./).waitFor();
    await app.screenshot('untranslated-audit-az');
  });
});
