// The app's printer: each job opens its print route in a hidden window (same hardened settings
// and preload as the main window), waits for the route to say it is ready, then prints it with
// Chromium's print engine: printToPDF with the shared options, or the system print dialog.
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { Printer, SavedFileKind } from '../api/printer';
import { electronPdfOptions, marginsOf, PRINT_LAYOUT_GLOBAL, PRINT_READY, type PrintLayout } from '../../domain/print-options';
import { windowPreferences } from './main-window';
import { APP_ORIGIN } from './security-config';

const READY_TIMEOUT_MS = 60_000;
const POLL_MS = 50;

async function whenReady(window: BrowserWindow): Promise<PrintLayout> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = (await window.webContents.executeJavaScript('document.body.dataset.ready ?? ""')) as string;
    if (state === PRINT_READY) {
      return (await window.webContents.executeJavaScript(`window.${PRINT_LAYOUT_GLOBAL}`)) as PrintLayout;
    }
    if (state === 'failed') break;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  throw new Error('The print route did not become ready');
}

async function withPrintWindow<T>(preloadPath: string, route: string, work: (window: BrowserWindow, layout: PrintLayout) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: windowPreferences(preloadPath) });
  try {
    await window.loadURL(`${APP_ORIGIN}/${route}`);
    return await work(window, await whenReady(window));
  } finally {
    window.destroy();
  }
}

const FILTERS: Record<SavedFileKind, Electron.FileFilter[]> = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
};

/** Electron's print margins are in CSS pixels (1/96 inch). */
const pixels = (mm: number) => Math.round((mm * 96) / 25.4);

export function electronPrinter(preloadPath: string): Printer {
  return {
    toPdf: (route) => withPrintWindow(preloadPath, route, (window, layout) => window.webContents.printToPDF(electronPdfOptions(layout))),
    print: (route) =>
      withPrintWindow(
        preloadPath,
        route,
        (window, layout) =>
          new Promise<boolean>((done) => {
            const margins = marginsOf(layout);
            // The route's @page rule prints the marking and page numbers on paper too.
            window.webContents.print(
              {
                silent: false,
                printBackground: true,
                pageSize: layout.paper,
                landscape: layout.landscape ?? false,
                margins: {
                  marginType: 'custom',
                  top: pixels(margins.top),
                  bottom: pixels(margins.bottom),
                  left: pixels(margins.left),
                  right: pixels(margins.right),
                },
              },
              (success) => done(success),
            );
          }),
      ),
    async chooseSavePath(suggestedName, kind) {
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: FILTERS[kind] };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
