// An officer meets a form's errors where they are: a new visit saved from the bottom of its dialog
// without a partner says "fill in this field" at the partner, in Russian and in Azerbaijani, and
// the dialog brings that field back into view with the focus in it; and a venue a colleague deleted
// while the officer planned an event is refused by the handler and shown at the venue field.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../domain/contract';
import { az } from '../../renderer/src/i18n/az';
import { ru } from '../../renderer/src/i18n/ru';
import { invoke } from './app-calls';
import { dialogSettled, launchApp, type LaunchedApp } from './harness';

const CATALOGS = { az, ru };
let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(10_000);
  // A laptop's screen, on which these dialogs scroll.
  await page.setViewportSize({ width: 1280, height: 720 });
  await invoke(page, 'demo:load', {});
});
afterAll(async () => {
  await app?.close();
});

async function open(route: string, language: Language) {
  await invoke(page, 'settings:save', { language });
  await page.goto(`${app.origin}/index.html${route}`);
  await page.reload();
}

/** The message tied to a field, as a screen reader reads it: through its aria-describedby. */
async function messageAt(field: Locator): Promise<string> {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(' ');
}

/** Whether the field's message is there to read: nothing (an open list, a notice) lies over it. */
const messageUncovered = (field: Locator) =>
  field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).every((id) => {
      const message = document.getElementById(id);
      const box = message?.getBoundingClientRect();
      return !!message && !!box && message.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    }),
  );

/** Whether the field shows whole in the dialog's scrolling box, below its sticky title. */
const inDialogView = (field: Locator) =>
  field.evaluate((element) => {
    const content = element.closest('.mantine-Modal-content') as HTMLElement;
    const header = content.querySelector('.mantine-Modal-header') as HTMLElement;
    const box = element.getBoundingClientRect();
    return box.top >= header.getBoundingClientRect().bottom && box.bottom <= content.getBoundingClientRect().bottom;
  });
const isFocused = (field: Locator) => field.evaluate((element) => element === document.activeElement);

describe('a required field left empty', () => {
  for (const language of ['ru', 'az'] as const) {
    it(`says so at the field in ${language === 'ru' ? 'Russian' : 'Azerbaijani'}, scrolled into view and focused`, async () => {
      const texts = CATALOGS[language];
      const visitsBefore = (await invoke(page, 'visits:list', {})).total;
      await open('#/visits?new', language);
      const form = page.getByRole('form', { name: texts.visitForm.formLabel });
      await form.getByLabel(texts.visitForm.titleIn[language]).fill(language === 'ru' ? 'Визит делегации МЧС' : 'FHN nümayəndə heyətinin səfəri');
      const partner = form.getByRole('combobox', { name: texts.visitForm.partner });
      // The officer has worked down to the foot of the dialog: the partner field is out of sight.
      await page.locator('.mantine-Modal-content').evaluate((content) => content.scrollTo(0, content.scrollHeight));
      expect(await inDialogView(partner)).toBe(false);

      await form.getByRole('button', { name: texts.visitForm.save, exact: true }).click();
      expect(await messageAt(partner)).toBe(texts.errors.validation.required);
      for (const date of [texts.visitForm.startDate, texts.visitForm.endDate]) {
        expect(await messageAt(form.getByRole('button', { name: date }))).toBe(texts.errors.validation.required);
      }
      await expect.poll(() => isFocused(partner)).toBe(true);
      expect(await inDialogView(partner)).toBe(true);
      expect(await messageUncovered(partner)).toBe(true);
      expect((await invoke(page, 'visits:list', {})).total).toBe(visitsBefore);
      await dialogSettled(page);
      await page.screenshot({ path: `/tmp/forms-visit-required-${language}.png` });
    });
  }
});

describe('a save the handler refuses', () => {
  for (const language of ['ru', 'az'] as const) {
    it(`puts the refusal at its field in the event form, in ${language === 'ru' ? 'Russian' : 'Azerbaijani'}`, async () => {
      const texts = CATALOGS[language];
      const visit = (await invoke(page, 'visits:list', { search: 'Куренков', lang: 'ru' })).rows[0];
      const venue = (await invoke(page, 'venues:list', { lang: language })).rows[0];
      if (!visit || !venue) throw new Error('the demo office has no Kurenkov visit or no venue');
      const venueName = venue.name[language] ?? '';
      // The deletion lets go of the venue in the events held there; what counts is that no event was added.
      const eventIds = async () => (await invoke(page, 'events:list', { visitId: visit.id })).map((event) => event.id);
      const eventsBefore = await eventIds();
      await open(`#/visits/${visit.id}`, language);
      await page.getByTestId('programme-add-event').click();
      const form = page.getByRole('form', { name: texts.programme.form.label });
      // The title's Russian field: the form's first field in Russian.
      await form.locator('input[lang="ru"]').first().fill('Осмотр зала');
      const venueField = form.getByRole('combobox', { name: texts.programme.form.venue, exact: true });
      await venueField.fill(venueName);
      await page.getByRole('option', { name: venueName, exact: true }).click();

      // Meanwhile a colleague on another PC deletes the venue from the directory.
      await invoke(page, 'venues:delete', { id: venue.id });
      await page.locator('.mantine-Modal-content').evaluate((content) => content.scrollTo(0, content.scrollHeight));
      await form.getByRole('button', { name: texts.programme.form.save }).click();

      expect(await messageAt(venueField)).toBe(texts.errors.validation.unknownReference);
      await expect.poll(() => isFocused(venueField)).toBe(true);
      expect(await inDialogView(venueField)).toBe(true);
      expect(await messageUncovered(venueField)).toBe(true);
      expect(await eventIds()).toEqual(eventsBefore);
      await dialogSettled(page);
      await page.screenshot({ path: `/tmp/forms-event-refused-${language}.png` });
    });
  }

  it('puts a guest a colleague took off the delegation meanwhile at the delegation field, in Russian', async () => {
    const texts = CATALOGS.ru;
    const visit = (await invoke(page, 'visits:list', { search: 'Куренков', lang: 'ru' })).rows[0];
    if (!visit) throw new Error('the demo office has no Kurenkov visit');
    const voronin = (await invoke(page, 'visits:get', { id: visit.id })).members.find((member) => member.name.ru === 'Павел Воронин');
    if (!voronin) throw new Error('Voronin is not on the demo delegation');
    const eventIds = async () => (await invoke(page, 'events:list', { visitId: visit.id })).map((event) => event.id);
    const eventsBefore = await eventIds();
    await open(`#/visits/${visit.id}`, 'ru');
    await page.getByTestId('programme-add-event').click();
    const form = page.getByRole('form', { name: texts.programme.form.label });
    await form.locator('input[lang="ru"]').first().fill('Рабочий завтрак');
    const guests = form.getByRole('combobox', { name: texts.programme.form.guests, exact: true });
    await guests.click();
    await page.getByRole('option', { name: 'Павел Воронин', exact: true }).click();
    await page.keyboard.press('Escape');

    // Meanwhile a colleague takes Voronin off the delegation.
    await invoke(page, 'visitMembers:delete', { id: voronin.id });
    await form.getByRole('button', { name: texts.programme.form.save }).click();

    expect(await messageAt(guests)).toBe(texts.errors.conflict.participantNotOnVisit);
    await expect.poll(() => isFocused(guests)).toBe(true);
    expect(await eventIds()).toEqual(eventsBefore);
  });
});
