// An instant (UTC ISO) shown in the PC's local time, in the interface language.
import { format, type Locale } from 'date-fns';
import { az, enGB, ru } from 'date-fns/locale';
import type { Language } from '../../../../electron/contract';

const LOCALES: Record<Language, Locale> = { az, ru, en: enGB };

export function formatInstant(instant: string, lang: Language): string {
  const text = format(new Date(instant), 'd MMM yyyy, HH:mm', { locale: LOCALES[lang] });
  return lang === 'az' ? text.toLocaleLowerCase('az') : text;
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
