import fc from 'fast-check';
import { translate, ICAO_DOC_9303 } from 'iuliia';
import { describe, expect, it } from 'vitest';
import { NAME_CONVENTIONS, type NameSpelling } from '../../domain/contract';
import { nameSpellings } from '../../domain/names/conventions';

/** The English spelling a convention gives, or undefined when it offers none. */
const english = (text: string, convention: string) =>
  nameSpellings(text, 'ru').en.find((spelling) => spelling.conventions.includes(convention as never))?.text;

const RUSSIAN_LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const UZBEK_LETTERS = 'абвгдеёжзийклмнопрстуфхчшъэюяўқғҳ';
const word = (letters: string) =>
  fc
    .array(fc.constantFrom(...letters), { minLength: 2, maxLength: 12 })
    .map((chars) => chars.join(''))
    .map((text) => text.slice(0, 1).toLocaleUpperCase('ru') + text.slice(1));
const fullName = (letters: string) => fc.array(word(letters), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

describe('the spellings a Cyrillic name has by convention', () => {
  it('offers an EMERCOM officer his passport spelling beside the usual English one', () => {
    expect(nameSpellings('Александр Куренков', 'ru').en).toEqual([
      { text: 'Alexander Kurenkov', conventions: ['usual'] },
      { text: 'Aleksandr Kurenkov', conventions: ['russianPassport', 'russianCommon', 'uzbekLatin'] },
    ]);
    expect(english('Юлия Щеглова', 'russianPassport')).toBe('Iuliia Shcheglova');
    expect(english('Юлия Щеглова', 'russianCommon')).toBe('Yuliya Shcheglova');
    expect(english('Алексей Объездов', 'russianPassport')).toBe('Aleksei Obieezdov');
    expect(english('Евгений Зиничев', 'russianCommon')).toBe('Yevgeny Zinichev');
  });

  it('spells an Uzbek minister in Uzbek Latin and in both Russian conventions', () => {
    expect(nameSpellings('Шухрат Ходжаев', 'ru').en).toEqual([
      { text: 'Shukhrat Khojayev', conventions: ['usual'] },
      { text: 'Shukhrat Khodzhaev', conventions: ['russianPassport'] },
      { text: 'Shukhrat Khodzhayev', conventions: ['russianCommon'] },
      { text: 'Shuxrat Xojayev', conventions: ['uzbekLatin'] },
    ]);
    expect(english('Шавкат Мирзиёев', 'uzbekLatin')).toBe('Shavkat Mirziyoyev');
    expect(english('Жамшид Ташкентов', 'uzbekLatin')).toBe('Jamshid Tashkentov');
  });

  it('reads the Uzbek letters ў, қ, ғ, ҳ only in Uzbek Latin, and offers no half-Cyrillic spelling', () => {
    expect(nameSpellings('Ўктам Ғуломов', 'ru').en).toEqual([{ text: 'Oʻktam Gʻulomov', conventions: ['uzbekLatin'] }]);
    expect(nameSpellings('Ҳамроев Қодир', 'ru').en).toEqual([{ text: 'Hamroyev Qodir', conventions: ['uzbekLatin'] }]);
    expect(nameSpellings('Ўктам Ғуломов', 'ru').az).toEqual([]);
  });

  it('keeps the one Azerbaijani spelling and the one-way offers of Latin names as before', () => {
    expect(nameSpellings('Шухрат Ходжаев', 'ru').az).toEqual([{ text: 'Şuxrat Xocayev', conventions: ['usual'] }]);
    expect(nameSpellings('Kəmaləddin Heydərov', 'az')).toEqual({
      az: [],
      ru: [{ text: 'Кямаледдин Гейдаров', conventions: ['usual'] }],
      en: [{ text: 'Kamaladdin Heydarov', conventions: ['usual'] }],
    });
  });

  it('keeps words in capitals in capitals', () => {
    expect(english('ХОДЖАЕВ Шухрат', 'russianPassport')).toBe('KHODZHAEV Shukhrat');
    expect(english('ХОДЖАЕВ Шухрат', 'uzbekLatin')).toBe('XOJAYEV Shuxrat');
  });
});

describe('the spellings on offer, for any name', () => {
  const offeredSpellings = (spellings: NameSpelling[]) => spellings.map((spelling) => spelling.text);

  it('are Latin, distinct, name each convention at most once, and offer nothing for the typed language', () => {
    fc.assert(
      fc.property(fc.oneof(fullName(RUSSIAN_LETTERS), fullName(UZBEK_LETTERS)), (name) => {
        const { az, ru, en } = nameSpellings(name, 'ru');
        expect(ru).toEqual([]);
        for (const spellings of [az, en]) {
          const texts = offeredSpellings(spellings);
          expect(new Set(texts).size).toBe(texts.length);
          for (const text of texts) expect(text).not.toMatch(/\p{Script=Cyrillic}/u);
          const conventions = spellings.flatMap((spelling) => spelling.conventions);
          expect(new Set(conventions).size).toBe(conventions.length);
          for (const convention of conventions) expect(NAME_CONVENTIONS).toContain(convention);
        }
      }),
    );
  });

  it('give every Russian name its passport spelling, and ё and е one passport spelling', () => {
    fc.assert(
      fc.property(fullName(RUSSIAN_LETTERS), (name) => {
        expect(english(name, 'russianPassport')).toBe(translate(name, ICAO_DOC_9303));
        expect(english(name.replaceAll('ё', 'е'), 'russianPassport')).toBe(english(name, 'russianPassport'));
      }),
    );
  });

  it('spell word for word, keeping the spaces and hyphens between them', () => {
    const separators = (text: string) => text.replace(/[\p{L}\p{M}]+/gu, 'w');
    fc.assert(
      fc.property(fc.array(word(UZBEK_LETTERS), { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-'), (words, between) => {
        const name = words.join(between);
        for (const spelling of nameSpellings(name, 'ru').en) expect(separators(spelling.text)).toBe(separators(name));
      }),
    );
  });
});
