// An officer edits the Russian minister's programme in Russian: adds a press briefing through the
// form, drags it to another hour, plants a double-booking of Minister Heydarov, sees it flagged on
// the timeline and in the list, saves over the warning with an acknowledgement, then resolves it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput, ProtocolEvent } from '../../domain/contract';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;
let visitId = 0;
let briefing: ProtocolEvent;

async function invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await page.evaluate(([c, i]) => window.api.invoke(c as Channel, i as never), [channel, input] as const)) as {
    ok: boolean;
    value: ChannelOutput<C>;
  };
  expect(result.ok).toBe(true);
  return result.value;
}

async function choose(label: string, option: string | RegExp) {
  await page.locator('input:visible').and(page.getByLabel(label, { exact: true })).click();
  await page.getByRole('option', { name: option }).first().click();
}

const form = () => page.getByRole('form', { name: 'Мероприятие' });
const timelineEvent = (id: number) => page.getByTestId(`timeline-event-${id}`);
const conflictList = () => page.getByTestId('programme-conflicts');

/** A full-page picture from the top, so the fixed header sits above the page rather than across it. */
async function screenshot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot(name);
}

async function setTimes(starts: string, ends: string) {
  await form().getByLabel('Начало', { exact: true }).fill(starts);
  await form().getByLabel('Окончание', { exact: true }).fill(ends);
}

