// Does what Electron does, with real parts: a real SQLite file, the built renderer, Debian's
// Chromium, and window.api routed through the same dispatch() and handlers the shell registers.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openDatabase, type Db } from '../../db/open';
import { storeSetting } from '../../db/settings.repo';
import type { HandlerContext } from '../../electron/api/context';
import { startOffice } from '../../electron/api/recovery';
import { appContext, headlessPrinter, launchChromium, rendererDir, serveRenderer } from '../../electron/tools/headless-chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../electron/tools/headless-chromium';
export const artifactsDir = resolve(__dirname, '../artifacts');

export interface LaunchOptions {
  /** The clock handlers read as "now"; fixed by tests that compute with dates. */
  now?: () => Date;
  /** Where the app starts, e.g. `#/visits`. */
  route?: string;
  /** A database file to open instead of a fresh one (the bench's large archive); it is left in place. */
  dbFile?: string;
  /**
   * Starts the office as the shell does (quick check, moving an unusable file aside, start backup),
   * after this has prepared the data folder, e.g. by damaging the database file.
   */
  startLikeTheShell?: (dataDir: string, dbFile: string) => void;
  /** Starts as on a new PC, with the question about the language; otherwise that was answered long ago. */
  firstStart?: boolean;
}

export interface LaunchedApp {
  page: Page;
  db: Db;
  dbFile: string;
  origin: string;
  /** Every URL the page asked for that was not the app's own (and so was refused). */
  foreignRequests: string[];
  /** Every URL any page of the app asked for, its own included. */
  requests: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-e2e-'));
  const dbFile = options.dbFile ?? join(dir, 'desk.sqlite');
  const now = options.now ?? (() => new Date());
  options.startLikeTheShell?.(dir, dbFile);
  const ctx: HandlerContext = options.startLikeTheShell
    ? await startOffice({ file: dbFile, dataDir: dir, actor: 'e2e-officer', now })
    : { db: openDatabase(dbFile), actor: 'e2e-officer', now, dataDir: dir };
  const db = ctx.db;
  if (!options.firstStart && !db.readonly) storeSetting(db, 'languageChosen', true);
  const server = await serveRenderer(rendererDir());
  const origin = server.origin;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const foreignRequests: string[] = [];
    // The shell cancels every request that isn't the app's own; so does the harness.
    const context = await appContext(browser, origin, ctx, { foreignRequests });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    // "Export PDF" saves into the temporary folder, under the name the app suggests.
    ctx.printer = headlessPrinter(context, origin, (name) => join(dir, name));
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    await page.goto(`${origin}/index.html${options.route ?? ''}`);
    const opened = browser;
    return {
      page,
      db,
      dbFile,
      origin,
      foreignRequests,
      requests,
      async screenshot(name) {
        const path = join(artifactsDir, 'screenshots', `${name}.png`);
        mkdirSync(join(artifactsDir, 'screenshots'), { recursive: true });
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      async close() {
        await opened.close();
        server.close();
        ctx.db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    server.close();
    ctx.db.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Waits for the open dialog to finish fading in, so a screenshot shows it as officers see it. */
export const dialogSettled = (page: Page) =>
  page.waitForFunction(() => {
    const dialog = document.querySelector('[role=dialog]');
    return dialog !== null && getComputedStyle(dialog).opacity === '1' && dialog.getAnimations({ subtree: true }).length === 0;
  });
