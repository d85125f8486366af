// An officer opens the seating plan of the Uzbek minister's bilateral meeting from the programme:
// Minister Heydarov and Minister Kudratkhodjaev face each other across the table at the talks, the
// layout switches to the signing ceremony, and the plan reads the same in Russian and Azerbaijani.
// Then the officer rearranges it: two guests change places, a place is locked, the rest is seated
// again by precedence, and a seat is dragged onto another. Last, the chart and the place cards are
// saved as PDF from the plan's own menus and read back with poppler.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language, ProtocolEvent, SeatingPlanView } from '../../domain/contract';
import { invoke } from './app-calls';
import { pdfText } from './pdf-tools';
import { artifactsDir, dialogSettled, launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;
let visitId = 0;
let meeting: ProtocolEvent;

async function openIn(language: Language, route: string) {
  await invoke(page, 'settings:save', { language });
  await page.reload();
  await page.goto(`${app.origin}/index.html#${route}`);
}

const picture = () => page.getByTestId('seating-picture');

/** Opens the meeting from the timeline, then its seating plan with the event's own button. */
async function openSeating(seatingButton: string, seatingTitle: RegExp) {
  await page.getByTestId(`timeline-event-${meeting.id}`).click();
  await page.getByRole('button', { name: seatingButton, exact: true }).click();
  await page.getByRole('dialog', { name: seatingTitle }).waitFor();
  await picture().waitFor();
  await dialogSettled(page);
}

/** A picture of the seating dialog alone, as the officer sees it over the event's form. */
async function screenshot(name: string) {
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(join(artifactsDir, 'screenshots'), { recursive: true });
  await page.getByRole('dialog').filter({ has: picture() }).screenshot({ path: join(artifactsDir, 'screenshots', `${name}.png`) });
}

/** Picks the plan's layout from its list, named `list` in the interface's language. */
async function chooseLayout(list: string, layout: string) {
  await page.getByRole('dialog').getByRole('combobox', { name: list, exact: true }).click();
  await page.getByRole('option', { name: layout, exact: true }).click();
}

const seat = (seatKey: string) => picture().locator(`[data-seat="${seatKey}"]`);

/** The plan the office keeps for the meeting now, as the database holds it. */
const storedPlan = () => invoke(page, 'seating:plan', { eventId: meeting.id });

/** Who sits where, by English surname. */
function seating(plan: SeatingPlanView): Record<string, string> {
  const surname = (personId: number) => plan.people.find((person) => person.personId === personId)?.name.en?.split(' ').pop() ?? `#${personId}`;
  return Object.fromEntries(plan.placements.map((placement) => [surname(placement.personId), placement.seatKey]));
}

/** The names the drawing writes, line by line joined back into whole names. */
const drawnText = () => picture().locator('text').allTextContents();

beforeAll(async () => {
  app = await launchApp({ route: '#/visits' });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await invoke(page, 'demo:load', {});
  visitId = (await invoke(page, 'visits:list', { search: 'Kudratkhodjaev', lang: 'en' })).rows[0]?.id ?? 0;
  const visit = await invoke(page, 'visits:get', { id: visitId });
  const found = visit.events.find((event) => event.type === 'bilateral_meeting');
  if (!found) throw new Error('the Uzbek visit has no bilateral meeting');
  meeting = found;
});
afterAll(async () => {
  await app?.close();
});

describe('the seating plan of the bilateral meeting with the Uzbek minister', () => {
  it('seats the two ministers across the table at the talks, in English', async () => {
    await openIn('en', `/visits/${visitId}`);
    await openSeating('Seating', /^Seating plan: Bilateral meeting with Kamaladdin Heydarov/);
    const svg = picture();
    expect(await svg.getAttribute('role')).toBe('group');
    expect(await svg.getAttribute('aria-label')).toMatch(/^Talks seating plan for “Bilateral meeting with Kamaladdin Heydarov”/);
    const text = (await drawnText()).join(' ');
    expect(text).toContain('Heydarov');
    expect(text).toContain('Kudratkhodjaev');
    // The heads sit in the centre of their rows, the delegation across the table from our side.
    const heads = svg.locator('[data-kind=principal]');
    expect(await heads.count()).toBe(2);
    expect(await svg.getByText('Delegation', { exact: true }).count()).toBe(1);
    expect(await svg.getByText('Our side', { exact: true }).count()).toBe(1);
    expect(await svg.getByText('Entrance', { exact: true }).count()).toBe(1);
    await page.getByTestId('seating-problems').getByText('No problems found').waitFor();
    // The whole plan, its problems included, fits the window the office's PCs open (1440×900).
    const content = page.locator('.mantine-Modal-content').filter({ has: svg });
    expect(await content.evaluate((box) => box.scrollHeight - box.clientHeight)).toBeLessThanOrEqual(0);

    await chooseLayout('Layout', 'Presidium');
    await expect.poll(() => svg.getAttribute('aria-label')).toMatch(/^Presidium seating plan/);
    expect(await svg.locator('[data-flag]').count()).toBe(0);
    await screenshot('seating-presidium-en');
  });

  it('reads the same in Russian, at the talks and at a signing ceremony', async () => {
    await openIn('ru', `/visits/${visitId}`);
    await openSeating('Рассадка', /^Рассадка: Двусторонняя встреча/);
    const text = (await drawnText()).join(' ');
    expect(text).toContain('Гейдаров');
    expect(text).toContain('Кудратходжаев');
    expect(await picture().getAttribute('aria-label')).toMatch(/^Рассадка «Переговоры»/);
    await screenshot('seating-talks-ru');

    await chooseLayout('Схема', 'Церемония подписания');
    await expect.poll(() => picture().getAttribute('aria-label')).toMatch(/^Рассадка «Церемония подписания»/);
    expect(await picture().locator('[data-kind=standing]').count()).toBeGreaterThan(0);
    expect((await drawnText()).join(' ')).toContain('Гейдаров');
    await screenshot('seating-signing-ru');

    // The talks' people at a French banquet: both sides mixed at one long table, no flags.
    await chooseLayout('Схема', 'Французский банкет');
    await expect.poll(() => picture().getAttribute('aria-label')).toMatch(/^Рассадка «Французский банкет»/);
    expect((await drawnText()).join(' ')).toContain('Кудратходжаев');
    await screenshot('seating-banquet-ru');
  });

  it('reads the same in Azerbaijani', async () => {
    await openIn('az', `/visits/${visitId}`);
    await openSeating('Oturma planı', /^Oturma planı: Kəmaləddin Heydərov ilə ikitərəfli görüş/);
    const text = (await drawnText()).join(' ');
    expect(text).toContain('Heydərov');
    expect(text).toContain('Qudratxocayev');
    expect(await picture().getByText('Nümayəndə heyəti', { exact: true }).count()).toBe(1);
    await screenshot('seating-talks-az');
    await chooseLayout('Sxem', 'İngilis ziyafəti');
    await expect.poll(() => picture().getAttribute('aria-label')).toMatch(/İngilis ziyafəti/);
    await screenshot('seating-banquet-az');
    await page.keyboard.press('Escape');
    await expect.poll(() => picture().count()).toBe(0);
  });

  it('lets the officer swap two guests, lock a place and seat the rest again, in Russian', async () => {
    await openIn('ru', `/visits/${visitId}`);
    await openSeating('Рассадка', /^Рассадка: Двусторонняя встреча/);
    const dialog = page.getByRole('dialog');
    // A layout the office hasn't saved for this event is computed from precedence and not yet saved.
    await chooseLayout('Схема', 'Президиум');
    await dialog.getByText('Рассчитано по старшинству, ещё не сохранено', { exact: true }).waitFor();
    await chooseLayout('Схема', 'Переговоры');
    // The demo office seated the talks by precedence and saved them.
    await dialog.getByText('Сохранено', { exact: true }).waitFor();
    const computed = seating(await storedPlan());
    expect((await storedPlan()).stored).toBe(true);
    expect(computed).toMatchObject({ Rakhimov: 'guest-1', Karimova: 'guest-2' });

    // Rakhimov's seat, then Karimova's: the two change places, and the plan is saved at once.
    expect(await seat('guest-1').getAttribute('aria-label')).toBe('Шухрат Рахимов, за столом, не закреплено');
    await seat('guest-1').click();
    expect(await seat('guest-1').getAttribute('aria-pressed')).toBe('true');
    await seat('guest-2').click();
    await dialog.getByText('Сохранено', { exact: true }).waitFor();
    await expect.poll(async () => seating(await storedPlan())).toMatchObject({ Rakhimov: 'guest-2', Karimova: 'guest-1' });
    expect((await storedPlan()).stored).toBe(true);
    expect(await seat('guest-1').getAttribute('aria-label')).toBe('Дильноза Каримова, за столом, не закреплено');

    // From the keyboard: our two officials at the table change places as well.
    await seat('host-1').focus();
    await page.keyboard.press('Enter');
    await seat('host-2').focus();
    await page.keyboard.press(' ');
    await expect.poll(async () => seating(await storedPlan())).toMatchObject({ [hostAt(computed, 1)]: 'host-2', [hostAt(computed, 2)]: 'host-1' });

    // Karimova is locked in her new place; seated again by precedence, our side goes back, she stays.
    await seat('guest-1').click();
    await dialog.getByRole('button', { name: 'Закрепить место', exact: true }).click();
    await expect.poll(() => seat('guest-1').getAttribute('data-locked')).toBe('true');
    expect((await storedPlan()).placements.filter((placement) => placement.locked)).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Рассадить заново по старшинству', exact: true }).click();
    await expect.poll(async () => seating(await storedPlan())).toMatchObject({ [hostAt(computed, 1)]: 'host-1', [hostAt(computed, 2)]: 'host-2' });
    const reseated = await storedPlan();
    expect(seating(reseated)).toMatchObject({ Karimova: 'guest-1', Rakhimov: 'guest-2', Kudratkhodjaev: 'guest-0' });
    expect(reseated.placements.find((placement) => placement.seatKey === 'guest-1')?.locked).toBe(true);
    expect(await seat('guest-1').getAttribute('aria-label')).toBe('Дильноза Каримова, за столом, закреплено');
    expect(await picture().locator('[data-lock]').count()).toBe(1);

    await seat('guest-1').click();
    await dialog.getByRole('button', { name: 'Открепить', exact: true }).waitFor();
    await page.mouse.move(0, 0);
    await screenshot('seating-edit-ru');
  });

  it('keeps the edited plan, and a seat dragged onto another moves its person, in Azerbaijani', async () => {
    await openIn('az', `/visits/${visitId}`);
    await openSeating('Oturma planı', /^Oturma planı: Kəmaləddin Heydərov/);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Yadda saxlanılıb', { exact: true }).waitFor();
    expect(await seat('guest-1').getAttribute('data-locked')).toBe('true');
    const before = seating(await storedPlan());

    const centre = async (seatKey: string) => {
      const box = await seat(seatKey).locator('circle').first().boundingBox();
      if (!box) throw new Error(`seat ${seatKey} is not drawn`);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const from = await centre('host-1');
    const to = await centre('host-2');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => seating(await storedPlan())).toMatchObject({ [hostAt(before, 1)]: 'host-2', [hostAt(before, 2)]: 'host-1' });
    expect(await seat('host-1').getAttribute('aria-pressed')).toBe('false');

    await seat('guest-1').click();
    await dialog.getByRole('button', { name: 'Kilidi aç', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Protokol ardıcıllığı ilə yenidən otuzdur', exact: true }).waitFor();
    await page.mouse.move(0, 0);
    await screenshot('seating-edit-az');
  });

  it('saves the chart and the place cards as PDF from its menus, the names in both scripts', async () => {
    await openIn('ru', `/visits/${visitId}`);
    await openSeating('Рассадка', /^Рассадка: Двусторонняя встреча/);
    const dialog = page.getByRole('dialog');
    const saved = page.getByText(/^Сохранено: .*\.pdf$/);
    /** Chooses a menu's item and returns the file the app says it saved, from its newest notice. */
    const saveFrom = async (menu: string, item: string) => {
      const before = await saved.count();
      await dialog.getByRole('button', { name: menu, exact: true }).click();
      await page.getByRole('menuitem', { name: item }).first().click();
      await expect.poll(() => saved.count(), { timeout: 60_000 }).toBeGreaterThan(before);
      return ((await saved.last().textContent()) ?? '').replace(/^Сохранено: /, '');
    };
    const chart = (await pdfText(await saveFrom('Печать схемы', 'Сохранить в PDF…'))).replace(/\s+/g, ' ');
    for (const name of ['Кудратходжаев', 'Гейдаров', 'Рахимов']) expect(chart).toContain(name);
    // A place card faces the guests with their own name, and the hosts with ours: here both scripts.
    const cards = (await pdfText(await saveFrom('Печать карточек', 'Сохранить в PDF…'))).replace(/\s+/g, ' ');
    for (const name of ['Кудратходжаев', 'Гейдаров', 'Heydərov']) expect(cards).toContain(name);
  });
});

/** Who sits at our side's seat `index` in a plan read with `seating()`. */
function hostAt(plan: Record<string, string>, index: number): string {
  const found = Object.entries(plan).find(([, seatKey]) => seatKey === `host-${index}`);
  if (!found) throw new Error(`nobody at host-${index}`);
  return found[0];
}
