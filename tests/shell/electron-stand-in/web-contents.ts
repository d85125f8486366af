// A window's web contents over a real Chromium page: loading, the preload's bridge, navigation
// and window-open decisions, executeJavaScript and printToPDF.
import { EventEmitter } from 'node:events';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { StandInApp } from './app';
import { runSandboxedPreload, type ExposedWorld, type InvokeEvent, type StandInIpcMain } from './ipc';
import { printToPdf, type PrintToPdfOptions } from './print-to-pdf';
import { electronEvent, enforce } from './rules';
import { toElectronUrl, toPageUrl, withoutHash } from './urls';

export interface ContentsEnvironment {
  app: StandInApp;
  ipcMain: StandInIpcMain;
  browserContext: BrowserContext;
  customSchemes: () => string[];
  pages: Map<Page, StandInWebContents>;
  /** Told of each page a window opens, to watch it (for window.open). */
  onPage: (page: Page, contents: StandInWebContents) => void;
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string; referrer: object; postBody?: object }) => { action: 'allow' | 'deny' };

const BRIDGE_BINDING = '__electronStandInBridge';
let contentsIds = 0;

export class StandInWebContents extends EventEmitter {
  readonly id = ++contentsIds;
  page: Page | undefined;
  private windowOpenHandler: WindowOpenHandler | undefined;
  private readonly programmaticLoads: string[] = [];
  private exposed: ExposedWorld | undefined;
  private callingFrame: Frame | undefined;
  private destroyed = false;

  constructor(
    private readonly env: ContentsEnvironment,
    private readonly preloadPath: string | undefined,
    private readonly size: { width: number; height: number },
  ) {
    super();
  }

  setWindowOpenHandler = (handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  };

  isDestroyed = () => this.destroyed;
  getURL = () => (this.page ? toElectronUrl(this.page.url()) : '');

  /** web-contents.md, loadURL: resolves at did-finish-load, rejects at did-fail-load. */
  async loadURL(url: string): Promise<void> {
    this.env.app.assertAlive('webContents.loadURL');
    const page = await this.openPage();
    this.programmaticLoads.push(withoutHash(url));
    try {
      await page.goto(toPageUrl(url, this.env.customSchemes()), { waitUntil: 'load' });
    } catch (error) {
      this.emit('did-fail-load', electronEvent({}), -2, String(error), url, true);
      throw error;
    }
    this.emit('did-finish-load', electronEvent({}));
  }

  /** web-contents.md, executeJavaScript: evaluates `code` in the page, resolving with its result. */
  executeJavaScript = (code: string): Promise<unknown> => this.livePage('executeJavaScript').evaluate(code);

  printToPDF = (options: PrintToPdfOptions): Promise<Buffer> => printToPdf(this.livePage('printToPDF'), options);

  print = () => {
    enforce(false, 'printing to paper needs a printer the stand-in does not have', 'tests/shell/electron-stand-in');
  };

  /**
   * A navigation the page starts, not loadURL: will-frame-navigate for any frame, then
   * will-navigate for the main frame; preventDefault() on either stops it (web-contents.md).
   * Not emitted for loadURL or for in-page (hash) navigations.
   */
  navigationAllowed(electronUrl: string, isMainFrame: boolean): boolean {
    const loadIndex = this.programmaticLoads.indexOf(withoutHash(electronUrl));
    if (isMainFrame && loadIndex >= 0) {
      this.programmaticLoads.splice(loadIndex, 1);
      return true;
    }
    const details = { url: electronUrl, isSameDocument: false, isMainFrame, frame: null, initiator: null };
    const frameEvent = electronEvent({ ...details });
    this.emit('will-frame-navigate', frameEvent);
    if (frameEvent.defaultPrevented || !isMainFrame) return !frameEvent.defaultPrevented;
    const navigateEvent = electronEvent({ ...details });
    this.emit('will-navigate', navigateEvent, electronUrl, false, true, 0, 0);
    return !navigateEvent.defaultPrevented;
  }

  /** window.open from this page: setWindowOpenHandler decides; with none, Electron opens it. */
  windowOpenAllowed(electronUrl: string): boolean {
    const details = { url: electronUrl, frameName: '', features: '', disposition: 'new-window', referrer: { url: this.getURL(), policy: 'default' } };
    return (this.windowOpenHandler?.(details) ?? { action: 'allow' }).action === 'allow';
  }

  destroy(): Promise<void> {
    this.destroyed = true;
    this.emit('destroyed');
    const page = this.page;
    this.page = undefined;
    if (page) this.env.pages.delete(page);
    return page ? page.close() : Promise.resolve();
  }

  private livePage(what: string): Page {
    this.env.app.assertAlive(`webContents.${what}`);
    enforce(this.page && !this.destroyed, `webContents.${what} on a destroyed window`, 'docs/api/web-contents.md, isDestroyed');
    return this.page;
  }

  private async openPage(): Promise<Page> {
    if (this.page) return this.page;
    const page = await this.env.browserContext.newPage();
    await page.setViewportSize(this.size);
    this.page = page;
    this.env.pages.set(page, this);
    this.env.onPage(page, this);
    if (this.preloadPath) await this.bridgePreload(page, this.preloadPath);
    return page;
  }

  /**
   * Runs the preload in Node and gives the page what it exposed. ipcRenderer.invoke is called
   * synchronously inside the exposed function, so the frame the call came from is known then.
   */
  private async bridgePreload(page: Page, preloadPath: string): Promise<void> {
    const exposed = runSandboxedPreload(preloadPath, (channel, args) => {
      const frame = this.callingFrame;
      enforce(frame, 'ipcRenderer.invoke outside a call from the page', 'tests/shell/electron-stand-in');
      return this.env.ipcMain.invoke(this.invokeEventFrom(frame), channel, args);
    });
    this.exposed = exposed;
    await page.exposeBinding(BRIDGE_BINDING, ({ frame }, key: string, member: string, args: unknown[]) => {
      const fn = this.exposed?.get(key)?.[member];
      enforce(fn, `window.${key}.${member} was never exposed`, 'docs/api/context-bridge.md');
      this.callingFrame = frame;
      try {
        return fn(...args);
      } finally {
        this.callingFrame = undefined;
      }
    });
    const world = Object.fromEntries([...exposed].map(([key, functions]) => [key, Object.keys(functions)]));
    // Preloads run in the main frame only (nodeIntegrationInSubFrames is off).
    await page.addInitScript(
      ([binding, exposedWorld]) => {
        if (window !== window.top) return;
        const bridge = (window as unknown as Record<string, (...args: unknown[]) => unknown>)[binding]!;
        for (const [key, members] of Object.entries(exposedWorld)) {
          const api = Object.fromEntries(members.map((member) => [member, (...args: unknown[]) => bridge(key, member, args)]));
          Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true });
        }
      },
      [BRIDGE_BINDING, world] as const,
    );
  }

  /** IpcMainInvokeEvent.senderFrame is read when accessed: null once the frame navigated or went away. */
  private invokeEventFrom(frame: Frame): InvokeEvent {
    const sentFrom = withoutHash(frame.url());
    return {
      type: 'frame',
      sender: this,
      frameId: 1,
      processId: this.id,
      get senderFrame() {
        if (frame.isDetached() || withoutHash(frame.url()) !== sentFrom) return null;
        return { url: toElectronUrl(frame.url()), isDestroyed: () => frame.isDetached() };
      },
    };
  }
}
