// The print capability handlers are given. Handlers can't import electron, so whoever runs them
// supplies a printer: the shell prints with a hidden window (electron/shell/print-pdf.ts), the
// headless exporter and the test harness with Chromium through Playwright
// (electron/tools/headless-chromium.ts). Each renders an app route (see printRoute), waits for the
// route to say it is ready, and reads the paper and running header and footer the route set.

export type SavedFileKind = 'pdf' | 'csv';

export interface Printer {
  /** The route rendered with Chromium's print engine, as PDF bytes. */
  toPdf(route: string): Promise<Uint8Array>;
  /** Sends the route to a printer; false when the officer cancelled the print dialog. */
  print(route: string): Promise<boolean>;
  /** Where to save a file (a save dialog in the app); null when the officer cancelled. */
  chooseSavePath(suggestedName: string, kind: SavedFileKind): Promise<string | null>;
}
