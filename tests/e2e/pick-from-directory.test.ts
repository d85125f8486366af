// The office's directory holds more people than a picker could ever list. An officer working in
// Russian adds Rauf Heydərov (written only in Azerbaijani, far down the alphabet) to a delegation by
// typing «Гейдар»; one working in Azerbaijani makes «Рауф Гейдаров» (written only in Russian) the
// visit's responsible officer by typing "Heydər". Both saves land, and the pick is offered again
// first, before anything is typed.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonInput, type Language } from '../../domain/contract';
import { insertPerson } from '../../db/people.repo';
import { invoke } from './app-calls';
import { dialogSettled, launchApp, type LaunchedApp } from './harness';

const SHOTS = '/tmp/shots-picker';
// Far more than the 500 rows the pickers used to load, and all before H in every alphabet.
const CROWD = 1200;

let app: LaunchedApp;
let page: Page;
let visitId = 0;

const person = (name: Partial<Record<Language, string>>, precedence = 500) =>
  PersonInput.parse({
    name: { az: name.az ?? null, ru: name.ru ?? null, en: name.en ?? null },
    rank: { az: null, ru: null, en: null },
    position: { az: null, ru: null, en: null },
    bio: { az: null, ru: null, en: null },
    organizationId: null,
    languages: [],
    interpreterNeeded: false,
    dietaryNotes: { az: null, ru: null, en: null },
    protocolNotes: null,
    contact: null,
    precedence,
  });

async function openVisitIn(language: Language) {
  await invoke(page, 'settings:save', { language });
  await page.goto(`${app.origin}/index.html#/visits/${visitId}`);
  await page.reload();
}

/** Types into a picker and waits until the options shown are the answer to what was typed. */
async function typeInto(box: ReturnType<Page['getByRole']>, typed: string) {
  await box.click();
  await box.pressSequentially(typed);
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-busy') === 'false');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await launchApp({ route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(15_000);
  await invoke(page, 'demo:load', {});
  const at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  app.db.transaction(() => {
    for (let index = 0; index < CROWD; index += 1) {
      const given = `Adil${String(index).padStart(4, '0')}`;
      insertPerson(app.db, person({ az: `${given} Abbasov`, ru: `${given} Аббасов`, en: `${given} Abbasov` }), at);
    }
    insertPerson(app.db, person({ az: 'Rauf Heydərov' }), at);
    insertPerson(app.db, person({ ru: 'Рауф Гейдаров' }), at);
  })();
  visitId = (await invoke(page, 'visits:list', { search: 'Kudratkhodjaev', lang: 'en' })).rows[0]?.id ?? 0;
});
afterAll(async () => {
  await app?.close();
});

describe('picking a person from the whole directory', () => {
  it('finds Heydərov among 1,200 others when a Russian-speaking officer types «Гейдар», and adds him to the delegation', async () => {
    const firstPage = (await invoke(page, 'people:list', { lang: 'ru', limit: 500 })).rows.map((row) => row.name.az);
    expect(firstPage).not.toContain('Rauf Heydərov');

    await openVisitIn('ru');
    const box = page.getByRole('combobox', { name: 'Лицо (Делегация)', exact: true });
    await typeInto(box, 'Гейдар');
    const option = page.getByRole('option', { name: 'Rauf Heydərov', exact: true });
    await option.waitFor();
    await page.screenshot({ path: `${SHOTS}/ru-typed.png` });
    // The keyboard picks as well as the mouse: ↓ to the option, Enter.
    const offered = await page.getByRole('option').allTextContents();
    for (let step = 0; step <= offered.findIndex((text) => text.startsWith('Rauf Heydərov')); step += 1) await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('Rauf Heydərov');
    await page.getByRole('button', { name: 'Добавить в список' }).first().click();

    await expect
      .poll(async () => (await invoke(page, 'visits:get', { id: visitId })).members.filter((member) => member.side === 'guest').map((member) => member.name.az))
      .toContain('Rauf Heydərov');
  });

  it('offers the last pick first, then finds «Рауф Гейдаров» for an Azerbaijani-speaking officer typing "Heydər", and saves him as the officer', async () => {
    await openVisitIn('az');
    await page.getByRole('button', { name: 'Redaktə et' }).click();
    await dialogSettled(page);
    const box = page.getByRole('combobox', { name: 'Məsul əməkdaşımız', exact: true });
    await box.scrollIntoViewIfNeeded();
    await box.click();
    await box.press('ArrowDown');
    const recent = page.getByRole('group', { name: 'Son seçilənlər' });
    await expect.poll(() => recent.getByRole('option').allTextContents()).toContain('Rauf Heydərov');
    await page.screenshot({ path: `${SHOTS}/az-recent.png` });

    await box.fill('');
    await typeInto(box, 'Heydər');
    await page.getByRole('option', { name: 'Рауф Гейдаров', exact: true }).waitFor();
    await page.screenshot({ path: `${SHOTS}/az-typed.png` });
    await page.getByRole('option', { name: 'Рауф Гейдаров', exact: true }).click();
    await page.getByRole('button', { name: 'Saxla' }).click();

    const officerId = (await invoke(page, 'people:list', { search: 'Гейдаров Рауф', lang: 'az' })).rows.find((row) => row.name.ru === 'Рауф Гейдаров')?.id;
    await expect.poll(async () => (await invoke(page, 'visits:get', { id: visitId })).responsibleOfficerId).toBe(officerId);
    // Opened again, the form names the stored officer though no page of matches was asked for.
    await page.getByRole('button', { name: 'Redaktə et' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Məsul əməkdaşımız', exact: true }).inputValue()).toBe('Рауф Гейдаров');
  });
});
