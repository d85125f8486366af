// Each language's alphabetical order, for lists sorted the way their readers expect: in
// Azerbaijani Ə follows E, Ö follows O and Ş follows S, which code-point order (and Chromium
// without Azerbaijani collation data) gets wrong. Both sides use it: the database sorts with it
// (the SQL function alphabetical_key, with an index per language) and the renderer sorts
// short lists (countries) with it, so a list reads in one order wherever it is sorted.
import type { Language } from './common';

const AZERBAIJANI = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz';
const RUSSIAN = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';
const ENGLISH = 'abcdefghijklmnopqrstuvwxyz';

/** The reader's alphabet first; letters of the other scripts follow it, in their own order. */
const ORDER: Record<Language, string[]> = {
  az: [AZERBAIJANI, RUSSIAN],
  ru: [RUSSIAN, ENGLISH],
  en: [ENGLISH, RUSSIAN],
};

// Key characters: separators sort first, then digits, then letters from U+1000 on, then anything
// else behind a marker from the private use area; UTF-8's byte order (SQLite's BINARY collation)
// is then the alphabet's order.
const SEPARATOR = ' ';
const FIRST_LETTER = 0x1000;
const OTHER = '\uF8FF';

function letterCodes(lang: Language): Map<string, string> {
  const codes = new Map<string, string>();
  let next = FIRST_LETTER;
  for (const alphabet of ORDER[lang]) {
    for (const letter of alphabet) if (!codes.has(letter)) codes.set(letter, String.fromCharCode(next++));
  }
  // Russian dictionaries file ё under е.
  const ye = codes.get('е');
  if (ye) codes.set('ё', ye);
  return codes;
}
const CODES: Record<Language, Map<string, string>> = { az: letterCodes('az'), ru: letterCodes('ru'), en: letterCodes('en') };

/** Lower case as the language has it: the Azerbaijani I is the capital of ı, İ the capital of i. */
function lower(text: string, lang: Language): string {
  const composed = text.normalize('NFC');
  return (lang === 'az' ? composed.replaceAll('I', 'ı').replaceAll('İ', 'i') : composed).toLowerCase();
}

/**
 * A key whose plain (binary) order is the text's alphabetical order for a reader of `lang`. A
 * letter outside the reader's alphabets sorts as its letter without accents; anything else
 * after every letter, by code point.
 */
export function alphabeticalKey(lang: Language, text: string): string {
  const codes = CODES[lang];
  let key = '';
  for (const char of lower(text, lang)) {
    if (/[\s\p{P}\p{S}]/u.test(char)) {
      if (!key.endsWith(SEPARATOR)) key += SEPARATOR;
      continue;
    }
    if (/\p{Nd}/u.test(char)) {
      key += char;
      continue;
    }
    key += codes.get(char) ?? codes.get(char.normalize('NFD').replace(/\p{M}/gu, '')) ?? OTHER + char;
  }
  return key.trim();
}

/** Compares two texts in the reader's alphabetical order. */
export const compareAlphabetically = (lang: Language) => (a: string, b: string): number => {
  const [first, second] = [alphabeticalKey(lang, a), alphabeticalKey(lang, b)];
  return first < second ? -1 : first > second ? 1 : 0;
};
