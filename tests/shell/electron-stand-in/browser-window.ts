// BrowserWindow: created only after `ready`, announced through `web-contents-created`, closed
// with `close`/`closed`, and `window-all-closed` when the last one goes (docs/api/browser-window.md,
// docs/api/app.md).
import { EventEmitter } from 'node:events';
import { isAbsolute } from 'node:path';
import type { ContentsEnvironment } from './web-contents';
import { StandInWebContents } from './web-contents';
import { electronEvent, enforce } from './rules';

interface WindowOptions {
  width?: number;
  height?: number;
  show?: boolean;
  title?: string;
  webPreferences?: { preload?: string; [key: string]: unknown };
}

export function makeBrowserWindowClass(env: ContentsEnvironment) {
  const open = new Set<StandInBrowserWindow>();
  const created: StandInBrowserWindow[] = [];
  let quitting = false;
  let focused: StandInBrowserWindow | null = null;
  const focus = (window: StandInBrowserWindow | null) => {
    focused = window;
  };
  const pendingCloses: Promise<void>[] = [];

  class StandInBrowserWindow extends EventEmitter {
    readonly webContents: StandInWebContents;
    readonly webPreferences: Record<string, unknown>;
    private visible: boolean;
    private minimized = false;
    private destroyed = false;

    static getAllWindows = () => [...open];
    static getFocusedWindow = () => focused;

    constructor(options: WindowOptions = {}) {
      super();
      // browser-window.md: "This module cannot be used until the ready event of the app module is emitted."
      env.app.assertReady('new BrowserWindow');
      const preload = options.webPreferences?.preload;
      enforce(preload === undefined || isAbsolute(preload), 'webPreferences.preload must be an absolute path', 'docs/api/structures/web-preferences.md');
      this.webPreferences = { ...options.webPreferences };
      this.visible = options.show ?? true;
      this.webContents = new StandInWebContents(env, preload, { width: options.width ?? 800, height: options.height ?? 600 });
      open.add(this);
      created.push(this);
      if (this.visible) focus(this);
      // app.md, 'web-contents-created' and 'browser-window-created', in that order of creation.
      env.app.emit('web-contents-created', electronEvent({}), this.webContents);
      env.app.emit('browser-window-created', electronEvent({}), this);
      // 'ready-to-show': the page has rendered while the window is not yet shown.
      this.webContents.once('did-finish-load', () => this.emit('ready-to-show'));
    }

    loadURL = (url: string) => this.webContents.loadURL(url);
    isDestroyed = () => this.destroyed;
    isVisible = () => this.visible;
    isMinimized = () => this.minimized;
    show = () => {
      this.visible = true;
      focus(this);
    };
    restore = () => {
      this.minimized = false;
    };
    minimize = () => {
      this.minimized = true;
    };
    focus = () => focus(this);

    /** As an officer's click on the window's close button: `close` may be prevented, then `closed`. */
    close = (): void => {
      const event = electronEvent({});
      this.emit('close', event);
      if (!event.defaultPrevented) this.destroy();
    };

    /** browser-window.md, destroy: no `close` event, but `closed` is guaranteed. */
    destroy = (): void => {
      if (this.destroyed) return;
      this.destroyed = true;
      open.delete(this);
      if (focused === this) focus(null);
      pendingCloses.push(this.webContents.destroy());
      this.emit('closed');
      // app.md, 'window-all-closed': not emitted when the windows close because the app quits.
      if (open.size === 0 && !quitting) env.app.emit('window-all-closed', electronEvent({}));
    };
  }

  return {
    BrowserWindow: StandInBrowserWindow,
    closeAllForQuit() {
      quitting = true;
      for (const window of [...open]) window.destroy();
    },
    /** Every window ever created, closed ones included. */
    created: () => [...created],
    settled: () => Promise.all(pendingCloses.splice(0)),
  };
}

export type StandInBrowserWindow = InstanceType<ReturnType<typeof makeBrowserWindowClass>['BrowserWindow']>;
