// Does what Electron does, with real parts: a real SQLite file, the built renderer, Debian's
// Chromium, and window.api routed through the same dispatch() and handlers the shell registers.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { openDatabase, type Db } from '../../db/open';
import type { HandlerContext } from '../../electron/api/context';
import { dispatch, isTrustedSender } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api';
import { makeApi } from '../../electron/bridge';
import { CHANNELS } from '../../electron/contract';

// PROTOCOL_DESK_OUT is the build folder electron.vite.config.ts wrote to, when not out/.
const rendererDir = resolve(__dirname, '../..', process.env.PROTOCOL_DESK_OUT ?? 'out', 'renderer');
export const artifactsDir = resolve(__dirname, '../artifacts');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  /** The clock handlers read as "now"; fixed by tests that compute with dates. */
  now?: () => Date;
  /** Where the app starts, e.g. `#/visits`. */
  route?: string;
}

export interface LaunchedApp {
  page: Page;
  db: Db;
  dbFile: string;
  origin: string;
  /** Every URL the page asked for that was not the app's own (and so was refused). */
  foreignRequests: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

function serveRenderer(): Promise<Server> {
  const serve = sirv(rendererDir, { dev: false, etag: false });
  const server = createServer((req, res) => serve(req, res, () => {
    res.writeHead(404).end();
  }));
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const dir = mkdtempSync(join(tmpdir(), 'protocol-desk-e2e-'));
  const dbFile = join(dir, 'desk.sqlite');
  const db = openDatabase(dbFile);
  const ctx: HandlerContext = { db, actor: 'e2e-officer', now: options.now ?? (() => new Date()), dataDir: dir };
  const server = await serveRenderer();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const foreignRequests: string[] = [];
    // The shell cancels every request that isn't the app's own; so does the harness.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      foreignRequests.push(url);
      return route.abort('blockedbyclient');
    });
    await context.exposeBinding('__invoke', ({ frame }, channel: unknown, input: unknown) => {
      if (!isTrustedSender(frame.url(), origin)) throw new Error('untrusted sender');
      return dispatch(handlers, ctx, channel, input, (error) => console.error(error));
    });
    await context.addInitScript({
      content: `window.api = (${makeApi.toString()})((c, i) => window.__invoke(c, i), ${JSON.stringify(CHANNELS)});`,
    });
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
      async screenshot(name) {
        const path = join(artifactsDir, 'screenshots', `${name}.png`);
        mkdirSync(join(artifactsDir, 'screenshots'), { recursive: true });
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      async close() {
        await opened.close();
        server.close();
        db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    server.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
