// One spelling-blind key for a word, whatever the script it was typed in, so that «Гейдаров»,
// "Heydarov" and "Heydərov" meet. No library does this: general transliterators map Cyrillic to
// one Latin spelling (Гейдаров → Geydarov) but don't know that Azerbaijani names reach Russian
// through their own conventions (h → г, ə → а/е/я, c → дж). The key therefore keeps only what all
// three spellings agree on: consonants (in sound classes) and vowels (in four classes), with y
// and soft signs dropped and doubled letters collapsed.

/** Cyrillic letters in their common Latin form. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'o', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', қ: 'g',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', һ: 'h', ц: 'ts', ч: 'ç',
  ш: 'ş', щ: 'ş', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'u', я: 'a', ә: 'a', ө: 'o', ү: 'u', і: 'i', ї: 'i', є: 'e',
};

/** English spellings of sounds Azerbaijani writes with one letter. Longest first. */
const ENGLISH_DIGRAPHS: [RegExp, string][] = [
  [/dzh|dj/g, 'j'],
  [/kh/g, 'x'],
  [/zh/g, 'j'],
  [/sh/g, 'ş'],
  [/ch/g, 'ç'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
];

/** Sound classes: letters that the three spellings of one name swap for each other. */
const CLASSES: Record<string, string> = {
  a: 'a', ə: 'a', e: 'a', ä: 'a',
  i: 'i', ı: 'i',
  o: 'o', ö: 'o',
  u: 'u', ü: 'u',
  // Azerbaijani h, q and ğ arrive in Russian as г, and г in English as g or h; an Uzbek q
  // (Qudratxocayev) arrives as к, so k joins them too.
  h: 'g', q: 'g', ğ: 'g', g: 'g', k: 'g',
  // Azerbaijani c and j, Russian ж and дж, English j: one class.
  c: 'j', j: 'j',
  ş: 's', s: 's', ç: 'c', x: 'x', w: 'v', y: '',
};

/** The key of one word: lower case, any script in, classes out. */
export function wordKey(word: string): string {
  const lower = word.normalize('NFC').toLocaleLowerCase('en');
  let latin = '';
  for (const char of lower) latin += CYRILLIC[char] ?? char;
  // A Cyrillic д before ж (дж) is one sound, the same as Azerbaijani c.
  latin = latin.replace(/dj/g, 'j');
  for (const [pattern, sound] of ENGLISH_DIGRAPHS) latin = latin.replace(pattern, sound);
  let key = '';
  for (const char of latin) {
    // Azerbaijani letters have their own class (ç is not c); any other accent is dropped.
    const letter = char in CLASSES ? char : char.normalize('NFD').replace(/\p{M}/gu, '');
    const sound = CLASSES[letter] ?? letter;
    if (!/^[\p{L}\p{N}]+$/u.test(sound)) continue;
    if (!key.endsWith(sound)) key += sound;
  }
  return key;
}

/** The words of a text, each as its key, in order; punctuation separates words. */
export function textKeys(text: string): string[] {
  return text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(wordKey)
    .filter((key) => key.length > 0);
}

/**
 * The keys of several texts (a name in its three languages), each key once, space-separated: what
 * the search index stores. Registered in SQL as search_keys(…) for the index's triggers.
 */
export function searchKeys(...texts: unknown[]): string {
  const keys = new Set<string>();
  for (const text of texts) if (typeof text === 'string') for (const key of textKeys(text)) keys.add(key);
  return [...keys].join(' ');
}
