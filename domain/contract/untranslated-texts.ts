// The texts a print job would print in another language than its own, because the record lacks a
// translation. The briefing screen lists them before an export so the officer can fix them or
// print anyway, and main records the same list in the audit entry of the export; both read it
// from here, from the same pack the document prints.
import { z } from 'zod';
import type { BriefingPack, PrintJob } from './briefing';
import { FALLBACK_ORDER, Id, Language, LocalizedText, pickText } from './common';

const TRANSLATED_RECORDS = ['visit', 'organization', 'person', 'event', 'venue', 'agreement'] as const;
const TRANSLATED_FIELDS = [
  'title', 'city', 'purpose', 'frameworkEvent', 'name', 'shortName', 'rank', 'position', 'bio', 'notes',
  'dressCode', 'transport', 'interpreter', 'address', 'dietaryNotes',
] as const;
type TranslatedRecord = (typeof TRANSLATED_RECORDS)[number];
type TranslatedField = (typeof TRANSLATED_FIELDS)[number];

export const UntranslatedText = z.object({
  record: z.enum(TRANSLATED_RECORDS),
  /** Null for a record the pack names but does not identify (a person's or partner's parent organisation). */
  recordId: Id.nullable(),
  /** The record's own name or title, to say which one it is. */
  recordLabel: LocalizedText(),
  field: z.enum(TRANSLATED_FIELDS),
  /** The language the text prints in instead, and the words that print. */
  shownIn: Language,
  shownText: z.string(),
});
export type UntranslatedText = z.output<typeof UntranslatedText>;

/** The language a text would print in for `lang`, when it is not `lang` itself; null when it is, or when nothing prints. */
function fallbackLanguage(text: LocalizedText | null | undefined, lang: Language): Language | null {
  if (!text || text[lang]) return null;
  return FALLBACK_ORDER[lang].find((candidate) => text[candidate]) ?? null;
}

class Collector {
  private readonly found = new Map<string, UntranslatedText>();
  constructor(private readonly lang: Language) {}

  check(record: TranslatedRecord, recordId: number | null, recordLabel: LocalizedText, field: TranslatedField, text: LocalizedText | null | undefined) {
    const shownIn = fallbackLanguage(text, this.lang);
    // A name prints in two orders (running text, and surname first in lists): each form is its own line.
    const key = `${record}:${recordId ?? JSON.stringify(recordLabel)}:${field}:${shownIn && text ? text[shownIn] : ''}`;
    if (shownIn && text && !this.found.has(key)) this.found.set(key, { record, recordId, recordLabel, field, shownIn, shownText: text[shownIn] ?? '' });
  }

  get list(): UntranslatedText[] {
    return [...this.found.values()];
  }
}

type Person = Pick<BriefingPack['delegation'][number], 'personId' | 'name'> & Partial<BriefingPack['delegation'][number]>;
/** `listedName` is the name surname first, as lists and the contacts table print it. */
type PersonField = 'name' | 'listedName' | 'rank' | 'position' | 'bio' | 'dietaryNotes';
type Event = BriefingPack['events'][number];

function checkPerson(found: Collector, person: Person, fields: readonly PersonField[]) {
  for (const field of fields) found.check('person', person.personId, person.name, field === 'listedName' ? 'name' : field, person[field]);
  if (person.organizationName) found.check('organization', null, person.organizationName, 'name', person.organizationName);
}

function checkEvent(found: Collector, event: Event, fields: { runsheet: boolean; participants: boolean }) {
  found.check('event', event.id, event.title, 'title', event.title);
  if (event.venueId !== null && event.venueName) {
    found.check('venue', event.venueId, event.venueName, 'name', event.venueName);
    if (fields.runsheet) {
      found.check('venue', event.venueId, event.venueName, 'address', event.venueAddress);
      found.check('venue', event.venueId, event.venueName, 'city', event.venueCity);
    }
  }
  if (fields.participants) for (const participant of event.participants) found.check('person', participant.personId, participant.name, 'name', participant.name);
  if (fields.runsheet) {
    for (const field of ['transport', 'interpreter', 'notes'] as const) found.check('event', event.id, event.title, field, event[field]);
    if (event.responsibleOfficerId !== null && event.responsibleOfficerName) {
      found.check('person', event.responsibleOfficerId, event.responsibleOfficerName, 'name', event.responsibleOfficerName);
    }
  } else {
    found.check('event', event.id, event.title, 'dressCode', event.dressCode);
  }
}

/** The seating plans print each seated event's title and venue, the names on the seats, and the partner's short name over the delegation's side. */
function checkSeating(found: Collector, pack: BriefingPack) {
  for (const plan of pack.seating) {
    const event = pack.events.find((candidate) => candidate.id === plan.eventId);
    if (!event) continue;
    found.check('event', event.id, event.title, 'title', event.title);
    if (event.venueId !== null && event.venueName) found.check('venue', event.venueId, event.venueName, 'name', event.venueName);
    if (plan.placements.length === 0) continue;
    const seats = new Set(plan.seats.map((seat) => seat.key));
    const seated = new Set(plan.placements.filter((placement) => seats.has(placement.seatKey)).map((placement) => placement.personId));
    for (const person of plan.people) if (seated.has(person.personId)) found.check('person', person.personId, person.name, 'name', person.name);
    // The drawing names the sides at talks and at a signing, not at a presidium.
    if (plan.layout !== 'presidium' && plan.seats.some((seat) => seat.side === 'guest')) {
      found.check('organization', pack.visit.partnerOrganizationId, pack.partner.name, 'shortName', pack.partner.shortName);
    }
  }
}

