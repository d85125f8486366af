// A full working session — load the demo office, go through every screen, open a visit and its
// briefing pack, export the pack to PDF — while every request Chromium makes is recorded. Any
// request to anything but the app's own origin fails the test.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VISIT } from '../../db/demo/keys';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp({ route: '#/settings' });
});
afterAll(() => app.close());

const SCREENS = ['#/visits', '#/calendar', '#/people', '#/organizations', '#/venues', '#/agreements', '#/alerts', '#/trash', '#/audit', '#/settings'];

describe('a working session', () => {
  it('never asks for anything outside the app', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Load demo office' }).click();
    await page.getByText(/demo office/i).last().waitFor();

    for (const screen of SCREENS) {
      await page.goto(`${app.origin}/index.html${screen}`);
      await page.locator('main').waitFor();
      await page.waitForLoadState('networkidle');
    }
    const visitId = (app.db.prepare('SELECT id FROM visits WHERE uuid = ?').get(VISIT.uzbekistan2025) as { id: number }).id;
    await page.goto(`${app.origin}/index.html#/visits/${visitId}`);
    await page.waitForLoadState('networkidle');
    await page.goto(`${app.origin}/index.html#/visits/${visitId}/briefing`);
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Export PDF' }).first().click();
    await page.getByText(/saved|exported/i).first().waitFor({ timeout: 60_000 });
    const exported = app.db.prepare("SELECT details FROM audit_log WHERE action = 'export' AND entity = 'visit'").all() as { details: string }[];
    expect(exported.length).toBeGreaterThan(0);
    const path = (JSON.parse(exported[0]?.details ?? '{}') as { path?: string }).path;
    if (path) expect(existsSync(path)).toBe(true);

    console.info(`zero-network run: ${app.requests.length} requests seen, ${app.foreignRequests.length} to a foreign origin`);
    expect(app.foreignRequests).toEqual([]);
    expect(app.requests.length).toBeGreaterThan(10);
    expect(app.requests.every((url) => url.startsWith(`${app.origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))).toBe(true);
  });
});
