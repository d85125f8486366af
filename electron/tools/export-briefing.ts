// `npm run export-briefing -- --db FILE --visit ID|UUID --lang ru --marking dsp --out FILE.pdf`:
// renders a visit's briefing pack, a working list (`--document list --kind cars`), or an event's
// seating chart or place cards (`--document seating|place-cards --event ID|UUID`), or the visit's
// name badges (`--document badges --side guest|host|both`) through the same
// print route and handler as the app, in headless Chromium, for batch printing and tests. The
// export is written to the audit log.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { userInfo } from 'node:os';
import { findVisitId } from '../../db/briefing.repo';
import { openDatabase } from '../../db/open';
import { idByUuid } from '../../db/rows';
import { exportPdf } from '../api/briefing';
import { getEvent } from '../api/events';
import { BADGE_SIDES, LANGUAGES, LIST_COLUMNS, LIST_KINDS, MARKINGS, PACK_SECTIONS, PrintJob, PROGRAMME_KINDS, type ListKind } from '../../domain/contract';
import { CHART_PAPER_SIZES, PAPER_SIZES } from '../../domain/print-options';
import { openHeadlessOffice } from './headless-office';

/** The documents on the command line, and the print job's name for each. */
const DOCUMENTS = { pack: 'pack', list: 'list', seating: 'seating', 'place-cards': 'placeCards', badges: 'badges' } as const;
type DocumentName = keyof typeof DOCUMENTS;
const DOCUMENT_NAMES = Object.keys(DOCUMENTS) as DocumentName[];
const DOCUMENT_TITLES: Record<DocumentName, string> = { pack: 'Briefing pack', list: 'Working list', seating: 'Seating chart', 'place-cards': 'Place cards', badges: 'Name badges' };

const USAGE = `Usage: npm run export-briefing -- --db FILE --visit ID|UUID --lang ${LANGUAGES.join('|')} --out FILE.pdf
  [--document ${DOCUMENT_NAMES.join('|')}] (default pack)
  [--marking ${MARKINGS.join('|')}] [--text "custom marking"] [--paper ${PAPER_SIZES.join('|')}, seating: ${CHART_PAPER_SIZES.join('|')}]
  pack:        [--programme ${PROGRAMME_KINDS.join('|')}] [--sections ${PACK_SECTIONS.join(',')}]
  list:        --kind ${LIST_KINDS.join('|')} [--columns a,b,c] (default every column)
  seating, place-cards: --event ID|UUID (--visit may be left out: the event's visit)
  badges:      [--side ${BADGE_SIDES.join('|')}] (default guest; A4, no marking)`;

class UsageError extends Error {}

const oneOf = (name: string, value: string, allowed: readonly string[]) => {
  if (!allowed.includes(value)) throw new UsageError(`Unknown ${name} "${value}": use ${allowed.join(', ')}.`);
  return value;
};

function readArguments() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        db: { type: 'string' },
        document: { type: 'string', default: 'pack' },
        visit: { type: 'string' },
        event: { type: 'string' },
        kind: { type: 'string' },
        columns: { type: 'string' },
        lang: { type: 'string' },
        marking: { type: 'string', default: 'none' },
        text: { type: 'string', default: '' },
        paper: { type: 'string', default: 'A4' },
        programme: { type: 'string', default: 'guest' },
        sections: { type: 'string', default: PACK_SECTIONS.join(',') },
        side: { type: 'string', default: 'guest' },
        out: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const required = (name: 'db' | 'visit' | 'lang' | 'out' | 'event' | 'kind') => {
    const value = values[name];
    if (!value) throw new UsageError(`Missing --${name}.`);
    return value;
  };
  const document = oneOf('document', values.document, DOCUMENT_NAMES) as DocumentName;
  const forEvent = document === 'seating' || document === 'place-cards';
  const sections = values.sections.split(',').filter(Boolean);
  sections.forEach((section) => oneOf('section', section, PACK_SECTIONS));
  if (values.marking === 'custom' && values.text.trim() === '') throw new UsageError('--marking custom needs --text "the marking".');
  const kind = document === 'list' ? (oneOf('list', required('kind'), LIST_KINDS) as ListKind) : undefined;
  const columns = kind && (values.columns?.split(',').filter(Boolean) ?? [...LIST_COLUMNS[kind]]);
  columns?.forEach((column) => oneOf(`${kind} list column`, column, LIST_COLUMNS[kind as ListKind]));
  return {
    db: resolve(required('db')),
    document,
    visit: forEvent ? values.visit : required('visit'),
    event: forEvent ? required('event') : undefined,
    lang: oneOf('language', required('lang'), LANGUAGES),
    out: resolve(required('out')),
    marking: oneOf('marking', values.marking, MARKINGS),
    text: values.text,
    paper: oneOf('paper size', values.paper, document === 'seating' ? CHART_PAPER_SIZES : document === 'badges' ? ['A4'] : PAPER_SIZES),
    programme: oneOf('programme', values.programme, PROGRAMME_KINDS),
    side: oneOf('side', values.side, BADGE_SIDES),
    sections,
    kind,
    columns,
  };
}

