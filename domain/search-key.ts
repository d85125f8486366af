// One spelling-blind key for a word, whatever the script it was typed in, so that «Гейдаров»,
// "Heydarov" and "Heydərov" meet. No library does this: general transliterators map Cyrillic to
// one Latin spelling (Гейдаров → Geydarov) but don't know that Azerbaijani names reach Russian
// through their own conventions (h → г, ə → а/е/я, c → дж). The key therefore keeps only what all
// three spellings agree on: consonants (in sound classes) and vowels (in four classes), with y
// and soft signs dropped and doubled letters collapsed. A letter that reads two ways (ё, х, the
// Uzbek o and oʻ) gives the word a key for each reading; the index stores them all, and a typed word
// matches if any of its keys does.

/** Cyrillic letters in their common Latin form. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', қ: 'g',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', һ: 'h', ц: 'ts', ч: 'ç',
  ш: 'ş', щ: 'ş', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'u', я: 'a', ә: 'a', ө: 'o', ү: 'u', ў: 'u', ҳ: 'h', і: 'i', ї: 'i', є: 'e',
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

/**
 * Letters that stand for either of two sounds, so a word holding one gets a key each way, the
 * usual reading first: Russian ё is written е in most texts (Ёлкин, Елкин) and stands for
 * Azerbaijani ö (Гёзель, Gözəl); Russian х stands for Azerbaijani x (Халилов, Xəlilov) and, in
 * many passports, for h (Хасанов, Həsənov); an Uzbek Latin o is a Russian а as often as an о
 * (Toshkent, Ташкент; Boboyev, Бабаев), and the Uzbek oʻ a у (Oʻrinboyev, Уринбаев).
 */
const EITHER: Record<string, readonly [string, string]> = { ё: ['е', 'о'], х: ['x', 'h'], o: ['o', 'a'], ŏ: ['u', 'o'] };
/** A word with many such letters keeps the first reading past this many keys. */
const MAX_KEYS_PER_WORD = 8;
/** The Uzbek Latin oʻ and gʻ, written with any of the apostrophes keyboards offer, as one letter each. */
const joinUzbekLetters = (text: string): string =>
  text.replace(/([ogOG])[ʻʼ'‘’`]/g, (_, letter: string) => (letter.toLowerCase() === 'o' ? 'ŏ' : 'ğ'));

/** The word's letters in each reading of its ambiguous letters, the usual reading first. */
function readings(lower: string): string[] {
  let found = [''];
  for (const char of lower) {
    const either = EITHER[char];
    found = either && found.length * 2 <= MAX_KEYS_PER_WORD
      ? found.flatMap((reading) => either.map((letter) => reading + letter))
      : found.map((reading) => reading + (either?.[0] ?? char));
  }
  return found;
}

/** The key of one reading: Cyrillic to Latin, English digraphs to letters, letters to classes. */
function keyOf(reading: string): string {
  let latin = '';
  for (const char of reading) latin += CYRILLIC[char] ?? char;
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

/** The keys of one word, any script in: one, or one per reading of a letter that reads two ways. */
export function wordKeys(word: string): string[] {
  const lower = joinUzbekLetters(word.normalize('NFC')).toLocaleLowerCase('en');
  return [...new Set(readings(lower).map(keyOf))].filter((key) => key.length > 0);
}

/** Whether two words can be one name: some key of the one is a key of the other. */
export const wordsMeet = (one: string, other: string): boolean => wordKeys(one).some((key) => wordKeys(other).includes(key));

/**
 * The words of a text, each as its keys, in order. Punctuation separates words, except the
 * apostrophe of an Uzbek oʻ or gʻ, which belongs to its letter.
 */
export function textKeys(text: string): string[][] {
  return joinUzbekLetters(text)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(wordKeys)
    .filter((keys) => keys.length > 0);
}

/**
 * The keys of several texts (a name in its three languages), each key once, space-separated: what
 * the search index stores. Registered in SQL as search_keys(…) for the index's triggers.
 */
export function searchKeys(...texts: unknown[]): string {
  const keys = new Set<string>();
  for (const text of texts) if (typeof text === 'string') for (const word of textKeys(text)) for (const key of word) keys.add(key);
  return [...keys].join(' ');
}

/**
 * Whether stored keys (searchKeys' text) hold, for every typed word, a key that begins with one of
 * its readings: row by row, what search_index MATCH keysQuery(text) finds among all rows.
 */
export function keysBegin(stored: string, typedWords: readonly (readonly string[])[]): boolean {
  const words = stored.split(' ');
  return typedWords.every((readings) => readings.some((reading) => words.some((word) => word.startsWith(reading))));
}
