// The name badges of the Uzbek minister's visit as they leave the building: exported headlessly
// with `npm run export-briefing -- --document badges`, read back with poppler, and rendered to PNG
// to be looked at. Each badge gives the bearer's name in their own side's language and, under it,
// in the other script.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOffice } from '../../electron/demo/load';
import { openDatabase } from '../../db/open';
import { exportBriefing, pagesAsPng, pdfFonts, pdfInfo, pdfText } from './pdf-tools';

/** The Uzbek minister's visit, 2–5 December 2025 (electron/demo/visit-uzbekistan.ts). */
const VISIT = 'de700000-0004-4000-8000-000000000001';

let folder: string;
let dbFile: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'protocol-desk-badges-'));
  dbFile = join(folder, 'office.sqlite');
  const db = openDatabase(dbFile);
  loadDemoOffice({ db, actor: userInfo().username, now: () => new Date('2026-01-15T09:00:00Z'), dataDir: folder });
  db.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function exported(lang: string, side: string): Promise<string> {
  const out = join(folder, `badges-${side}-${lang}.pdf`);
  const result = await exportBriefing(['--db', dbFile, '--visit', VISIT, '--document', 'badges', '--side', side, '--lang', lang, '--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  await pagesAsPng(out, `badges-${side}-${lang}`);
  return out;
}

const words = async (file: string) => (await pdfText(file)).replace(/\s+/g, ' ');

describe('the name badges of the Uzbek visit', () => {
  it('give the delegation their names in Russian with the Latin form under them, on one A4 sheet', async () => {
    const pdf = await exported('az', 'guest');
    const info = await pdfInfo(pdf);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)$/);
    const text = await words(pdf);
    for (const expected of ['Кудратходжаев', 'Qudratxocayev', 'NÜMAYƏNDƏ HEYƏTİNİN RƏHBƏRİ', 'Özbəkistan FHN']) expect(text).toContain(expected);
    // Only the delegation: our minister has no badge here.
    expect(text).not.toContain('Heydərov');
    expect((await pdfFonts(pdf)).filter((font) => !font.embedded)).toEqual([]);
  });

  it('give our side their names in Azerbaijani with the Russian form under them', async () => {
    const pdf = await exported('ru', 'host');
    const text = await words(pdf);
    for (const expected of ['Heydərov', 'Гейдаров', 'ГЛАВА ДЕЛЕГАЦИИ', 'Министерство по чрезвычайным ситуациям Азербайджанской Республики']) expect(text).toContain(expected);
    expect(text).not.toContain('Кудратходжаев');
    // A badge is worn: no marking and no page numbers.
    expect(text).not.toMatch(/Страница|Для служебного/);
  });

  it('print both sides together, the delegation first', async () => {
    const pdf = await exported('ru', 'both');
    const text = await words(pdf);
    expect(text.indexOf('Кудратходжаев')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Кудратходжаев')).toBeLessThan(text.indexOf('Heydərov'));
  });
});

describe('the exporter explains what badges take', () => {
  it('names a side it does not know and a paper badges are not laid out for', async () => {
    const run = (args: string[]) => exportBriefing(['--db', dbFile, '--visit', VISIT, '--lang', 'ru', '--out', join(folder, 'x.pdf'), '--document', 'badges', ...args]);
    const side = await run(['--side', 'press']);
    expect(side.code).not.toBe(0);
    expect(side.stderr).toContain('Unknown side "press": use guest, host, both.');
    expect(side.stderr).toContain('--document pack|list|seating|place-cards|badges');
    expect((await run(['--paper', 'Letter'])).stderr).toContain('Unknown paper size "Letter": use A4.');
  });
});
