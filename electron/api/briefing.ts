// The briefing pack and the working lists: gathering what they print, saving talking points,
// and exporting or printing through the printer the shell (or the exporter, or the harness) gives.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  NO_TEXT,
  printRoute,
  type BriefingPack,
  type ChannelOutput,
  type LocalizedText,
  type ParsedInput,
  type PrintJob,
  type UntranslatedTextsJob,
  untranslatedTexts,
} from '../../domain/contract';
import { shownStatus, validityOn } from '../../domain/agreement-status';
import {
  eventExtras,
  listEarlierVisits,
  listPackAgreements,
  listPackMembers,
  listTaskOwners,
  storeTalkingPoints,
  type PackMember,
} from '../../db/briefing.repo';
import { findEvent, listVisitEvents } from '../../db/events.repo';
import { findOrganization } from '../../db/organizations.repo';
import { findSeating } from '../../db/seating.repo';
import { findVisit } from '../../db/visits.repo';
import type { HandlerContext } from './context';
import { precedenceRules } from './precedence';
import { seatingPlan } from './seating';
import { toCsv } from './csv';
import { ConflictError, NotFoundError } from './errors';
import { expiryWindow } from './expiry';
import { exportFileName } from './export-file-name';
import { inTransaction, recordAudit, timestamp } from './saving';
import { getSettings } from './settings';

function visitOrThrow(ctx: HandlerContext, id: number) {
  const visit = findVisit(ctx.db, id);
  if (!visit) throw new NotFoundError('visit', id);
  return visit;
}

const withoutSide = ({ side: _side, ...person }: PackMember) => person;

const CONTACT_ROLES = ['liaison', 'escort', 'interpreter', 'security', 'press'] as const;

export function getBriefing(ctx: HandlerContext, input: ParsedInput<'briefing:get'>): BriefingPack {
  const visit = visitOrThrow(ctx, input.visitId);
  const partner = findOrganization(ctx.db, visit.partnerOrganizationId);
  if (!partner) throw new NotFoundError('organization', visit.partnerOrganizationId);
  const window = expiryWindow(ctx);
  const { today } = window;
  const members = listPackMembers(ctx.db, visit.id);
  const extras = eventExtras(ctx.db, visit.id);
  const events = listVisitEvents(ctx.db, visit.id, precedenceRules(ctx));

  const contacts: BriefingPack['contacts'] = [];
  const officer = members.find((member) => member.personId === visit.responsibleOfficerId);
  if (officer) contacts.push({ ...officer, duty: 'responsible' });
  for (const member of members) {
    const duty = CONTACT_ROLES.find((role) => role === member.role);
    if (duty && member.personId !== officer?.personId) contacts.push({ ...member, duty });
  }
  for (const owner of listTaskOwners(ctx.db, visit.id)) {
    if (!contacts.some((contact) => contact.personId === owner.personId)) contacts.push({ ...owner, duty: 'task' });
  }

  return {
    visit,
    partner: {
      name: partner.name,
      shortName: partner.shortName,
      country: partner.country,
      parentName: partner.parentName,
      notes: partner.notes,
    },
    delegation: members.filter((member) => member.side === 'guest').map(withoutSide),
    hosts: members.filter((member) => member.side === 'host').map(withoutSide),
    events: events.map((event) => ({
      ...event,
      ...(extras.get(event.id) ?? { venueAddress: NO_TEXT, venueCity: NO_TEXT, responsibleOfficerName: null }),
    })),
    // Only the plans the officer saved print: a plan computed afresh is a suggestion, not the arrangement.
    seating: events.filter((event) => findSeating(ctx.db, event.id)).map((event) => seatingPlan(ctx, { eventId: event.id })),
    earlierVisits: listEarlierVisits(ctx.db, visit.id, visit.partnerOrganizationId, visit.startDate),
    agreements: listPackAgreements(ctx.db, visit.id, visit.partnerOrganizationId, today).map(({ facts, ...agreement }) => ({
      ...agreement,
      shownStatus: shownStatus(facts, today),
      expiresSoon: validityOn(facts, window) === 'expiring',
    })),
    contacts: contacts.map(({ personId, name, listedName, position, organizationName, contact, duty }) => ({
      personId,
      name,
      listedName,
      position,
      organizationName,
      contact,
      duty,
    })),
    alertHorizonDays: window.horizonDays,
    today,
  };
}

/** Talking points are kept per language; saving one language leaves the others as they are. */
export function saveTalkingPoints(ctx: HandlerContext, input: ParsedInput<'briefing:saveTalkingPoints'>): { talkingPoints: LocalizedText } {
  return inTransaction(ctx, () => {
    const before = visitOrThrow(ctx, input.visitId);
    const text = input.text.trim() === '' ? null : input.text;
    storeTalkingPoints(ctx.db, input.visitId, input.lang, text, timestamp(ctx));
    recordAudit(ctx, 'update', 'visit', before.uuid, { changed: ['talkingPoints'], lang: input.lang });
    return { talkingPoints: { ...before.talkingPoints, [input.lang]: text } };
  });
}

