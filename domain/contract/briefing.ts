// The briefing pack and the working lists: what a print job asks for, the route that renders it,
// and the data the print route reads.
import { z } from 'zod';
import { CHART_PAPER_SIZES, PAPER_SIZES } from '../print-options';
import { Id, IsoDate, Language, LocalizedText } from './common';
import { AgreementStatus, AgreementType } from './agreements';
import { ProtocolEvent } from './programme';
import { MemberRole, Visit, VisitDirection } from './visits';
import { PersonNameParts } from './person-name';
import { SeatingLayout, SeatingPlanView } from './seating';

/** The pack's sections, in the order they print. */
export const PACK_SECTIONS = [
  'cover',
  'glance',
  'programme',
  'seating',
  'delegation',
  'hosts',
  'partner',
  'history',
  'talkingPoints',
  'contacts',
] as const;
export const PackSection = z.enum(PACK_SECTIONS);
export type PackSection = z.infer<typeof PackSection>;

/** `dsp`: «Для служебного пользования» / "For official use only" / "Xidməti istifadə üçün". */
export const MARKINGS = ['none', 'dsp', 'custom'] as const;
export const Marking = z.enum(MARKINGS);
export type Marking = z.infer<typeof Marking>;

/** The guest programme goes to the delegation; the run sheet adds cars, escorts, cues and notes. */
export const PROGRAMME_KINDS = ['guest', 'runsheet'] as const;
export const ProgrammeKind = z.enum(PROGRAMME_KINDS);

/** The services' working lists and the columns each may print. */
export const LIST_COLUMNS = {
  cars: ['date', 'time', 'event', 'venue', 'address', 'transport', 'passengers', 'officer'],
  rooming: ['order', 'name', 'rank', 'position', 'role', 'arrival', 'departure', 'languages', 'dietary', 'contact'],
  accreditation: ['order', 'name', 'side', 'organization', 'position', 'rank', 'role', 'contact'],
} as const;
export type ListKind = keyof typeof LIST_COLUMNS;
export const LIST_KINDS = Object.keys(LIST_COLUMNS) as ListKind[];
export const ListKindSchema = z.enum(['cars', 'rooming', 'accreditation']);
export type ListColumn = (typeof LIST_COLUMNS)[ListKind][number];

const ListColumns = z.array(z.string().max(40)).min(1).max(20);
const isListOf = (kind: ListKind, columns: string[]) => columns.every((column) => (LIST_COLUMNS[kind] as readonly string[]).includes(column));

const printCommon = {
  visitId: Id,
  lang: Language,
  marking: Marking.default('none'),
  /** The marking's words when `marking` is `custom`. */
  markingText: z.string().trim().max(120).default(''),
  paper: z.enum(PAPER_SIZES).default('A4'),
};

export const PackJob = z
  .object({
    document: z.literal('pack'),
    ...printCommon,
    sections: z.array(PackSection).min(1).max(PACK_SECTIONS.length).default([...PACK_SECTIONS]),
    programme: ProgrammeKind.default('guest'),
  })
  .strict();
export const ListJob = z
  .object({
    document: z.literal('list'),
    ...printCommon,
    kind: ListKindSchema,
    columns: ListColumns,
  })
  .strict();

/** An event's seating plan drawn across an A4 or A3 sheet, with the marking like the pack. */
export const SeatingJob = z
  .object({
    document: z.literal('seating'),
    ...printCommon,
    eventId: Id,
    /** The layout the officer is looking at; the plan's own (stored or suggested) when absent. */
    layout: SeatingLayout.optional(),
    paper: z.enum(CHART_PAPER_SIZES).default('A4'),
  })
  .strict();
/** Folded tent cards for everyone seated at the event, two to an A4 sheet: no marking goes on a table. */
export const PlaceCardsJob = z
  .object({ document: z.literal('placeCards'), visitId: Id, eventId: Id, layout: SeatingLayout.optional(), lang: Language })
  .strict();

