import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, wholeWords } from '../../electron/api/export-file-name';

describe('the name an export suggests', () => {
  it('keeps whole words of a long title, in the document’s language', () => {
    const title = { az: null, ru: 'Визит министра по чрезвычайным ситуациям Республики Узбекистан генерал-майора Ботира Кудратходжаева', en: 'Visit' };
    expect(exportFileName(title, 'ru', 'cars', 'csv')).toBe('Визит министра по чрезвычайным ситуациям Республики Узбекистан генерал-майора - Список автомобилей.csv');
    expect(exportFileName(title, 'az', 'pack', 'pdf')).toBe('Visit - Səfər üzrə arayış materialları.pdf');
    expect(exportFileName({ az: 'a/b:c*?"<>|', ru: null, en: null }, 'az', 'rooming', 'pdf')).not.toMatch(/[\\/:*?"<>|]/);
  });

  it('for any text, cuts only between words, unless one word is longer than the room', () => {
    fc.assert(
      // Titles arrive trimmed, their words one space apart.
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('а', 'ə', 'x'), minLength: 1, maxLength: 30 }), { maxLength: 30 }), fc.integer({ min: 1, max: 120 }), (words, length) => {
        const text = words.join(' ');
        const cut = wholeWords(text, length);
        if (!text.startsWith(cut) || cut.length > length) return false;
        const firstWordTooLong = (words[0]?.length ?? 0) > length;
        return firstWordTooLong ? cut.length === length : [undefined, ' '].includes(text[cut.length]);
      }),
    );
  });
});
