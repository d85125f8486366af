// The name a save dialog suggests for an exported pack or list: the visit's title (the event's,
// for a seating chart or place cards) and the document's own name, both in the document's
// language, whole words only.
import type { ListKind, Language, LocalizedText } from '../../domain/contract';
import { briefing as az } from '../../renderer/src/i18n/az/briefing';
import { briefing as en } from '../../renderer/src/i18n/en/briefing';
import { briefing as ru } from '../../renderer/src/i18n/ru/briefing';
import { seatingPrint as azSeating } from '../../renderer/src/i18n/az/seating-print';
import { badges as azBadges } from '../../renderer/src/i18n/az/badges';
import { seatingPrint as enSeating } from '../../renderer/src/i18n/en/seating-print';
import { badges as enBadges } from '../../renderer/src/i18n/en/badges';
import { seatingPrint as ruSeating } from '../../renderer/src/i18n/ru/seating-print';
import { badges as ruBadges } from '../../renderer/src/i18n/ru/badges';

const CATALOGS = { az: { ...az, ...azSeating, ...azBadges }, ru: { ...ru, ...ruSeating, ...ruBadges }, en: { ...en, ...enSeating, ...enBadges } };
/** Windows keeps a whole path under 260 characters; the title leaves room for the folder. */
const TITLE_LENGTH = 80;

/** Characters no file system takes in a name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/** The text cut after its last whole word within `length`; a single longer word is cut at `length`. */
export function wholeWords(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length + 1).replace(/\s+\S*$/, '');
  return cut.length > 0 && cut.length <= length ? cut : text.slice(0, length);
}

/** What is exported: the pack, a working list, an event's seating chart or place cards, or the visit's badges. */
export type ExportedDocument = 'pack' | ListKind | 'seating' | 'placeCards' | 'badges';

export function exportFileName(visitTitle: LocalizedText, lang: Language, what: ExportedDocument, extension: 'pdf' | 'csv'): string {
  const catalog = CATALOGS[lang];
  const document =
    what === 'pack'
      ? catalog.briefingPack.title
      : what === 'badges'
        ? catalog.badges.title
        : what === 'seating' || what === 'placeCards' ? catalog.seatingPrint.titles[what] : catalog.lists.titles[what];
  const title = (visitTitle[lang] ?? visitTitle.en ?? visitTitle.ru ?? visitTitle.az ?? '').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return `${[wholeWords(title, TITLE_LENGTH), document].filter(Boolean).join(' - ')}.${extension}`;
}
