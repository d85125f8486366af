// The briefing pack's seating plans as they print: the demo office has seated the bilateral
// meeting and the signing of the Uzbek visit, so its pack carries both plans after the programme,
// each with the two ministers in their places, in Russian and in Azerbaijani; the Russian visit,
// where nobody has been seated, has no seating section at all. The pages are rendered to PNG
// under tests/artifacts/briefing/ to be looked at.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOffice } from '../../electron/demo/load';
import { VISIT } from '../../electron/demo/keys';
import { openDatabase } from '../../db/open';
import { exportBriefing, pagesAsPng, pdfInfo, pdfText } from './pdf-tools';

let folder: string;
let dbFile: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'protocol-desk-pack-seating-'));
  dbFile = join(folder, 'office.sqlite');
  const db = openDatabase(dbFile);
  loadDemoOffice({ db, actor: userInfo().username, now: () => new Date('2026-01-15T09:00:00Z'), dataDir: folder });
  db.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function exported(visit: string, lang: string, name: string): Promise<string[]> {
  const out = join(folder, `${name}.pdf`);
  const result = await exportBriefing(['--db', dbFile, '--visit', visit, '--lang', lang, '--marking', 'dsp', '--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  await pagesAsPng(out, name);
  const pages = Number((await pdfInfo(out)).Pages);
  return Promise.all(Array.from({ length: pages }, (_, index) => pdfText(out, index + 1)));
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

const CASES = [
  {
    lang: 'ru',
    title: 'Рассадка',
    programme: 'Программа визита',
    events: ['Двусторонняя встреча с Кямаледдином Гейдаровым', 'Подписание Плана совместных действий'],
    ministers: ['Гейдаров', 'Кудратходжаев'],
  },
  {
    lang: 'az',
    title: 'Oturma planları',
    programme: 'Səfərin proqramı',
    events: ['Kəmaləddin Heydərov ilə ikitərəfli görüş', '2026-2027-ci illər üçün Birgə Fəaliyyət Planının imzalanması'],
    ministers: ['Heydərov', 'Qudratxocayev'],
  },
] as const;

describe.each(CASES)('the Uzbek visit’s pack in $lang', ({ lang, title, programme, events, ministers }) => {
  it('prints the talks and the signing seated, after the programme, with both ministers in their places', async () => {
    const pages = (await exported(VISIT.uzbekistan2025, lang, `pack-seating-${lang}`)).map(flat);
    const programmeAt = pages.findIndex((page) => page.includes(programme));
    const seatingAt = pages.findIndex((page) => page.includes(title));
    expect(programmeAt).toBeGreaterThan(-1);
    expect(seatingAt).toBeGreaterThan(programmeAt);
    for (const event of events) {
      const page = pages.findIndex((text, index) => index >= seatingAt && text.includes(event));
      expect(page, event).toBeGreaterThan(-1);
      for (const minister of ministers) expect(pages[page], `${event}: ${minister}`).toContain(minister);
    }
  });
});

describe('a visit nobody has seated', () => {
  it('has no seating section', async () => {
    const pages = await exported(VISIT.russia2024, 'ru', 'pack-unseated-ru');
    expect(pages.join(' ')).not.toContain('Рассадка');
  });
});
