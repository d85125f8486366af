// The seating chart and the place cards of the Uzbek minister's bilateral meeting as they leave
// the building: exported headlessly with `npm run export-briefing -- --document seating|place-cards`,
// read back with poppler, and rendered to PNG to be looked at. The chart names everyone in the
// document's language; each place card gives the name in its bearer's side's language and, upside
// down for the other side of the fold, in the document's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOffice } from '../../electron/demo/load';
import { openDatabase } from '../../db/open';
import { exportBriefing, pagesAsPng, pdfFonts, pdfInfo, pdfText } from './pdf-tools';

/** The bilateral meeting with Minister Heydarov on 3 December 2025 (electron/demo/visit-uzbekistan.ts). */
const MEETING = 'de700000-0006-4000-8000-000000000002';

let folder: string;
let dbFile: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'protocol-desk-seating-'));
  dbFile = join(folder, 'office.sqlite');
  const db = openDatabase(dbFile);
  loadDemoOffice({ db, actor: userInfo().username, now: () => new Date('2026-01-15T09:00:00Z'), dataDir: folder });
  db.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function exported(document: 'seating' | 'place-cards', lang: string, extra: string[] = []): Promise<string> {
  const out = join(folder, `${document}-${lang}.pdf`);
  const result = await exportBriefing(['--db', dbFile, '--document', document, '--event', MEETING, '--lang', lang, '--out', out, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  await pagesAsPng(out, `${document}-${lang}`);
  return out;
}

const words = async (file: string, page?: number) => (await pdfText(file, page)).replace(/\s+/g, ' ');

describe('the seating chart of the bilateral meeting', () => {
  it('names both ministers in Russian on A3 across the sheet, with the meeting, its time and the marking', async () => {
    const pdf = await exported('seating', 'ru', ['--paper', 'A3', '--marking', 'dsp']);
    const info = await pdfInfo(pdf);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^119[01]\.\d+ x 841\.\d+ pts \(A3\)$/);
    const text = await words(pdf);
    for (const expected of ['СХЕМА РАССАДКИ', 'Двусторонняя встреча с Кямаледдином Гейдаровым', '10:00–11:00', 'Кудратходжаев', 'Гейдаров', 'МЧС Узбекистана', 'Азербайджанская сторона', 'Вход', 'Для служебного пользования']) {
      expect(text).toContain(expected);
    }
    expect((await pdfFonts(pdf)).filter((font) => !font.embedded)).toEqual([]);
  });

  it('names them in Azerbaijani Latin on A4 landscape', async () => {
    const pdf = await exported('seating', 'az');
    expect((await pdfInfo(pdf))['Page size']).toMatch(/^841\.\d+ x 59[45]\.\d+ pts \(A4\)$/);
    const text = await words(pdf);
    for (const expected of ['OTURMA SXEMİ', 'Qudratxocayev', 'Heydərov', 'Azərbaycan tərəfi', 'Giriş']) expect(text).toContain(expected);
    expect(text).not.toContain('Кудратходжаев');
  });
});

describe('the place cards of the bilateral meeting', () => {
  it('give each guest the name in Russian and, for our side of the fold, in Azerbaijani', async () => {
    const pdf = await exported('place-cards', 'az');
    const pages = Number((await pdfInfo(pdf)).Pages);
    // Seven people at the talks, two cards to a sheet.
    expect(pages).toBe(4);
    const text = await words(pdf);
    for (const expected of ['Кудратходжаев', 'Qudratxocayev', 'Heydərov', 'Министр по чрезвычайным ситуациям Республики Узбекистан']) expect(text).toContain(expected);
    // Our own people read their cards in Azerbaijani on both halves.
    expect(text).not.toContain('Гейдаров');
  });

  it('print in Russian with our minister in Azerbaijani towards the table and in Russian for the guests', async () => {
    const pdf = await exported('place-cards', 'ru');
    const text = await words(pdf);
    for (const expected of ['Heydərov', 'Гейдаров', 'Кудратходжаев']) expect(text).toContain(expected);
    // No marking on a card that stands on the table, and no page numbers.
    expect(text).not.toMatch(/Страница|Для служебного/);
  });
});

describe('the exporter explains what a seating document needs', () => {
  it('asks for the event', async () => {
    const result = await exportBriefing(['--db', dbFile, '--document', 'seating', '--lang', 'ru', '--out', join(folder, 'x.pdf')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Missing --event.');
    expect(result.stderr).toContain('--document pack|list|seating|place-cards|badges');
  });

  it('names an event that is not there, a document it does not know and a paper the chart does not take', async () => {
    const run = (args: string[]) => exportBriefing(['--db', dbFile, '--lang', 'ru', '--out', join(folder, 'x.pdf'), ...args]);
    expect((await run(['--document', 'place-cards', '--event', '4242'])).stderr).toContain(`No event with id or UUID "4242" in ${dbFile}.`);
    expect((await run(['--document', 'menu', '--event', MEETING])).stderr).toContain('Unknown document "menu": use pack, list, seating, place-cards, badges.');
    expect((await run(['--document', 'seating', '--event', MEETING, '--paper', 'Letter'])).stderr).toContain('Unknown paper size "Letter": use A4, A3.');
  });
});
