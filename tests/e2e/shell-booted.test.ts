// The shell as Electron runs it: the built main bundle boots over the Electron stand-in, its
// window shows the app in Chromium, and every request, navigation and window.api call goes
// through the shell's own code. An officer loads the demo office, opens the Uzbek visit, exports
// its briefing pack and closes the app; the closing backup is written.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../db/backup';
import { CHANNELS } from '../../domain/contract';
import { CONTENT_SECURITY_POLICY, SECURE_WEB_PREFERENCES } from '../../electron/shell/security-config';
import type { StandInBrowserWindow } from '../shell/electron-stand-in';
import { bootTheShell, mainWindowShown, type BootedShell } from './booted-shell';
import { pdfText } from './pdf-tools';

let shell: BootedShell;
let appWindow: StandInBrowserWindow;
let page: Page;

const menuLabels = () => shell.standIn.electron.Menu.getApplicationMenu()?.items.map((item) => item.label);
const menuRoles = () =>
  shell.standIn.electron.Menu.getApplicationMenu()?.items.flatMap((item) => item.submenu?.items.map((entry) => entry.role) ?? []);

beforeAll(async () => {
  shell = await bootTheShell();
  ({ appWindow, page } = await mainWindowShown(shell));
});
afterAll(async () => {
  await shell?.dispose();
});

describe('the shell, booted as Electron boots it', () => {
  it('registers every channel of the contract once and shows the window with the visits', async () => {
    // electron-log's main module adds its own channel on import; the page has no way to reach it.
    const ours = shell.standIn.ipcMain.channels.filter((channel) => channel !== '__ELECTRON_LOG__');
    expect(ours.sort()).toEqual([...CHANNELS].sort());
    expect(appWindow.isVisible()).toBe(true);
    expect(appWindow.webContents.getURL()).toBe('app://desk/index.html#/visits');
    // A new user-data folder is a first start: the language is asked for before anything else.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Visits' }).waitFor();
  });

  it('serves every file through its app:// handler, with the CSP and the right media types', () => {
    const { answered, toNetwork, handlerErrors } = shell.standIn.requests;
    expect(toNetwork).toEqual([]);
    expect(handlerErrors).toEqual([]);
    expect(answered.length).toBeGreaterThan(3);
    for (const response of answered) {
      expect(response.url).toMatch(/^app:\/\/desk\//);
      expect(response.status, response.url).toBe(200);
      expect(response.csp).toBe(CONTENT_SECURITY_POLICY);
    }
    const typeOf = (ending: string) => answered.find((response) => response.url.endsWith(ending))?.contentType;
    expect(typeOf('/index.html')).toBe('text/html; charset=utf-8');
    expect(answered.some((response) => response.url.endsWith('.js') && response.contentType === 'text/javascript; charset=utf-8')).toBe(true);
    expect(answered.some((response) => response.url.endsWith('.woff2') && response.contentType === 'font/woff2')).toBe(true);
  });

  it('sets its own menu, in the interface language, without developer tools in a packaged build', () => {
    expect(menuLabels()).toEqual(['Edit', 'View', 'Window', 'Help']);
    expect(menuRoles()).toEqual(expect.arrayContaining(['undo', 'cut', 'copy', 'paste', 'zoomIn', 'zoomOut', 'resetZoom', 'minimize', 'about']));
    expect(menuRoles()).not.toContain('toggleDevTools');
    expect(appWindow.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(shell.standIn.app.aboutPanel).toMatchObject({ applicationName: 'Protocol Desk', applicationVersion: shell.standIn.app.getVersion() });
  });

  it('loads the demo office from Settings through window.api', async () => {
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Load demo office' }).click();
    await page.getByText(/^Demo office loaded/).waitFor();
  });

  it('follows the officer into Russian: the screens and the menu', async () => {
    await page.getByRole('radiogroup').getByText('RU', { exact: true }).click();
    await page.getByRole('heading', { name: 'Настройки' }).waitFor();
    expect(menuLabels()).toEqual(['Правка', 'Вид', 'Окно', 'Справка']);
  });

  it('opens the Uzbek visit and exports its briefing pack through printToPDF and the save dialog', async () => {
    await page.getByRole('link', { name: 'Визиты', exact: true }).click();
    await page.getByRole('table', { name: 'Визиты' }).locator('tbody tr').filter({ hasText: 'Кудратходжаева' }).click();
    await page.getByRole('link', { name: 'Справочные материалы' }).click();
    await page.getByRole('button', { name: 'Экспортировать в PDF' }).first().click();
    await page.getByText(/^Сохранено: /).first().waitFor({ timeout: 60_000 });
    const saved = readdirSync(shell.documents).filter((name) => name.endsWith('.pdf'));
    expect(saved).toHaveLength(1);
    const text = await pdfText(join(shell.documents, saved[0] as string));
    expect(text).toContain('Кудратходжаев');
    // The print window was the shell's own hidden BrowserWindow, destroyed once printed; it and
    // the main window got the hardened preferences (Electron's security checklist, 2–4, 6, 8, 9).
    expect(shell.standIn.windows()).toEqual([appWindow]);
    const created = shell.standIn.windowsCreated();
    expect(created).toHaveLength(2);
    for (const each of created) {
      expect(each.webPreferences).toMatchObject({ ...SECURE_WEB_PREFERENCES, devTools: false });
      expect(each.webPreferences.preload).toMatch(/preload[\\/]preload\.js$/);
    }
    expect(shell.standIn.requests.answered.some((response) => response.url.startsWith('app://desk/print.html'))).toBe(true);
  });

  it('writes the closing backup when the officer closes the window, then closes the database', async () => {
    // The app stayed open overnight: the closing backup is due again a day after the start one.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 25 * 60 * 60 * 1000 });
    try {
      await shell.closeAndQuit();
    } finally {
      vi.useRealTimers();
    }
    expect(listBackups(shell.userData).map((backup) => backup.kind).sort()).toEqual(['quit', 'start']);
    expect(existsSync(join(shell.userData, 'protocol-desk.sqlite'))).toBe(true);
    expect(shell.standIn.messagesShown).toEqual([]);
    expect(shell.standIn.requests.toNetwork).toEqual([]);
  });
});
