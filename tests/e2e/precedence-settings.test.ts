// The office's order of precedence, edited in Settings in Russian: the minister renamed «Министр
// иностранных дел», an embassy counsellor added at tier 9 as a post, and guests no longer put first
// at equal tier; all of it still there after a reload. A post left without a name in any language
// is refused at its name. Then the section as it reads in Azerbaijani.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../domain/contract';
import { DEFAULT_PRECEDENCE_TABLE } from '../../domain/precedence-table';
import { az } from '../../renderer/src/i18n/az';
import { ru } from '../../renderer/src/i18n/ru';
import { invoke } from './app-calls';
import { artifactsDir, launchApp, type LaunchedApp } from './harness';

const ROUTE = '#/settings';
let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ route: ROUTE });
  page = app.page;
  page.setDefaultTimeout(15_000);
  await open('ru');
});
afterAll(async () => {
  await app?.close();
});

async function open(language: Language) {
  await invoke(page, 'settings:save', { language });
  await page.reload();
  await page.goto(`${app.origin}/index.html${ROUTE}`);
  await page.getByTestId('precedence-name-ru-0').waitFor();
}

const byTestId = (id: string) => page.getByTestId(id);

/** The whole page, and the section alone at full size, where its fields can be read. */
async function screenshots(name: string, title: string) {
  await app.screenshot(name);
  // Tall enough for the whole section, so the app's sticky header doesn't cover its top.
  await page.setViewportSize({ width: 1440, height: 1600 });
  const section = page.locator('.mantine-Paper-root', { has: page.getByRole('heading', { name: title }) });
  await section.screenshot({ path: join(artifactsDir, 'screenshots', `${name}-section.png`) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** The row whose Russian name is `name`, as the table shows it now. */
async function rowNamed(name: string): Promise<number> {
  const names = await page.locator('[data-testid^="precedence-name-ru-"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(names).toContain(name);
  return names.indexOf(name);
}

/** The message tied to a field, as a screen reader reads it: through its aria-describedby. */
async function messageAt(field: Locator): Promise<string> {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(' ');
}

describe('the order of precedence in Settings, in Russian', () => {
  it('renames the minister, adds an embassy counsellor at tier 9 and keeps both after a reload', async () => {
    const minister = await rowNamed('Министр');
    await byTestId(`precedence-name-ru-${minister}`).fill('Министр иностранных дел');

    await byTestId('precedence-add').click();
    const added = DEFAULT_PRECEDENCE_TABLE.length;
    await byTestId(`precedence-tier-${added}`).fill('9');
    await byTestId(`precedence-name-az-${added}`).fill('Səfirlik müşaviri');
    await byTestId(`precedence-name-ru-${added}`).fill('Советник посольства');
    await byTestId(`precedence-name-en-${added}`).fill('Embassy counsellor');
    await page.getByRole('switch', { name: ru.precedence.guestsFirst }).uncheck();
    await byTestId('precedence-save').click();
    await page.getByText(ru.precedence.saved).waitFor();

    await open('ru');
    const { precedenceTable, guestsFirstAtEqualRank } = await invoke(page, 'settings:get', {});
    expect(guestsFirstAtEqualRank).toBe(false);
    expect(precedenceTable).toHaveLength(DEFAULT_PRECEDENCE_TABLE.length + 1);
    expect(precedenceTable.find((entry) => entry.key === 'minister')?.name).toEqual({ az: 'Nazir', ru: 'Министр иностранных дел', en: 'Minister' });
    const counsellor = precedenceTable.find((entry) => !DEFAULT_PRECEDENCE_TABLE.some((known) => known.key === entry.key));
    expect(counsellor).toMatchObject({ kind: 'post', tier: 9, name: { az: 'Səfirlik müşaviri', ru: 'Советник посольства', en: 'Embassy counsellor' } });
    expect(counsellor?.key).toMatch(/^t-[a-z0-9]{1,38}$/);

    // Shown in its place: among tier 9, the posts before the ranks.
    const row = await rowNamed('Советник посольства');
    expect(await byTestId(`precedence-name-ru-${row - 1}`).inputValue()).toBe('Начальник отдела');
    expect(await byTestId(`precedence-name-ru-${row + 1}`).inputValue()).toBe('Подполковник');
    expect(await page.getByRole('switch', { name: ru.precedence.guestsFirst }).isChecked()).toBe(false);
    await screenshots('precedence-settings-ru', ru.precedence.title);
  });

  it('refuses a post with no name in any language, and says so at its name', async () => {
    const row = await rowNamed('Посол');
    for (const language of ['az', 'ru', 'en']) await byTestId(`precedence-name-${language}-${row}`).fill('');
    await byTestId('precedence-save').click();

    const name = byTestId(`precedence-name-az-${row}`);
    expect(await messageAt(name)).toBe(ru.errors.validation.atLeastOneLanguage);
    await expect.poll(() => name.evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshots('precedence-settings-error-ru', ru.precedence.title);
    const { precedenceTable } = await invoke(page, 'settings:get', {});
    expect(precedenceTable.find((entry) => entry.key === 'ambassador')?.name.ru).toBe('Посол');
  });
});

describe('the order of precedence in Azerbaijani', () => {
  it('names its columns, kinds and rule in Azerbaijani', async () => {
    await open('az');
    const table = page.getByRole('table', { name: az.precedence.tableLabel });
    await table.getByText(az.precedence.columns.tier, { exact: true }).waitFor();
    expect(await byTestId('precedence-kind-0').inputValue()).toBe(az.precedence.kinds.post);
    await page.getByText(az.precedence.guestsFirst).waitFor();
    await screenshots('precedence-settings-az', az.precedence.title);
  });
});
