// An officer plans times in the Russian minister's programme, in Russian and then in Azerbaijani:
// types 15:00 to 14:30 by mistake and is stopped at the end field with nothing saved; plans a late
// dinner from 23:30 to 00:30 by ticking "ends the next day" and sees it whole on both days; reads
// the title of the 20-minute signing on the timeline; and meets the server's own refusal, on the
// night Berlin moves its clocks, at the same end field.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language, ProtocolEvent } from '../../domain/contract';
import { invoke } from './app-calls';
import { launchApp, type LaunchedApp } from './harness';

const SHOTS = '/tmp/shots-events';
const TEXTS = {
  ru: {
    form: 'Мероприятие',
    ends: 'Окончание',
    endsNextDay: 'Заканчивается после полуночи, на следующий день',
    endBeforeStart: 'Окончание раньше начала.',
    save: 'Сохранить мероприятие',
    cancel: 'Отмена',
  },
  az: {
    form: 'Tədbir',
    ends: 'Bitmə',
    endsNextDay: 'Gecə yarısından sonra, növbəti gün bitir',
    endBeforeStart: 'Bitmə vaxtı başlanğıcdan əvvəldir.',
    save: 'Tədbiri saxla',
    cancel: 'İmtina',
  },
};
const SIGNING_TITLE = { ru: 'Подписание Плана совместных действий на 2024-2026 годы' };
const DINNER_TITLE = { az: 'Gec şam yeməyi', ru: 'Поздний ужин', en: 'Late dinner' };

let app: LaunchedApp;
let page: Page;
let language: Language = 'ru';
let visitId = 0;
let dinner: ProtocolEvent;

const texts = () => TEXTS[language as 'ru' | 'az'];
const form = () => page.getByRole('form', { name: texts().form });
const timelineEvent = (id: number) => page.getByTestId(`timeline-event-${id}`);
const eventOfType = async (type: ProtocolEvent['type']) => (await invoke(page, 'events:list', { visitId })).find((event) => event.type === type) as ProtocolEvent;

async function openVisit(id: number, inLanguage: Language) {
  language = inLanguage;
  await invoke(page, 'settings:save', { language });
  await page.goto(`${app.origin}/index.html#/visits/${id}`);
  await page.reload();
  await page.locator('.programme-timeline').waitFor();
}

async function setTimes(starts: string, ends: string) {
  await form().getByLabel(language === 'ru' ? 'Начало' : 'Başlanğıc', { exact: true }).fill(starts);
  await form().getByLabel(texts().ends, { exact: true }).fill(ends);
}

/** The message tied to the end field, read as a screen reader reads it: through the field's aria-describedby. */
async function endFieldMessage(): Promise<string> {
  const field = form().getByLabel(texts().ends, { exact: true });
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(' ');
}

/** The day column each drawn part of an event stands in. */
const columnsOf = (id: number) =>
  timelineEvent(id).evaluateAll((parts) => parts.map((part) => part.closest('[data-date]')?.getAttribute('data-date')?.slice(0, 10)));

/** The timeline whole, or the event form as the officer sees it, its times in view. */
async function shot(name: string, target: 'timeline' | 'form') {
  const path = `${SHOTS}/${name}-${language}.png`;
  if (target === 'timeline') {
    // From the page's top, so the app's fixed header stays above the timeline rather than across it.
    await page.evaluate(() => window.scrollTo(0, 0));
    const clip = await page.locator('.programme-timeline').boundingBox();
    return void (await page.screenshot({ path, fullPage: true, clip: clip ?? undefined }));
  }
  // Saving scrolled the dialog to the field in error; from its top, the times show with their labels.
  await page.locator('.mantine-Modal-content').evaluate((dialog) => dialog.scrollTo(0, 0));
  await page.screenshot({ path });
}

