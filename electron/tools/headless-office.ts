// An office database opened outside Electron, with a headless Chromium printer attached: what the
// briefing exporter and the bench run the app's own handlers over.
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { openDatabase } from '../../db/open';
import type { HandlerContext } from '../api/context';
import { appContext, headlessPrinter, isRendererBuilt, launchChromium, rendererDir, serveRenderer, type ServedRenderer } from './headless-chromium';

export interface HeadlessOffice {
  ctx: HandlerContext;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Opens `dbFile`, serves the built renderer and starts Chromium. `savePath` answers every save
 * dialog (the exporter's `--out`, the bench's temporary file).
 */
export async function openHeadlessOffice(dbFile: string, savePath: (suggestedName: string) => string | null): Promise<HeadlessOffice> {
  const dir = rendererDir();
  if (!isRendererBuilt(dir)) throw new Error(`The app is not built (no ${dir}/index.html): run npm run build first.`);
  const db = openDatabase(dbFile);
  const ctx: HandlerContext = { db, actor: userInfo().username, now: () => new Date(), dataDir: dirname(resolve(dbFile)) };
  let server: ServedRenderer | undefined;
  let browser: Browser | undefined;
  try {
    server = await serveRenderer(dir);
    browser = await launchChromium();
    const context = await appContext(browser, server.origin, ctx);
    ctx.printer = headlessPrinter(context, server.origin, savePath);
    const [openedServer, openedBrowser] = [server, browser];
    return {
      ctx,
      browser,
      async close() {
        await openedBrowser.close();
        openedServer.close();
        db.close();
      },
    };
  } catch (error) {
    await browser?.close();
    server?.close();
    db.close();
    throw error;
  }
}
