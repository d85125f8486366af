// The name forms of domain/contract/person-name.ts as SQL functions, so that the migration
// that split stored names, the sort indexes and the lists compose names by the same rules.
import { listedName, runningName, splitRunningName, type NameInOneLanguage } from '../../domain/contract/person-name';

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const PARTS = new Set<unknown>(['surname', 'givenName', 'patronymic']);

/** `split_person_name(name_ru, 'surname')`: one part of a running name. */
export const splitPersonName = (name: unknown, part: unknown): string | null =>
  PARTS.has(part) ? splitRunningName(text(name))[part as keyof NameInOneLanguage] : null;

/** `running_person_name(surname, given_name, patronymic)`: what `name_*` holds. */
export const runningPersonName = (surname: unknown, givenName: unknown, patronymic: unknown): string | null =>
  runningName({ surname: text(surname), givenName: text(givenName), patronymic: text(patronymic) });

/**
 * `listed_person_name(surname, given_name, patronymic, name)`: surname first. A row that came
 * without parts (a transfer bundle from a PC not yet on 0014) is listed by its running name, split.
 */
export function listedPersonName(surname: unknown, givenName: unknown, patronymic: unknown, name: unknown): string | null {
  const parts = { surname: text(surname), givenName: text(givenName), patronymic: text(patronymic) };
  const hasParts = parts.surname !== null || parts.givenName !== null || parts.patronymic !== null;
  return listedName(hasParts ? parts : splitRunningName(text(name)));
}
