import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../domain/contract';
import { az } from './az';
import { en } from './en';
import { ru } from './ru';

export const catalogs = { az, ru, en } as const;

/**
 * Each language is named in itself, in every interface language, so that officers can find
 * their own language whatever the screen currently shows.
 */
export const LANGUAGE_ENDONYMS: Record<Language, string> = {
  az: 'Azərbaycan dili',
  ru: 'Русский',
  en: 'English',
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language the operating system is set to, when it is one of ours; English otherwise. */
export function systemLanguage(locale = navigator.language): Language {
  const base = locale.slice(0, 2).toLowerCase();
  return isLanguage(base) ? base : 'en';
}

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(Object.entries(catalogs).map(([lng, catalog]) => [lng, { translation: catalog }])),
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  // React escapes what it renders; escaping here too would show &quot; in names.
  interpolation: { escapeValue: false },
  initAsync: false,
});

// Screen readers, hyphenation and the spell-checker follow the document's language.
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export default i18n;
