// A person's name in parts: the running form and the surname-first form composed from them, and
// the rule that split names stored whole (migration 0014) and still splits names given whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listedName, runningName, splitRunningName, type NameInOneLanguage } from '../../domain/contract';

const name = (surname: string | null, givenName: string | null, patronymic: string | null = null): NameInOneLanguage => ({
  surname,
  givenName,
  patronymic,
});

describe('the parts of a stored name', () => {
  it('takes the last word for the surname and the words before for the given names', () => {
    expect(splitRunningName('Kamaladdin Heydarov')).toEqual(name('Heydarov', 'Kamaladdin'));
    expect(splitRunningName('Кямаледдин Гейдаров')).toEqual(name('Гейдаров', 'Кямаледдин'));
    expect(splitRunningName('Mohammed bin Salman')).toEqual(name('Salman', 'Mohammed bin'));
    expect(splitRunningName('Heydərov-İsmayılov')).toEqual(name('Heydərov-İsmayılov', null));
    expect(splitRunningName(null)).toEqual(name(null, null));
  });

  it('finds a Russian patronymic in the middle of three words, and the Azerbaijani oğlu / qızı', () => {
    expect(splitRunningName('Александр Вячеславович Куренков')).toEqual(name('Куренков', 'Александр', 'Вячеславович'));
    expect(splitRunningName('Ирина Петровна Волк')).toEqual(name('Волк', 'Ирина', 'Петровна'));
    expect(splitRunningName('Kəmaləddin Fərrux oğlu Heydərov')).toEqual(name('Heydərov', 'Kəmaləddin', 'Fərrux oğlu'));
    expect(splitRunningName('Leyla Mahir qızı Əliyeva')).toEqual(name('Əliyeva', 'Leyla', 'Mahir qızı'));
    // Two words have no room for a patronymic; Latin -ich alone is a given name (Ulrich).
    expect(splitRunningName('Petrovich Ivanov')).toEqual(name('Ivanov', 'Petrovich'));
    expect(splitRunningName('Hans Ulrich Meier')).toEqual(name('Meier', 'Hans Ulrich'));
  });

  it('lists surname first with the patronymic, and runs given name first', () => {
    const kurenkov = name('Куренков', 'Александр', 'Вячеславович');
    expect(listedName(kurenkov)).toBe('Куренков, Александр Вячеславович');
    expect(runningName(kurenkov)).toBe('Александр Вячеславович Куренков');
    expect(listedName(name('Heydarov', null))).toBe('Heydarov');
    expect(listedName(name(null, 'Kamaladdin'))).toBe('Kamaladdin');
    expect(listedName(name(null, null))).toBeNull();
  });
});

// Words as names are written: a capital, then letters; none of them a patronymic by itself.
const letters = 'абвгдежзклмнопрстуфяabcdefgklmnoprstuvzəöüşçğı';
const plainWord = fc
  .array(fc.constantFrom(...letters), { minLength: 2, maxLength: 10 })
  .map((chars) => chars.join(''))
  .filter((word) => !/(ич|вна|ична|ovich|evich|ovna|evna|ichna|oviç|eviç)$/iu.test(word) && !/^(oğlu|qızı)$/u.test(word))
  .map((word) => word.slice(0, 1).toLocaleUpperCase() + word.slice(1));
const patronymic = fc.oneof(
  fc.constant(null),
  fc.constantFrom('Вячеславович', 'Магомедовна', 'Ильич', 'Petrovich', 'Kuzminichna'),
  plainWord.chain((father) => fc.constantFrom(`${father} oğlu`, `${father} qızı`)),
);
const parts = fc.record({
  surname: plainWord,
  givenName: fc.array(plainWord, { minLength: 1, maxLength: 2 }).map((words) => words.join(' ')),
  patronymic,
});

describe('names composed and split, for any name', () => {
  it('split back into the parts they were composed from', () => {
    fc.assert(
      fc.property(parts, (name) => {
        expect(splitRunningName(runningName(name))).toEqual(name);
      }),
    );
  });

  it('compose back into the text they were split from, whatever the text', () => {
    const text = fc.array(plainWord, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, (running) => {
        expect(runningName(splitRunningName(running))).toBe(running);
      }),
    );
  });

  it('are listed surname first, with every part once', () => {
    fc.assert(
      fc.property(parts, (name) => {
        const listed = listedName(name) ?? '';
        expect(listed.startsWith(`${name.surname}, ${name.givenName}`)).toBe(true);
        expect(listed.split(/[ ,]+/u).sort()).toEqual((runningName(name) ?? '').split(' ').sort());
      }),
    );
  });
});
