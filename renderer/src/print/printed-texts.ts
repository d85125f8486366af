// Texts the pack and the working lists print that are put together from several values: each part
// in the document's language, so nothing reaches the page as a code or in another language.
import type { TFunction } from 'i18next';
import type { Language, PackEvent } from '../../../domain/contract';
import { pickText } from '../i18n/pick-text';

/** "Uzbek, Russian" for `["uz","ru"]`, named in the catalogs (the machine's Intl has no Azerbaijani); an unknown code stays a code. */
export function spokenLanguageNames(codes: string[], t: TFunction): string {
  return codes.map((code) => t(`languageNames.${code}`, code)).join(', ');
}

/** "Azadlıq prospekti, 1B, Bakı": the venue's address, then its city. */
export function venueAddressOf(event: Pick<PackEvent, 'venueAddress' | 'venueCity'>, lang: Language): string {
  return [pickText(event.venueAddress, lang), pickText(event.venueCity, lang)].filter(Boolean).join(', ');
}
