import type { TFunction } from 'i18next';
import type { Language } from '../../../domain/contract';

/**
 * The catalogs name the usual partners; Chromium's Intl data lacks Azerbaijani, so it only
 * fills in the rest (in Russian and English properly, in Azerbaijani falling back to English).
 */
export function countryName(code: string, t: TFunction, lang: Language): string {
  const key = `countries.${code}`;
  const named = t(key);
  if (named !== key) return named;
  return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code;
}
