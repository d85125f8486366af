// A person's name in the people table: the parts (surname_*, given_name_*, patronymic_*) and the
// running form name_* composed from them, written together; the listed form read in SQL.
import {
  composed,
  FALLBACK_ORDER,
  LANGUAGES,
  runningName,
  splitRunningNames,
  type Language,
  type LocalizedText,
  type PersonNameParts,
} from '../../domain/contract';
import { localized, localizedParams, type LocalizedColumns } from '../localized';

export type NamePartColumns = LocalizedColumns<'name' | 'surname' | 'given_name' | 'patronymic'>;

/** `listed_person_name(p.surname_az, …) AS listed_name_az, …`: surname first, for a SELECT list. */
export const selectListedName = (table: string, as = 'listed_name'): string =>
  LANGUAGES.map((lang) => `${listedNameIn(table, lang)} AS ${as}_${lang}`).join(', ');

const listedNameIn = (table: string, lang: Language) =>
  `listed_person_name(${table}.surname_${lang}, ${table}.given_name_${lang}, ${table}.patronymic_${lang}, ${table}.name_${lang})`;

/** The directory's sort key: surname first, in the reader's alphabet; the index of migration 0014. */
export const peopleSortKey = (table: string, lang: Language): string =>
  `alphabetical_key('${lang}', coalesce(${FALLBACK_ORDER[lang].map((l) => listedNameIn(table, l)).join(', ')}))`;

/** The columns a name is written to: its parts and the running form composed from them. */
export const nameColumnValues = (parts: PersonNameParts): NamePartColumns => ({
  ...localizedParams('surname', parts.surname),
  ...localizedParams('given_name', parts.givenName),
  ...localizedParams('patronymic', parts.patronymic),
  ...localizedParams('name', composed(parts, runningName)),
});

/** A row's name in parts; a row that came without them (an older transfer bundle) split from name_*. */
export function namePartsOf(row: NamePartColumns): PersonNameParts {
  const parts = { surname: localized(row, 'surname'), givenName: localized(row, 'given_name'), patronymic: localized(row, 'patronymic') };
  const none = (text: LocalizedText) => text.az === null && text.ru === null && text.en === null;
  return none(parts.surname) && none(parts.givenName) && none(parts.patronymic) ? splitRunningNames(localized(row, 'name')) : parts;
}
