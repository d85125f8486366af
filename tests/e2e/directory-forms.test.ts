// The directory's forms in Russian, as an officer fills them: a partner ministry and its
// minister typed once in Cyrillic, the Latin spellings taken from the suggestions, a photo
// uploaded and shown as a thumbnail; then the warning before entering a known person twice.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ route: '#/organizations' });
  page = app.page;
  page.setDefaultTimeout(15_000);
  await page.evaluate(() => window.api.invoke('settings:save', { language: 'ru' }));
  await page.reload();
});
afterAll(async () => {
  await app?.close();
});

const byTestId = (id: string) => page.getByTestId(id);

async function choose(label: string, typed: string, option: string) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Takes the suggested spelling offered under a name field and checks it landed in the field. */
async function takeSuggestion(prefix: string, language: string, expected: string) {
  const button = byTestId(`${prefix}-suggest-${language}`);
  await expect.poll(() => button.textContent()).toBe(expected);
  await button.click();
  expect(await byTestId(`${prefix}-${language}`).inputValue()).toBe(expected);
}

/**
 * Reloads, and closes the start-up summary of agreement alerts the demo office brings: it sits
 * over the top right corner, where the "New" buttons are.
 */
async function reload(dismiss: string) {
  await page.reload();
  const summary = page.locator('.mantine-Notification-root[role=status]').first();
  await summary.waitFor({ timeout: 5_000 }).catch(() => undefined);
  for (const close of await page.getByRole('status').getByRole('button', { name: dismiss }).all()) await close.click();
}

const count = (sql: string, ...params: unknown[]) => (app.db.prepare(sql).get(...params) as { n: number }).n;

