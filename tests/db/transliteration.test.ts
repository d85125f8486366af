import { describe, expect, it } from 'vitest';
import { transliterateName } from '../../domain/names/transliteration';
import { wordsMeet } from '../../domain/search-key';

describe('names offered in the other two scripts', () => {
  it('turns «Кямаледдин Гейдаров» into Kəmaləddin Heydərov and Kamaladdin Heydarov', () => {
    expect(transliterateName('Кямаледдин Гейдаров', 'ru')).toEqual({
      az: 'Kəmaləddin Heydərov',
      ru: 'Кямаледдин Гейдаров',
      en: 'Kamaladdin Heydarov',
    });
  });

  it('gives the same three forms whichever script the name was typed in', () => {
    const fromRussian = transliterateName('Кямаледдин Гейдаров', 'ru');
    expect(transliterateName('Kəmaləddin Heydərov', 'az')).toEqual(fromRussian);
    expect(transliterateName('Kamaladdin Heydarov', 'en')).toEqual(fromRussian);
  });

  it('composes surnames on a known name, male and female, in word order as typed', () => {
    expect(transliterateName('Əliyeva Leyla', 'az')).toEqual({ az: 'Əliyeva Leyla', ru: 'Алиева Лейла', en: 'Aliyeva Leyla' });
    expect(transliterateName('Гусейнов', 'ru').az).toBe('Hüseynov');
    expect(transliterateName('Abdullayev', 'en').ru).toBe('Абдуллаев');
  });

  it('uses the settled English form of Russian names and spells the rest letter by letter', () => {
    expect(transliterateName('Александр Куренков', 'ru')).toEqual({
      az: 'Aleksandr Kurenkov',
      ru: 'Александр Куренков',
      en: 'Alexander Kurenkov',
    });
    expect(transliterateName('Щукин', 'ru').en).toBe('Shchukin');
    expect(transliterateName('Вячеславович', 'ru').az).toBe('Vyaçeslavoviç');
  });

  it('follows the Russian conventions for Azerbaijani sounds when spelling unknown names', () => {
    expect(transliterateName('Гянджа', 'ru')).toMatchObject({ en: 'Ganja' });
    expect(transliterateName('Qasımov', 'az').ru).toBe('Гасымов');
    expect(transliterateName('Xocalı', 'az')).toMatchObject({ ru: 'Ходжалы', en: 'Khojali' });
    expect(transliterateName('Şəmkir', 'az').en).toBe('Shamkir');
  });

  it('keeps punctuation, hyphens and capitals, and the typed text exactly', () => {
    expect(transliterateName('МЧС России', 'ru')).toEqual({ az: 'MÇS Rossii', ru: 'МЧС России', en: 'MCHS Rossii' });
    expect(transliterateName('Heydərov-İsmayılov', 'az').en).toBe('Heydarov-Ismayilov');
    expect(transliterateName('  Gülnarə  ', 'az').az).toBe('  Gülnarə  ');
  });

  it('round-trips letter-by-letter names back to the same word key', () => {
    for (const name of ['Куренков', 'Ботир', 'Кудратходжаев', 'Назарбаев', 'Шойгу']) {
      const { az, en } = transliterateName(name, 'ru');
      expect(wordsMeet(az, name)).toBe(true);
      expect(wordsMeet(en, name)).toBe(true);
      expect(wordsMeet(transliterateName(az, 'az').ru, name)).toBe(true);
    }
  });
});