/** Whose badges print: the delegation's, ours, or both sides'. */
export const BADGE_SIDES = ['guest', 'host', 'both'] as const;
export const BadgeSide = z.enum(BADGE_SIDES);
export type BadgeSide = z.infer<typeof BadgeSide>;
/** Name badges of 90 × 55 mm, ten to an A4 sheet with cut marks: a badge is worn, so it has no marking. */
export const BadgesJob = z
  .object({ document: z.literal('badges'), visitId: Id, lang: Language, side: BadgeSide.default('guest'), paper: z.literal('A4').default('A4') })
  .strict();

export const PrintJob = z.discriminatedUnion('document', [PackJob, ListJob, SeatingJob, PlaceCardsJob, BadgesJob]).superRefine((job, issues) => {
  if ('marking' in job && job.marking === 'custom' && job.markingText === '') {
    issues.addIssue({ code: 'custom', path: ['markingText'], message: 'validation.markingTextMissing' });
  }
  if (job.document === 'list' && !isListOf(job.kind, job.columns)) {
    issues.addIssue({ code: 'custom', path: ['columns'], message: 'validation.unknownListColumn' });
  }
});
export type PrintJob = z.output<typeof PrintJob>;
export type PrintJobInput = z.input<typeof PrintJob>;

/**
 * The page and hash route that render a print job (print.html holds only print routes); the
 * app's hidden window and the headless exporter both load it.
 */
export function printRoute(job: PrintJob): string {
  const params = new URLSearchParams({ lang: job.lang });
  if (job.document === 'badges') {
    params.set('side', job.side);
    return `print.html#/print/badges/${job.visitId}?${params.toString()}`;
  }
  if ((job.document === 'seating' || job.document === 'placeCards') && job.layout) params.set('layout', job.layout);
  if (job.document === 'placeCards') {
    params.set('event', String(job.eventId));
    return `print.html#/print/place-cards/${job.visitId}?${params.toString()}`;
  }
  params.set('marking', job.marking);
  params.set('paper', job.paper);
  if (job.marking === 'custom') params.set('text', job.markingText);
  if (job.document === 'seating') {
    params.set('event', String(job.eventId));
    return `print.html#/print/seating/${job.visitId}?${params.toString()}`;
  }
  if (job.document === 'pack') {
    params.set('sections', job.sections.join(','));
    params.set('programme', job.programme);
    return `print.html#/print/visit/${job.visitId}?${params.toString()}`;
  }
  params.set('kind', job.kind);
  params.set('columns', job.columns.join(','));
  return `print.html#/print/list/${job.visitId}?${params.toString()}`;
}

/** Reads a print route's parameters back into a job; the same schema checks them. */
export function parsePrintRoute(document: PrintJob['document'], visitId: number, params: URLSearchParams) {
  const list = (name: string) => params.get(name)?.split(',').filter(Boolean);
  const event = { eventId: Number(params.get('event')), layout: params.get('layout') ?? undefined };
  if (document === 'placeCards') return PrintJob.safeParse({ document, visitId, ...event, lang: params.get('lang') });
  if (document === 'badges') return PrintJob.safeParse({ document, visitId, lang: params.get('lang'), side: params.get('side') ?? undefined });
  const fields = {
    pack: () => ({ sections: list('sections'), programme: params.get('programme') ?? undefined }),
    list: () => ({ kind: params.get('kind'), columns: list('columns') }),
    seating: () => event,
  };
  return PrintJob.safeParse({
    document,
    visitId,
    lang: params.get('lang'),
    marking: params.get('marking') ?? undefined,
    markingText: params.get('text') ?? undefined,
    paper: params.get('paper') ?? undefined,
    ...fields[document](),
  });
}

export const PackPerson = z.object({
  personId: Id,
  role: MemberRole,
  /** Given name, patronymic, surname: the formal full name the pack prints. */
  name: LocalizedText(),
  /** Surname first, for the lists' "surname, given name" column. */
  listedName: LocalizedText(),
  nameParts: PersonNameParts,
  rank: LocalizedText(),
  position: LocalizedText(),
  bio: LocalizedText(),
  organizationName: LocalizedText().nullable(),
  /** The photo as a data: URL (the print route may load nothing else), or null for initials. */
  photo: z.string().nullable(),
  languages: z.array(z.string()),
  interpreterNeeded: z.boolean(),
  dietaryNotes: LocalizedText(),
  contact: z.string().nullable(),
});
export type PackPerson = z.output<typeof PackPerson>;

