// The app without Electron: the built renderer served on loopback, Debian's Chromium through
// playwright-core, and window.api routed through the same dispatch() and handlers the shell
// registers. The end-to-end harness, the headless briefing exporter and the bench all use it.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import sirv from 'sirv';
import type { HandlerContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import { handlers } from '../api';
import type { Printer } from '../api/printer';
import { makeApi } from '../bridge';
import { CHANNELS } from '../../domain/contract';
import { isAppPage } from '../shell/security-config';
import { playwrightPdfOptions, PRINT_LAYOUT_GLOBAL, PRINT_READY, type PrintLayout } from '../../domain/print-options';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium keeps only the last `--disable-features` it is given, so this list repeats
 * playwright-core's own (its chromiumSwitches.ts, as of 1.65) and adds what makes headless Chrome
 * carry more than the app's Electron window does:
 * - the omnibox popup, a WebUI page Chrome 156 preloads in a renderer of its own for its address
 *   bar (measured: ~150 MB of peak resident memory); Electron has no address bar;
 * - the spare renderer, a process Chrome keeps started for the next navigation (~75 MB); Electron
 *   keeps none unless `SpareRendererForSitePerProcess` is enabled, and the app never navigates away.
 */
const DISABLED_FEATURES = [
  // playwright-core's list
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  // ours
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
  'SpareRendererForSitePerProcess',
];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

/** The built renderer: PROTOCOL_DESK_OUT is the build folder electron.vite.config.ts wrote to, when not out/. */
export function rendererDir(root = resolve(__dirname, '../..')): string {
  return resolve(root, process.env.PROTOCOL_DESK_OUT ?? 'out', 'renderer');
}

export const isRendererBuilt = (dir: string): boolean => existsSync(resolve(dir, 'index.html'));

export interface ServedRenderer {
  origin: string;
  close(): void;
}

export function serveRenderer(dir: string): Promise<ServedRenderer> {
  const serve = sirv(dir, { dev: false, etag: false });
  const server: Server = createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    ),
  );
}

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/**
 * A browser context that behaves like the app's window: every request that isn't the app's own
 * is refused (and noted), and window.api calls the real handlers over `ctx`.
 */
export async function appContext(
  browser: Browser,
  origin: string,
  ctx: HandlerContext,
  options: { viewport?: { width: number; height: number }; foreignRequests?: string[] } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    options.foreignRequests?.push(url);
    return route.abort('blockedbyclient');
  });
  // Electron copies a reply with the structured clone algorithm (ipcRenderer.invoke, in its
  // docs), so the reply is cloned here by the same algorithm, and then crosses as JSON text that the
  // page parses in one call: Playwright's own serializer walks each value in script, and would add
  // tens of milliseconds to a page of rows that Electron copies in well under one.
  await context.exposeBinding('__invoke', async ({ frame }, channel: unknown, input: unknown) => {
    if (!isAppPage(frame.url(), origin)) throw new Error('untrusted sender');
    return JSON.stringify(structuredClone(await dispatch(handlers, ctx, channel, input, (error) => console.error(error))));
  });
  await context.addInitScript({
    content: `window.api = (${makeApi.toString()})((c, i) => window.__invoke(c, i).then(JSON.parse), ${JSON.stringify(CHANNELS)});`,
  });
  return context;
}

/** How long a print route may take to gather its data and fonts before the export gives up. */
const READY_TIMEOUT_MS = 60_000;

/**
 * A printer over a browser context: each job opens the route in a new page, waits for it to say
 * it is ready, and prints it with the shared options. `savePath` answers the save dialog.
 */
export function headlessPrinter(
  context: BrowserContext,
  origin: string,
  savePath: (suggestedName: string) => string | null,
): Printer {
  return {
    async toPdf(route) {
      const page = await context.newPage();
      try {
        page.on('pageerror', (error) => console.error('print page error:', error));
        await page.goto(`${origin}/${route}`);
        await page.waitForFunction(
          (ready) => document.body.dataset.ready === ready || document.body.dataset.ready === 'failed',
          PRINT_READY,
          { timeout: READY_TIMEOUT_MS },
        );
        const layout = await page.evaluate((name) => (window as unknown as Record<string, PrintLayout | undefined>)[name], PRINT_LAYOUT_GLOBAL);
        if (!layout) throw new Error(`The print route ${route} could not be rendered`);
        return await page.pdf(playwrightPdfOptions(layout));
      } finally {
        await page.close();
      }
    },
    // Headless Chromium has no printers: a print job is rendered exactly as for paper, then dropped.
    async print(route) {
      await this.toPdf(route);
      return true;
    },
    chooseSavePath: async (suggestedName) => savePath(suggestedName),
  };
}
