// The agreements register in Russian, with the clock at 1 September 2026: the 2024-2026 plan with
// Russia's ministry is registered with its signed scan and shows up as expiring; the 2026-2027
// plan with Uzbekistan is registered as signed at the 3 December 2025 visit; each partner's
// history shows both. The demo office gives the directory and the visits; its two plans are
// removed first, since this story registers them itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogSettled, launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
let page: Page;

const RUSSIA = 'Министерство Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий';
const UZBEKISTAN = 'Министерство по чрезвычайным ситуациям Республики Узбекистан';
const OURS = 'Министерство по чрезвычайным ситуациям Азербайджанской Республики';
const RUSSIAN_PLAN = 'План совместных действий между МЧС Азербайджана и МЧС России на 2024-2026 годы';
const UZBEK_PLAN = 'План совместных действий между МЧС Азербайджана и МЧС Узбекистана на 2026-2027 годы';

beforeAll(async () => {
  app = await launchApp({ now: () => new Date('2026-09-01T09:00:00Z'), route: '#/agreements' });
  page = app.page;
  page.setDefaultTimeout(15_000);
  await page.evaluate(async () => {
    await window.api.invoke('demo:load', {});
    const listed = await window.api.invoke('agreements:list', {});
    if (!listed.ok) throw new Error('agreements:list failed');
    for (const agreement of listed.value.rows) await window.api.invoke('agreements:delete', { id: agreement.id });
    await window.api.invoke('settings:save', { language: 'ru' });
  });
  await page.reload();
});
afterAll(async () => {
  await app?.close();
});

const settled = () => dialogSettled(page);

/** Dates are typed as officers type them, DD.MM.YYYY. */
async function typeDate(label: string, isoDate: string, index = 0) {
  const [year, month, day] = isoDate.split('-');
  const input = page.getByLabel(label, { exact: true }).nth(index);
  await input.fill(`${day}.${month}.${year}`);
  await input.press('Tab');
}

