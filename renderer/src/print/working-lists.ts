// The services' working lists as rows of text, in the chosen columns and language: the same rows
// print as a PDF (ListDocument) and save as CSV.
import type { TFunction } from 'i18next';
import { LIST_COLUMNS, type BriefingPack, type Language, type ListColumn, type ListKind } from '../../../domain/contract';
import { dayInZone, formatDate, formatTimeRange } from '../i18n/format';
import { pickText } from '../i18n/pick-text';
import { spokenLanguageNames, venueAddressOf } from './printed-texts';

export interface WorkingList {
  header: string[];
  rows: string[][];
}

type Cells = Partial<Record<ListColumn, string>>;

function carRows(pack: BriefingPack, lang: Language): Cells[] {
  return pack.events
    .filter((event) => pickText(event.transport, lang) !== '')
    .map((event) => ({
      date: formatDate(dayInZone(event.startsAt, event.timeZone), lang),
      time: formatTimeRange(event.startsAt, event.endsAt, event.timeZone),
      event: pickText(event.title, lang),
      venue: event.venueName ? pickText(event.venueName, lang) : '',
      address: venueAddressOf(event, lang),
      transport: pickText(event.transport, lang),
      passengers: event.participants.map((participant) => pickText(participant.name, lang)).join(', '),
      officer: event.responsibleOfficerName ? pickText(event.responsibleOfficerName, lang) : '',
    }));
}

function roomingRows(pack: BriefingPack, lang: Language, t: TFunction): Cells[] {
  return pack.delegation.map((person, index) => ({
    order: String(index + 1),
    name: pickText(person.listedName, lang),
    rank: pickText(person.rank, lang),
    position: pickText(person.position, lang),
    role: t(`memberRole.${person.role}`),
    arrival: formatDate(pack.visit.startDate, lang),
    departure: formatDate(pack.visit.endDate, lang),
    languages: spokenLanguageNames(person.languages, t),
    dietary: pickText(person.dietaryNotes, lang),
    contact: person.contact ?? '',
  }));
}

function accreditationRows(pack: BriefingPack, lang: Language, t: TFunction): Cells[] {
  const people = [
    ...pack.delegation.map((person) => ({ person, side: 'guest' as const })),
    ...pack.hosts.map((person) => ({ person, side: 'host' as const })),
  ];
  return people.map(({ person, side }, index) => ({
    order: String(index + 1),
    name: pickText(person.listedName, lang),
    side: t(`lists.sides.${side}`),
    organization: person.organizationName ? pickText(person.organizationName, lang) : '',
    position: pickText(person.position, lang),
    rank: pickText(person.rank, lang),
    role: t(`memberRole.${person.role}`),
    contact: person.contact ?? '',
  }));
}

/** Columns keep the list's own order, whatever order they were ticked in. */
export function workingList(kind: ListKind, columns: readonly string[], pack: BriefingPack, lang: Language, t: TFunction): WorkingList {
  const chosen = (LIST_COLUMNS[kind] as readonly ListColumn[]).filter((column) => columns.includes(column));
  const cells = kind === 'cars' ? carRows(pack, lang) : kind === 'rooming' ? roomingRows(pack, lang, t) : accreditationRows(pack, lang, t);
  return {
    header: chosen.map((column) => t(`lists.columns.${column}`)),
    rows: cells.map((row) => chosen.map((column) => row[column] ?? '')),
  };
}
