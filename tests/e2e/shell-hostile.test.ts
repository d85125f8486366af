// The shell's own handlers, booted over the Electron stand-in, against what a hostile page or a
// frame that isn't the app's would send: each is given the values Electron would give it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventFromFrame, type StandInBrowserWindow } from '../shell/electron-stand-in';
import { bootTheShell, mainWindowShown, type BootedShell } from './booted-shell';

let shell: BootedShell;
let appWindow: StandInBrowserWindow;
let page: Page;

beforeAll(async () => {
  shell = await bootTheShell();
  ({ appWindow, page } = await mainWindowShown(shell));
  // A new user-data folder is a first start, which asks for the language first.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Visits' }).waitFor();
});
afterAll(async () => {
  await shell?.closeAndQuit();
  await shell?.dispose();
});

const HOSTILE_FRAMES = [
  'app://evil/index.html',
  'app://desk.evil/index.html',
  'app://desk/other.html',
  'app://desk/',
  'app://user@desk/index.html',
  'app://desk:1234/index.html',
  'file:///C:/Users/officer/Desktop/index.html',
  'https://desk/index.html',
  'http://127.0.0.1:8080/index.html',
  'devtools://devtools/bundled/index.html',
  'data:text/html,<script>window.api</script>',
  'about:blank',
  '',
];

const callSettings = (frameUrl: string | null) => shell.standIn.ipcMain.invoke(eventFromFrame(frameUrl), 'settings:get', [{}]);

describe('the sender check in ipc.ts', () => {
  it('answers the app’s own pages, with any query or hash, as Electron reports their frames', async () => {
    for (const url of ['app://desk/index.html', 'app://desk/index.html#/visits/12', 'app://desk/print.html#/print/visit/1?lang=ru', 'app://desk/index.html?x=1']) {
      await expect(callSettings(url), url).resolves.toMatchObject({ ok: true });
    }
  });

  it('refuses every other frame, and a frame that has navigated away or been destroyed', async () => {
    for (const url of [...HOSTILE_FRAMES, null]) {
      await expect(callSettings(url), String(url)).resolves.toEqual({
        ok: false,
        error: { code: 'validation', messageKey: 'validation.untrustedSender' },
      });
    }
  });

  it('is what the real window passes: the page’s own calls are answered', async () => {
    await expect(page.evaluate(() => window.api.invoke('settings:get', {}))).resolves.toMatchObject({ ok: true });
  });
});

describe('navigation and new windows', () => {
  it('refuses navigation in any frame to anything but the app’s own pages', () => {
    const contents = appWindow.webContents;
    for (const url of [...HOSTILE_FRAMES.filter(Boolean), 'data:text/html;base64,PHNjcmlwdD4=', 'blob:app://desk/1b4e28ba']) {
      expect(contents.navigationAllowed(url, true), url).toBe(false);
      expect(contents.navigationAllowed(url, false), url).toBe(false);
    }
    expect(contents.navigationAllowed('app://desk/print.html#/print/visit/1', true)).toBe(true);
  });

  it('stops a page that tries to leave the app, and a window.open', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.org/phish';
    });
    await page.evaluate(() => window.open('print.html', '_blank'));
    await expect.poll(() => shell.standIn.requests.navigationsRefused).toContain('https://example.org/phish');
    await expect.poll(() => shell.standIn.requests.windowsRefused.length).toBe(1);
    expect(page.url()).toMatch(/index\.html#\/visits$/);
    expect(shell.standIn.requests.toNetwork).toEqual([]);
  });
});

describe('the request filter, the app:// handler and permissions', () => {
  it('cancels requests for anything outside the app before they leave', async () => {
    const filter = (url: string) => shell.standIn.session.beforeRequest({ url, method: 'GET', resourceType: 'xhr', referrer: '' });
    for (const url of ['https://fonts.example.org/font.woff2', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://evil/x.js', 'ws://10.0.0.1/']) {
      await expect(filter(url), url).resolves.toEqual({ cancel: true });
    }
    await expect(filter('app://desk/index.html')).resolves.toEqual({ cancel: false });
    // From the page, the CSP already stops it: nothing is even asked of the network.
    await expect(page.evaluate(() => fetch('https://fonts.example.org/font.woff2').then(() => 'fetched', () => 'refused'))).resolves.toBe('refused');
    expect(shell.standIn.requests.toNetwork).toEqual([]);
  });

  it('answers a malformed escape with 400, a missing file with 404, and never throws', async () => {
    const status = (path: string) => page.evaluate((url) => fetch(url).then((response) => response.status), path);
    await expect(status('/%E0%A4%A')).resolves.toBe(400);
    await expect(status('/no-such-file.js')).resolves.toBe(404);
    await expect(status('/..%2f..%2fpackage.json')).resolves.toBe(403);
    expect(shell.standIn.requests.handlerErrors).toEqual([]);
  });

  it('refuses every permission a page may ask for, and every check', async () => {
    // Permission names from electron.d.ts, Session.setPermissionRequestHandler.
    const permissions = ['clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection', 'media', 'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal', 'speaker-selection', 'storage-access', 'top-level-storage-access', 'window-management', 'unknown', 'fileSystem'];
    for (const permission of permissions) {
      await expect(shell.standIn.session.requestPermission(appWindow.webContents, permission, 'app://desk/index.html'), permission).resolves.toBe(false);
      expect(shell.standIn.session.checkPermission(appWindow.webContents, permission, 'app://desk'), permission).toBe(false);
    }
  });
});
