// An Uzbek minister's surname typed in Russian, as the officer has it from the note verbale: the
// English field offers the usual spelling, the Russian passport's, the common Russian one and
// the Uzbek Latin one, each labelled; one click fills the field, and nothing is filled unasked.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogSettled, launchApp, type LaunchedApp } from './harness';

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

async function openNewPerson(language: 'ru' | 'en') {
  await page.evaluate((lang) => window.api.invoke('settings:save', { language: lang }), language);
  await page.reload();
  await byTestId('person-new').click();
  await dialogSettled(page);
}

describe('the spellings offered for a name typed in Cyrillic', () => {
  it('offers «Ходжаев» in English by each convention, labelled, and fills only on a click', async () => {
    await openNewPerson('ru');
    await byTestId('person-surname-ru').fill('Ходжаев');
    const offered = page.getByRole('button', { name: /^Вставить/ });
    await expect
      .poll(async () => (await offered.all()).length)
      .toBe(5); // one in Azerbaijani, four in English
    expect(await byTestId('person-surname-suggest-az').getAttribute('aria-label')).toBe('Вставить «Xocayev» (обычное написание)');
    const english = await Promise.all(
      [0, 1, 2, 3].map((n) => byTestId(n === 0 ? 'person-surname-suggest-en' : `person-surname-suggest-en-${n}`).getAttribute('aria-label')),
    );
    expect(english).toEqual([
      'Вставить «Khojayev» (обычное написание)',
      'Вставить «Khodzhaev» (загранпаспорт РФ)',
      'Вставить «Khodzhayev» (общепринятое)',
      'Вставить «Xojayev» (узбекская латиница)',
    ]);
    expect(await byTestId('person-surname-en').inputValue()).toBe('');
    await app.screenshot('name-spellings-ru');

    await byTestId('person-surname-suggest-en-3').click();
    expect(await byTestId('person-surname-en').inputValue()).toBe('Xojayev');
    expect(await byTestId('person-surname-az').inputValue()).toBe('');
    // The spelling taken is no longer offered; the others still are.
    await expect.poll(() => page.getByRole('button', { name: /«Xojayev»/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Khodzhaev/ }).count()).toBe(1);
  });

  it('labels a spelling shared by conventions once, with all of them, in English', async () => {
    await openNewPerson('en');
    await byTestId('person-given-name-ru').fill('Александр');
    await expect
      .poll(() => byTestId('person-given-name-suggest-en-1').getAttribute('aria-label'))
      .toBe('Use “Aleksandr” (Russian passport, common Russian, Uzbek Latin)');
    expect(await byTestId('person-given-name-suggest-en').textContent()).toBe('Alexander');
    await app.screenshot('name-spellings-en');
  });
});
