import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textKeys, wordKeys, wordsMeet } from '../../domain/search-key';

describe('the spelling-blind search key', () => {
  it('gives «Гейдаров», "Heydarov" and "Heydərov" one key', () => {
    expect(wordsMeet('Гейдаров', 'Heydarov')).toBe(true);
    expect(wordsMeet('Heydərov', 'Heydarov')).toBe(true);
  });

  it('gives «Кямаледдин», "Kamaladdin" and "Kəmaləddin" one key', () => {
    expect(wordsMeet('Кямаледдин', 'Kamaladdin')).toBe(true);
    expect(wordsMeet('Kəmaləddin', 'Kamaladdin')).toBe(true);
  });

  it('meets «Кудратходжаев» with "Kudratkhodjaev" and the Azerbaijani "Kudratxocayev"', () => {
    expect(wordsMeet('Кудратходжаев', 'Kudratkhodjaev')).toBe(true);
    expect(wordsMeet('Kudratxocayev', 'Kudratkhodjaev')).toBe(true);
    expect(wordsMeet('Qudratxocayev', 'Кудратходжаев')).toBe(true);
  });

  it('meets the usual Azerbaijani surnames across scripts', () => {
    expect(wordsMeet('Мамедов', 'Məmmədov')).toBe(true);
    expect(wordsMeet('Mammadov', 'Məmmədov')).toBe(true);
    expect(wordsMeet('Алиев', 'Əliyev')).toBe(true);
    expect(wordsMeet('Гулиев', 'Quliyev')).toBe(true);
    expect(wordsMeet('Куренков', 'Kurenkov')).toBe(true);
  });

  it('keeps ç apart from c, and drops other accents and case', () => {
    expect(wordsMeet('Çingiz', 'Chingiz')).toBe(true);
    expect(wordsMeet('Çingiz', 'Cingiz')).toBe(false);
    expect(wordsMeet('CAFÉ', 'cafe')).toBe(true);
  });

  it('keeps a typed prefix a prefix of the whole word', () => {
    const begins = (word: string, prefix: string) => wordKeys(word).some((key) => wordKeys(prefix).some((typed) => key.startsWith(typed)));
    expect(begins('Heydarov', 'гейд')).toBe(true);
    expect(begins('Kudratkhodjaev', 'Кудр')).toBe(true);
    expect(begins('Хейдаров', 'Heyd')).toBe(true);
  });

  it('tells different names apart', () => {
    expect(wordsMeet('Heydarov', 'Kurenkov')).toBe(false);
    expect(wordsMeet('Aliyev', 'Valiyev')).toBe(false);
  });

  it('splits a text into word keys and skips punctuation', () => {
    expect(textKeys('Col.-Gen. Kamaladdin HEYDAROV, 2024–2026')).toEqual([
      wordKeys('Col'), wordKeys('Gen'), wordKeys('Kamaladdin'), wordKeys('Heydarov'), ['2024'], ['2026'],
    ]);
    expect(textKeys(' — ')).toEqual([]);
  });

  it('lets Russian ё meet е, and still meet the Azerbaijani ö it often stands for', () => {
    expect(wordsMeet('Ёлкин', 'Елкин')).toBe(true);
    expect(wordsMeet('Семён', 'Семен')).toBe(true);
    expect(wordsMeet('Гёзель', 'Gözəl')).toBe(true);
    expect(wordsMeet('Гёзель', 'Гезель')).toBe(true);
  });

  it('meets an Azerbaijani h whether Russian wrote г or х for it, and keeps x for x', () => {
    for (const russian of ['Гасанов', 'Хасанов']) expect(wordsMeet(russian, 'Həsənov'), russian).toBe(true);
    expect(wordsMeet('Хейдаров', 'Heydərov')).toBe(true);
    expect(wordsMeet('Халилов', 'Xəlilov')).toBe(true);
    expect(wordsMeet('Халилов', 'Khalilov')).toBe(true);
  });

  it('meets Uzbek Latin spellings, with any apostrophe in oʻ and gʻ, and Uzbek Cyrillic', () => {
    for (const apostrophe of ['ʻ', "'", '‘', '’', 'ʼ', '`']) {
      expect(wordsMeet(`Qudratxo${apostrophe}jayev`, 'Кудратходжаев'), apostrophe).toBe(true);
      expect(textKeys(`O${apostrophe}rinboyev G${apostrophe}ulomov`)).toHaveLength(2);
    }
    expect(wordsMeet('Oʻrinboyev', 'Уринбаев')).toBe(true);
    expect(wordsMeet('Gʻulomov', 'Гуломов')).toBe(true);
    expect(wordsMeet('Ўринбоев', 'Oʻrinboyev')).toBe(true);
    expect(wordsMeet('Toshkent', 'Ташкент')).toBe(true);
    expect(wordsMeet('Oʻzbekiston', 'Узбекистан')).toBe(true);
  });

  it('for any Cyrillic word, writing е for each ё leaves a word that meets it', () => {
    const cyrillic = fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщыэюя'), minLength: 1, maxLength: 300 });
    fc.assert(fc.property(cyrillic, (word) => wordKeys(word).length === 0 || wordsMeet(word, word.replaceAll('ё', 'е'))));
  });

  it('gives any word a handful of keys at most, however many ambiguous letters it holds', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('ё', 'х', 'а', 'o', 'ʻ'), maxLength: 300 }), (word) => wordKeys(word).length <= 8));
  });
});
