// A stand-in for the `electron` module, for tests only: Electron's binary can't be had here.
// It is not a mock that answers what the shell expects. Each module keeps the rules Electron
// documents and throws ElectronRuleBroken, citing the rule, where Electron would refuse; pages
// run in a real Chromium through Playwright, and their requests, navigations, window.open
// attempts and IPC calls reach the shell's own handlers as Electron would deliver them.
import Module from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { StandInApp } from './app';
import { makeBrowserWindowClass, type StandInBrowserWindow } from './browser-window';
import { StandInIpcMain, type InvokeEvent } from './ipc';
import { makeDialog, makeMenu, makeSafeStorage, type SaveDialogOptions } from './menu-and-dialog';
import { StandInProtocol } from './protocol';
import { emptyRequestLog, routeAllRequests, watchPopups } from './requests';
import { defaultSessionOf, StandInSession } from './session';
import type { StandInWebContents } from './web-contents';

export { ElectronRuleBroken } from './rules';
export type { StandInBrowserWindow };

export interface StandInOptions {
  browserContext: BrowserContext;
  /** app.getPath('userData'): the office's data folder. */
  userData: string;
  /** app.getPath('documents'), where save dialogs start. */
  documents: string;
  appPath: string;
  version: string;
  /** False for a second copy of the app, started while the first holds the lock. */
  holdsLock?: boolean;
  isPackaged?: boolean;
  /** The officer's answer to a save dialog: a path, or null for Cancel. */
  answerSaveDialog?: (options: SaveDialogOptions) => string | null;
}

export type ElectronStandIn = Awaited<ReturnType<typeof createElectronStandIn>>;

export async function createElectronStandIn(options: StandInOptions) {
  const pages = new Map<import('playwright-core').Page, StandInWebContents>();
  const app: StandInApp = new StandInApp({
    holdsLock: options.holdsLock ?? true,
    isPackaged: options.isPackaged ?? true,
    appPath: options.appPath,
    name: 'Protocol Desk',
    version: options.version,
    paths: { userData: options.userData, documents: options.documents, logs: options.userData, temp: options.userData },
    closeAllWindows: () => windows.closeAllForQuit(),
  });
  const protocol = new StandInProtocol(app);
  const session = new StandInSession();
  const ipcMain = new StandInIpcMain();
  const customSchemes = () => protocol.standardSchemes();
  const requests = emptyRequestLog();
  const router = { session, protocol, pages, customSchemes, log: requests, popupRequests: [] };
  await routeAllRequests(options.browserContext, router);
  const windows = makeBrowserWindowClass({
    app,
    ipcMain,
    browserContext: options.browserContext,
    customSchemes,
    pages,
    onPage: (page, contents) => watchPopups(page, contents, router),
  });
  const messagesShown: string[] = [];

  const electron = {
    app,
    protocol,
    ipcMain,
    BrowserWindow: windows.BrowserWindow,
    Menu: makeMenu(app),
    dialog: makeDialog(app, options.answerSaveDialog ?? (() => null), messagesShown),
    safeStorage: makeSafeStorage(app),
    session: {
      get defaultSession() {
        return defaultSessionOf(app, session);
      },
    },
  };
  return {
    electron,
    app,
    ipcMain,
    session,
    requests,
    messagesShown,
    windows: () => windows.BrowserWindow.getAllWindows(),
    windowsCreated: windows.created,
    /** Waits for the windows the shell destroyed to close their pages. */
    settled: windows.settled,
  };
}

/** An invoke event from a frame at `frameUrl`, as Electron reports it; null for a frame gone away. */
export function eventFromFrame(frameUrl: string | null): InvokeEvent {
  return {
    type: 'frame',
    sender: null,
    frameId: 1,
    processId: 1,
    senderFrame: frameUrl === null ? null : { url: frameUrl, isDestroyed: () => false },
  };
}

type ModuleLoad = (request: string, parent: unknown, isMain: boolean) => unknown;

/**
 * Runs the built main bundle (what Electron runs) with `require('electron')` answered by the
 * stand-in, then emits `ready` as Electron does once the main script has run.
 */
export function bootShell(standIn: ElectronStandIn, mainScript: string): { restore(): void } {
  const loader = Module as unknown as { _load: ModuleLoad; _cache: Record<string, unknown> };
  const originalLoad = loader._load;
  loader._load = function load(this: unknown, request, parent, isMain) {
    return request === 'electron' ? standIn.electron : originalLoad.call(this, request, parent, isMain);
  };
  // A fresh copy of the shell and of electron-log, which keeps the electron module it first got.
  for (const cached of Object.keys(loader._cache)) {
    if (cached === mainScript || cached.includes(`${'/'}electron-log${'/'}`)) delete loader._cache[cached];
  }
  Module.createRequire(mainScript)(mainScript);
  setImmediate(() => standIn.app.emitReady());
  return {
    restore() {
      loader._load = originalLoad;
    },
  };
}
