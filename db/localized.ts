// Texts users read are stored as three columns (`name_az`, `name_ru`, `name_en`) and travel as
// one `{ az, ru, en }` object; these helpers convert between the two shapes.
import { FALLBACK_ORDER, LANGUAGES, type Language, type LocalizedText } from '../domain/contract';

export type LocalizedColumns<P extends string> = { [K in `${P}_${Language}`]: string | null };

export function localized<P extends string>(row: LocalizedColumns<P>, prefix: P): LocalizedText {
  return { az: row[`${prefix}_az`], ru: row[`${prefix}_ru`], en: row[`${prefix}_en`] };
}

/** For a joined row that may be absent (a person without an organisation): null when it is. */
export function optionalLocalized<P extends string>(row: LocalizedColumns<P>, prefix: P): LocalizedText | null {
  const text = localized(row, prefix);
  return text.az === null && text.ru === null && text.en === null ? null : text;
}

/** Named parameters for an INSERT or UPDATE: `{ name_az: …, name_ru: …, name_en: … }`. */
export function localizedParams<P extends string>(prefix: P, text: LocalizedText): LocalizedColumns<P> {
  return { [`${prefix}_az`]: text.az, [`${prefix}_ru`]: text.ru, [`${prefix}_en`]: text.en } as LocalizedColumns<P>;
}

/** `p.name_az AS org_name_az, …` for a SELECT list. */
export function selectLocalized(column: string, as: string): string {
  return LANGUAGES.map((lang) => `${column}_${lang} AS ${as}_${lang}`).join(', ');
}

/** `o.name_az, o.name_ru, o.name_en` for a SELECT list. */
export function localizedList(column: string): string {
  return LANGUAGES.map((lang) => `${column}_${lang}`).join(', ');
}

/**
 * The sort key for a name in the reader's language and alphabetical order, falling back to
 * another language when it is missing. Each has an index of the same expression (0012).
 */
export function localizedSortKey(column: string, lang: Language): string {
  return `alphabetical_key('${lang}', coalesce(${FALLBACK_ORDER[lang].map((l) => `${column}_${l}`).join(', ')}))`;
}
