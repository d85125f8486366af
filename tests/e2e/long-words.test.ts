// A 300-letter word (a name pasted without spaces, a long compound) in a delegate's position, an
// event's title and a venue's address: the briefing pack keeps every letter inside the page, in
// Russian and Azerbaijani, and the interface keeps it inside its table, with nothing cut off.
import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOffice } from '../../electron/demo/load';
import { VISIT } from '../../electron/demo/keys';
import { idByUuid } from '../../db/rows';
import { launchApp, type LaunchedApp } from './harness';
import { pagesAsPng } from './pdf-tools';

const run = promisify(execFile);
const NOW = new Date('2026-01-15T09:00:00Z');
const LONG = { ru: `Чрезвычайно${'длинноеслово'.repeat(24)}`, az: `Fövqəladə${'uzunsözçük'.repeat(29)}` };

let app: LaunchedApp;
let visitId: number;

beforeAll(async () => {
  app = await launchApp({ now: () => NOW });
  loadDemoOffice({ db: app.db, actor: 'e2e-officer', now: () => NOW, dataDir: dirname(app.dbFile) });
  visitId = idByUuid(app.db, 'visits', VISIT.uzbekistan2025)!;
  const guest = app.db.prepare("SELECT person_id FROM visit_members WHERE visit_id = ? AND side = 'guest' ORDER BY sort_order LIMIT 1").pluck().get(visitId);
  app.db.prepare('UPDATE people SET position_ru = ?, position_az = ?, name_ru = ?, name_az = ? WHERE id = ?').run(LONG.ru, LONG.az, LONG.ru, LONG.az, guest);
  app.db.prepare('UPDATE events SET title_ru = ?, title_az = ? WHERE id = (SELECT min(id) FROM events WHERE visit_id = ?)').run(LONG.ru, LONG.az, visitId);
  app.db.prepare('UPDATE venues SET address_ru = ? WHERE id = (SELECT venue_id FROM events WHERE visit_id = ? AND venue_id IS NOT NULL LIMIT 1)').run(LONG.ru, visitId);
});
afterAll(async () => {
  await app?.close();
});

interface PdfWord {
  page: number;
  xMax: number;
  pageWidth: number;
  text: string;
}

/** Every word poppler finds, with its right edge and its page's width (pdftotext -bbox). */
async function wordsOf(file: string): Promise<PdfWord[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const line of stdout.split('\n')) {
    const opened = /<page width="([\d.]+)"/.exec(line);
    if (opened) {
      page += 1;
      pageWidth = Number(opened[1]);
    }
    const word = /<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line);
    if (word) words.push({ page, xMax: Number(word[1]), pageWidth, text: word[2] ?? '' });
  }
  return words;
}

describe('a 300-letter word', () => {
  for (const lang of ['ru', 'az'] as const) {
    it(`stays whole and inside the page in the ${lang} briefing pack`, async () => {
      const exported = (await app.page.evaluate(
        (job) => window.api.invoke('briefing:exportPdf', job),
        { document: 'pack' as const, visitId, lang, marking: 'none' as const },
      )) as { ok: boolean; value: { path: string } };
      expect(exported.ok).toBe(true);
      await pagesAsPng(exported.value.path, `long-words-${lang}`);
      const words = await wordsOf(exported.value.path);
      const outside = words.filter((word) => word.xMax > word.pageWidth - 20);
      expect(outside.map((word) => `p${word.page}: ${word.text.slice(0, 40)}… ends at ${word.xMax} of ${word.pageWidth}`)).toEqual([]);
      // Broken over lines, every letter is still there: the word appears whole once the breaks are joined.
      const joined = words.map((word) => word.text).join('');
      expect(joined).toContain(LONG[lang]);
    });
  }

  it('stays inside the people table and the page in the interface', async () => {
    await app.page.evaluate(() => window.api.invoke('settings:save', { language: 'ru' }));
    await app.page.goto(`${app.origin}/index.html#/people`);
    await app.page.reload();
    const cell = app.page.getByRole('cell', { name: LONG.ru.slice(0, 30) }).first();
    await cell.waitFor();
    // Every letter of the word is drawn inside its table's box, and every column inside it too.
    const overflow = await app.page.evaluate((start) => {
      const table = document.querySelector('table')!;
      const box = (table.parentElement ?? table).getBoundingClientRect();
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      const past: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.startsWith(start)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.right > box.right + 1) past.push(`text to ${Math.round(rect.right)} of ${Math.round(box.right)}`);
      }
      for (const cell of table.querySelectorAll('th, td')) {
        const right = cell.getBoundingClientRect().right;
        if (right > box.right + 1) past.push(`column to ${Math.round(right)} of ${Math.round(box.right)}`);
      }
      return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, past };
    }, LONG.ru.slice(0, 30));
    expect(overflow).toEqual({ page: 0, past: [] });
    await app.screenshot('long-words-people-ru');
  });
});
