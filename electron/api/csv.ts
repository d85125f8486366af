// The one CSV writer: every CSV the office saves (the agreements register, the working lists)
// is made here, so the rules below hold for all of them. Imports neither electron nor Node.
import Papa from 'papaparse';
import type { CsvDelimiter } from '../../domain/contract';

/** A table as the reader sees it: the header row in the reader's language, then the rows. */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * Excel and LibreOffice read a cell that starts with one of these as a formula, so a title such as
 * `=HYPERLINK(...)` would run when the file is opened. papaparse's own `escapeFormulae: true` uses
 * `/^[=+\-@\t\r].*$/`, whose `.*$` stops at a line break: a cell with a second line
 * (`=HYPERLINK(...)` then Enter and more text) would go out unescaped. The same characters,
 * without the anchor at the end, close that gap; papaparse still does the neutralising (a leading
 * `'` and quotes around the cell), which Excel and LibreOffice show as text.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Excel only reads a CSV as UTF-8 (Cyrillic, ə) when it starts with a byte-order mark. */
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The table as CSV text for Excel: a byte-order mark, the office's delimiter (Excel in Azerbaijani
 * and Russian regional settings splits on ';', in English on ','), CRLF between rows, and every
 * cell that could start a formula neutralised.
 */
export function toCsv(table: CsvTable, delimiter: CsvDelimiter): string {
  // Rows of arrays rather than `{ fields, data }`: given no data, papaparse writes an empty row.
  const text = Papa.unparse([[...table.header], ...table.rows.map((row) => [...row])], {
    delimiter,
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  });
  return `${BYTE_ORDER_MARK}${text}`;
}
