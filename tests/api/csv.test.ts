// The office's one CSV writer: whatever an officer (or a hostile bundle) puts in a title, the file
// Excel opens holds text, never a formula; everything else comes back exactly as it was written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import { BYTE_ORDER_MARK, FORMULA_START, toCsv, type CsvTable } from '../../electron/api/csv';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, CSV_COLUMNS, CSV_DELIMITERS, type CsvDelimiter } from '../../domain/contract';
import { jointActionPlan, uzbekOffice } from './office';
import { call, openTestOffice, refused } from './test-context';

const FORMULA_CHARACTERS = ['=', '+', '-', '@', '\t', '\r'];

/** The characters that trip CSV writers up, and the letters of the office's three languages. */
const tricky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', "'", ';', ',', ' ', 'ё', 'Ё', 'ə', 'Ə', 'ş', 'a', 'Я', '\uFEFF', '\u2028');
const anyText = fc.oneof(fc.string({ unit: tricky }), fc.string({ unit: 'binary' }), fc.string());
const formulaText = fc.tuple(fc.constantFrom(...FORMULA_CHARACTERS), anyText).map(([first, rest]) => first + rest);
const plainText = anyText.filter((text) => !FORMULA_START.test(text));
const cell = fc.oneof(formulaText, plainText);

/** A rectangular table, as the exports make them: a header of named columns, then rows. */
const table = (cells: fc.Arbitrary<string>) =>
  fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.record({
      header: fc.array(cells.filter((text) => text !== ''), { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(cells, { minLength: width, maxLength: width }), { maxLength: 6 }),
    }),
  );
const delimiter = fc.constantFrom(...CSV_DELIMITERS);

