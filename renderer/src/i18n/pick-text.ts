import type { Language, LocalizedText } from '../../../electron/contract';

/** If a text is missing in the chosen language, show it in another rather than nothing. */
export const FALLBACK_ORDER: Record<Language, Language[]> = {
  az: ['az', 'ru', 'en'],
  ru: ['ru', 'en', 'az'],
  en: ['en', 'ru', 'az'],
};

export function pickText(text: LocalizedText | null | undefined, lang: Language): string {
  if (!text) return '';
  for (const candidate of FALLBACK_ORDER[lang]) {
    const value = text[candidate];
    if (value) return value;
  }
  return '';
}