describe('the directory forms, in Russian', () => {
  it('creates «МЧС России» with the Latin spellings taken from the suggestions', async () => {
    await byTestId('organization-new').click();
    await byTestId('organization-name-ru').fill('МЧС России');
    await takeSuggestion('organization-name', 'en', 'MCHS Rossii');
    await takeSuggestion('organization-name', 'az', 'MÇS Rossii');
    await byTestId('organization-short-en').fill('EMERCOM');
    await choose('Страна', 'Росс', 'Россия');
    await app.screenshot('organization-form-ru');
    await byTestId('organization-save').click();

    await page.getByRole('table', { name: 'Организации' }).getByText('МЧС России').waitFor();
    const row = app.db.prepare("SELECT country, name_en, name_az, short_en FROM organizations WHERE name_ru = 'МЧС России'").get();
    expect(row).toEqual({ country: 'RU', name_en: 'MCHS Rossii', name_az: 'MÇS Rossii', short_en: 'EMERCOM' });
  });

  it('creates «Александр Куренков», uploads his photo and shows it as a thumbnail', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Персоналии' }).click();
    await byTestId('person-new').click();
    await byTestId('person-given-name-ru').fill('Александр');
    await byTestId('person-surname-ru').fill('Куренков');
    await byTestId('person-surname-suggest-en').waitFor();
    await app.screenshot('person-suggestions-ru');
    await takeSuggestion('person-given-name', 'en', 'Alexander');
    await takeSuggestion('person-given-name', 'az', 'Aleksandr');
    await takeSuggestion('person-surname', 'en', 'Kurenkov');
    await takeSuggestion('person-surname', 'az', 'Kurenkov');
    await page.getByLabel('Звание на русском').fill('генерал-лейтенант');
    await page.getByLabel('Звание на английском').fill('Lieutenant-General');
    await page.getByLabel('Должность на русском').fill('Министр');
    await page.getByLabel('Должность на английском').fill('Minister');
    await choose('Организация', 'МЧС', 'МЧС России');

    // A portrait PNG drawn in the page, larger than what the app keeps.
    const png = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 600;
      canvas.height = 800;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.fillStyle = '#1c3d6e';
      context.fillRect(0, 0, 600, 800);
      context.fillStyle = '#e8c170';
      context.beginPath();
      context.arc(300, 300, 160, 0, Math.PI * 2);
      context.fill();
      return canvas.toDataURL('image/png').split(',')[1] ?? '';
    });
    await page.locator('input[type=file]').setInputFiles({ name: 'kurenkov.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
    const preview = byTestId('person-photo').locator('img');
    await expect.poll(() => preview.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    await app.screenshot('person-form-ru');
    await byTestId('person-save').click();

    const thumbnail = page.getByRole('table', { name: 'Персоналии' }).getByTestId('person-thumbnail').locator('img');
    await thumbnail.waitFor();
    const size = await thumbnail.evaluate((image: HTMLImageElement) => ({ width: image.naturalWidth, height: image.naturalHeight }));
    expect(size).toEqual({ width: 192, height: 256 });
    const stored = app.db.prepare("SELECT name_en, rank_ru, photo FROM people WHERE name_ru = 'Александр Куренков'").get() as {
      name_en: string;
      rank_ru: string;
      photo: Buffer;
    };
    expect(stored).toMatchObject({ name_en: 'Alexander Kurenkov', rank_ru: 'генерал-лейтенант' });
    expect([...stored.photo.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(stored.photo.length).toBeLessThan(64 * 1024);
  });

  it('warns before entering "Kamaladdin Heydarov" again and points at «Гейдаров»', async () => {
    await page.evaluate(() => window.api.invoke('demo:load', {}));
    await reload('Закрыть');
    const before = count('SELECT count(*) AS n FROM people');
    await byTestId('person-new').click();
    await byTestId('person-given-name-en').fill('Kamaladdin');
    await byTestId('person-surname-en').fill('Heydarov');
    const warning = byTestId('duplicate-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Гейдаров');
    await app.screenshot('duplicate-warning-ru');

    // Saving stops at the warning; "Open existing" shows the minister already on file.
    await byTestId('person-save').click();
    await warning.waitFor();
    expect(count('SELECT count(*) AS n FROM people')).toBe(before);
    await byTestId('duplicate-open').click();
    await expect.poll(() => byTestId('person-surname-ru').inputValue()).toBe('Гейдаров');
    expect(await byTestId('person-given-name-ru').inputValue()).toBe('Кямаледдин');
    expect(await byTestId('duplicate-warning').count()).toBe(0);
    await page.keyboard.press('Escape');

    // A namesake is entered on purpose with "Save anyway".
    await byTestId('person-new').click();
    await byTestId('person-given-name-en').fill('Kamaladdin');
    await byTestId('person-surname-en').fill('Heydarov');
    await byTestId('duplicate-save-anyway').click();
    await expect.poll(() => count('SELECT count(*) AS n FROM people')).toBe(before + 1);
  });

  it('adds a venue to the list of venues', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Места проведения' }).click();
    await byTestId('venue-new').click();
    await byTestId('venue-name-ru').fill('Аллея почётного захоронения');
    await byTestId('venue-name-en').fill('Alley of Honours');
    await byTestId('venue-name-az').fill('Fəxri xiyaban');
    await byTestId('venue-city-ru').fill('Баку');
    await byTestId('venue-city-az').fill('Bakı');
    await byTestId('venue-save').click();
    await page.getByRole('table', { name: 'Места проведения' }).getByText('Аллея почётного захоронения').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await app.screenshot('venues-ru');
    expect(count("SELECT count(*) AS n FROM venues WHERE name_az = 'Fəxri xiyaban' AND city_ru = 'Баку' AND city_az = 'Bakı' AND city_en IS NULL")).toBe(1);
  });

  it('lists the people with their thumbnails in Azerbaijani', async () => {
    await page.evaluate(() => window.api.invoke('settings:save', { language: 'az' }));
    await reload('Bağla');
    await page.getByRole('navigation').getByRole('link', { name: 'Şəxslər' }).click();
    await page.getByRole('table', { name: 'Şəxslər' }).getByTestId('person-thumbnail').locator('img').waitFor();
    await app.screenshot('people-table-az');
  });
});
