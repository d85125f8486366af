// The one set of print options for every PDF the office makes. The app (Electron's printToPDF),
// the headless exporter and the test harness (Playwright's page.pdf) and the renderer's @page
// rule all read these numbers, so a pack prints the same whichever way it was made.
// Imports neither electron nor Node: the renderer uses it too.

export const PAPER_SIZES = ['A4', 'Letter'] as const;
/** A seating chart is drawn across the sheet (landscape); A3 for a large room. */
export const CHART_PAPER_SIZES = ['A4', 'A3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
/** Any sheet a print route may ask for. */
export type SheetSize = PaperSize | (typeof CHART_PAPER_SIZES)[number];

/** Page margins in millimetres. Top and bottom hold the running header and footer. */
export const PAGE_MARGINS_MM = { top: 22, right: 18, bottom: 20, left: 20 } as const;
/** Place cards are cut and folded at fixed lines, so the sheet is laid out edge to edge. */
const NO_MARGINS_MM = { top: 0, right: 0, bottom: 0, left: 0 } as const;

/**
 * What a printer reads from a print route once it is ready. The running header and footer (the
 * marking, «page X of Y») are not Chromium's header and footer templates: those can't load web
 * fonts, not even as data: URLs, and fall back to whatever fonts the PC has. They are CSS
 * page-margin boxes in the route's own @page rule, set in the bundled Noto Sans and embedded
 * like the body text; they print the same on paper.
 */
export interface PrintLayout {
  paper: SheetSize;
  /** Across the sheet (the seating chart); upright when absent. */
  landscape?: boolean;
  /** `none`: no margins and no running heads (place cards); the page margins when absent. */
  margins?: 'page' | 'none';
}

/** The layout's page margins in millimetres. */
export const marginsOf = (layout: PrintLayout) => (layout.margins === 'none' ? NO_MARGINS_MM : PAGE_MARGINS_MM);

const mm = (value: number) => `${value}mm`;

/** The options for Playwright's `page.pdf()` (headless exporter, harness). */
export function playwrightPdfOptions(layout: PrintLayout) {
  const margins = marginsOf(layout);
  return {
    format: layout.paper,
    landscape: layout.landscape ?? false,
    margin: { top: mm(margins.top), right: mm(margins.right), bottom: mm(margins.bottom), left: mm(margins.left) },
    printBackground: true,
    // The @page rule carries the same size and margins, and its margin boxes the running heads.
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    // The outline (bookmarks) is built from the tagged structure, so both must be on.
    tagged: true,
    outline: true,
  };
}

const inches = (value: number) => value / 25.4;

/**
 * The options for Electron's `webContents.printToPDF()`: explicit margins rather than a
 * `marginType` preset, and tagged PDF, without which the document outline is not generated.
 */
export function electronPdfOptions(layout: PrintLayout) {
  const margins = marginsOf(layout);
  return {
    pageSize: layout.paper,
    landscape: layout.landscape ?? false,
    margins: {
      top: inches(margins.top),
      right: inches(margins.right),
      bottom: inches(margins.bottom),
      left: inches(margins.left),
    },
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/** The size and margins of the print route's pages, as declarations of its @page rule. */
export function pageBox(layout: PrintLayout): string {
  const m = marginsOf(layout);
  return `size: ${layout.paper}${layout.landscape ? ' landscape' : ''}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`;
}

/** Where the print route leaves its layout for the printer to read once it is ready. */
export const PRINT_LAYOUT_GLOBAL = '__printLayout';
/** The print route sets `document.body.dataset.ready` to this once data and fonts are in. */
export const PRINT_READY = 'true';
