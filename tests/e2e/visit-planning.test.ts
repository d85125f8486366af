// An officer plans an incoming visit in Russian: creates it through the form, puts the ministers
// on it, moves it to "planned", ticks checklist tasks and watches readiness change, finds it in
// the calendar by month and by week, marks attendance once it is under way, then deletes it and
// undoes the deletion.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../domain/contract';
import { azMes, bilateralMeeting, heydarov, kudratkhodjaev, uzMes } from '../api/office';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;

// The form's date picker opens on the PC's current month, so the visit is planned around the
// real today; the office clock runs a fortnight earlier, so some checklist tasks are overdue.
const today = new Date();
const year = today.getFullYear();
const month = today.getMonth();
const firstDay = today.getDate();
const lastDay = Math.min(firstDay + 1, new Date(year, month + 1, 0).getDate());
const iso = (day: number) => `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const officeNow = new Date(Date.UTC(year, month, firstDay - 14, 9, 0, 0));

async function invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await page.evaluate(([c, i]) => window.api.invoke(c as Channel, i as never), [channel, input] as const)) as {
    ok: boolean;
    value: ChannelOutput<C>;
  };
  expect(result, channel).toMatchObject({ ok: true });
  return result.value;
}

async function choose(label: string, typed: string, option: string | RegExp) {
  // A required field's label ends in an asterisk.
  const name = new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`);
  const input = page.locator('input:visible').and(page.getByLabel(name));
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function pickDay(label: string, day: number) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const days = page.locator('button.mantine-DatePickerInput-day:not([data-outside]):visible');
  await days.filter({ hasText: new RegExp(`^${day}$`) }).click();
  // Wait for the picker to close, so the next one's days are the only ones on screen.
  await days.first().waitFor({ state: 'hidden' });
}

