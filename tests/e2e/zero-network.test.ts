// A full working session — load the demo office, go through every screen, open a visit and its
// briefing pack, export the pack to PDF — while every request Chromium makes is recorded, and
// every socket this process (the handlers, the printer, the database) opens is watched. Any
// request to anything but the app's own origin, or any outbound connection, fails the test.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VISIT } from '../../electron/demo/keys';
import { launchApp, type LaunchedApp } from './harness';
import { guardOutbound, type OutboundGuard } from './outbound-guard';

let app: LaunchedApp;
let guard: OutboundGuard;
beforeAll(async () => {
  guard = guardOutbound();
  app = await launchApp({ route: '#/settings' });
});
afterAll(async () => {
  await app?.close();
  guard?.remove();
});

/** Each screen with its own heading: a screen that failed to render has none. */
const SCREENS: [string, string][] = [
  ['#/visits', 'Visits'],
  ['#/calendar', 'Calendar'],
  ['#/people', 'People'],
  ['#/organizations', 'Organisations'],
  ['#/venues', 'Venues'],
  ['#/agreements', 'Agreements'],
  ['#/alerts', 'Alerts'],
  ['#/trash', 'Trash'],
  ['#/audit', 'Audit log'],
  ['#/settings', 'Settings'],
];

describe('a working session', () => {
  it('never asks for anything outside the app', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Load demo office' }).click();
    await page.getByText(/demo office/i).last().waitFor();

    for (const [screen, heading] of SCREENS) {
      await page.goto(`${app.origin}/index.html${screen}`);
      await page.getByRole('heading', { name: heading, exact: true, level: 2 }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    const visitId = (app.db.prepare('SELECT id FROM visits WHERE uuid = ?').get(VISIT.uzbekistan2025) as { id: number }).id;
    await page.goto(`${app.origin}/index.html#/visits/${visitId}`);
    await page.waitForLoadState('networkidle');
    await page.goto(`${app.origin}/index.html#/visits/${visitId}/briefing`);
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Export PDF' }).first().click();
    // The notice the export shows; the pack's own text may say "saved" too (its seating section does).
    await page.getByText(/^Saved: .*\.pdf$/).first().waitFor({ timeout: 60_000 });
    const exported = app.db.prepare("SELECT details FROM audit_log WHERE action = 'export' AND entity = 'visit'").all() as { details: string }[];
    expect(exported.length).toBeGreaterThan(0);
    const file = (JSON.parse(exported[0]?.details ?? '{}') as { file?: string }).file;
    expect(file).toMatch(/\.pdf$/);
    expect(existsSync(join(dirname(app.dbFile), String(file)))).toBe(true);

    console.info(
      `zero-network run: ${app.requests.length} requests seen, ${app.foreignRequests.length} to a foreign origin; ${guard.attempts.length} outbound connections or look-ups from the handlers' process`,
    );
    expect(app.foreignRequests).toEqual([]);
    expect(guard.attempts).toEqual([]);
    expect(app.requests.length).toBeGreaterThan(10);
    expect(app.requests.every((url) => url.startsWith(`${app.origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))).toBe(true);
  });
});
