// An EMERCOM officer entered in Russian with his отчество, part by part, the Latin spellings
// taken from the suggestions; the directory lists everyone surname first, sorted by surname,
// in Russian and in Azerbaijani; the briefing pack prints the patronymic.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, LocalizedText } from '../../domain/contract';
import { VISIT } from '../../electron/demo/keys';
import { dialogSettled, launchApp, type LaunchedApp } from './harness';
import { exportBriefing, pdfText } from './pdf-tools';

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ route: '#/people' });
  page = app.page;
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await app?.close();
});

const byTestId = (id: string) => page.getByTestId(id);
const none: LocalizedText = { az: null, ru: null, en: null };

/** Looked at after the run: the brief asks for these under /tmp. */
const shot = async (name: string) => {
  await page.screenshot({ path: `/tmp/names-${name}.png`, fullPage: true });
  await app.screenshot(`names-${name}`);
};

async function useLanguage(lang: 'az' | 'ru') {
  await page.evaluate((language) => window.api.invoke('settings:save', { language }), lang);
  await page.reload();
}

/** Someone already in the directory, with a Russian name only. */
const russianOnly = (surname: string, givenName: string): ChannelInput<'people:save'> => ({
  name: { surname: { ...none, ru: surname }, givenName: { ...none, ru: givenName }, patronymic: none },
  rank: none, position: none, bio: none, organizationId: null, languages: [], interpreterNeeded: false,
  dietaryNotes: none, protocolNotes: null, contact: null, precedence: 50,
});

/** The name column, top to bottom, as the officer reads it. */
const nameColumn = (table: string) => page.getByRole('table', { name: table }).locator('tbody tr td:nth-child(1) p').allTextContents();

async function typePart(part: string, russian: string, english: string, azerbaijani: string) {
  await byTestId(`person-${part}-ru`).fill(russian);
  for (const [language, expected] of [['en', english], ['az', azerbaijani]]) {
    const suggestion = byTestId(`person-${part}-suggest-${language}`);
    await expect.poll(() => suggestion.textContent()).toBe(expected);
    await suggestion.click();
    expect(await byTestId(`person-${part}-${language}`).inputValue()).toBe(expected);
  }
}

describe('names surname first, with the patronymic', () => {
  it('enters «Куренков Александр Вячеславович» part by part in Russian', async () => {
    for (const [surname, givenName] of [['Ёлкин', 'Семён'], ['Абрамов', 'Пётр'], ['Елисеев', 'Иван']]) {
      await page.evaluate((input) => window.api.invoke('people:save', input), russianOnly(surname ?? '', givenName ?? ''));
    }
    await useLanguage('ru');
    await byTestId('person-new').click();
    await dialogSettled(page);
    await typePart('surname', 'Куренков', 'Kurenkov', 'Kurenkov');
    await typePart('given-name', 'Александр', 'Alexander', 'Aleksandr');
    await typePart('patronymic', 'Вячеславович', 'Vyacheslavovich', 'Vyaçeslavoviç');
    await shot('person-form-ru');
    await byTestId('person-save').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    expect(app.db.prepare("SELECT name_ru, name_en, patronymic_az FROM people WHERE surname_ru = 'Куренков'").get()).toEqual({
      name_ru: 'Александр Вячеславович Куренков',
      name_en: 'Alexander Vyacheslavovich Kurenkov',
      patronymic_az: 'Vyaçeslavoviç',
    });
  });

  it('lists the directory surname first, sorted by surname, under «ФИО»', async () => {
    await page.getByRole('columnheader', { name: /ФИО/ }).waitFor();
    await expect
      .poll(() => nameColumn('Персоналии'))
      .toEqual(['Абрамов, Пётр', 'Елисеев, Иван', 'Ёлкин, Семён', 'Куренков, Александр Вячеславович']);
    await shot('directory-ru');
    // The other way round from the header (its first click asks for ascending order explicitly).
    const header = page.getByRole('columnheader', { name: /ФИО/ });
    await page.getByRole('button', { name: /ФИО/ }).click();
    await header.and(page.locator('[aria-sort="ascending"]')).waitFor();
    await page.getByRole('button', { name: /ФИО/ }).click();
    await header.and(page.locator('[aria-sort="descending"]')).waitFor();
    await expect
      .poll(() => nameColumn('Персоналии'))
      .toEqual(['Куренков, Александр Вячеславович', 'Ёлкин, Семён', 'Елисеев, Иван', 'Абрамов, Пётр']);
  });

  it('lists it in Azerbaijani under «Soyadı, adı», Azerbaijani names before Cyrillic ones', async () => {
    await useLanguage('az');
    await page.getByRole('columnheader', { name: /Soyadı, adı/ }).waitFor();
    await expect
      .poll(() => nameColumn('Şəxslər'))
      .toEqual(['Kurenkov, Aleksandr Vyaçeslavoviç', 'Абрамов, Пётр', 'Елисеев, Иван', 'Ёлкин, Семён']);
    await shot('directory-az');
    await page.getByRole('table', { name: 'Şəxslər' }).getByText('Kurenkov, Aleksandr Vyaçeslavoviç').click();
    await dialogSettled(page);
    expect(await byTestId('person-patronymic-az').inputValue()).toBe('Vyaçeslavoviç');
    await shot('person-form-az');
    await page.keyboard.press('Escape');
  });

  it('prints the Uzbek minister with his patronymic in the briefing pack', async () => {
    await page.evaluate(() => window.api.invoke('demo:load', {}));
    const minister = app.db.prepare("SELECT id FROM people WHERE surname_ru = 'Кудратходжаев'").pluck().get() as number;
    await page.evaluate(async (id) => {
      const found = await window.api.invoke('people:get', { id });
      if (!found.ok) throw new Error(found.error.messageKey);
      const person = found.value;
      const saved = await window.api.invoke('people:save', {
        id: person.id, uuid: person.uuid, rank: person.rank, position: person.position, bio: person.bio,
        organizationId: person.organizationId, languages: person.languages, interpreterNeeded: person.interpreterNeeded,
        dietaryNotes: person.dietaryNotes, protocolNotes: person.protocolNotes, contact: person.contact, precedence: person.precedence,
        name: { ...person.nameParts, patronymic: { az: 'Şukur oğlu', ru: 'Шукурович', en: null } },
      });
      if (!saved.ok) throw new Error(saved.error.messageKey);
    }, minister);
    const pdf = '/tmp/names-pack-ru.pdf';
    const result = await exportBriefing(['--db', app.dbFile, '--visit', VISIT.uzbekistan2025, '--lang', 'ru', '--out', pdf]);
    expect(result.code, result.stderr).toBe(0);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Ботир Шукурович Кудратходжаев');
    execFileSync('pdftoppm', ['-r', '70', '-png', pdf, '/tmp/names-pack-ru']);
  });
});