/** What a spreadsheet's CSV reader gets back, row by row, with the BOM taken off. */
function readBack(csv: string, delimiter: CsvDelimiter): string[][] {
  const parsed = Papa.parse<string[]>(csv, { delimiter, newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const lines = ({ header, rows }: CsvTable) => [header, ...rows];

describe('the CSV writer', () => {
  it('never lets a cell that starts with = + - @, a tab or a CR reach the file as a formula', () => {
    fc.assert(
      fc.property(table(cell), delimiter, (written, chosen) => {
        const cells = readBack(toCsv(written, chosen), chosen).flat();
        const originals = lines(written).flat();
        expect(cells).toHaveLength(originals.length);
        cells.forEach((text, index) => {
          const original = originals[index] as string;
          expect(FORMULA_START.test(text)).toBe(false);
          if (FORMULA_START.test(original)) expect(text).toBe(`'${original}`);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives back exactly what was written when no cell starts a formula (ё, ə, quotes, the delimiter, line breaks)', () => {
    fc.assert(
      fc.property(table(plainText), delimiter, (written, chosen) => {
        expect(readBack(toCsv(written, chosen), chosen)).toEqual(lines(written));
      }),
      { numRuns: 500 },
    );
  });

  it('starts every file with one byte-order mark, so Excel reads it as UTF-8', () => {
    fc.assert(
      fc.property(table(cell), delimiter, (written, chosen) => {
        const csv = toCsv(written, chosen);
        expect(csv.charAt(0)).toBe(BYTE_ORDER_MARK);
        // A header that itself starts with U+FEFF is quoted, so Excel never sees a second mark.
        expect(csv.charAt(1)).not.toBe(BYTE_ORDER_MARK);
      }),
    );
  });

  it('separates columns with the office delimiter and rows with CRLF', () => {
    const list = { header: ['ФИО', 'Vəzifə', 'Phone'], rows: [['Кудратходжаев Ботир', 'general-mayor', '998 71 000 00 00']] };
    expect(toCsv(list, ';')).toBe('\uFEFFФИО;Vəzifə;Phone\r\nКудратходжаев Ботир;general-mayor;998 71 000 00 00');
    expect(toCsv(list, ',')).toBe('\uFEFFФИО,Vəzifə,Phone\r\nКудратходжаев Ботир,general-mayor,998 71 000 00 00');
  });

  it('neutralises a formula that goes on to a second line, which papaparse’s own escapeFormulae lets through', () => {
    const title = '=HYPERLINK("http://x","y")\nПлан';
    expect(Papa.unparse([[title]], { escapeFormulae: true })).toBe(`"${title.replaceAll('"', '""')}"`);
    expect(readBack(toCsv({ header: ['Название'], rows: [[title], ['\r\n=1+1']] }, ';'), ';')).toEqual([
      ['Название'],
      [`'${title}`],
      ["'\r\n=1+1"],
    ]);
  });
});

const HOSTILE_TITLE = '=HYPERLINK("http://x","y")';

/** The register's labels as the renderer sends them; the words themselves don't matter here. */
const labels = {
  columns: Object.fromEntries(CSV_COLUMNS.map((column) => [column, column])) as Record<(typeof CSV_COLUMNS)[number], string>,
  types: Object.fromEntries(AGREEMENT_TYPES.map((type) => [type, type])) as Record<(typeof AGREEMENT_TYPES)[number], string>,
  statuses: Object.fromEntries(AGREEMENT_STATUSES.map((status) => [status, status])) as Record<(typeof AGREEMENT_STATUSES)[number], string>,
  openEnded: 'бессрочно',
};

/** A save dialog that always answers with this path. */
function savingTo(ctx: HandlerContext, path: string) {
  ctx.printer = {
    toPdf: async () => new Uint8Array(),
    print: async () => true,
    chooseSavePath: async () => path,
  };
}

describe('CSV exports', () => {
  it('the office saves CSV with semicolons until Settings says otherwise, and accepts only ; or ,', async () => {
    const ctx = openTestOffice();
    expect((await call(ctx, 'settings:get', {})).csvDelimiter).toBe(';');
    expect((await call(ctx, 'settings:save', { csvDelimiter: ',' })).csvDelimiter).toBe(',');
    expect((await refused(ctx, 'settings:save', { csvDelimiter: '\t' })).code).toBe('validation');
    expect((await call(ctx, 'settings:get', {})).csvDelimiter).toBe(',');
  });

  it('an agreement titled =HYPERLINK(...) reaches the register export as text, in the office delimiter', async () => {
    const ctx = openTestOffice();
    const { ours, partner } = await uzbekOffice(ctx);
    await call(ctx, 'agreements:save', { ...jointActionPlan([ours.id, partner.id]), title: { az: null, ru: HOSTILE_TITLE, en: null } });

    const semicolons = await call(ctx, 'agreements:exportCsv', { filter: {}, lang: 'ru', labels });
    expect(semicolons.csv.startsWith(`${BYTE_ORDER_MARK}title;type;parties;`)).toBe(true);
    expect(readBack(semicolons.csv, ';')[1]?.[0]).toBe(`'${HOSTILE_TITLE}`);

    await call(ctx, 'settings:save', { csvDelimiter: ',' });
    const commas = await call(ctx, 'agreements:exportCsv', { filter: {}, lang: 'ru', labels });
    expect(commas.csv.startsWith(`${BYTE_ORDER_MARK}title,type,parties,`)).toBe(true);
    expect(readBack(commas.csv, ',')[1]).toEqual(readBack(semicolons.csv, ';')[1]);
  });

  it('a working list with =HYPERLINK(...) in a cell is saved as text, with a BOM, in the office delimiter', async () => {
    const ctx = openTestOffice();
    const { visit } = await uzbekOffice(ctx);
    const path = join(ctx.dataDir, 'cars.csv');
    savingTo(ctx, path);
    await call(ctx, 'settings:save', { csvDelimiter: ',' });
    const header = ['Мероприятие', 'Транспорт'];
    const rows = [[HOSTILE_TITLE, 'Mercedes-Benz V, 2 ədəd'], ['Возложение венков', '-']];
    expect(await call(ctx, 'briefing:exportCsv', { visitId: visit.id, kind: 'cars', lang: 'ru', columns: ['event', 'transport'], header, rows })).toEqual({ saved: true, path });

    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.startsWith(`${BYTE_ORDER_MARK}Мероприятие,Транспорт\r\n`)).toBe(true);
    expect(readBack(text, ',')).toEqual([header, [`'${HOSTILE_TITLE}`, 'Mercedes-Benz V, 2 ədəd'], ['Возложение венков', "'-"]]);
  });

  it('refuses a working list whose rows do not match its header, or that is larger than 5 million characters', async () => {
    const ctx = openTestOffice();
    const { visit } = await uzbekOffice(ctx);
    const path = join(ctx.dataDir, 'cars.csv');
    savingTo(ctx, path);
    const list = { visitId: visit.id, kind: 'cars', lang: 'ru', columns: ['event'] };
    const uneven = await refused(ctx, 'briefing:exportCsv', { ...list, columns: ['event', 'time'], header: ['A', 'B'], rows: [['only one']] });
    expect(uneven).toMatchObject({ code: 'validation', issues: [{ path: ['rows'], messageKey: 'validation.invalidInput' }] });
    const huge = await refused(ctx, 'briefing:exportCsv', { ...list, header: ['A'], rows: Array.from({ length: 120 }, () => ['ə'.repeat(50_000)]) });
    expect(huge).toMatchObject({ code: 'validation', issues: [{ path: ['rows'], messageKey: 'validation.too_big' }] });
    expect(existsSync(path)).toBe(false);
  });
});
