// The interface figures, in Chromium over the large archive (the e2e harness with its database):
// from navigation to the people table shown, and from a keystroke in its filter to the new rows.
// Times are taken inside the page, so they hold what the officer waits for and nothing of Playwright.
import { isRendererBuilt, rendererDir } from '../../electron/tools/headless-chromium';
import type { Page } from 'playwright-core';
import { launchApp } from '../e2e/harness';
import type { Figure } from './figure';
import { withTreePeakMemory } from './memory';
import { archiveFile, timesFigure } from './stats';

const RUNS = 8;
// Letters that narrow the synthetic archive's list (a vowel begins some word of every person's record).
const LETTERS = ['k', 'b', 'l', 't', 'v', 'z', 'i', 'u'];

// The page-side scripts are plain text: tsx names the functions it compiles with a helper that
// does not exist in the page.

/** Navigates to the people list and resolves with the milliseconds until its rows are on screen. */
const SHOW_PEOPLE = `new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('the people table did not show')), 30000);
  const start = performance.now();
  location.hash = '#/people';
  const label = document.querySelector('a[href="#/people"]')?.textContent ?? '';
  const check = () => {
    const table = [...document.querySelectorAll('table')].find((candidate) => candidate.getAttribute('aria-label') === label);
    if (table && table.getAttribute('aria-busy') === 'false' && table.querySelector('tbody tr')) resolve(performance.now() - start);
    else requestAnimationFrame(check);
  };
  check();
})`;

/** Arms a watch on the list filter: window.filtered resolves with the milliseconds from the next keystroke to the changed rows. */
const WATCH_FILTER = `{
  // The table is looked up afresh each frame: the list may render a new one for new rows.
  const paper = () => document.querySelector('main table')?.closest('.mantine-Paper-root');
  const input = paper().querySelector('input');
  input.focus();
  // The rows and the count above them ("1–50 of 3,214"): one of the two changes with any filter.
  const shown = () => paper()?.textContent;
  const before = shown();
  window.filtered = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('the rows did not change: ' + before.slice(0, 60) + ' / ' + shown()?.slice(0, 60) + ' / ' + input.value)), 30000);
    input.addEventListener('keydown', () => {
      const start = performance.now();
      const check = () => {
        const settled = document.querySelector('main table')?.getAttribute('aria-busy') === 'false';
        if (settled && shown() !== before) resolve(performance.now() - start);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, { once: true });
  });
  // The script's value must not be the promise, or evaluate() would wait for it.
  true;
}`;

/**
 * ui_first_table_ms and ui_filter_ms over the archive, and the peak memory with Chromium: in
 * total, and split into the process that plays main (handlers and SQLite, with the bench's
 * Playwright and tsx, which Electron's main doesn't carry) and Chromium's processes; beside them
 * the page's own JavaScript heap.
 */
export async function uiFigures(): Promise<Figure[]> {
  if (!isRendererBuilt(rendererDir())) throw new Error(`build the renderer first (PROTOCOL_DESK_OUT=… npm run build): ${rendererDir()}`);
  const { file } = archiveFile();
  const { result, peakMb, mainMb, chromiumMb, pssMb } = await withTreePeakMemory((recordChildren) => measure(file, recordChildren));
  return [
    ...result.figures,
    { name: 'ui_peak_memory_mb', value: peakMb, unit: 'MB' },
    { name: 'ui_peak_memory_main_mb', value: mainMb, unit: 'MB' },
    { name: 'ui_peak_memory_chromium_mb', value: chromiumMb, unit: 'MB' },
    { name: 'ui_page_heap_mb', value: result.pageHeapMb, unit: 'MB (largest used JS heap sampled)' },
    { name: 'ui_peak_pss_mb', value: pssMb, unit: 'MB (main and Chromium together, shared pages once; sampled)' },
  ];
}

/**
 * The page's used JavaScript heap (CDP's JSHeapUsedSize for the page's main frame), sampled after
 * each step. Garbage V8 hasn't collected yet counts: forcing a collection here would shrink the
 * renderer and so change the peak this bench reads. (Measured once after a forced collection, the
 * page kept 12–13 MB at the full archive.)
 */
async function heapSampler(page: Page): Promise<{ sample(): Promise<void>; largestMb(): number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let largest = 0;
  return {
    async sample() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      largest = Math.max(largest, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
    },
    largestMb: () => Math.round(largest / 2 ** 20),
  };
}

async function measure(file: string, recordChildren: () => void): Promise<{ figures: Figure[]; pageHeapMb: number }> {
  const app = await launchApp({ route: '#/visits', dbFile: file });
  try {
    const { page } = app;
    page.setDefaultTimeout(60_000);
    await page.locator('main table tbody tr').first().waitFor();
    const heap = await heapSampler(page);
    await heap.sample();

    const firstTable: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.evaluate(() => {
        location.hash = '#/visits';
      });
      await page.locator('main table[aria-busy="false"] tbody tr').first().waitFor();
      firstTable.push(await page.evaluate<number>(SHOW_PEOPLE));
      await heap.sample();
    }

    const filtering: number[] = [];
    for (const letter of LETTERS) {
      await page.evaluate("document.querySelector('main table').closest('.mantine-Paper-root').querySelector('input').focus()");
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.waitForFunction(() => document.querySelector('main table')?.getAttribute('aria-busy') === 'false');
      // Past the list's typing pause, so the cleared filter's own reload is over.
      await page.waitForTimeout(400);
      await page.evaluate(WATCH_FILTER);
      await page.keyboard.press(letter);
      filtering.push(await page.evaluate<number>('window.filtered'));
      await heap.sample();
    }
    return { figures: [timesFigure('ui_first_table_ms', firstTable), timesFigure('ui_filter_ms', filtering)], pageHeapMb: heap.largestMb() };
  } finally {
    recordChildren();
    await app.close();
  }
}