/** Opens the arrival, types 15:00 to 14:30 and tries to save: the end field says why, and nothing is sent. */
async function typeEndBeforeStart() {
  const arrival = await eventOfType('arrival');
  const before = await invoke(page, 'events:list', { visitId });
  await timelineEvent(arrival.id).click();
  await setTimes('15:00', '14:30');
  await form().getByRole('button', { name: texts().save }).click();
  expect(await endFieldMessage()).toContain(texts().endBeforeStart);
  expect(await page.getByTestId('conflict-dialog').count()).toBe(0);
  expect(await invoke(page, 'events:list', { visitId })).toEqual(before);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await launchApp({ route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await invoke(page, 'demo:load', {});
  visitId = (await invoke(page, 'visits:list', { search: 'Куренков', lang: 'ru' })).rows[0]?.id ?? 0;
  await openVisit(visitId, 'ru');
});
afterAll(async () => {
  await app?.close();
});

/** Cancel: a form holding typed changes asks first (FormModal), and the officer lets them go. */
async function cancelForm() {
  await form().getByRole('button', { name: texts().cancel }).click();
  const discard = page.getByTestId('discard-changes');
  await Promise.race([
    form().waitFor({ state: 'detached' }),
    discard.waitFor({ timeout: 5_000 }).then(() => discard.click(), () => undefined),
  ]);
}

describe('planning times in the programme, in Russian', () => {
  it('stops 15:00 to 14:30 at the end field, saves nothing and lists no conflicts, until "ends the next day" is ticked', async () => {
    await typeEndBeforeStart();
    await shot('form-end-before-start', 'form');
    await form().getByLabel(texts().endsNextDay).check();
    await expect.poll(() => form().getByLabel(texts().ends, { exact: true }).getAttribute('aria-invalid')).not.toBe('true');
    await cancelForm();
    await form().waitFor({ state: 'detached' });
  });

  it('saves a late dinner from 23:30 to 00:30 the next day, and draws it whole on both days', async () => {
    await page.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await form().getByLabel('Название на русском').fill(DINNER_TITLE.ru);
    await form().getByLabel('Название на английском').fill(DINNER_TITLE.en);
    await form().getByLabel('Название на азербайджанском').fill(DINNER_TITLE.az);
    await setTimes('23:30', '00:30');
    await form().getByLabel(texts().endsNextDay).check();
    await form().getByRole('button', { name: texts().save }).click();
    await page.getByText('Мероприятие сохранено.').waitFor();
    await form().waitFor({ state: 'detached' });

    dinner = (await invoke(page, 'events:list', { visitId })).find((event) => event.title.ru === DINNER_TITLE.ru) as ProtocolEvent;
    expect(dinner).toMatchObject({ startsAt: '2024-04-15T19:30:00Z', endsAt: '2024-04-15T20:30:00Z' });
    await expect.poll(() => timelineEvent(dinner.id).count()).toBe(2);
    expect(await columnsOf(dinner.id)).toEqual(['2024-04-15', '2024-04-16']);
    for (const part of await timelineEvent(dinner.id).all()) {
      expect(await part.innerText()).toMatch(new RegExp(`${DINNER_TITLE.ru}[\\s\\S]*23:30–00:30|23:30–00:30[\\s\\S]*${DINNER_TITLE.ru}`));
    }

    // Opened again, the form shows what the officer planned.
    await timelineEvent(dinner.id).first().click();
    expect(await form().getByLabel(texts().ends, { exact: true }).inputValue()).toBe('00:30');
    expect(await form().getByLabel(texts().endsNextDay).isChecked()).toBe(true);
    await cancelForm();
    await form().waitFor({ state: 'detached' });
  });

  it('shows the title of the 20-minute signing on the timeline, with its whole text on hover and to the keyboard', async () => {
    const signing = await eventOfType('signing_ceremony');
    expect(Date.parse(signing.endsAt) - Date.parse(signing.startsAt)).toBe(20 * 60_000);
    const body = timelineEvent(signing.id);
    const title = body.locator('.programme-event-title');
    expect(await title.innerText()).toBe(SIGNING_TITLE.ru);
    const [outer, inner] = [await body.boundingBox(), await title.boundingBox()];
    if (!outer || !inner) throw new Error('the signing is not drawn');
    expect(inner.y).toBeGreaterThanOrEqual(outer.y);
    expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height + 1);
    expect(inner.width).toBeGreaterThan(100);
    expect(await body.getAttribute('title')).toContain(`${SIGNING_TITLE.ru}\n12:30–12:50`);

    const button = page.getByRole('button', { name: new RegExp(`^${SIGNING_TITLE.ru}, 12:30–12:50`) });
    await button.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`timeline-event-${signing.id}`);
    await page.keyboard.press('Enter');
    expect(await form().getByLabel('Название на русском').inputValue()).toBe(SIGNING_TITLE.ru);
    await cancelForm();
    await form().waitFor({ state: 'detached' });
    await shot('timeline-midnight-and-short', 'timeline');
  });

  it('puts the server\'s refusal on the end field too: 02:30 to 03:10 on the night Berlin moves its clocks', async () => {
    const kurenkovVisit = await invoke(page, 'visits:get', { id: visitId });
    const berlin = await invoke(page, 'visits:save', {
      direction: 'outgoing',
      title: { az: 'Berlində məsləhətləşmələr', ru: 'Консультации в Берлине', en: 'Consultations in Berlin' },
      partnerOrganizationId: kurenkovVisit.partnerOrganizationId,
      startDate: '2024-03-31',
      endDate: '2024-04-01',
      timeZone: 'Europe/Berlin',
      city: { az: 'Berlin', ru: 'Берлин', en: 'Berlin' },
      purpose: { az: null, ru: null, en: null },
      frameworkEvent: { az: null, ru: null, en: null },
      talkingPoints: { az: null, ru: null, en: null },
      responsibleOfficerId: null,
      status: 'planned',
    });
    await openVisit(berlin.id, 'ru');
    await page.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await form().getByLabel('Название на русском').fill('Ночной брифинг');
    // At 02:00 the clocks go to 03:00: "02:30" is 03:30, after the end at 03:10. Only the zone's rules know that.
    await setTimes('02:30', '03:10');
    await form().getByRole('button', { name: texts().save }).click();
    expect(await endFieldMessage()).toContain(texts().endBeforeStart);
    expect(await page.getByTestId('conflict-dialog').count()).toBe(0);
    expect(await invoke(page, 'events:list', { visitId: berlin.id })).toEqual([]);
    await cancelForm();
  });
});

describe('the same, in Azerbaijani', () => {
  it('draws the late dinner on both days and the signing with its title', async () => {
    await openVisit(visitId, 'az');
    await expect.poll(() => timelineEvent(dinner.id).count()).toBe(2);
    for (const part of await timelineEvent(dinner.id).all()) expect(await part.innerText()).toContain(DINNER_TITLE.az);
    const signing = await eventOfType('signing_ceremony');
    expect(await timelineEvent(signing.id).locator('.programme-event-title').innerText()).toBe(signing.title.az);
    await shot('timeline-midnight-and-short', 'timeline');
  });

  it('stops 15:00 to 14:30 at the end field in Azerbaijani', async () => {
    await typeEndBeforeStart();
    await shot('form-end-before-start', 'form');
    await cancelForm();
  });
});
