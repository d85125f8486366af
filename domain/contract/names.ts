// Names of people: how a name typed in one script is offered in the others.
import { z } from 'zod';
import { Language } from './common';

export const TransliterateInput = z.object({ text: z.string().trim().max(300), from: Language }).strict();

/**
 * Where a spelling comes from. `usual`: the settled forms of the app's name list and the Russian
 * conventions for Azerbaijani names (what the app always offered); `russianPassport`: the Russian
 * foreign passport since 2014 (ICAO Doc 9303: Iuliia, Shcheglov); `russianCommon`: the older,
 * common one (Yuliya, Yury); `uzbekLatin`: the Uzbek Latin alphabet of 1995 (Shuxrat, Oʻktam).
 */
export const NAME_CONVENTIONS = ['usual', 'russianPassport', 'russianCommon', 'uzbekLatin'] as const;
export const NameConvention = z.enum(NAME_CONVENTIONS);
export type NameConvention = z.infer<typeof NameConvention>;

/** One spelling on offer, with every convention that writes it so. */
export const NameSpelling = z.object({ text: z.string(), conventions: z.array(NameConvention).min(1) });
export type NameSpelling = z.infer<typeof NameSpelling>;

/** The spellings on offer for each language; none for the language the name was typed in. */
export const NameSpellings = z.object({ az: z.array(NameSpelling), ru: z.array(NameSpelling), en: z.array(NameSpelling) });
export type NameSpellings = z.infer<typeof NameSpellings>;
