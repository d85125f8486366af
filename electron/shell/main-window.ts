import { join } from 'node:path';
import { app, BrowserWindow, type WebPreferences } from 'electron';
import { APP_ORIGIN, SECURE_WEB_PREFERENCES } from './security-config';

/** Every window's preferences: the hardened set, the preload, and no DevTools in a packaged build. */
export const windowPreferences = (preloadPath: string): WebPreferences => ({
  ...SECURE_WEB_PREFERENCES,
  devTools: !app.isPackaged,
  preload: preloadPath,
});

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Protocol Desk',
    webPreferences: windowPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html#/visits`);
  return window;
}

export const preloadPathFrom = (mainDir: string) => join(mainDir, '..', 'preload', 'preload.js');