/** Refuses an output path that can't be written before Chromium is started. */
function checkWritable(out: string): void {
  const folder = dirname(out);
  try {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error('the folder does not exist');
    if (existsSync(out) && statSync(out).isDirectory()) throw new Error('it is a folder');
    accessSync(existsSync(out) ? out : folder, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`Cannot write the PDF to ${out}: ${reason}.`);
  }
}

/** The visit (and the event, for a seating document) the job prints, by id or UUID; an event's own visit when --visit is left out. */
function resolveSubject(dbFile: string, visit: string | undefined, event: string | undefined): { visitId: number; eventId?: number } {
  if (!existsSync(dbFile)) throw new UsageError(`No database file at ${dbFile}.`);
  const db = openDatabase(dbFile);
  try {
    const visitId = visit === undefined ? undefined : findVisitId(db, visit);
    if (visit !== undefined && visitId === undefined) throw new UsageError(`No visit with id or UUID "${visit}" in ${dbFile}.`);
    if (event === undefined) return { visitId: visitId as number };
    const eventId = /^\d+$/.test(event) ? Number(event) : idByUuid(db, 'events', event.toLowerCase());
    const found = eventId === undefined ? undefined : tryGetEvent(db, eventId);
    if (!found) throw new UsageError(`No event with id or UUID "${event}" in ${dbFile}.`);
    if (visitId !== undefined && found.visitId !== visitId) throw new UsageError(`The event "${event}" is not in the visit "${visit}".`);
    return { visitId: found.visitId, eventId: found.id };
  } finally {
    db.close();
  }
}

function tryGetEvent(db: ReturnType<typeof openDatabase>, id: number) {
  try {
    return getEvent({ db, actor: userInfo().username, now: () => new Date(), dataDir: '' }, { id });
  } catch {
    return undefined;
  }
}

type Arguments = ReturnType<typeof readArguments>;

function jobOf(args: Arguments, subject: { visitId: number; eventId?: number }): PrintJob {
  const common = { visitId: subject.visitId, lang: args.lang, marking: args.marking, markingText: args.text, paper: args.paper };
  switch (args.document) {
    case 'pack':
      return PrintJob.parse({ document: 'pack', ...common, programme: args.programme, sections: args.sections });
    case 'list':
      return PrintJob.parse({ document: 'list', ...common, kind: args.kind, columns: args.columns });
    case 'seating':
      return PrintJob.parse({ document: 'seating', ...common, eventId: subject.eventId });
    case 'place-cards':
      return PrintJob.parse({ document: 'placeCards', visitId: subject.visitId, eventId: subject.eventId, lang: args.lang });
    case 'badges':
      return PrintJob.parse({ document: 'badges', visitId: subject.visitId, lang: args.lang, side: args.side });
  }
}

async function main(): Promise<void> {
  const args = readArguments();
  checkWritable(args.out);
  const job = jobOf(args, resolveSubject(args.db, args.visit, args.event));
  const office = await openHeadlessOffice(args.db, () => args.out);
  try {
    const result = await exportPdf(office.ctx, job);
    console.log(`${DOCUMENT_TITLES[args.document]} written to ${result.path}`);
  } finally {
    await office.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : `Export failed: ${(error as Error).message}`);
  process.exit(1);
});