function printerOf(ctx: HandlerContext) {
  if (!ctx.printer) throw new ConflictError('conflict.printerUnavailable');
  return ctx.printer;
}

function writeExport(path: string, bytes: Uint8Array | string): void {
  try {
    writeFileSync(path, bytes);
  } catch (error) {
    throw new ConflictError('conflict.fileNotWritable', { file: basename(path), reason: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
}

/** The audit log keeps this many of the texts printed in another language, and their number. */
const UNTRANSLATED_KEPT = 50;

/** Which texts went out in another language than the document's: the officer was shown them and printed anyway. */
function untranslatedDetails(ctx: HandlerContext, job: UntranslatedTextsJob): Record<string, unknown> {
  const texts = untranslatedTexts(getBriefing(ctx, { visitId: job.visitId }), job);
  if (texts.length === 0) return {};
  const kept = texts.slice(0, UNTRANSLATED_KEPT).map(({ record, recordLabel, field, shownIn }) => ({ record, recordLabel, field, shownIn }));
  return { untranslated: { count: texts.length, texts: kept } };
}

/** What the audit log keeps about a print job: the visit is the entry's entity; these are its details. */
function jobDetails(ctx: HandlerContext, job: PrintJob): Record<string, unknown> {
  if (job.document === 'placeCards') return { document: job.document, lang: job.lang, eventId: job.eventId, layout: job.layout };
  if (job.document === 'badges') return { document: job.document, lang: job.lang, side: job.side, paper: job.paper };
  const common = { document: job.document, lang: job.lang, marking: job.marking, markingText: job.markingText, paper: job.paper };
  if (job.document === 'seating') return { ...common, eventId: job.eventId, layout: job.layout };
  const texts = untranslatedDetails(ctx, job);
  return job.document === 'pack'
    ? { ...common, sections: job.sections, programme: job.programme, ...texts }
    : { ...common, kind: job.kind, columns: job.columns, ...texts };
}

/** The visit a job prints, and the name a save dialog suggests: a seating document is named after its event (badges, like the pack, after the visit), which must be the visit's. */
function jobSubject(ctx: HandlerContext, job: PrintJob) {
  const visit = visitOrThrow(ctx, job.visitId);
  if (job.document === 'pack' || job.document === 'list' || job.document === 'badges') {
    return { visit, fileName: exportFileName(visit.title, job.lang, job.document === 'list' ? job.kind : job.document, 'pdf') };
  }
  const event = findEvent(ctx.db, job.eventId, precedenceRules(ctx));
  if (!event || event.visitId !== visit.id) throw new NotFoundError('event', job.eventId);
  return { visit, fileName: exportFileName(event.title, job.lang, job.document, 'pdf') };
}

export async function exportPdf(ctx: HandlerContext, job: ParsedInput<'briefing:exportPdf'>): Promise<ChannelOutput<'briefing:exportPdf'>> {
  const printer = printerOf(ctx);
  const { visit, fileName } = jobSubject(ctx, job);
  const path = await printer.chooseSavePath(fileName, 'pdf');
  if (path === null) return { saved: false, path: null };
  const pdf = await printer.toPdf(printRoute(job));
  writeExport(path, pdf);
  inTransaction(ctx, () => recordAudit(ctx, 'export', 'visit', visit.uuid, { ...jobDetails(ctx, job), file: basename(path) }));
  return { saved: true, path };
}

export async function printJob(ctx: HandlerContext, job: ParsedInput<'briefing:print'>): Promise<ChannelOutput<'briefing:print'>> {
  const printer = printerOf(ctx);
  const { visit } = jobSubject(ctx, job);
  const printed = await printer.print(printRoute(job));
  if (printed) inTransaction(ctx, () => recordAudit(ctx, 'print', 'visit', visit.uuid, jobDetails(ctx, job)));
  return { printed };
}

/** A working list saved as CSV for Excel, where the officer chose. */
export async function exportListCsv(ctx: HandlerContext, input: ParsedInput<'briefing:exportCsv'>): Promise<ChannelOutput<'briefing:exportCsv'>> {
  const printer = printerOf(ctx);
  const visit = visitOrThrow(ctx, input.visitId);
  const path = await printer.chooseSavePath(exportFileName(visit.title, input.lang, input.kind, 'csv'), 'csv');
  if (path === null) return { saved: false, path: null };
  writeExport(path, toCsv(input, getSettings(ctx).csvDelimiter));
  inTransaction(ctx, () =>
    recordAudit(ctx, 'export', 'visit', visit.uuid, {
      document: 'list',
      format: 'csv',
      kind: input.kind,
      lang: input.lang,
      file: basename(path),
      ...untranslatedDetails(ctx, { document: 'list', ...input }),
    }),
  );
  return { saved: true, path };
}
