// The Electron stand-in refuses what Electron refuses: if it didn't, the booted-shell tests
// could pass on a shell that real Electron would stop at start-up.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { StandInApp } from './electron-stand-in/app';
import { makeBrowserWindowClass } from './electron-stand-in/browser-window';
import { runSandboxedPreload, StandInIpcMain } from './electron-stand-in/ipc';
import { makeMenu } from './electron-stand-in/menu-and-dialog';
import { StandInProtocol } from './electron-stand-in/protocol';
import { defaultSessionOf, StandInSession } from './electron-stand-in/session';
import { ElectronRuleBroken, eventFromFrame } from './electron-stand-in';

function newApp(holdsLock = true) {
  return new StandInApp({ holdsLock, isPackaged: true, appPath: '/app', name: 'Protocol Desk', version: '1.0.0', paths: { userData: '/data' }, closeAllWindows: () => {} });
}

describe('the stand-in keeps Electron’s order of start-up', () => {
  it('registers privileged schemes only before ready, and only once', () => {
    const app = newApp();
    const protocol = new StandInProtocol(app);
    protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true } }]);
    expect(() => protocol.registerSchemesAsPrivileged([])).toThrow(ElectronRuleBroken);
    app.emitReady();
    expect(() => new StandInProtocol(app).registerSchemesAsPrivileged([])).toThrow(/after ready/);
  });

  it('handles a scheme, opens windows and gives the session only after ready, one handler per scheme', () => {
    const app = newApp();
    const protocol = new StandInProtocol(app);
    const env = { app, ipcMain: new StandInIpcMain(), browserContext: {} as BrowserContext, customSchemes: () => [], pages: new Map(), onPage: () => {} };
    const { BrowserWindow } = makeBrowserWindowClass(env);
    expect(() => protocol.handle('app', () => new Response())).toThrow(/before the app is ready/);
    expect(() => new BrowserWindow()).toThrow(/before the app is ready/);
    expect(() => defaultSessionOf(app, new StandInSession())).toThrow(/before the app is ready/);
    app.emitReady();
    protocol.handle('app', () => new Response());
    expect(() => protocol.handle('app', () => new Response())).toThrow(/second protocol.handle/);
    expect(() => new BrowserWindow({ webPreferences: { preload: 'relative/preload.js' } })).toThrow(/absolute path/);
  });

  it('takes one invoke handler per channel and copies arguments as structured clones', async () => {
    const ipcMain = new StandInIpcMain();
    ipcMain.handle('settings:get', (_event, input) => input);
    expect(() => ipcMain.handle('settings:get', () => null)).toThrow("Attempted to register a second handler for 'settings:get'");
    await expect(ipcMain.invoke(eventFromFrame('app://desk/index.html'), 'settings:get', [{ when: new Date(0) }])).resolves.toEqual({ when: new Date(0) });
    await expect(ipcMain.invoke(eventFromFrame('app://desk/index.html'), 'settings:get', [{ callback: () => 1 }])).rejects.toThrow(/could not be cloned/);
    await expect(ipcMain.invoke(eventFromFrame('app://desk/index.html'), 'nobody:listens', [])).rejects.toThrow(/No handler registered/);
  });

  it('quits asynchronously: the process goes on until the sequence ends, and will-quit can hold it', async () => {
    const app = newApp();
    app.emitReady();
    let held = true;
    app.on('will-quit', (event: { preventDefault(): void }) => {
      if (held) event.preventDefault();
    });
    app.quit();
    expect(app.exited).toBe(false);
    await new Promise((done) => setImmediate(done));
    expect(app.exited).toBe(false);
    held = false;
    app.quit();
    await app.whenExited();
    expect(() => app.quit()).toThrow(/the process is gone/);
  });

  it('runs a quit asked for before ready only after ready', async () => {
    const app = newApp(false);
    app.quit();
    await new Promise((done) => setImmediate(done));
    expect(app.exited).toBe(false);
    app.emitReady();
    await app.whenExited();
  });

  it('knows only Electron’s path names and menu roles', () => {
    const app = newApp();
    expect(() => app.getPath('userData')).not.toThrow();
    expect(() => app.getPath('desktopFolder' as 'desktop')).toThrow(ElectronRuleBroken);
    expect(() => makeMenu(app).buildFromTemplate([{ label: 'View', submenu: [{ role: 'openDevTools' }] }])).toThrow(/unknown menu role/);
  });

  it('gives a sandboxed preload only the modules a sandbox allows', () => {
    const folder = mkdtempSync(join(tmpdir(), 'stand-in-preload-'));
    const preload = join(folder, 'preload.js');
    writeFileSync(preload, "require('fs');");
    expect(() => runSandboxedPreload(preload, async () => null)).toThrow(/can't require 'fs'/);
  });
});
