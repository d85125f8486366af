// The demo office read on 20 November 2026. Its 2026-2027 plan with Uzbekistan was recorded as
// signed at the December 2025 visit and is valid from 1 January 2026: the register and the
// partner's page both show it in force, in Russian and in Azerbaijani, while the agreement's form
// keeps the status the officer recorded.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements } from '../../electron/demo/agreements';
import { AGREEMENT, ORG } from '../../electron/demo/keys';
import type { Language } from '../../domain/contract';
import { launchApp, type LaunchedApp } from './harness';

const SHOTS = '/tmp/shots-status';

/** The demo's 2026-2027 plan with Uzbekistan, as its title reads in `lang`. */
function uzbekPlanTitle(lang: Language): string {
  const title = agreements.find((agreement) => agreement.uuid === AGREEMENT.uzbekistanPlan20262027)?.title[lang];
  if (!title) throw new Error(`the demo plan has no ${lang} title`);
  return title;
}

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await launchApp({ now: () => new Date('2026-11-20T09:00:00Z'), route: '#/agreements' });
  page = app.page;
  page.setDefaultTimeout(15_000);
  await page.evaluate(() => window.api.invoke('demo:load', {}));
});
afterAll(async () => {
  await app?.close();
});

/** What each language calls the screens and the status this test reads. */
const SCREENS = {
  ru: { register: 'Соглашения', inForce: 'Действуют', timeline: 'История сотрудничества', status: 'Действует', recorded: 'Подписано', summary: 'Соглашения требуют внимания' },
  az: { register: 'Sazişlər', inForce: 'Qüvvədə olanlar', timeline: 'Əməkdaşlıq tarixçəsi', status: 'Qüvvədədir', recorded: 'İmzalanıb', summary: 'Sazişlər diqqət tələb edir' },
} as const;

async function openIn(lang: Language, route: string) {
  await page.evaluate((language) => window.api.invoke('settings:save', { language }), lang);
  await page.goto(`${app.origin}/index.html#${route}`);
  await page.reload();
}

/** The alerts summary that greets the officer covers the lower left of a screenshot; it is closed first. */
async function closeAlertsSummary(text: string) {
  const summary = page.getByRole('status').filter({ hasText: text });
  await summary.waitFor();
  await summary.locator('button').first().click();
  await summary.waitFor({ state: 'detached' });
}

async function registerStatus(lang: keyof typeof SCREENS, title: string): Promise<string> {
  await openIn(lang, '/agreements');
  await closeAlertsSummary(SCREENS[lang].summary);
  const row = page.getByRole('table', { name: SCREENS[lang].register }).getByRole('row').filter({ hasText: title });
  await row.waitFor();
  await page.screenshot({ path: join(SHOTS, `register-${lang}.png`), fullPage: true });
  return (await row.getByRole('cell').last().textContent()) ?? '';
}

async function partnerPageStatuses(lang: keyof typeof SCREENS, title: string): Promise<{ inForce: string; timeline: string }> {
  const partnerId = app.db.prepare('SELECT id FROM organizations WHERE uuid = ?').pluck().get(ORG.mesUzbekistan) as number;
  await openIn(lang, `/organizations/${partnerId}`);
  await closeAlertsSummary(SCREENS[lang].summary);
  const inForce = page.getByRole('region', { name: SCREENS[lang].inForce }).getByRole('row').filter({ hasText: title });
  await inForce.waitFor();
  const onTimeline = page.getByRole('region', { name: SCREENS[lang].timeline }).locator('.mantine-Timeline-item').filter({ hasText: title });
  await page.screenshot({ path: join(SHOTS, `partner-${lang}.png`), fullPage: true });
  return { inForce: (await inForce.getByRole('cell').last().textContent()) ?? '', timeline: (await onTimeline.textContent()) ?? '' };
}

describe('the status an agreement shows', () => {
  for (const lang of ['ru', 'az'] as const) {
    it(`is the same in the register and on the partner's page, in ${lang}`, async () => {
      const title = uzbekPlanTitle(lang);
      const inRegister = await registerStatus(lang, title);
      const onPartnerPage = await partnerPageStatuses(lang, title);
      expect(inRegister).toBe(SCREENS[lang].status);
      expect(onPartnerPage.inForce).toBe(inRegister);
      expect(onPartnerPage.timeline).toContain(inRegister);
    });
  }

  it('shows in force on the agreement page, whose form keeps the status the officer recorded', async () => {
    const id = app.db.prepare('SELECT id FROM agreements WHERE uuid = ?').pluck().get(AGREEMENT.uzbekistanPlan20262027) as number;
    await openIn('ru', `/agreements/${id}`);
    await closeAlertsSummary(SCREENS.ru.summary);
    const heading = page.getByRole('heading', { name: uzbekPlanTitle('ru') });
    await heading.waitFor();
    // The badge sits in the subtitle, under the title.
    expect(await heading.locator('..').textContent()).toContain(SCREENS.ru.status);
    expect(await page.getByRole('combobox', { name: 'Статус', exact: true }).inputValue()).toBe(SCREENS.ru.recorded);
    await page.getByText('По датам показывается как «Действует»').waitFor();
    await page.screenshot({ path: join(SHOTS, 'agreement-ru.png'), fullPage: true });
  });
});