beforeAll(async () => {
  app = await launchApp({ route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await invoke('demo:load', {});
  await invoke('settings:save', { language: 'ru' });
  const visits = await invoke('visits:list', { search: 'Куренков', lang: 'ru' });
  visitId = visits.rows[0]?.id ?? 0;
  await page.goto(`${app.origin}/index.html#/visits/${visitId}`);
  await page.reload();
});
afterAll(async () => {
  await app?.close();
});

describe('the programme editor, in Russian', () => {
  it('shows the three days of the visit hour by hour in Baku time, with no conflicts', async () => {
    await page.getByRole('region', { name: 'Программа по дням' }).waitFor();
    await page.getByText('Время принимающего города (UTC+4)').waitFor();
    const events = await invoke('events:list', { visitId });
    expect(events).toHaveLength(6);
    for (const event of events) await timelineEvent(event.id).waitFor();
    await conflictList().getByText('В программе нет конфликтов.').waitFor();
    await screenshot('programme-timeline-ru');
  });

  it('adds a press briefing on the second day through the form', async () => {
    await page.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await form().waitFor();
    await choose('Тип', 'Пресса');
    await form().getByLabel('Название на русском').fill('Брифинг для прессы');
    await form().getByLabel('Название на английском').fill('Press briefing');
    await form().getByRole('button', { name: 'День' }).click();
    await page.locator('button.mantine-DatePickerInput-day:not([data-outside]):visible', { hasText: /^16$/ }).click();
    await setTimes('14:00', '14:30');
    await choose('Место', 'Административное здание МЧС');
    await form().getByLabel('Делегация').click();
    await page.getByRole('option', { name: /Куренков/ }).click();
    await form().getByLabel('С нашей стороны').click();
    await page.getByRole('option', { name: /Гейдаров/ }).click();
    await page.keyboard.press('Escape');
    await form().getByLabel('Транспорт на русском').fill('Пешком');
    await screenshot('event-form-ru');
    await form().getByRole('button', { name: 'Сохранить мероприятие' }).click();
    await page.getByText('Мероприятие сохранено.').waitFor();
    await form().waitFor({ state: 'detached' });

    const events = await invoke('events:list', { visitId });
    const added = events.find((event) => event.title.ru === 'Брифинг для прессы');
    expect(added).toMatchObject({ type: 'press', startsAt: '2024-04-16T10:00:00Z', endsAt: '2024-04-16T10:30:00Z', transport: { ru: 'Пешком' } });
    expect(added?.participants.map((participant) => participant.name.ru).sort()).toEqual(['Александр Куренков', 'Кямаледдин Гейдаров']);
    briefing = added as ProtocolEvent;
    await timelineEvent(briefing.id).getByText('Брифинг для прессы').waitFor();
  });

  it('drags the briefing later on the timeline', async () => {
    // The event form closes with a fade; until its overlay is gone, a press lands on the overlay.
    await page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' });
    // In the middle of the window, so the drag never reaches the edge and scrolls the page.
    await timelineEvent(briefing.id).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const box = await timelineEvent(briefing.id).boundingBox();
    if (!box) throw new Error('the briefing is not on the timeline');
    const x = box.x + box.width / 2;
    await page.mouse.move(x, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(x, box.y + 20, { steps: 5 });
    await page.mouse.move(x, box.y + 8 + box.height * 2, { steps: 20 });
    await page.mouse.up();
    await page.getByText('Мероприятие перенесено.').waitFor();
    const moved = await invoke('events:get', { id: briefing.id });
    expect(Date.parse(moved.startsAt)).toBeGreaterThan(Date.parse(briefing.startsAt));
    expect(Date.parse(moved.endsAt) - Date.parse(moved.startsAt)).toBe(30 * 60_000);
    briefing = moved;
  });

  it('plants a double-booking of Minister Heydarov and is warned before saving', async () => {
    await timelineEvent(briefing.id).click();
    await form().waitFor();
    await setTimes('12:00', '12:30');
    await form().getByRole('button', { name: 'Сохранить мероприятие' }).click();
    const dialog = page.getByTestId('conflict-dialog');
    await dialog.waitFor();
    await dialog.getByText(/Кямаледдин Гейдаров в это же время участвует в мероприятии «Двусторонняя встреча/).waitFor();
    expect(await (await invoke('events:get', { id: briefing.id })).startsAt).toBe(briefing.startsAt);
    await screenshot('programme-conflict-dialog-ru');
  });

  it('saves over the warning with an acknowledgement, and sees the clash marked on the timeline and in the list', async () => {
    await page.getByRole('button', { name: 'Всё равно сохранить' }).click();
    await page.getByText('Мероприятие сохранено.').first().waitFor();
    await form().waitFor({ state: 'detached' });
    const saved = await invoke('events:get', { id: briefing.id });
    expect(saved.startsAt).toBe('2024-04-16T08:00:00Z');
    expect(saved.acknowledgedConflicts.some((key) => key.startsWith('personOverlap:'))).toBe(true);
    const audit = await invoke('audit:list', { entity: 'event', entityUuid: saved.uuid });
    expect(JSON.stringify(audit.rows[0]?.details)).toContain('acknowledgedConflicts');

    const meeting = (await invoke('events:list', { visitId })).find((event) => event.type === 'bilateral_meeting');
    await expect.poll(() => timelineEvent(briefing.id).getAttribute('data-conflict')).toBe('acknowledged');
    expect(await timelineEvent(meeting?.id ?? 0).getAttribute('data-conflict')).toBe('acknowledged');
    const heydarovLine = conflictList().getByTestId('conflict-line').filter({ hasText: 'Кямаледдин Гейдаров в это же время' });
    await heydarovLine.first().waitFor();
    expect(await heydarovLine.first().textContent()).toContain('Принято к сведению');
    await screenshot('programme-conflicts-ru');
  });

  it('resolves the clash by moving the briefing after the signing', async () => {
    await timelineEvent(briefing.id).click();
    await form().waitFor();
    await setTimes('13:00', '13:30');
    await form().getByRole('button', { name: 'Сохранить мероприятие' }).click();
    await form().waitFor({ state: 'detached' });
    await conflictList().getByText('В программе нет конфликтов.').waitFor();
    expect(await timelineEvent(briefing.id).getAttribute('data-conflict')).toBe('clear');
    expect((await invoke('events:get', { id: briefing.id })).acknowledgedConflicts).toEqual([]);
  });

  it('duplicates the briefing right after itself, then deletes the copy to the trash', async () => {
    await timelineEvent(briefing.id).click();
    await form().getByLabel('Начало', { exact: true }).waitFor();
    await form().getByRole('button', { name: 'Дублировать' }).click();
    await page.getByText('Копия поставлена сразу после исходного мероприятия.').waitFor();
    const copy = (await invoke('events:list', { visitId })).find((event) => event.title.ru === 'Брифинг для прессы' && event.id !== briefing.id);
    expect(copy).toMatchObject({ startsAt: '2024-04-16T09:30:00Z', endsAt: '2024-04-16T10:00:00Z' });

    await timelineEvent(copy?.id ?? 0).click();
    await form().getByRole('button', { name: 'Удалить' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Удалить' }).last().click();
    await page.getByText('Мероприятие перемещено в корзину.').waitFor();
    await timelineEvent(copy?.id ?? 0).waitFor({ state: 'detached' });
    expect(await invoke('events:list', { visitId })).toHaveLength(7);
  });

  it('sets the double-booking rule to block in Settings', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click();
    await page.getByRole('heading', { name: 'Конфликты в программе' }).waitFor();
    await page.getByRole('radiogroup', { name: 'Один человек на двух мероприятиях одновременно' }).getByText('Запрещать').click();
    await page.getByRole('button', { name: 'Сохранить правила' }).click();
    await page.getByText('Правила конфликтов сохранены.').waitFor();
    expect((await invoke('settings:get', {})).conflictRules.personOverlap).toBe('block');
    await page.getByRole('heading', { name: 'Конфликты в программе' }).scrollIntoViewIfNeeded();
    await screenshot('programme-settings-ru');
  });
});
