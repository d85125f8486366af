// ui_pick_person_ms: from a keystroke in a person picker to its options shown, over the whole
// archive (100,000 people at full size), in Chromium with the e2e harness. The picker is the one
// that adds a person to a visit's delegation; the time is taken inside the page, as for the lists.
import { isRendererBuilt, rendererDir } from '../../electron/tools/headless-chromium';
import { az } from '../../renderer/src/i18n/az';
import { en } from '../../renderer/src/i18n/en';
import { ru } from '../../renderer/src/i18n/ru';
import { launchApp } from '../e2e/harness';
import type { Figure } from './figure';
import { archiveFile, timesFigure } from './stats';

// The first letter of a surname after a pause (the most matches, up to half the archive), then a
// second letter typed right after the first answer (the pause before asking may hold it back).
const LETTERS = ['k', 'b', 'l', 't', 'v', 'z', 'i', 'u', 'm', 'h', 's', 'n'];
const SECOND = 'a';

/**
 * Arms a watch on the focused picker: window.picked resolves with the milliseconds from the next
 * keystroke to the frame that shows its answer. The picker is busy (aria-busy) from the keystroke
 * until the answer is rendered; the first letters of a name can leave the first page as it was, so
 * the options themselves can't tell.
 */
const WATCH_PICK = `{
  const input = document.activeElement;
  const options = () => document.querySelector('[role=listbox]')?.querySelectorAll('[role=option]').length ?? 0;
  window.picked = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('the options did not come: ' + input.value)), 30000);
    input.addEventListener('keydown', () => {
      const start = performance.now();
      let busy = false;
      const watch = new MutationObserver(() => {
        if (input.getAttribute('aria-busy') === 'true') busy = true;
      });
      watch.observe(input, { attributes: true, attributeFilter: ['aria-busy'] });
      const check = () => {
        if (busy && input.getAttribute('aria-busy') === 'false' && options() > 0) {
          watch.disconnect();
          resolve(performance.now() - start);
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, { once: true });
  });
  // The script's value must not be the promise, or evaluate() would wait for it.
  true;
}`;

export async function pickFigures(): Promise<Figure[]> {
  if (!isRendererBuilt(rendererDir())) throw new Error(`build the renderer first (PROTOCOL_DESK_OUT=… npm run build): ${rendererDir()}`);
  const { file } = archiveFile();
  const app = await launchApp({ route: '#/visits', dbFile: file });
  try {
    const { page } = app;
    page.setDefaultTimeout(60_000);
    // The archive's own language, as it is stored: the bench writes nothing to it.
    const settings = await page.evaluate(() => window.api.invoke('settings:get', {}));
    const words = { az, ru, en }[settings.ok ? settings.value.language : 'en'].visitPlan;
    await page.evaluate(() => {
      location.hash = '#/visits/1';
    });
    const box = page.getByRole('combobox', { name: `${words.person} (${words.sides.guest})`, exact: true });
    const settled = () => page.waitForFunction(() => document.activeElement?.getAttribute('aria-busy') === 'false');
    await box.click();
    await settled();

    const times: number[] = [];
    const timeKey = async (key: string) => {
      await page.evaluate(WATCH_PICK);
      await page.keyboard.press(key);
      times.push(await page.evaluate<number>('window.picked'));
    };
    for (const letter of LETTERS) {
      await box.press('Control+A');
      await box.press('Backspace');
      await settled();
      // Past the picker's typing pause, so the next letter is the first after one.
      await page.waitForTimeout(300);
      await timeKey(letter);
      await timeKey(SECOND);
    }
    return [timesFigure('ui_pick_person_ms', times)];
  } finally {
    await app.close();
  }
}
