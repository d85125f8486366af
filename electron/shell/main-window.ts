import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, SECURE_WEB_PREFERENCES } from './security-config';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Protocol Desk',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html#/visits`);
  return window;
}

export const preloadPathFrom = (mainDir: string) => join(mainDir, '..', 'preload', 'preload.js');
