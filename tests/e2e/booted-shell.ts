// The shell itself, booted: the built main bundle (what Electron runs) over the Electron stand-in,
// its windows shown in Debian's Chromium. The lighter harness (harness.ts) skips the shell.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { once } from 'node:events';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../electron/tools/headless-chromium';
import { bootShell, createElectronStandIn, type ElectronStandIn, type StandInBrowserWindow } from '../shell/electron-stand-in';

const root = resolve(__dirname, '../..');
export const builtMainScript = () => resolve(root, process.env.PROTOCOL_DESK_OUT ?? 'out', 'main', 'main.js');

export interface BootedShell {
  standIn: ElectronStandIn;
  userData: string;
  documents: string;
  /** Quits as an officer would, by closing the last window, and waits for the process to end. */
  closeAndQuit(): Promise<void>;
  dispose(): Promise<void>;
}

export async function bootTheShell(options: { holdsLock?: boolean } = {}): Promise<BootedShell> {
  const folder = mkdtempSync(join(tmpdir(), 'protocol-desk-shell-'));
  const userData = join(folder, 'user-data');
  const documents = join(folder, 'documents');
  mkdirSync(userData);
  mkdirSync(documents);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const browserContext = await browser.newContext();
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const standIn = await createElectronStandIn({
      browserContext,
      userData,
      documents,
      appPath: root,
      version,
      holdsLock: options.holdsLock,
      // The officer accepts the suggested name in the suggested folder.
      answerSaveDialog: (dialog) => join(documents, basename(dialog.defaultPath ?? 'export')),
    });
    const boot = bootShell(standIn, builtMainScript());
    const opened = browser;
    return {
      standIn,
      userData,
      documents,
      async closeAndQuit() {
        for (const window of standIn.windows()) window.close();
        await standIn.app.whenExited();
        await standIn.settled();
      },
      async dispose() {
        boot.restore();
        await opened.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** The shell's main window once it is ready to show, and the page it shows. */
export async function mainWindowShown(shell: BootedShell): Promise<{ appWindow: StandInBrowserWindow; page: Page }> {
  const [, appWindow] = (await once(shell.standIn.app, 'browser-window-created')) as [unknown, StandInBrowserWindow];
  await once(appWindow, 'ready-to-show');
  const page = appWindow.webContents.page as Page;
  page.setDefaultTimeout(20_000);
  return { appWindow, page };
}
