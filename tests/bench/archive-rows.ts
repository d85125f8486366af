// What every part of the archive writes alike: the moment rows are stamped with, the languages a
// text was entered in, and the instant and date forms the schema checks.
import type { Trio } from './names';
import type { Random } from './random';

/** The archive's "now": visits after it are still being planned. */
export const NOW = '2026-01-15T08:00:00Z';

export const DAY_MS = 24 * 60 * 60 * 1000;

const LANGUAGE_INDEX = { az: 0, ru: 1, en: 2 } as const;

/**
 * Some records carry all three languages, some only the one they were typed in, some that and one
 * more; the office's own key records (`complete`) are always in all three.
 */
export function spelled(rnd: Random, text: Trio, typedIn: keyof typeof LANGUAGE_INDEX, complete = false): [string | null, string | null, string | null] {
  const roll = rnd.next();
  if (complete || roll < 0.6) return [...text];
  const kept = [0, 1, 2].map((index) => index === LANGUAGE_INDEX[typedIn]);
  if (roll >= 0.8) kept[(LANGUAGE_INDEX[typedIn] + 1 + rnd.int(2)) % 3] = true;
  return text.map((value, index) => (kept[index] ? value : null)) as [string | null, string | null, string | null];
}

/** `2025-12-03T06:00:00Z`, as `events.starts_at` holds it. */
export const instant = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** `2025-12-03`, as the date columns hold it. */
export const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
