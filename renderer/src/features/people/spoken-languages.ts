/** ISO 639-1 codes offered in the person form, each named in the catalogs under `languageNames`. */
export const SPOKEN_LANGUAGES = [
  'az', 'ru', 'en', 'tr', 'uz', 'kk', 'ky', 'tg', 'tk', 'ka', 'hy', 'be', 'uk', 'fa', 'ar', 'zh', 'ko', 'ja', 'de', 'fr', 'it', 'es', 'hu',
] as const;