export const PackEvent = ProtocolEvent.extend({
  venueAddress: LocalizedText(),
  venueCity: LocalizedText(),
  responsibleOfficerName: LocalizedText().nullable(),
});
export type PackEvent = z.output<typeof PackEvent>;

export const EarlierVisit = z.object({
  id: Id,
  direction: VisitDirection,
  title: LocalizedText(),
  startDate: IsoDate,
  endDate: IsoDate,
  city: LocalizedText(),
});

export const PackAgreement = z.object({
  id: Id,
  type: AgreementType,
  title: LocalizedText(),
  /** As the agreement's dates make the recorded status today. */
  shownStatus: AgreementStatus,
  signedOn: IsoDate.nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  signedAtThisVisit: z.boolean(),
  /** Expiring: binding, and ends within the expiry horizon set in Settings. */
  expiresSoon: z.boolean(),
});
export type PackAgreement = z.output<typeof PackAgreement>;

export const CONTACT_DUTIES = ['responsible', 'liaison', 'escort', 'interpreter', 'security', 'press', 'task'] as const;
export const PackContact = z.object({
  personId: Id,
  name: LocalizedText(),
  /** Surname first, as the contacts table's header says. */
  listedName: LocalizedText(),
  position: LocalizedText(),
  organizationName: LocalizedText().nullable(),
  contact: z.string().nullable(),
  duty: z.enum(CONTACT_DUTIES),
});

/** Everything a briefing pack or a working list prints, gathered in one call. */
export const BriefingPack = z.object({
  visit: Visit,
  partner: z.object({
    name: LocalizedText(),
    shortName: LocalizedText(),
    country: z.string(),
    parentName: LocalizedText().nullable(),
    notes: LocalizedText(),
  }),
  delegation: z.array(PackPerson),
  hosts: z.array(PackPerson),
  events: z.array(PackEvent),
  /** The stored seating plans of the visit's events, in the programme's order; an event not yet seated has none. */
  seating: z.array(SeatingPlanView),
  earlierVisits: z.array(EarlierVisit),
  agreements: z.array(PackAgreement),
  contacts: z.array(PackContact),
  alertHorizonDays: z.number().int(),
  today: IsoDate,
});
export type BriefingPack = z.output<typeof BriefingPack>;

export const TalkingPointsInput = z
  .object({ visitId: Id, lang: Language, text: z.string().max(20000) })
  .strict();

/** A cell may list every passenger of an event; the whole list is capped as the CSV text was. */
const ListCell = z.string().max(50_000);
const LIST_CSV_MAX_CHARS = 5_000_000;
/**
 * A working list laid out in the renderer (headers, dates and roles in the reader's language);
 * main writes it as CSV with the office's one CSV writer.
 */
export const ListCsvInput = z
  .object({
    visitId: Id,
    kind: ListKindSchema,
    lang: Language,
    /** The list's columns, which the header names in the reader's language. */
    columns: ListColumns,
    header: z.array(ListCell).min(1).max(20),
    rows: z.array(z.array(ListCell).max(20)).max(5000),
  })
  .strict()
  .superRefine((list, issues) => {
    if (!isListOf(list.kind, list.columns) || list.columns.length !== list.header.length) {
      issues.addIssue({ code: 'custom', path: ['columns'], message: 'validation.unknownListColumn' });
    }
    if (list.rows.some((row) => row.length !== list.header.length)) {
      issues.addIssue({ code: 'custom', path: ['rows'], message: 'validation.invalidInput' });
    }
    if (list.rows.flat().reduce((total, cell) => total + cell.length, 0) > LIST_CSV_MAX_CHARS) {
      issues.addIssue({ code: 'custom', path: ['rows'], message: 'validation.too_big' });
    }
  });

/** `path` is null when the officer cancelled the save dialog. */
export const Exported = z.object({ saved: z.boolean(), path: z.string().nullable() });
export const Printed = z.object({ printed: z.boolean() });
