import type { TFunction } from 'i18next';
import { compareAlphabetically, type Language } from '../../../../domain/contract';
import { countryName } from '../../i18n/country-name';

// Codes the region name data knows that are not countries to choose: groupings, private use,
// "unknown", and old or reserved codes that name a country already listed (SU, YU, UK, DD…).
const NOT_COUNTRIES = new Set(
  ('EU EZ UN QO XA XB ZZ AC AN BU CP CQ CS DD DG DY EA FX HV IC NH RH SU TA TP UK VD YD YU ZR').split(' '),
);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Every ISO 3166 code Chromium can name. No list is kept by hand: a code counts when the
 * region data has a name for it rather than echoing the code back.
 */
const COUNTRY_CODES: string[] = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const codes: string[] = [];
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      if (!NOT_COUNTRIES.has(code) && names.of(code) !== code) codes.push(code);
    }
  }
  return codes;
})();

/** The countries for a select, named in the reader's language and sorted by that name. */
export function countryOptions(t: TFunction, lang: Language): { value: string; label: string }[] {
  // Not Intl.Collator: Chromium without Azerbaijani collation data would put Özbəkistan last.
  const compare = compareAlphabetically(lang);
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, t, lang) })).sort((a, b) => compare(a.label, b.label));
}
