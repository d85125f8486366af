// webContents.printToPDF's options (electron.d.ts, PrintToPDFOptions) checked as Electron types
// them, then given to Chromium's own printing through Playwright's page.pdf().
import type { Page } from 'playwright-core';
import { enforce } from './rules';

const PAGE_SIZES = ['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'Legal', 'Letter', 'Tabloid', 'Ledger'];
const KNOWN_OPTIONS = [
  'landscape', 'displayHeaderFooter', 'printBackground', 'scale', 'pageSize', 'margins', 'pageRanges',
  'headerTemplate', 'footerTemplate', 'preferCSSPageSize', 'generateTaggedPDF', 'generateDocumentOutline',
];

export interface PrintToPdfOptions {
  landscape?: boolean;
  displayHeaderFooter?: boolean;
  printBackground?: boolean;
  scale?: number;
  pageSize?: string;
  /** PrintToPDFMargins: top, bottom, left, right "in inches". */
  margins?: { top?: number; bottom?: number; left?: number; right?: number };
  pageRanges?: string;
  headerTemplate?: string;
  footerTemplate?: string;
  preferCSSPageSize?: boolean;
  generateTaggedPDF?: boolean;
  generateDocumentOutline?: boolean;
}

const inches = (value: number | undefined) => (value === undefined ? undefined : `${value}in`);

export function printToPdf(page: Page, options: PrintToPdfOptions): Promise<Buffer> {
  const source = 'electron.d.ts, PrintToPDFOptions';
  for (const key of Object.keys(options)) enforce(KNOWN_OPTIONS.includes(key), `printToPDF has no option '${key}'`, source);
  enforce(options.pageSize === undefined || PAGE_SIZES.includes(options.pageSize), `printToPDF pageSize '${options.pageSize}'`, source);
  for (const [side, value] of Object.entries(options.margins ?? {})) {
    enforce(typeof value === 'number' && value >= 0, `printToPDF margin ${side} must be a number of inches`, 'electron.d.ts, PrintToPDFMargins');
  }
  const margins = options.margins ?? {};
  return page.pdf({
    landscape: options.landscape,
    displayHeaderFooter: options.displayHeaderFooter,
    printBackground: options.printBackground,
    scale: options.scale,
    format: options.pageSize,
    margin: { top: inches(margins.top), bottom: inches(margins.bottom), left: inches(margins.left), right: inches(margins.right) },
    pageRanges: options.pageRanges,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    preferCSSPageSize: options.preferCSSPageSize,
    tagged: options.generateTaggedPDF,
    outline: options.generateDocumentOutline,
  });
}