async function choose(label: string, option: string, index = 0) {
  // Opened mid-screen, the list drops below its box and stays put; opened at the screen's foot, it
  // flips and follows the scroll, and a busy machine can catch it moving.
  const box = page.getByRole('combobox', { name: label, exact: true }).nth(index);
  await box.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await box.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** Fills the agreement form as an officer would. */
async function registerPlan(plan: {
  title: string;
  titleAz: string;
  partner: string;
  partnerSignatory: string;
  visit: string;
  signedOn: string;
  validFrom: string;
  validTo: string;
  status: string;
  screenshot?: string;
}) {
  await page.getByRole('navigation').getByRole('link', { name: 'Соглашения' }).click();
  await page.getByRole('button', { name: 'Новое соглашение' }).click();
  await page.getByLabel('Название на русском').fill(plan.title);
  await page.getByLabel('Название на азербайджанском').fill(plan.titleAz);
  await choose('Статус', plan.status);
  await page.getByRole('combobox', { name: 'Стороны', exact: true }).click();
  await page.getByRole('option', { name: OURS, exact: true }).click();
  await page.getByRole('option', { name: plan.partner, exact: true }).click();
  await page.keyboard.press('Escape');
  const signatories = [
    { person: 'Кямаледдин Гейдаров', party: OURS },
    { person: plan.partnerSignatory, party: plan.partner },
  ];
  for (const [index, signatory] of signatories.entries()) {
    await page.getByRole('button', { name: 'Добавить подписанта' }).click();
    await choose('Подписант', signatory.person, index);
    await choose('Подписывает от имени', signatory.party, index);
    await typeDate('Дата подписи', plan.signedOn, index);
  }
  await typeDate('Дата подписания', plan.signedOn);
  await choose('Подписано в ходе визита', plan.visit);
  await page.getByLabel('Место (на русском)').fill('Баку');
  await typeDate('Действует с', plan.validFrom);
  await typeDate('Действует по', plan.validTo);
  if (plan.screenshot) await app.screenshot(plan.screenshot);
  await page.getByRole('button', { name: 'Зарегистрировать соглашение' }).click();
  await page.getByRole('heading', { name: plan.title }).waitFor();
  expect(page.url()).toMatch(/#\/agreements\/\d+$/);
}

// A small but real PDF, printed by Chromium itself.
async function scanPdf(): Promise<Buffer> {
  const printer = await page.context().newPage();
  await printer.setContent(`<h1>${RUSSIAN_PLAN}</h1><p>Подписан 16 апреля 2024 года в Баку.</p>`);
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.close();
  return pdf;
}

describe('agreements register', () => {
  it('registers the 2024-2026 plan with Russia with its signed scan, and shows the scan', async () => {
    await registerPlan({
      title: RUSSIAN_PLAN,
      titleAz: 'Azərbaycan FHN ilə Rusiya FHN arasında 2024-2026-cı illər üçün Birgə Fəaliyyət Planı',
      partner: RUSSIA,
      partnerSignatory: 'Александр Куренков',
      visit: 'Визит министра МЧС России генерал-лейтенанта Александра Куренкова',
      signedOn: '2024-04-16',
      validFrom: '2024-01-01',
      validTo: '2026-12-31',
      status: 'Действует',
    });
    // Two of the plan's activities: joint exercises done, a training course overdue since 30 June.
    await page.getByRole('tab', { name: /^Мероприятия/ }).click();
    for (const activity of [
      { kind: 'Совместные учения', title: 'Совместные командно-штабные учения', due: '2025-10-15', status: 'Выполнено' },
      { kind: 'Учебные курсы', title: 'Курсы повышения квалификации спасателей', due: '2026-06-30', status: 'Запланировано' },
    ]) {
      await page.getByRole('button', { name: 'Добавить мероприятие' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: 'Вид', exact: true }).click();
      await page.getByRole('option', { name: activity.kind, exact: true }).click();
      await dialog.getByRole('combobox', { name: 'Статус', exact: true }).click();
      await page.getByRole('option', { name: activity.status, exact: true }).click();
      await dialog.getByLabel('Название на русском').fill(activity.title);
      await dialog.getByLabel('Ответственный (наша сторона)').fill('Академия МЧС Азербайджана');
      await dialog.getByLabel('Ответственный (партнёр)').fill('Академия ГПС МЧС России');
      await typeDate('Срок исполнения', activity.due);
      await dialog.getByRole('button', { name: 'Сохранить' }).click();
      await page.getByRole('table', { name: 'Мероприятия' }).getByText(activity.title).waitFor();
    }
    await page.getByText('выполнено 1 из 2').waitFor();
    expect(await page.getByRole('table', { name: 'Мероприятия' }).textContent()).toContain('просрочено');
    await app.screenshot('agreement-activities-ru');

    await page.getByRole('tab', { name: 'Документы' }).click();
    const pdf = await scanPdf();
    await page.locator('input[type=file]').setInputFiles({ name: 'План 2024-2026 (подписанный).pdf', mimeType: 'application/pdf', buffer: pdf });
    const documents = page.getByRole('table', { name: 'Документы' });
    await documents.getByText('План 2024-2026 (подписанный).pdf').waitFor();
    expect(await documents.textContent()).toContain('Скан подписанного экземпляра');
    await documents.getByRole('button', { name: 'Открыть' }).click();
    await page.getByTestId('pdf-pages').locator('canvas').first().waitFor();
    await settled();
    await app.screenshot('document-viewer-ru');
    await page.keyboard.press('Escape');
  });

  it('sees the plan among the expiring ones, and in the summary at start', async () => {
    await page.reload();
    const summary = page.getByRole('status').filter({ hasText: 'Соглашения требуют внимания' });
    await summary.getByText('Истекают: 1').waitFor();
    await summary.getByRole('button', { name: 'Close' }).or(summary.locator('button')).first().click();
    await page.getByRole('navigation').getByRole('link', { name: 'Предупреждения' }).click();
    const expiring = page.getByRole('region', { name: 'Истекают в ближайшие 180 дн.' });
    await expiring.getByRole('link', { name: RUSSIAN_PLAN }).waitFor();
    expect(await expiring.textContent()).toContain('Осталось дней: 121');
    const renewal = page.getByRole('region', { name: 'Продление не начато' });
    expect(await renewal.textContent()).toContain(RUSSIAN_PLAN);
    const overdue = page.getByRole('region', { name: 'Просроченные мероприятия' });
    expect(await overdue.textContent()).toContain('Курсы повышения квалификации спасателей');
    expect(await overdue.textContent()).toContain('Просрочено дней: 63');
    const withoutScan = page.getByRole('region', { name: 'Подписаны, но скан не прикреплён' });
    expect(await withoutScan.textContent()).not.toContain(RUSSIAN_PLAN);
    await app.screenshot('alerts-ru');
  });

  it('registers the 2026-2027 plan with Uzbekistan as signed at the 3 December 2025 visit', async () => {
    await registerPlan({
      title: UZBEK_PLAN,
      titleAz: 'Azərbaycan FHN ilə Özbəkistan FHN arasında 2026-2027-ci illər üçün Birgə Fəaliyyət Planı',
      partner: UZBEKISTAN,
      partnerSignatory: 'Ботир Кудратходжаев',
      visit: 'Визит министра по чрезвычайным ситуациям Республики Узбекистан генерал-майора Ботира Кудратходжаева',
      signedOn: '2025-12-03',
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      status: 'Подписано',
      screenshot: 'agreement-form-ru',
    });
    // A signed plan may only come into force or be terminated now.
    await page.getByRole('combobox', { name: 'Статус', exact: true }).click();
    const offered = await page.getByRole('option').allTextContents();
    expect(offered.sort()).toEqual(['Действует', 'Подписано', 'Прекращено']);
    await page.keyboard.press('Escape');

    await page.getByRole('navigation').getByRole('link', { name: 'Соглашения' }).click();
    const register = page.getByRole('table', { name: 'Соглашения' });
    await register.getByText(UZBEK_PLAN).waitFor();
    await choose('Срок действия', 'Истекает в ближайшее время');
    await page.getByText('1–1 из 1').waitFor();
    expect(await register.textContent()).toContain(RUSSIAN_PLAN);
    expect(await register.textContent()).not.toContain(UZBEK_PLAN);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Экспортировать в CSV' }).click();
    const csv = readFileSync((await (await download).path()) as string, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`${RUSSIAN_PLAN};План совместных действий;`);
    expect(csv).not.toContain(UZBEK_PLAN);
    // Saved as a named filter, cleared by hand, and brought back from the saved filters.
    await page.getByRole('button', { name: 'Сохранить фильтр' }).click();
    await page.getByLabel('Название фильтра').fill('Истекающие');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByRole('combobox', { name: 'Срок действия', exact: true }).click();
    await page.getByRole('option', { name: 'Истекает в ближайшее время' }).click(); // chosen again: cleared
    await register.getByText(UZBEK_PLAN).waitFor();
    await choose('Сохранённые фильтры', 'Истекающие');
    await page.getByText('1–1 из 1').waitFor();
    expect(await register.textContent()).not.toContain(UZBEK_PLAN);
    await page.getByRole('combobox', { name: 'Срок действия', exact: true }).click();
    await page.getByRole('option', { name: 'Истекает в ближайшее время' }).click();
    await register.getByText(UZBEK_PLAN).waitFor();
    await app.screenshot('register-ru');
  });

  it("opens each partner's cooperation history", async () => {
    for (const [partner, plan, visit] of [
      [RUSSIA, RUSSIAN_PLAN, 'Визит министра МЧС России генерал-лейтенанта Александра Куренкова'],
      [UZBEKISTAN, UZBEK_PLAN, 'Визит министра по чрезвычайным ситуациям Республики Узбекистан генерал-майора Ботира Кудратходжаева'],
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name: 'Организации' }).click();
      const row = page.getByRole('table', { name: 'Организации' }).getByRole('row').filter({ hasText: partner });
      await row.getByRole('link', { name: 'История сотрудничества' }).click();
      await page.getByRole('heading', { name: partner }).waitFor();
      const timeline = page.getByRole('region', { name: 'История сотрудничества' });
      await timeline.getByRole('link', { name: plan }).waitFor();
      await timeline.getByRole('link', { name: visit }).waitFor();
      if (partner === RUSSIA) {
        expect(await page.getByRole('region', { name: 'Истекают' }).textContent()).toContain(plan);
        await app.screenshot('partner-history-ru');
      } else {
        expect(await page.getByRole('region', { name: 'Действуют' }).textContent()).toContain(plan);
      }
    }
    await page.evaluate(() => window.api.invoke('settings:save', { language: 'az' }));
    await page.reload();
    await page.getByRole('region', { name: 'Əməkdaşlıq tarixçəsi' }).waitFor();
    await page.getByRole('region', { name: 'Qüvvədə olanlar' }).getByRole('link').first().waitFor();
    await app.screenshot('partner-history-az');
    await page.getByRole('navigation').getByRole('link', { name: 'Parametrlər' }).click();
    await page.getByRole('textbox', { name: 'Əlavənin maksimal həcmi (MB)' }).waitFor();
    await app.screenshot('settings-register-az');
  });

  it('refuses to open a stored scan whose bytes were changed on disk', async () => {
    const { uuid, agreement_id } = app.db.prepare('SELECT uuid, agreement_id FROM documents').get() as { uuid: string; agreement_id: number };
    const file = join(dirname(app.dbFile), 'documents', uuid);
    const bytes = readFileSync(file);
    const at = bytes.length - 10;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
    writeFileSync(file, bytes);
    await page.evaluate(() => window.api.invoke('settings:save', { language: 'ru' }));
    await page.goto(`${app.origin}/index.html#/agreements/${agreement_id}`);
    await page.reload();
    await page.getByRole('tab', { name: 'Документы' }).click();
    await page.getByRole('table', { name: 'Документы' }).getByRole('button', { name: 'Открыть' }).click();
    const alert = page.getByRole('dialog').getByRole('alert');
    await alert.waitFor();
    await settled();
    expect(await alert.textContent()).toContain('изменён после прикрепления');
    await app.screenshot('document-integrity-ru');
  });
});
