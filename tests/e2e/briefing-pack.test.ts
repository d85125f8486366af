// The briefing pack as it leaves the building: exported headlessly in the three languages with
// the classification marking, then read back with poppler — text, marking on every page,
// embedded fonts, tags and outline — and rendered to PNG to be looked at.
import { mkdtempSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOffice } from '../../electron/demo/load';
import { VISIT } from '../../electron/demo/keys';
import { openDatabase } from '../../db/open';
import { exportBriefing, pagesAsPng, pdfFonts, pdfInfo, pdfText } from './pdf-tools';

let folder: string;
let dbFile: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'protocol-desk-briefing-'));
  dbFile = join(folder, 'office.sqlite');
  const db = openDatabase(dbFile);
  loadDemoOffice({ db, actor: userInfo().username, now: () => new Date('2026-01-15T09:00:00Z'), dataDir: folder });
  db.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function exported(lang: string, marking = 'dsp'): Promise<string> {
  const out = join(folder, `briefing-${lang}.pdf`);
  const result = await exportBriefing(['--db', dbFile, '--visit', VISIT.uzbekistan2025, '--lang', lang, '--marking', marking, '--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  await pagesAsPng(out, lang);
  return out;
}

describe('the Uzbek visit exported in Russian, «Для служебного пользования»', () => {
  let pdf: string;
  beforeAll(async () => {
    pdf = await exported('ru');
  });

  it('names both ministers and the 2026-2027 plan', async () => {
    const text = await pdfText(pdf);
    for (const expected of ['Кудратходжаев', 'Гейдаров', '2026-2027', 'Программа визита', 'Состав делегации']) expect(text).toContain(expected);
  });

  it('carries the marking and «Страница X из Y» on every page', async () => {
    const pages = Number((await pdfInfo(pdf)).Pages);
    expect(pages).toBeGreaterThan(4);
    for (let page = 1; page <= pages; page += 1) {
      const text = await pdfText(pdf, page);
      expect(text, `page ${page}`).toContain('Для служебного пользования');
      expect(text.replace(/\s+/g, ' '), `page ${page}`).toContain(`Страница ${page} из ${pages}`);
    }
  });

  it('embeds every font and is tagged, with an outline of its sections', async () => {
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.every((font) => /Noto(Sans|Serif)/.test(font.name))).toBe(true);
    expect((await pdfInfo(pdf)).Tagged).toBe('yes');
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await getDocument({ url: pdf, useSystemFonts: false }).promise;
    const outline = (await document.getOutline()) ?? [];
    const titles = JSON.stringify(outline.map((item) => [item.title, ...item.items.map((child) => child.title)]));
    expect(titles).toContain('Программа визита');
    await document.destroy();
  });
});

describe('the same visit in Azerbaijani and in English', () => {
  it('is in Azerbaijani, with ə and Azerbaijani section titles', async () => {
    const text = await pdfText(await exported('az'));
    expect(text).toContain('ə');
    for (const title of ['Səfərin proqramı', 'Nümayəndə heyətinin tərkibi', 'Əməkdaşlığın tarixçəsi', 'Xidməti istifadə üçün']) expect(text).toContain(title);
  });

  it('is in English, naming Heydarov', async () => {
    const text = await pdfText(await exported('en'));
    for (const expected of ['Heydarov', 'Kudratkhodjaev', 'For official use only', 'Programme of the visit']) expect(text).toContain(expected);
  });
});

describe('bad input to the headless export', () => {
  const base = () => ['--db', dbFile, '--lang', 'ru', '--marking', 'dsp'];

  it('names a visit that is not there', async () => {
    const result = await exportBriefing([...base(), '--visit', '4242', '--out', join(folder, 'x.pdf')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`No visit with id or UUID "4242" in ${dbFile}.`);
  });

  it('names a language it does not know', async () => {
    const result = await exportBriefing(['--db', dbFile, '--visit', '1', '--lang', 'de', '--out', join(folder, 'x.pdf')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Unknown language "de": use az, ru, en.');
  });

  it('refuses a path it cannot write', async () => {
    const out = join(folder, 'no-such-folder', 'pack.pdf');
    const result = await exportBriefing([...base(), '--visit', '1', '--out', out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`Cannot write the PDF to ${out}: the folder does not exist.`);
  });
});
