// Measuring printed text before it is laid out, so a name is set in the largest size that fits
// its place rather than cut or run over: the seating chart's seats and the place cards.
import { fitName } from '../features/programme/seating-geometry';

export const PRINT_FONT = "'Noto Sans', sans-serif";

let context: CanvasRenderingContext2D | null | undefined;

/** A text's width in CSS pixels, set in Noto Sans at `sizePx`. */
export function measureText(text: string, sizePx: number, weight = 400): number {
  // Outside a browser (the pack rendered to markup by the tests) there is no document to measure in.
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  // Without a canvas, a generous estimate: a smaller name rather than one that runs over.
  if (!context) return text.length * sizePx * 0.62;
  context.font = `${weight} ${sizePx}px ${PRINT_FONT}`;
  return context.measureText(text).width;
}

/**
 * Waits for Noto Sans in both weights and in every script a name may be written in: a canvas
 * measures with whatever font is loaded, and the bundled one loads only once text asks for it.
 */
export async function printFontsLoaded(): Promise<void> {
  const sample = 'Aa Əə Şş Ğğ Аа Яя';
  await Promise.all(['400', '600'].map((weight) => document.fonts.load(`${weight} 16px 'Noto Sans'`, sample).catch(() => [])));
}

export interface FittedText {
  sizePx: number;
  lines: string[];
}

/**
 * The largest of `sizes` (descending, in CSS pixels) at which `text` fits `width` in the lines
 * each size allows, words kept whole. Past the smallest, `cut` ends it in an ellipsis there (a
 * seat on the chart has no more room), `wrap` keeps every letter in one block for the page to
 * break where it must (a place card must show the whole name).
 */
export function largestFit(
  text: string,
  width: number,
  sizes: readonly { sizePx: number; lines: number }[],
  options: { weight: number; overflow: 'cut' | 'wrap' },
): FittedText {
  const fitAt = (sizePx: number, lines: number) => fitName(text, width, (part) => measureText(part, sizePx, options.weight), lines);
  for (const { sizePx, lines } of sizes) {
    const fitted = fitAt(sizePx, lines);
    if (!fitted.cut) return { sizePx, lines: fitted.lines };
  }
  const smallest = sizes.at(-1) ?? { sizePx: 12, lines: 2 };
  return { sizePx: smallest.sizePx, lines: options.overflow === 'cut' ? fitAt(smallest.sizePx, smallest.lines).lines : [text] };
}
