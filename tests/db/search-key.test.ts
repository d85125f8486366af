import { describe, expect, it } from 'vitest';
import { textKeys, wordKey } from '../../db/search-key';

describe('the spelling-blind search key', () => {
  it('gives «Гейдаров», "Heydarov" and "Heydərov" one key', () => {
    expect(wordKey('Гейдаров')).toBe(wordKey('Heydarov'));
    expect(wordKey('Heydərov')).toBe(wordKey('Heydarov'));
  });

  it('gives «Кямаледдин», "Kamaladdin" and "Kəmaləddin" one key', () => {
    expect(wordKey('Кямаледдин')).toBe(wordKey('Kamaladdin'));
    expect(wordKey('Kəmaləddin')).toBe(wordKey('Kamaladdin'));
  });

  it('meets «Кудратходжаев» with "Kudratkhodjaev" and the Azerbaijani "Kudratxocayev"', () => {
    expect(wordKey('Кудратходжаев')).toBe(wordKey('Kudratkhodjaev'));
    expect(wordKey('Kudratxocayev')).toBe(wordKey('Kudratkhodjaev'));
    expect(wordKey('Qudratxocayev')).toBe(wordKey('Кудратходжаев'));
  });

  it('meets the usual Azerbaijani surnames across scripts', () => {
    expect(wordKey('Мамедов')).toBe(wordKey('Məmmədov'));
    expect(wordKey('Mammadov')).toBe(wordKey('Məmmədov'));
    expect(wordKey('Алиев')).toBe(wordKey('Əliyev'));
    expect(wordKey('Гулиев')).toBe(wordKey('Quliyev'));
    expect(wordKey('Куренков')).toBe(wordKey('Kurenkov'));
  });

  it('keeps ç apart from c, and drops other accents and case', () => {
    expect(wordKey('Çingiz')).toBe(wordKey('Chingiz'));
    expect(wordKey('Çingiz')).not.toBe(wordKey('Cingiz'));
    expect(wordKey('CAFÉ')).toBe(wordKey('cafe'));
  });

  it('keeps a typed prefix a prefix of the whole word', () => {
    expect(wordKey('Heydarov').startsWith(wordKey('гейд'))).toBe(true);
    expect(wordKey('Kudratkhodjaev').startsWith(wordKey('Кудр'))).toBe(true);
  });

  it('tells different names apart', () => {
    expect(wordKey('Heydarov')).not.toBe(wordKey('Kurenkov'));
    expect(wordKey('Aliyev')).not.toBe(wordKey('Valiyev'));
  });

  it('splits a text into word keys and skips punctuation', () => {
    expect(textKeys('Col.-Gen. Kamaladdin HEYDAROV, 2024–2026')).toEqual([
      wordKey('Col'), wordKey('Gen'), wordKey('Kamaladdin'), wordKey('Heydarov'), '2024', '2026',
    ]);
    expect(textKeys(' — ')).toEqual([]);
  });
});