/** What decides the texts a job prints: a print job, or a working list saved as CSV. */
export type UntranslatedTextsJob =
  | Pick<Extract<PrintJob, { document: 'pack' }>, 'document' | 'visitId' | 'lang' | 'sections' | 'programme'>
  | Pick<Extract<PrintJob, { document: 'list' }>, 'document' | 'visitId' | 'lang' | 'kind' | 'columns'>;
type PackTextsJob = Extract<UntranslatedTextsJob, { document: 'pack' }>;
type ListTextsJob = Extract<UntranslatedTextsJob, { document: 'list' }>;

function checkPack(found: Collector, pack: BriefingPack, job: PackTextsJob) {
  const { visit, partner } = pack;
  const sections = new Set(job.sections);
  const visitText = (field: 'title' | 'city' | 'purpose' | 'frameworkEvent') => found.check('visit', visit.id, visit.title, field, visit[field]);
  const partnerText = (field: 'name' | 'shortName' | 'notes') => found.check('organization', visit.partnerOrganizationId, partner.name, field, partner[field]);
  if (sections.has('cover') || sections.has('glance')) {
    visitText('title');
    visitText('city');
    partnerText('name');
  }
  if (sections.has('glance')) {
    visitText('purpose');
    visitText('frameworkEvent');
    for (const head of [pack.delegation.find((person) => person.role === 'head'), pack.hosts.find((person) => person.role === 'head')]) {
      if (head) checkPerson(found, { ...head, organizationName: null }, ['name', 'position']);
    }
  }
  if (sections.has('programme')) for (const event of pack.events) checkEvent(found, event, { runsheet: job.programme === 'runsheet', participants: true });
  if (sections.has('seating')) checkSeating(found, pack);
  for (const side of ['delegation', 'hosts'] as const) {
    if (sections.has(side)) for (const person of pack[side]) checkPerson(found, person, ['name', 'rank', 'position', 'bio']);
  }
  if (sections.has('partner')) {
    partnerText('name');
    partnerText('shortName');
    partnerText('notes');
    if (partner.parentName) found.check('organization', null, partner.parentName, 'name', partner.parentName);
  }
  if (sections.has('history')) {
    for (const earlier of pack.earlierVisits) {
      found.check('visit', earlier.id, earlier.title, 'title', earlier.title);
      found.check('visit', earlier.id, earlier.title, 'city', earlier.city);
    }
    for (const agreement of pack.agreements) found.check('agreement', agreement.id, agreement.title, 'title', agreement.title);
  }
  if (sections.has('contacts')) for (const contact of pack.contacts) checkPerson(found, contact, ['listedName', 'position']);
}

function checkList(found: Collector, pack: BriefingPack, job: ListTextsJob) {
  const columns = new Set<string>(job.columns);
  found.check('visit', pack.visit.id, pack.visit.title, 'title', pack.visit.title);
  if (job.kind === 'cars') {
    // The car list prints the events that have transport in any language, as the list itself does.
    for (const event of pack.events.filter((candidate) => pickText(candidate.transport, job.lang) !== '')) {
      if (columns.has('event')) found.check('event', event.id, event.title, 'title', event.title);
      if (columns.has('venue') && event.venueId !== null && event.venueName) found.check('venue', event.venueId, event.venueName, 'name', event.venueName);
      if (columns.has('address') && event.venueId !== null && event.venueName) {
        found.check('venue', event.venueId, event.venueName, 'address', event.venueAddress);
        found.check('venue', event.venueId, event.venueName, 'city', event.venueCity);
      }
      if (columns.has('transport')) found.check('event', event.id, event.title, 'transport', event.transport);
      if (columns.has('passengers')) for (const participant of event.participants) found.check('person', participant.personId, participant.name, 'name', participant.name);
      if (columns.has('officer') && event.responsibleOfficerId !== null && event.responsibleOfficerName) {
        found.check('person', event.responsibleOfficerId, event.responsibleOfficerName, 'name', event.responsibleOfficerName);
      }
    }
    return;
  }
  const people = job.kind === 'rooming' ? pack.delegation : [...pack.delegation, ...pack.hosts];
  const column: Record<PersonField, string> = { listedName: 'name', name: '', rank: 'rank', position: 'position', bio: '', dietaryNotes: 'dietary' };
  const fields = (['listedName', 'rank', 'position', 'dietaryNotes'] as const).filter((field) => columns.has(column[field]));
  for (const person of people) checkPerson(found, { ...person, organizationName: columns.has('organization') ? person.organizationName : null }, fields);
}

/** Each text the job would print in another language, once per record and field, in the document's order. */
export function untranslatedTexts(pack: BriefingPack, job: UntranslatedTextsJob): UntranslatedText[] {
  const found = new Collector(job.lang);
  if (job.document === 'pack') checkPack(found, pack, job);
  else checkList(found, pack, job);
  return found.list;
}