beforeAll(async () => {
  app = await launchApp({ now: () => officeNow, route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(10_000);
  // The directory is the directory's story; here the partner and the two ministers already exist.
  const ours = await invoke('organizations:save', azMes());
  const partner = await invoke('organizations:save', uzMes());
  await invoke('people:save', heydarov(ours.id));
  await invoke('people:save', kudratkhodjaev(partner.id));
  await invoke('settings:save', { language: 'ru' });
  await page.reload();
});
afterAll(async () => {
  await app?.close();
});

const visitTitle = 'Визит Министра по чрезвычайным ситуациям Узбекистана';

describe('planning the Uzbek minister’s visit, in Russian', () => {
  it('creates the visit through the form', async () => {
    await page.getByRole('button', { name: 'Новый визит' }).click();
    const form = page.getByRole('form', { name: 'Визит' });
    await form.waitFor();
    await choose('Организация-партнёр', 'Узбекистан', /Узбекистан/);
    await form.getByLabel('Название на русском').fill(visitTitle);
    await pickDay('Прибытие', firstDay);
    await pickDay('Отъезд', lastDay);
    await form.getByLabel('Город (на русском)').fill('Баку');
    await choose('Ответственный сотрудник', 'Гейдаров', /Гейдаров/);
    await app.screenshot('visit-form-ru');
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('heading', { name: visitTitle }).waitFor();
    await page.getByText('Выполнено 0/9').first().waitFor();
  });

  it('puts the Uzbek minister at the head of the delegation and ours on our side', async () => {
    await choose('Лицо (Делегация)', 'Кудрат', /Кудратходжаев/);
    await choose('Роль в визите (Делегация)', '', 'Глава делегации');
    await page.getByRole('button', { name: 'Добавить в список' }).first().click();
    await page.getByRole('table', { name: 'Делегация' }).getByText('Кудратходжаев, Ботир').waitFor();

    await choose('Лицо (Наша сторона)', 'Гейдаров', /Гейдаров/);
    await page.getByRole('button', { name: 'Добавить в список' }).last().click();
    await page.getByRole('table', { name: 'С нашей стороны' }).getByText('Гейдаров, Кямаледдин').waitFor();
  });

  it('moves the visit to planned, offering only the steps that make sense', async () => {
    await page.getByRole('button', { name: 'Изменить статус' }).click();
    const items = await page.getByRole('menuitem').allTextContents();
    expect(items).toEqual(['Перевести в «Запланирован»', 'Перевести в «Отменён»']);
    await page.getByRole('menuitem', { name: 'Перевести в «Запланирован»' }).click();
    await page.getByText('Статус изменён: Запланирован.').waitFor();
    const visits = await invoke('visits:list', {});
    expect(visits.rows[0]?.status).toBe('planned');
  });

  it('ticks checklist tasks and sees readiness change; overdue tasks stand out', async () => {
    const checklist = page.getByRole('table', { name: 'Организационные задачи' });
    expect(await checklist.locator('tr[data-overdue]').count()).toBe(1); // security clearance, due 21 days before arrival
    // The box follows the server's answer, so click and wait for the new readiness.
    await page.getByRole('checkbox', { name: 'Отметить выполненной: «Бронирование гостиницы»' }).click();
    await page.getByText('Выполнено 1/9').first().waitFor();
    await app.screenshot('visit-checklist-ru');
    await page.getByRole('checkbox', { name: 'Отметить выполненной: «Допуски службы безопасности»' }).click();
    await page.getByText('Выполнено 2/9').first().waitFor();
    expect(await checklist.locator('tr[data-overdue]').count()).toBe(0);
  });

  it('finds the visit and its meeting in the calendar, by month and by week', async () => {
    const [visit] = (await invoke('visits:list', {})).rows;
    const people = await invoke('people:list', {});
    await invoke('events:save', {
      ...bilateralMeeting(visit!.id, people.rows.map((person) => person.id)),
      startsAt: `${iso(firstDay)}T07:00:00Z`,
      endsAt: `${iso(firstDay)}T08:30:00Z`,
    });

    await page.getByRole('navigation').getByRole('link', { name: 'Календарь' }).click();
    await page.getByRole('heading', { name: 'Календарь' }).waitFor();
    await page.getByText(visitTitle).first().waitFor();
    await page.getByText('Двусторонняя встреча').first().waitFor();
    await app.screenshot('calendar-month-ru');

    await page.getByText('Неделя', { exact: true }).click();
    await page.getByText('Двусторонняя встреча').first().waitFor();
    await app.screenshot('calendar-week-ru');

    await page.getByText(visitTitle).first().click();
    await page.getByRole('heading', { name: visitTitle }).waitFor();
  });

  it('once the visit is under way, marks who attended the meeting', async () => {
    for (const status of ['Подтверждён', 'Проходит']) {
      await page.getByRole('button', { name: 'Изменить статус' }).click();
      await page.getByRole('menuitem', { name: `Перевести в «${status}»` }).click();
      await page.getByText(`Статус изменён: ${status}.`).waitFor();
    }
    const section = page.getByRole('table', { name: 'Присутствие на мероприятиях' });
    await section.getByRole('button', { name: 'Присутствие' }).click();
    const dialog = page.getByRole('dialog', { name: 'Присутствие: Двусторонняя встреча' });
    await dialog.getByRole('row').filter({ hasText: 'Кудратходжаев' }).getByText('Присутствовал').click();
    await dialog.getByRole('row').filter({ hasText: 'Гейдаров' }).getByText('По уважительной причине').click();
    await section.getByText('1 из 2').waitFor();
    await app.screenshot('event-attendance-ru');
    await page.keyboard.press('Escape');
    const [meeting] = (await invoke('visits:get', { id: (await invoke('visits:list', {})).rows[0]!.id })).events;
    expect(meeting?.participants.map((person) => person.attendance).sort()).toEqual(['attended', 'excused']);
  });

  it('deletes the visit after confirming, and undoes it', async () => {
    await page.getByRole('button', { name: 'Удалить визит' }).click();
    await page.getByRole('dialog', { name: 'Удалить?' }).getByRole('button', { name: 'Удалить' }).click();
    await page.getByText('Визит перемещён в корзину.').waitFor();
    await page.getByRole('heading', { name: 'Визиты' }).waitFor();
    expect((await invoke('visits:list', {})).total).toBe(0);
    expect(await invoke('trash:list', {})).toHaveLength(1);

    await page.getByRole('button', { name: 'Отменить' }).click();
    await page.getByRole('heading', { name: visitTitle }).waitFor();
    await page.getByRole('table', { name: 'Делегация' }).getByText('Кудратходжаев, Ботир').waitFor();
    await page.getByText('Выполнено 2/9').first().waitFor();
    expect(await invoke('trash:list', {})).toEqual([]);
    await page.getByRole('navigation').getByRole('link', { name: 'Корзина' }).click();
    await page.getByText('Корзина пуста.').waitFor();
  });

  it('asked for nothing outside the app', () => {
    expect(app.foreignRequests).toEqual([]);
  });
});
