// Lists sort by the reader's alphabet: in Azerbaijani Ə after E, Ö after O, Ş after S; in
// Russian ё with е. Checked on the key itself, on every pair of letters by property, and through
// the app's own list handler with the index it must use.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAlphabetically, type Language } from '../../domain/contract';
import { call, openTestOffice } from '../api/test-context';
import { uzMes } from '../api/office';
import { localizedSortKey } from '../../db/localized';

const sorted = (lang: Language, words: string[]) => [...words].sort(compareAlphabetically(lang));

describe('alphabetical order', () => {
  it('puts Ə after E, Ö after O and Ş after S in Azerbaijani, and I before İ as ı before i', () => {
    expect(sorted('az', ['Özbəkistan', 'Rusiya', 'Polşa', 'Rəqəmsal', 'Oman', 'Şəki', 'Sumqayıt', 'Tovuz', 'Ermənistan', 'Əfqanıstan', 'Fransa']))
      .toEqual(['Ermənistan', 'Əfqanıstan', 'Fransa', 'Oman', 'Özbəkistan', 'Polşa', 'Rəqəmsal', 'Rusiya', 'Sumqayıt', 'Şəki', 'Tovuz']);
    expect(sorted('az', ['İsmayılov', 'Işıqlı', 'Hüseynov', 'Xəlilov'])).toEqual(['Hüseynov', 'Xəlilov', 'Işıqlı', 'İsmayılov']);
  });

  it('files ё with е in Russian, and puts Latin names after Cyrillic ones', () => {
    expect(sorted('ru', ['Ёлкин', 'Жуков', 'Елисеев', 'Ellis', 'Абрамов'])).toEqual(['Абрамов', 'Елисеев', 'Ёлкин', 'Жуков', 'Ellis']);
  });

  it('orders whole words first, and numbers before letters', () => {
    expect(sorted('en', ['Ali Zeynalov', 'Aliyev', '2026 plan', 'Ali'])).toEqual(['2026 plan', 'Ali', 'Ali Zeynalov', 'Aliyev']);
  });

  it('for any two Azerbaijani words, follows the alphabet letter by letter', () => {
    const alphabet = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz';
    const word = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 300 });
    const byAlphabet = (a: string, b: string) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const difference = alphabet.indexOf(a[i]!) - alphabet.indexOf(b[i]!);
        if (difference !== 0) return Math.sign(difference);
      }
      return Math.sign(a.length - b.length);
    };
    fc.assert(fc.property(word, word, (a, b) => compareAlphabetically('az')(a, b) === byAlphabet(a, b)));
  });

  it('is how the organisations list sorts, reading its name index in order', async () => {
    const ctx = openTestOffice();
    for (const az of ['Rusiya FHN', 'Rəqəmsal İnkişaf Nazirliyi', 'Özbəkistan FHN', 'Polşa Daxili İşlər Nazirliyi', 'Ermənistan', 'Əfqanıstan']) {
      await call(ctx, 'organizations:save', { ...uzMes(), name: { az, ru: null, en: null } });
    }
    const page = await call(ctx, 'organizations:list', { sort: { column: 'name', direction: 'asc' }, lang: 'az' });
    expect(page.rows.map((row) => row.name.az)).toEqual([
      'Ermənistan', 'Əfqanıstan', 'Özbəkistan FHN', 'Polşa Daxili İşlər Nazirliyi', 'Rəqəmsal İnkişaf Nazirliyi', 'Rusiya FHN',
    ]);
    const plan = ctx.db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM organizations ORDER BY ${localizedSortKey('name', 'az')}`)
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toContain('organizations_sort_az');
  });
});
