// An officer takes Major Karimova off the Uzbek delegation: the app names the three events she is
// in and asks first, takes her out of them with her, and "Undo" puts her back on the list and in
// the events. In English, then in Russian; the dialog is also read in Azerbaijani.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../domain/contract';
import { invoke } from './app-calls';
import { launchApp, type LaunchedApp } from './harness';

const SHOTS = '/tmp/shots-members';

let app: LaunchedApp;
let page: Page;
let visitId = 0;
let arrivalId = 0;
let karimovaId = 0;

async function openVisitIn(language: Language) {
  await invoke(page, 'settings:save', { language });
  await page.goto(`${app.origin}/index.html#/visits/${visitId}`);
  await page.reload();
}

/** The screen once the dialog has finished fading in: the picture shows what the officer reads. */
async function screenshot(name: string) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished),
    ),
  );
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** What an officer reads in one language. */
interface Words {
  delegation: string;
  remove: string;
  dialogTitle: string;
  events: string[];
  confirm: string;
  removed: string;
  undo: string;
  eventForm: string;
  cancelForm: string;
}

const delegationTable = (words: Words) => page.getByRole('table', { name: words.delegation });

/** The names on the arrival's guest and host pickers, as the event form shows them. */
async function arrivalParticipants(words: Words): Promise<string[]> {
  await page.getByTestId(`timeline-event-${arrivalId}`).click();
  const form = page.getByRole('form', { name: words.eventForm });
  await form.waitFor();
  const names = await form.locator('.mantine-MultiSelect-pill').allTextContents();
  await form.getByRole('button', { name: words.cancelForm }).click();
  await form.waitFor({ state: 'detached' });
  return names;
}

/** The delegation table lists surname first: "Karimova, Dilnoza". */
const listed = (name: string) => name.split(' ').reverse().join(', ');

async function removeAndUndo(name: string, words: Words) {
  await delegationTable(words).getByText(listed(name)).waitFor();
  expect(await arrivalParticipants(words)).toContain(name);

  await page.getByRole('button', { name: words.remove, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: words.dialogTitle });
  await dialog.waitFor();
  expect(await dialog.getByRole('listitem').allTextContents()).toEqual(words.events.map((title) => expect.stringContaining(title)));
  await dialog.getByRole('button', { name: words.confirm, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });

  await page.getByText(words.removed).waitFor();
  await delegationTable(words).getByText(listed(name)).waitFor({ state: 'detached' });
  const left = await arrivalParticipants(words);
  expect(left).not.toContain(name);
  // The old ✕ left her in the event, shown as a bare person id with no name.
  expect(left.every((pill) => /\p{L}/u.test(pill))).toBe(true);
  // The run sheet prints each event's participants from the same rows.
  const briefing = await invoke(page, 'briefing:get', { visitId });
  expect(briefing.events.flatMap((event) => event.participants.map((participant) => participant.personId))).not.toContain(karimovaId);

  await page.getByRole('button', { name: words.undo }).click();
  await delegationTable(words).getByText(listed(name)).waitFor();
  expect(await arrivalParticipants(words)).toContain(name);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await launchApp({ route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await invoke(page, 'demo:load', {});
  visitId = (await invoke(page, 'visits:list', { search: 'Kudratkhodjaev', lang: 'en' })).rows[0]?.id ?? 0;
  arrivalId = (await invoke(page, 'events:list', { visitId })).find((event) => event.type === 'arrival')?.id ?? 0;
  karimovaId = (await invoke(page, 'visits:get', { id: visitId })).members.find((member) => member.name.en === 'Dilnoza Karimova')?.personId ?? 0;
});
afterAll(async () => {
  await app?.close();
});

describe('taking a member off the delegation', () => {
  it('in English: asks with her three events, takes her out of them, and Undo puts her back', async () => {
    await openVisitIn('en');
    await removeAndUndo('Dilnoza Karimova', {
      delegation: 'Delegation',
      remove: 'Remove Dilnoza Karimova',
      dialogTitle: 'Remove from the visit?',
      events: ['Arrival of the delegation', 'Bilateral meeting with Kamaladdin Heydarov', 'Departure of the delegation'],
      confirm: 'Remove from the visit',
      removed: 'Dilnoza Karimova has been removed from the visit.',
      undo: 'Undo',
      eventForm: 'Event',
      cancelForm: 'Cancel',
    });
  });

  it('in Russian: the same, in the officer’s language', async () => {
    await openVisitIn('ru');
    await page.getByRole('button', { name: 'Убрать: Дильноза Каримова' }).click();
    await page.getByRole('dialog', { name: 'Убрать из визита?' }).waitFor();
    await screenshot('remove-member-ru');
    await page.getByRole('button', { name: 'Отмена' }).click();
    await removeAndUndo('Дильноза Каримова', {
      delegation: 'Делегация',
      remove: 'Убрать: Дильноза Каримова',
      dialogTitle: 'Убрать из визита?',
      events: ['Прибытие делегации', 'Двусторонняя встреча', 'Отъезд делегации'],
      confirm: 'Убрать из визита',
      removed: 'Дильноза Каримова больше не в составе визита.',
      undo: 'Отменить',
      eventForm: 'Мероприятие',
      cancelForm: 'Отмена',
    });
  });

  it('in Azerbaijani: the dialog names her events, and cancelling keeps her on the list', async () => {
    await openVisitIn('az');
    await page.getByRole('button', { name: 'Siyahıdan çıxar: Dilnoza Kərimova' }).click();
    const dialog = page.getByRole('dialog', { name: 'Səfərdən çıxarılsın?' });
    await dialog.getByText('Nümayəndə heyətinin gəlişi').waitFor();
    await screenshot('remove-member-az');
    await dialog.getByRole('button', { name: 'İmtina' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: 'Nümayəndə heyəti' }).getByText('Kərimova, Dilnoza').waitFor();
  });
});
