// The whole story of issue 3, in Russian, through the screens only: an officer with an empty
// office enters Russia's ministry and the people, plans Minister Kurenkov's visit to Baku with
// the programme of the press release (the Alley of Honours, Zarifa Aliyeva's grave, the Alley of
// Martyrs and the Eternal Flame, the bilateral meeting, the signing), plants a double-booking of
// Minister Heydarov, sees it flagged, resolves it, and completes the logistics checklist.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;

// Date pickers open on the PC's current month, so the visit is planned for today and the next
// two days; every event of the story falls on the first day.
const today = new Date();
const firstDay = today.getDate();
const lastDay = Math.min(firstDay + 2, new Date(today.getFullYear(), today.getMonth() + 1, 0).getDate());

const byTestId = (id: string) => page.getByTestId(id);
const count = (sql: string) => (app.db.prepare(sql).get() as { n: number }).n;

async function chooseCombobox(label: string, typed: string, option: string | RegExp) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function chooseInput(label: string | RegExp, typed: string, option: string | RegExp) {
  const input = page.locator('input:visible').and(page.getByLabel(label, { exact: typeof label === 'string' }));
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function pickDay(scope: ReturnType<Page['getByRole']>, label: string, day: number) {
  await scope.getByRole('button', { name: label, exact: true }).click();
  const days = page.locator('button.mantine-DatePickerInput-day:not([data-outside]):visible');
  await days.filter({ hasText: new RegExp(`^${day}$`) }).click();
  await days.first().waitFor({ state: 'hidden' });
}

async function newOrganization(name: string, latin: string, country: string) {
  await byTestId('organization-new').click();
  await byTestId('organization-name-ru').fill(name);
  await byTestId('organization-name-suggest-en').waitFor();
  await byTestId('organization-name-en').fill(latin);
  await chooseCombobox('Страна', country.slice(0, 4), country);
  await byTestId('organization-save').click();
  await page.getByRole('table', { name: 'Организации' }).getByText(name).waitFor();
}

async function newPerson(name: string, rank: string, organization: string) {
  const [givenName = '', surname = ''] = name.split(' ');
  await byTestId('person-new').click();
  for (const [part, text] of [['given-name', givenName], ['surname', surname]] as const) {
    await byTestId(`person-${part}-ru`).fill(text);
    // Take the suggested Latin spellings, as an officer in a hurry would.
    for (const language of ['en', 'az']) {
      const suggestion = byTestId(`person-${part}-suggest-${language}`);
      await suggestion.waitFor();
      await suggestion.click();
    }
  }
  await page.getByLabel('Звание на русском').fill(rank);
  await chooseCombobox('Организация', organization.slice(0, 3), organization);
  await byTestId('person-save').click();
  // The directory lists surname first.
  await page.getByRole('table', { name: 'Персоналии' }).getByText(`${surname}, ${givenName}`).waitFor();
}

async function newVenue(ru: string, en: string) {
  await byTestId('venue-new').click();
  await byTestId('venue-name-ru').fill(ru);
  await byTestId('venue-name-en').fill(en);
  await byTestId('venue-city-ru').fill('Баку');
  await byTestId('venue-save').click();
  await page.getByRole('table', { name: 'Места проведения' }).getByText(ru).waitFor();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

const eventForm = () => page.getByRole('form', { name: 'Мероприятие' });

interface PlannedEvent {
  type: string;
  title: string;
  starts: string;
  ends: string;
  venue: string;
  guests: RegExp[];
  hosts: RegExp[];
}

async function addEvent(event: PlannedEvent) {
  await byTestId('programme-add-event').click();
  await eventForm().waitFor();
  await chooseInput('Тип', '', event.type);
  await eventForm().getByLabel('Название на русском').fill(event.title);
  await eventForm().getByLabel('Начало', { exact: true }).fill(event.starts);
  await eventForm().getByLabel('Окончание', { exact: true }).fill(event.ends);
  await chooseInput('Место', '', event.venue);
  for (const [label, names] of [['Делегация', event.guests], ['С нашей стороны', event.hosts]] as const) {
    if (names.length === 0) continue;
    await eventForm().getByLabel(label).click();
    for (const name of names) await page.getByRole('option', { name }).click();
    await page.keyboard.press('Escape');
  }
  await eventForm().getByRole('button', { name: 'Сохранить мероприятие' }).click();
}

async function saved() {
  await page.getByText('Мероприятие сохранено.').first().waitFor();
  await eventForm().waitFor({ state: 'detached' });
}

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

const visitTitle = 'Визит Министра МЧС России в Баку';
const kurenkov = /Куренков/;
const heydarov = /Гейдаров/;

describe('planning the Russian minister’s visit from scratch, in Russian', () => {
  it('enters the two ministries, the three people and the venues', async () => {
    await newOrganization('МЧС России', 'EMERCOM of Russia', 'Россия');
    await newOrganization('МЧС Азербайджанской Республики', 'Ministry of Emergency Situations of Azerbaijan', 'Азербайджан');

    await page.getByRole('navigation').getByRole('link', { name: 'Персоналии' }).click();
    await newPerson('Александр Куренков', 'генерал-лейтенант', 'МЧС России');
    await newPerson('Кямаледдин Гейдаров', 'генерал-полковник', 'МЧС Азербайджанской Республики');
    await newPerson('Лейла Гусейнова', 'майор', 'МЧС Азербайджанской Республики');
    expect(app.db.prepare("SELECT name_az FROM people WHERE name_ru = 'Кямаледдин Гейдаров'").get()).toEqual({ name_az: 'Kəmaləddin Heydərov' });

    await page.getByRole('navigation').getByRole('link', { name: 'Места проведения' }).click();
    await newVenue('Аллея почётного захоронения', 'Alley of Honours');
    await newVenue('Аллея шехидов', 'Alley of Martyrs');
    await newVenue('Административное здание МЧС', 'MES headquarters');
    expect(count('SELECT count(*) AS n FROM venues')).toBe(3);
  });

  it('creates the visit, with Minister Kurenkov at the head of the delegation', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Визиты' }).click();
    await page.getByRole('button', { name: 'Новый визит' }).click();
    const form = page.getByRole('form', { name: 'Визит' });
    await form.waitFor();
    await chooseInput(/^Организация-партнёр( \*)?$/, 'МЧС Рос', 'МЧС России');
    await form.getByLabel('Название на русском').fill(visitTitle);
    await pickDay(form, 'Прибытие', firstDay);
    await pickDay(form, 'Отъезд', lastDay);
    await form.getByLabel('Город (на русском)').fill('Баку');
    await chooseInput(/^Ответственный сотрудник( \*)?$/, 'Гусейн', /Гусейнова/);
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('heading', { name: visitTitle }).waitFor();

    await chooseInput('Лицо (Делегация)', 'Курен', kurenkov);
    await chooseInput('Роль в визите (Делегация)', '', 'Глава делегации');
    await page.getByRole('button', { name: 'Добавить в список' }).first().click();
    await page.getByRole('table', { name: 'Делегация' }).getByText('Куренков, Александр').waitFor();
    for (const name of ['Гейдар', 'Гусейн']) {
      await chooseInput('Лицо (Наша сторона)', name, new RegExp(name));
      await page.getByRole('button', { name: 'Добавить в список' }).last().click();
    }
    await page.getByRole('table', { name: 'С нашей стороны' }).getByText('Гусейнова, Лейла').waitFor();
  });

  it('plans the programme of the press release, free of conflicts', async () => {
    const programme: PlannedEvent[] = [
      { type: 'Возложение венка', title: 'Возложение венка к могиле Гейдара Алиева', starts: '10:00', ends: '10:20',
        venue: 'Аллея почётного захоронения', guests: [kurenkov], hosts: [] },
      { type: 'Возложение венка', title: 'Возложение цветов к могиле Зарифы Алиевой', starts: '10:20', ends: '10:35',
        venue: 'Аллея почётного захоронения', guests: [kurenkov], hosts: [] },
      { type: 'Возложение венка', title: 'Аллея шехидов, венок к монументу «Вечный огонь»', starts: '11:00', ends: '11:30',
        venue: 'Аллея шехидов', guests: [kurenkov], hosts: [] },
      { type: 'Двусторонняя встреча', title: 'Двусторонняя встреча министров', starts: '12:00', ends: '13:30',
        venue: 'Административное здание МЧС', guests: [kurenkov], hosts: [heydarov] },
      { type: 'Церемония подписания', title: 'Подписание Плана совместных действий на 2024-2026 годы', starts: '13:30', ends: '14:00',
        venue: 'Административное здание МЧС', guests: [kurenkov], hosts: [heydarov] },
    ];
    for (const event of programme) {
      await addEvent(event);
      await saved();
    }
    const events = app.db.prepare('SELECT title_ru FROM events ORDER BY starts_at').all() as { title_ru: string }[];
    expect(events.map((event) => event.title_ru)).toEqual(programme.map((event) => event.title));
    await byTestId('programme-conflicts').getByText('В программе нет конфликтов.').waitFor();
  });

  it('plants a double-booking of Minister Heydarov, sees it flagged, and resolves it', async () => {
    await addEvent({ type: 'Пресса', title: 'Интервью телеканалу', starts: '12:30', ends: '13:00',
      venue: 'Административное здание МЧС', guests: [], hosts: [heydarov] });
    const dialog = page.getByTestId('conflict-dialog');
    await dialog.getByText(/Кямаледдин Гейдаров в это же время участвует в мероприятии «Двусторонняя встреча/).waitFor();
    await page.getByRole('button', { name: 'Всё равно сохранить' }).click();
    await saved();
    const conflicts = byTestId('programme-conflicts');
    await conflicts.getByTestId('conflict-line').first().waitFor();
    const interview = app.db.prepare("SELECT id FROM events WHERE title_ru = 'Интервью телеканалу'").get() as { id: number };
    await expect.poll(() => byTestId(`timeline-event-${interview.id}`).getAttribute('data-conflict')).toBe('acknowledged');
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('story-timeline-conflict-ru');

    // Resolved: the interview moves after the signing.
    await byTestId(`timeline-event-${interview.id}`).click();
    await eventForm().waitFor();
    await eventForm().getByLabel('Начало', { exact: true }).fill('14:15');
    await eventForm().getByLabel('Окончание', { exact: true }).fill('14:45');
    await eventForm().getByRole('button', { name: 'Сохранить мероприятие' }).click();
    await saved();
    await conflicts.getByText('В программе нет конфликтов.').waitFor();
    await expect.poll(() => byTestId(`timeline-event-${interview.id}`).getAttribute('data-conflict')).toBe('clear');
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('story-timeline-ru');
  });

  it('completes the logistics checklist', async () => {
    const checklist = page.getByRole('table', { name: 'Организационные задачи' });
    const task = /^Отметить выполненной/;
    expect(await checklist.getByRole('checkbox', { name: task }).count()).toBe(9);
    for (let done = 1; done <= 9; done += 1) {
      await checklist.getByRole('checkbox', { name: task, checked: false }).first().click();
      await page.getByText(`Выполнено ${done}/9`).first().waitFor();
    }
    expect(count("SELECT count(*) AS n FROM tasks WHERE status = 'done'")).toBe(9);
  });

  it('shows the visit and its programme in the calendar', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Календарь' }).click();
    await page.getByText(visitTitle).first().waitFor();
    await app.screenshot('story-calendar-month-ru');
    await page.getByText('Неделя', { exact: true }).click();
    await page.getByText('Двусторонняя встреча министров').first().waitFor();
    await app.screenshot('story-calendar-week-ru');
  });

  it('asked for nothing outside the app', () => {
    expect(app.foreignRequests).toEqual([]);
  });
});
