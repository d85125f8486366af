// A person's name is kept in parts, per language: surname, given name(s) and patronymic (Russian
// отчество «Магомедович», Azerbaijani "Mahir oğlu" / "Mahir qızı"; English usually none). Every
// other form is composed here, in one place: the running form ("Kamaladdin Heydarov", what
// `name_*` holds, what search keys and sort keys read) and the listed form, surname first
// ("Heydarov, Kamaladdin"), for columns whose header says so and for formal documents.
import { z } from 'zod';
import { FALLBACK_ORDER, LANGUAGES, LocalizedText, RequiredLocalizedText, type Language } from './common';

export const PersonNameParts = z
  .object({ surname: LocalizedText(100), givenName: LocalizedText(100), patronymic: LocalizedText(100) })
  .strict()
  .refine((parts) => LANGUAGES.some((lang) => parts.surname[lang] !== null || parts.givenName[lang] !== null), {
    message: 'validation.atLeastOneLanguage',
    path: ['surname'],
  });
export type PersonNameParts = z.output<typeof PersonNameParts>;

/** One language's parts of a name. */
export interface NameInOneLanguage {
  surname: string | null;
  givenName: string | null;
  patronymic: string | null;
}

const joined = (words: Array<string | null>, between: string): string | null => {
  const present = words.filter((word): word is string => word !== null && word !== '');
  return present.length === 0 ? null : present.join(between);
};

/** "Kamaladdin Heydarov", «Александр Петрович Куренков»: given name, patronymic, surname. */
export const runningName = (name: NameInOneLanguage): string | null => joined([name.givenName, name.patronymic, name.surname], ' ');

/** "Heydarov, Kamaladdin", «Куренков, Александр Петрович»: surname first, as lists and documents write it. */
export function listedName(name: NameInOneLanguage): string | null {
  const rest = joined([name.givenName, name.patronymic], ' ');
  return joined([name.surname, rest], ', ');
}

/** The parts of a name in one language. */
export const inLanguage = (parts: PersonNameParts, lang: Language): NameInOneLanguage => ({
  surname: parts.surname[lang],
  givenName: parts.givenName[lang],
  patronymic: parts.patronymic[lang],
});

/** The parts in the reader's language, or in the first other language that has the name. */
export function inReadersLanguage(parts: PersonNameParts, lang: Language): NameInOneLanguage {
  const given = FALLBACK_ORDER[lang].find((candidate) => parts.surname[candidate] !== null || parts.givenName[candidate] !== null);
  return inLanguage(parts, given ?? lang);
}

/** Given name and surname, without the patronymic: what a portrait's initials are taken from. */
export const shortName = (name: NameInOneLanguage): string => runningName({ ...name, patronymic: null }) ?? '';

/** Each language's form of a name, e.g. `composed(parts, runningName)` is `{ az, ru, en }`. */
export const composed = (parts: PersonNameParts, form: (name: NameInOneLanguage) => string | null): LocalizedText => ({
  az: form(inLanguage(parts, 'az')),
  ru: form(inLanguage(parts, 'ru')),
  en: form(inLanguage(parts, 'en')),
});

// Russian patronymics end in -вич / -вна, -ич / -ична (Петрович, Petrovich, Petroviç, Kuzminichna).
// Latin -ich alone is left out: Ulrich and Dietrich are given names.
const RUSSIAN_PATRONYMIC = /(ович|евич|ич|овна|евна|ична|ovich|evich|ovna|evna|ichna|oviç|eviç)$/iu;
// Azerbaijani and Uzbek patronymics are the father's name and "son of" / "daughter of".
const SON_OR_DAUGHTER = /^(oğlu|qızı|oglu|gizi|qizi|oʻgʻli|o'g'li|ogli|оглы|кызы)$/iu;

/**
 * The parts of a name written as running text, given name first, as names were stored before
 * they had parts (migration 0014) and as tools and demo data still give them: the last word is
 * the surname; a father's name with oğlu / qızı before it, or a Russian patronymic (-ович, -овна)
 * as the middle of three or more words, is the patronymic; the words before are the given names.
 * One word is a surname. Composing the parts again gives the same text (`runningName`).
 */
export function splitRunningName(text: string | null): NameInOneLanguage {
  const words = (text ?? '').split(/\s+/u).filter((word) => word !== '');
  const surname = words.pop() ?? null;
  let patronymic: string[] = [];
  if (words.length >= 3 && SON_OR_DAUGHTER.test(words.at(-1) ?? '')) patronymic = words.splice(-2);
  else if (words.length >= 2 && RUSSIAN_PATRONYMIC.test(words.at(-1) ?? '')) patronymic = words.splice(-1);
  return { surname, givenName: joined(words, ' '), patronymic: joined(patronymic, ' ') };
}

/** A name given as running text in each language, in parts. */
export function splitRunningNames(name: LocalizedText): PersonNameParts {
  const split = { az: splitRunningName(name.az), ru: splitRunningName(name.ru), en: splitRunningName(name.en) };
  const part = (key: keyof NameInOneLanguage): LocalizedText => ({ az: split.az[key], ru: split.ru[key], en: split.en[key] });
  return { surname: part('surname'), givenName: part('givenName'), patronymic: part('patronymic') };
}

/** A name given in parts (the form), or as running text in each language (tools, demo data, tests). */
export const PersonNameInput = z.union([PersonNameParts, RequiredLocalizedText(200).transform(splitRunningNames)]);
