// The Uzbek minister is entered as a minister since 5 March 2021; the delegation list says so
// under the (i) beside him, puts the delegation in the order of precedence at a click, and asks why when an
// officer moves someone by hand (cancelling puts the list back). In English, then the form and the
// list as Azerbaijani and Russian officers read them.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language, Person, VisitMember } from '../../domain/contract';
import { invoke } from './app-calls';
import { artifactsDir, dialogSettled, launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;
let visitId = 0;
let guests: VisitMember[] = [];

async function openIn(language: Language, route: string) {
  await invoke(page, 'settings:save', { language });
  await page.reload();
  await page.goto(`${app.origin}/index.html#${route}`);
}

/** Gives a person a place in the ranking table, keeping the rest of their record. */
async function place(personId: number, facts: Pick<Person, 'postTier' | 'rankTier' | 'inPostSince'>) {
  const person = await invoke(page, 'people:get', { id: personId });
  const { id, uuid, nameParts, rank, position, bio, organizationId, languages, interpreterNeeded, dietaryNotes, protocolNotes, contact, precedence } =
    person;
  await invoke(page, 'people:save', {
    id, uuid, name: nameParts, rank, position, bio, organizationId, languages, interpreterNeeded, dietaryNotes, protocolNotes, contact, precedence, ...facts,
  });
}

const guestOrder = async () =>
  (await invoke(page, 'visits:get', { id: visitId })).members.filter((member) => member.side === 'guest').map((member) => member.id);

/** The list as the screen shows it: each row's name cell. */
const shownNames = (table: string) => page.getByRole('table', { name: table }).locator('tbody tr td:nth-child(3)').allTextContents();

/** Moves a member one place down with the keyboard, as an officer without a mouse does. */
async function moveDown(handle: string) {
  await page.getByRole('button', { name: handle }).focus();
  // dnd-kit measures the rows between the keys; pressed at once, the move lands nowhere.
  for (const key of ['Space', 'ArrowDown', 'Space']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(150);
  }
}

async function settle() {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished)),
  );
}

beforeAll(async () => {
  app = await launchApp({ route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await invoke(page, 'demo:load', {});
  visitId = (await invoke(page, 'visits:list', { search: 'Kudratkhodjaev', lang: 'en' })).rows[0]?.id ?? 0;
  guests = (await invoke(page, 'visits:get', { id: visitId })).members.filter((member) => member.side === 'guest');
  const minister = guests.find((member) => member.name.en?.includes('Kudratkhodjaev'));
  if (!minister) throw new Error('the demo visit has no Uzbek minister');
  await place(minister.personId, { postTier: 'minister', rankTier: null, inPostSince: '2021-03-05' });
  const major = guests.find((member) => member.name.en === 'Dilnoza Karimova');
  if (major) await place(major.personId, { postTier: null, rankTier: 'major', inPostSince: null });
});
afterAll(async () => {
  await app?.close();
});

describe('the delegation in the order of precedence', () => {
  it('says why the minister stands where he does', async () => {
    await openIn('en', `/visits/${visitId}`);
    const minister = guests.find((member) => member.name.en?.includes('Kudratkhodjaev'));
    await page.getByRole('button', { name: `Why ${minister?.name.en ?? ''} stands here` }).hover();
    await expect
      .poll(() => page.getByRole('tooltip').textContent())
      .toMatch(/^Minister, tier 4 · in post since 5 March 2021 · guest before host · precedence \d+$/);
  });

  it('asks why when an officer moves a member by hand, and cancelling puts the list back', async () => {
    const before = await shownNames('Delegation');
    const second = guests[1];
    if (!second) throw new Error('the demo delegation has fewer than two members');
    const handle = `Drag to reorder ${second.name.en ?? ''}`;
    await moveDown(handle);
    const dialog = page.getByRole('dialog', { name: 'Why this order?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await shownNames('Delegation')).toEqual(before);

    const saved = await guestOrder();
    await moveDown(handle);
    await dialog.waitFor();
    await dialog.getByLabel('Reason (optional)').fill('The head of delegation asked to sit beside his adviser');
    await dialog.getByRole('button', { name: 'Save the order' }).click();
    await page.getByText('The order is saved.').waitFor();
    await expect.poll(guestOrder).not.toEqual(saved);
  });

  it('puts the delegation back in the order of precedence at a click, the minister first', async () => {
    await page.getByTestId('order-by-precedence-guest').click();
    await page.getByText('The list is in the order of precedence.').waitFor();
    const minister = guests.find((member) => member.name.en?.includes('Kudratkhodjaev'));
    await expect.poll(async () => (await guestOrder())[0]).toBe(minister?.id);
  });
});

describe('as Azerbaijani and Russian officers read it', () => {
  const minister = () => guests.find((member) => member.name.en?.includes('Kudratkhodjaev')) as VisitMember;

  for (const [lang, words] of [
    ['az', { why: 'niyə bu yerdədir', reason: /^Nazir, pillə 4 · 5 mart 2021 tarixindən vəzifədə · qonaq ev sahibindən əvvəl/, people: 'Şəxslər', post: 'Vəzifə (sıralama cədvəli)', since: 'Vəzifədə olduğu tarixdən' }],
    ['ru', { why: 'на этом месте', reason: /^Министр, уровень 4 · в должности с 5 марта 2021 · гость перед принимающей стороной/, people: 'Персоналии', post: 'Должность (таблица старшинства)', since: 'В должности с' }],
  ] as const) {
    it(`in ${lang}: the list's reason and the person form's ranking fields`, async () => {
      await openIn(lang, `/visits/${visitId}`);
      const name = minister().name[lang] ?? '';
      await page.getByRole('button', { name: new RegExp(`${name}.*${words.why}|${words.why}.*${name}`) }).hover();
      await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(words.reason);
      await settle();
      // The delegation and its tooltip, not the whole visit page below them.
      const box = await page.getByRole('table', { name: lang === 'az' ? 'Nümayəndə heyəti' : 'Делегация' }).boundingBox();
      await page.screenshot({ path: `${artifactsDir}/screenshots/precedence-delegation-${lang}.png`, clip: { x: 0, y: 0, width: 1440, height: (box?.y ?? 0) + (box?.height ?? 400) + 260 } });

      await openIn(lang, '/people');
      await page.getByRole('table', { name: words.people }).getByText(pickSurname(minister().listedName[lang] ?? '')).first().click();
      await dialogSettled(page);
      await expect.poll(() => page.getByTestId('person-post-tier').inputValue()).toMatch(lang === 'az' ? /^Nazir/ : /^Министр/);
      expect(await page.getByTestId('person-in-post-since').inputValue()).toBe('05.03.2021');
      await page.getByText(words.post, { exact: true }).waitFor();
      await page.getByText(words.since, { exact: true }).waitFor();
      await page.getByTestId('person-post-tier').scrollIntoViewIfNeeded();
      await app.screenshot(`precedence-person-form-${lang}`);
      await page.keyboard.press('Escape');
    });
  }
});

/** The surname of "Surname, Given": the people table's search-free way to find a row. */
const pickSurname = (listed: string) => listed.split(',')[0] ?? listed;
